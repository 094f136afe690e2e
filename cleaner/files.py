"""Files: read a path safely, clean it, and write it back atomically.

Reading takes regular files only (a symlink, a directory, a FIFO or a device is
refused, so reading never hangs or grows without bound) up to
``MAX_INPUT_BYTES``, and remembers which file it read (device, inode, size,
modification time).

Writing (:func:`write_atomic`) never changes a file it should not:

- a symlink is followed: its target is written, the link stays a link;
- a character device or a FIFO (``-o /dev/stdout``) is written to directly,
  never replaced by a regular file; other special files are refused;
- a read-only file, and a file with more than one hard link, are refused (a
  rename would split the links; the other names would keep the old text);
- a regular file is replaced through a temporary file in the same folder that
  gets the file's permission bits, owner and group, is ``fsync``-ed, and is
  renamed over it; the folder is ``fsync``-ed after;
- a file that changed since it was read is left alone, with an error;
- a temporary file is removed on any failure, SIGTERM and Ctrl-C included; one
  that SIGKILL left (``.cleaner-<pid>-….tmp``, a short name that fits beside a
  255-byte file name) is removed by the next write to its folder.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import signal
import stat
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from .decode import Decoded, Identity, InputError, decode
from .options import Options
from .pipeline import CleanResult, clean

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd", ".mkdn"})
MAX_INPUT_BYTES = 1 << 30  # 1 GiB: larger inputs are refused before anything is read


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISDIR, "is a directory"), (stat.S_ISFIFO, "is a FIFO"),
                       (stat.S_ISCHR, "is a character device"),
                       (stat.S_ISBLK, "is a block device"), (stat.S_ISSOCK, "is a socket")):
        if test(mode):
            return name
    return "is not a regular file"


def _too_large(size: int) -> InputError:
    return InputError(f"too large ({size:,} bytes; at most {MAX_INPUT_BYTES:,} are read)")


def read_bytes(path: Path) -> tuple[bytes, Identity]:
    """The bytes of the regular file ``path`` and its identity; InputError for a symlink,
    a special file, a file too large, or an unreadable file."""
    try:
        status = path.lstat()
        if stat.S_ISLNK(status.st_mode):
            raise InputError("symlink, not followed")
        if not stat.S_ISREG(status.st_mode):
            raise InputError(f"{_kind(status.st_mode)}, not a text file")
        if status.st_size > MAX_INPUT_BYTES:
            raise _too_large(status.st_size)
        with open(path, "rb") as stream:
            status = os.fstat(stream.fileno())
            data = stream.read(MAX_INPUT_BYTES + 1)
    except FileNotFoundError:
        raise InputError("no such file") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except OSError as error:
        raise InputError(error.strerror or str(error)) from None
    if len(data) > MAX_INPUT_BYTES:
        raise _too_large(len(data))
    return data, Identity.of(status)


def read_stream(stream: object) -> bytes:
    """Up to ``MAX_INPUT_BYTES`` from a binary stream (stdin); InputError beyond."""
    data: bytes = stream.read(MAX_INPUT_BYTES + 1)  # type: ignore[attr-defined]
    if len(data) > MAX_INPUT_BYTES:
        raise _too_large(len(data))
    return data


def read_document(path: Path, encoding: str | None = None) -> Decoded:
    """Read and decode ``path`` (as ``encoding`` when given)."""
    return decode_read(*read_bytes(path), encoding)


def decode_read(data: bytes, identity: Identity, encoding: str | None = None) -> Decoded:
    """Decode ``data`` read from a file with ``identity`` (as ``encoding`` when given)."""
    return dataclasses.replace(decode(data, encoding), identity=identity)


def options_for(path: Path | None, options: Options) -> Options:
    """Resolve ``format="auto"`` from the file name."""
    if options.format != "auto":
        return options
    markdown = path is not None and path.suffix.lower() in MARKDOWN_SUFFIXES
    return dataclasses.replace(options, format="markdown" if markdown else "text")


def clean_file(path: str | os.PathLike[str], options: Options | None = None, *,
               encoding: str | None = None) -> CleanResult:
    """Read, decode (as ``encoding`` when given) and clean the file at ``path``, its
    format from its name unless ``options`` name one; write nothing.

    Raises :class:`~cleaner.decode.InputError` when the file cannot be cleaned safely.
    """
    decoded = read_document(Path(path), encoding)
    return clean(decoded.text, options_for(Path(path), options or Options()))


def _default_file_mode() -> int:
    """The mode a new file gets from this process's umask."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def write_atomic(path: Path, data: bytes, *, unchanged_since: Identity | None = None) -> None:
    """Write ``data`` to ``path`` as the module docstring says: through a symlink, into a
    device or FIFO, else atomically by a rename, keeping mode, owner and group.

    ``unchanged_since`` (an :class:`Identity`) makes the write refuse a file that is no
    longer the one that was read. Raises InputError, with ``path`` left as it was.
    """
    target = Path(os.path.realpath(path))
    try:
        status: os.stat_result | None = target.stat()
    except FileNotFoundError:
        status = None
    except OSError as error:
        raise InputError(f"cannot write: {error.strerror or error}") from None
    if status is not None and (stat.S_ISCHR(status.st_mode) or stat.S_ISFIFO(status.st_mode)):
        _write_into(target, data)
        return
    if status is not None:
        _check_replaceable(status)
    _check_unchanged(target, unchanged_since)
    mode = stat.S_IMODE(status.st_mode) if status is not None else _default_file_mode()
    remove_leftovers(target.parent)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f"{TEMPORARY_PREFIX}{os.getpid()}-",
                                             suffix=".tmp", dir=target.parent)
    except OSError as error:
        raise InputError(f"cannot write: {error.strerror or error}") from None
    try:
        with _removed_on_signal(), os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
            os.chmod(temporary, mode)
            if status is not None:
                _keep_owner(temporary, status)
            _check_unchanged(target, unchanged_since)
            os.replace(temporary, target)
        _sync_folder(target.parent)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, Terminated):
            os.kill(os.getpid(), signal.SIGTERM)  # now to the handler from before
        if isinstance(error, OSError):
            raise InputError(f"cannot write: {error.strerror or error}") from None
        raise


