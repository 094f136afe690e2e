"""``python -m cleaner``: the same command as ``cleaner``."""

from .cli import entry

if __name__ == "__main__":
    entry()
