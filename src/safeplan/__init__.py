"""SafePlan: an encrypted record of domestic violence behind a working calculator."""

__version__ = "0.1.0"
