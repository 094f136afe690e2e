"""cleaner: clean text damaged by extraction, and say what was removed and why.

>>> import cleaner
>>> original = "One.\\nFooter\\fTwo.\\nFooter\\fThree.\\nFooter\\fFour.\\n"
>>> result = cleaner.clean(original)
>>> result.text
'One.\\n\\x0cTwo.\\n\\x0cThree.\\n\\x0cFour.\\n'
>>> cleaner.restore(result.text, result.edits) == original
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .decode import InputError
from .edits import Edit
from .files import clean_file
from .options import Options, OptionsError
from .pipeline import CleanResult, Stats, clean
from .render import restore

if TYPE_CHECKING:
    from .corpus import CorpusResult, clean_corpus

__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    """Corpus mode is imported when it is asked for: the hook starts without it."""
    if name in {"CorpusResult", "clean_corpus"}:
        from . import corpus

        return getattr(corpus, name)
    raise AttributeError(f"module 'cleaner' has no attribute {name!r}")

__all__ = [
    "CleanResult",
    "CorpusResult",
    "Edit",
    "InputError",
    "Options",
    "OptionsError",
    "Stats",
    "__version__",
    "clean",
    "clean_corpus",
    "clean_file",
    "restore",
]
