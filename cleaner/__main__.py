"""``python -m cleaner``: the same command as ``cleaner``."""

from .cli import main

if __name__ == "__main__":
    main(prog_name="cleaner")
