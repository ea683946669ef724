"""PySide6 lives here and only here: the calculator disguise and the vault's screens."""