TEMPORARY_PREFIX = ".cleaner-"  # then the writer's process id: short, whatever the name
LEFTOVER_AGE_SECONDS = 60  # a temporary file of a dead writer this old is removed
_swept: set[Path] = set()


def remove_leftovers(folder: Path) -> list[Path]:
    """Remove the temporary files that writers killed with SIGKILL left in ``folder``
    (once per folder and process): ``.cleaner-<pid>-*.tmp`` files of this user whose
    process is gone, older than a minute. A live writer's file is never touched.
    Returns the files removed."""
    if folder in _swept:
        return []
    _swept.add(folder)
    removed = []
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            pid = _writer_pid(entry.name)
            if pid is None or _alive(pid):
                continue
            with contextlib.suppress(OSError):
                status = entry.stat(follow_symlinks=False)
                if (stat.S_ISREG(status.st_mode) and status.st_uid == os.getuid()
                        and time.time() - status.st_mtime >= LEFTOVER_AGE_SECONDS):
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
    return removed


def _writer_pid(name: str) -> int | None:
    """The process id in a temporary file's name, or None for any other name."""
    if not (name.startswith(TEMPORARY_PREFIX) and name.endswith(".tmp")):
        return None
    pid, _, _ = name[len(TEMPORARY_PREFIX):].partition("-")
    return int(pid) if pid.isascii() and pid.isdigit() else None  # not `²`: no pid


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # another user's process: alive
    return True


def _write_into(target: Path, data: bytes) -> None:
    """Write into a character device or a FIFO, which must not be replaced."""
    try:
        with open(target, "wb") as stream:
            stream.write(data)
    except OSError as error:
        raise InputError(f"cannot write: {error.strerror or error}") from None


def _check_replaceable(status: os.stat_result) -> None:
    if not stat.S_ISREG(status.st_mode):
        raise InputError(f"cannot write: {_kind(status.st_mode)}")
    if not status.st_mode & stat.S_IWUSR:
        raise InputError("read-only file, not rewritten")
    if status.st_nlink > 1:
        raise InputError(f"has {status.st_nlink} hard links; rewriting it would split them "
                         "(write to another file with -o)")


def _check_unchanged(target: Path, identity: Identity | None) -> None:
    if identity is None:
        return
    try:
        now = Identity.of(target.stat())
    except OSError:
        now = None
    if now != identity:
        raise InputError("changed on disk while it was being cleaned; left as it is now")


def _keep_owner(temporary: str, status: os.stat_result) -> None:
    """Give the new file the old one's owner and group, or refuse to replace it."""
    new = os.stat(temporary)
    if (new.st_uid, new.st_gid) == (status.st_uid, status.st_gid):
        return
    try:
        os.chown(temporary, status.st_uid, status.st_gid)
    except PermissionError:
        raise InputError("owned by another user or group that this user cannot give a "
                         "new file; not rewritten") from None


def _sync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


class Terminated(BaseException):
    """SIGTERM arrived while a file was being written."""


@contextlib.contextmanager
def _removed_on_signal() -> Iterator[None]:
    """Turn SIGTERM into :class:`Terminated` for the duration, so that the temporary file
    is removed before the signal is delivered again."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def terminate(signum: int, frame: object) -> None:
        raise Terminated

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
