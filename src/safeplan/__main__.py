"""`python -m safeplan`: start the calculator; `python -m safeplan verify FILE`: check a report."""

import sys

if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "verify":
        from safeplan.verify import main as verify  # no Qt needed to check a report

        sys.exit(verify(sys.argv[2:]))
    if len(sys.argv) > 1 and sys.argv[1] == "--engine":  # the vault worker (safeplan.worker)
        from safeplan.worker import main as worker

        sys.exit(worker(sys.argv[2:]))
    from safeplan import boot

    boot.prepare()  # before PySide6 is imported: see boot.py
    from safeplan.hardening import catch_quit_signals

    catch_quit_signals()  # before the slow imports: Ctrl+C never prints a Python error
    from safeplan.app import main

    sys.exit(main())
