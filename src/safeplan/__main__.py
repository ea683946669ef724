"""`python -m safeplan`: start the calculator."""

import sys

from safeplan.app import main

if __name__ == "__main__":
    sys.exit(main())
