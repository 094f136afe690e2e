"""Files: read a path safely, clean it, and write it back atomically.

Reading refuses what cannot be cleaned safely (a missing file, a directory, a
symlink, binary or undecodable bytes) with :class:`~cleaner.decode.InputError`.
Writing goes to a temporary file in the same folder, then a rename, keeping the
permission bits of the file it replaces: an interrupted write leaves the
original as it was.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from .decode import Decoded, InputError, decode
from .options import Options
from .pipeline import CleanResult, clean

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd", ".mkdn"})


def read_bytes(path: Path) -> bytes:
    """The bytes of ``path``; InputError for a symlink, a directory or an unreadable file."""
    if path.is_symlink():
        raise InputError("symlink, not followed")
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file") from None
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as error:
        raise InputError(error.strerror or str(error)) from None


def read_document(path: Path) -> Decoded:
    """Read and decode ``path``."""
    return decode(read_bytes(path))


def options_for(path: Path | None, options: Options) -> Options:
    """Resolve ``format="auto"`` from the file name."""
    if options.format != "auto":
        return options
    markdown = path is not None and path.suffix.lower() in MARKDOWN_SUFFIXES
    return dataclasses.replace(options, format="markdown" if markdown else "text")


def clean_path(path: Path, options: Options, *,
               progress: Callable[[str], None] | None = None) -> tuple[Decoded, CleanResult]:
    """Read, decode and clean the file at ``path`` (its format from its name); write nothing.

    Raises :class:`~cleaner.decode.InputError` when the file cannot be cleaned safely.
    """
    decoded = read_document(path)
    return decoded, clean(decoded.text, options_for(path, options), progress=progress)


def clean_file(path: str | os.PathLike[str], options: Options | None = None) -> CleanResult:
    """Read, decode and clean the file at ``path``; write nothing.

    Raises :class:`~cleaner.decode.InputError` when the file cannot be cleaned safely.
    """
    _, result = clean_path(Path(path), options or Options())
    return result


def _default_file_mode() -> int:
    """The mode a new file gets from this process's umask."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` through a temporary file and a rename.

    Keeps the permission bits of an existing file. On any failure the temporary
    file is removed and ``path`` is untouched.
    """
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        mode = _default_file_mode()
    except OSError as error:
        raise InputError(f"cannot write: {error.strerror or error}") from None
    directory = path.parent
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp",
                                             dir=directory)
    except OSError as error:
        raise InputError(f"cannot write: {error.strerror or error}") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise InputError(f"cannot write: {error.strerror or error}") from None
        raise
