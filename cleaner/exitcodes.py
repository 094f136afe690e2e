"""Exit codes of the ``cleaner`` command, in one place."""

OK = 0
"""Nothing to do, or cleaned as asked."""

CHANGES = 1
"""``--check``: a file would change. ``cleaner fix`` (the pre-commit hook): a file was changed."""

ERROR = 2
"""A usage error, or an input that could not be cleaned (named on stderr)."""

INTERNAL = 123
"""An internal error (a bug in cleaner, with its message): never a verdict on the input."""

HELP = (
    "Exit codes: 0 clean, or cleaned as asked (and with --exit-zero); 1 changes found "
    "(--check) or made (cleaner fix); 2 usage or input error; 123 internal error."
)
