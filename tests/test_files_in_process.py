"""files.py in this process (the subprocess tests show the same from outside, where a
mutation test cannot see): each refusal's message, the size limit's edge, a file changed
since it was read, and where the temporary file of a write stands."""

from __future__ import annotations

import io
import os
import signal
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cleaner import files
from cleaner.decode import InputError
from cleaner.files import (
    LEFTOVER_AGE_SECONDS,
    TEMPORARY_PREFIX,
    clean_file,
    read_bytes,
    remove_leftovers,
    write_atomic,
)
from cleaner.options import Options

from .conftest import case_id


def refusal(path: Path) -> str:
    with pytest.raises(InputError) as refused:
        read_bytes(path)
    return str(refused.value)


def test_each_refusal_says_what_the_path_is(tmp_path: Path) -> None:
    assert refusal(tmp_path / "missing.txt") == "no such file"
    assert refusal(tmp_path) == "is a directory, not a text file"
    target = tmp_path / "target.txt"
    target.write_text("text\n", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(target)
    assert refusal(tmp_path / "link.txt") == "symlink, not followed"
    if sys.platform != "win32":
        os.mkfifo(tmp_path / "pipe")
        assert refusal(tmp_path / "pipe") == "is a FIFO, not a text file"


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0,
                    reason="root reads a file without read permission")
def test_an_unreadable_file_is_permission_denied(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text("text\n", encoding="utf-8")
    locked.chmod(0)
    try:
        assert refusal(locked) == "permission denied"
    finally:
        locked.chmod(0o600)


def test_the_size_limit_reads_up_to_it_and_refuses_one_byte_more(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(files, "MAX_INPUT_BYTES", 10)
    at_limit, over = tmp_path / "ten.txt", tmp_path / "eleven.txt"
    at_limit.write_bytes(b"0123456789")
    over.write_bytes(b"0123456789a")
    assert read_bytes(at_limit)[0] == b"0123456789"
    assert refusal(over) == "too large (11 bytes; at most 10 are read)"


def test_a_file_that_grows_while_it_is_read_is_refused(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The size said at the start is not trusted: what is read is counted."""
    monkeypatch.setattr(files, "MAX_INPUT_BYTES", 10)
    growing = tmp_path / "growing.txt"
    growing.write_bytes(b"short")
    real_open = open

    def open_then_grow(path: object, mode: str = "r", *args: object, **kwargs: object) -> object:
        stream = real_open(path, mode, *args, **kwargs)  # type: ignore[call-overload]
        if path == growing:
            growing.write_bytes(b"now it is longer than ten")
        return stream

    monkeypatch.setattr("builtins.open", open_then_grow)
    assert refusal(growing) == "too large (11 bytes; at most 10 are read)"


def test_a_file_changed_since_it_was_read_is_left_as_it_is_now(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("as read\n", encoding="utf-8")
    _, identity = read_bytes(path)
    path.write_text("the user's new text, longer\n", encoding="utf-8")
    with pytest.raises(InputError, match="changed on disk while it was being cleaned"):
        write_atomic(path, b"cleaned\n", unchanged_since=identity)
    assert path.read_text(encoding="utf-8") == "the user's new text, longer\n"
    write_atomic(path, b"cleaned\n", unchanged_since=read_bytes(path)[1])
    assert path.read_bytes() == b"cleaned\n"


def test_the_temporary_file_stands_beside_the_target_and_is_renamed_onto_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """In the target's folder (a rename is atomic only within one file system), with a
    name ``remove_leftovers`` knows."""
    renamed: list[tuple[str, str]] = []
    real_replace = os.replace

    def recording(source: str, target: str) -> None:
        renamed.append((str(source), str(target)))
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", recording)
    target = tmp_path / "folder" / "page.txt"
    target.parent.mkdir()
    target.write_text("old\n", encoding="utf-8")
    write_atomic(target, b"new\n")
    ((source, destination),) = renamed
    assert Path(source).parent == target.parent and Path(destination) == target
    assert Path(source).name.startswith(f"{TEMPORARY_PREFIX}{os.getpid()}-")
    assert source.endswith(".tmp")
    assert sorted(path.name for path in target.parent.iterdir()) == ["page.txt"]


def test_a_killed_writers_temporary_file_is_removed_by_the_next_write(tmp_path: Path) -> None:
    """Only ours (the name, this user, a regular file), only a dead writer's, only an old
    one; once per folder and process."""
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    dead_pid = int(dead.stdout)  # that process has exited
    old = time.time() - LEFTOVER_AGE_SECONDS - 5

    def made(name: str, age: float = old) -> Path:
        path = tmp_path / name
        path.write_bytes(b"half a file")
        os.utime(path, (age, age))
        return path

    leftover = made(f"{TEMPORARY_PREFIX}{dead_pid}-abcd1234.tmp")
    just_old = made(f"{TEMPORARY_PREFIX}{dead_pid}-edge0000.tmp",
                    time.time() - LEFTOVER_AGE_SECONDS - 1)
    kept = [made(f"{TEMPORARY_PREFIX}{os.getpid()}-live0000.tmp"),  # a writer at work
            made(f"{TEMPORARY_PREFIX}{dead_pid}-young000.tmp", time.time()),  # too recent
            made(".notes.tmp"), made(f"{TEMPORARY_PREFIX}{dead_pid}-abcd1234.TMP"),
            made(f"{TEMPORARY_PREFIX}x{dead_pid}-abcd1234.tmp"),  # no process id
            made(f"{TEMPORARY_PREFIX}\u00b2-abcd1234.tmp"),  # a digit to Python, no number
            made(f"notes{TEMPORARY_PREFIX}{dead_pid}-abcd1234.tmp")]
    link = tmp_path / f"{TEMPORARY_PREFIX}{dead_pid}-link0000.tmp"
    link.symlink_to(kept[2])  # a link is nobody's leftover
    os.utime(link, (old, old), follow_symlinks=False)
    write_atomic(tmp_path / "a.txt", b"text\n")  # the first write here sweeps the folder
    assert not leftover.exists() and not just_old.exists()
    assert all(path.exists() for path in kept) and link.is_symlink()
    assert remove_leftovers(tmp_path) == []  # once per folder and process
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    again = fresh / leftover.name
    again.write_bytes(b"half a file")
    os.utime(again, (old, old))
    assert remove_leftovers(fresh) == [again]


HEADED_PAGES = "\f".join(
    f"# Harbour Journal\n\nThe committee met on day {page} and talked about the pier, the "
    f"quay and the ferry {page}.\n\nPage {page + 1}\n" for page in range(5))


@pytest.mark.parametrize(("name", "options", "heads_left"), [
    ("journal.txt", None, 0),                           # text: the head on every page goes
    ("journal.md", None, 5),                            # Markdown: a heading is structure
    ("journal.MD", None, 5),
    ("journal.md", Options(format="text"), 0),          # the format named wins over the name
    ("journal.txt", Options(format="markdown"), 5),
], ids=case_id)
def test_clean_file_takes_the_format_from_the_files_name(
        tmp_path: Path, name: str, options: Options | None, heads_left: int) -> None:
    path = tmp_path / name
    path.write_bytes(HEADED_PAGES.encode("utf-8"))
    result = clean_file(path, options)
    assert result.text.count("# Harbour Journal") == heads_left
    assert "Page 3" not in result.text
    assert clean_file(str(path), options) == result
    assert path.read_bytes() == HEADED_PAGES.encode("utf-8")  # nothing written


def test_clean_file_reads_the_encoding_it_is_told(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes("Grüße aus Köln.\n".encode("cp1252"))
    assert clean_file(path, encoding="cp1252").text == "Grüße aus Köln.\n"
    with pytest.raises(InputError, match="undecodable bytes at offset 2 as utf-8"):
        clean_file(path, encoding="utf-8")
    with pytest.raises(InputError, match="no such file"):
        clean_file(tmp_path / "missing.txt")


@pytest.mark.parametrize(("mode", "kind"), [
    (stat.S_IFDIR, "is a directory"), (stat.S_IFIFO, "is a FIFO"),
    (stat.S_IFCHR, "is a character device"), (stat.S_IFBLK, "is a block device"),
    (stat.S_IFSOCK, "is a socket"), (0, "is not a regular file"),
], ids=case_id)
def test_each_kind_of_special_file_is_named(mode: int, kind: str) -> None:
    assert files._kind(mode) == kind


@pytest.mark.skipif(sys.platform == "win32", reason="no Unix sockets")
def test_a_socket_is_refused_by_name(tmp_path: Path) -> None:
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(tmp_path / "s"))
        assert refusal(tmp_path / "s") == "is a socket, not a text file"


def test_standard_input_is_read_up_to_the_limit_and_refused_one_byte_more(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(files, "MAX_INPUT_BYTES", 10)
    assert files.read_stream(io.BytesIO(b"0123456789")) == b"0123456789"
    with pytest.raises(InputError) as refused:
        files.read_stream(io.BytesIO(b"0123456789a"))
    assert str(refused.value) == "too large (11 bytes; at most 10 are read)"


def test_a_decoded_file_keeps_the_identity_it_was_read_with(tmp_path: Path) -> None:
    """The identity is what a later write checks the file against."""
    path = tmp_path / "page.txt"
    path.write_bytes(b"text\n")
    data, identity = read_bytes(path)
    decoded = files.decode_read(data, identity)
    assert decoded.identity == identity and decoded.text == "text\n"


@pytest.mark.skipif(sys.platform == "win32", reason="no umask")
def test_a_new_file_gets_the_mode_the_umask_gives(tmp_path: Path) -> None:
    before = os.umask(0o027)
    try:
        write_atomic(tmp_path / "new.txt", b"text\n")
        assert os.umask(0o027) == 0o027  # the umask is left as it was
    finally:
        os.umask(before)
    assert stat.S_IMODE((tmp_path / "new.txt").stat().st_mode) == 0o640


def test_a_file_changed_while_the_new_one_is_written_is_left_as_it_is_now(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The identity is checked again right before the rename, not only at the start."""
    path = tmp_path / "page.txt"
    path.write_text("as read\n", encoding="utf-8")
    _, identity = read_bytes(path)

    def user_saves(folder: Path) -> list[Path]:  # runs after the first check
        path.write_text("the user's new text, longer\n", encoding="utf-8")
        return []

    monkeypatch.setattr(files, "remove_leftovers", user_saves)
    with pytest.raises(InputError, match="changed on disk while it was being cleaned"):
        write_atomic(path, b"cleaned\n", unchanged_since=identity)
    assert path.read_text(encoding="utf-8") == "the user's new text, longer\n"
    assert [entry.name for entry in tmp_path.iterdir()] == ["page.txt"]


@pytest.mark.skipif(sys.platform == "win32", reason="no SIGTERM handlers")
def test_sigterm_during_a_write_removes_the_temporary_file_then_arrives(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The signal that stopped the write is delivered again, to the handler from before,
    once the temporary file is gone; the target is left as it was."""
    path = tmp_path / "page.txt"
    path.write_text("old\n", encoding="utf-8")
    delivered: list[int] = []
    previous = signal.signal(signal.SIGTERM, lambda signum, frame: delivered.append(signum))

    def terminated(descriptor: int) -> None:
        raise files.Terminated

    monkeypatch.setattr(os, "fsync", terminated)
    try:
        with pytest.raises(files.Terminated):
            write_atomic(path, b"new\n")
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert delivered == [signal.SIGTERM]
    assert path.read_text(encoding="utf-8") == "old\n"
    assert [entry.name for entry in tmp_path.iterdir()] == ["page.txt"]


def test_a_path_through_a_file_cannot_be_written(tmp_path: Path) -> None:
    (tmp_path / "file.txt").write_text("text\n", encoding="utf-8")
    with pytest.raises(InputError) as refused:
        write_atomic(tmp_path / "file.txt" / "inner.txt", b"new\n")
    assert str(refused.value) == "cannot write: Not a directory"


@pytest.mark.parametrize(("name", "pid"), [
    (".cleaner-123-abc.tmp", 123), (".cleaner-123-a-b-c.tmp", 123), (".cleaner-abc.tmp", None),
    (".cleaner-123-abc.txt", None), ("page-123-abc.tmp", None), (".cleaner--1-x.tmp", None),
], ids=case_id)
def test_a_writers_process_id_is_read_from_its_temporary_files_name(name: str,
                                                                     pid: int | None) -> None:
    assert files._writer_pid(name) == pid


def write_refusal(path: Path) -> str:
    with pytest.raises(InputError) as refused:
        write_atomic(path, b"new\n")
    return str(refused.value)


def test_a_read_only_file_or_one_with_hard_links_is_not_replaced(tmp_path: Path) -> None:
    """Whoever runs it (root may write anyway): the file is left as it is, and why said."""
    locked = tmp_path / "locked.txt"
    locked.write_text("old\n", encoding="utf-8")
    locked.chmod(0o444)
    assert write_refusal(locked) == "read-only file, not rewritten"
    linked, other = tmp_path / "linked.txt", tmp_path / "other.txt"
    linked.write_text("old\n", encoding="utf-8")
    os.link(linked, other)
    assert write_refusal(linked) == ("has 2 hard links; rewriting it would split them "
                                     "(write to another file with -o)")
    assert locked.read_text(encoding="utf-8") == other.read_text(encoding="utf-8") == "old\n"
    assert write_refusal(tmp_path) == "cannot write: is a directory"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                    reason="only root can give a file to another user")
def test_the_new_file_keeps_the_owner_and_group_of_the_old(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("old\n", encoding="utf-8")
    os.chown(path, 65534, 65534)
    write_atomic(path, b"new\n")
    status = path.stat()
    assert (status.st_uid, status.st_gid, path.read_bytes()) == (65534, 65534, b"new\n")


def test_a_character_device_is_written_into_not_replaced(character_device: Path) -> None:
    before = os.stat(character_device)
    write_atomic(character_device, b"new\n")
    after = os.stat(character_device)
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev


@pytest.mark.parametrize(("error", "message"), [
    (PermissionError(13, "Permission denied"), "permission denied"),
    (IsADirectoryError(21, "Is a directory"), "is a directory"),
    (OSError(40, "Too many levels of symbolic links"), "Too many levels of symbolic links"),
    (OSError("a message of its own"), "a message of its own"),
], ids=case_id)
def test_a_file_that_cannot_be_opened_says_why(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               error: OSError, message: str) -> None:
    """What the system says when the file, found a moment before, cannot be opened (its
    permissions changed, or it became a folder): in its own words, or ours."""
    path = tmp_path / "page.txt"
    path.write_text("text\n", encoding="utf-8")

    def refuse(*args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr("builtins.open", refuse)
    assert refusal(path) == message


@pytest.mark.skipif(sys.platform == "win32", reason="no umask")
@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_a_new_file_gets_the_mode_each_umask_gives(tmp_path: Path, umask: int, mode: int) -> None:
    before = os.umask(umask)
    try:
        write_atomic(tmp_path / "new.txt", b"text\n")
    finally:
        os.umask(before)
    assert stat.S_IMODE((tmp_path / "new.txt").stat().st_mode) == mode


def test_an_owner_that_cannot_be_given_back_is_refused(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """A new file would belong to whoever writes it: when the old file's owner or group
    cannot be given to it, the write is refused (and the old file stays)."""
    new = tmp_path / "new.txt"
    new.write_text("new\n", encoding="utf-8")
    real = new.stat()
    other = os.stat_result((real.st_mode, real.st_ino, real.st_dev, real.st_nlink,
                            real.st_uid + 1, real.st_gid, real.st_size, 0, 0, 0))
    files._keep_owner(str(new), real)  # the same owner: nothing to do

    def refuse(*args: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "chown", refuse)
    with pytest.raises(InputError) as refused:
        files._keep_owner(str(new), other)
    assert str(refused.value) == ("owned by another user or group that this user cannot give "
                                  "a new file; not rewritten")


def test_a_device_that_cannot_be_written_says_why(character_device: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("builtins.open", refuse)
    with pytest.raises(InputError) as refused:
        write_atomic(character_device, b"new\n")
    assert str(refused.value) == "cannot write: No space left on device"
    assert stat.S_ISCHR(os.stat(character_device).st_mode)


def test_a_file_changed_on_disk_is_named_so_word_for_word(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("as read\n", encoding="utf-8")
    _, identity = read_bytes(path)
    path.unlink()  # gone since it was read: changed too
    with pytest.raises(InputError) as refused:
        write_atomic(path, b"cleaned\n", unchanged_since=identity)
    assert str(refused.value) == "changed on disk while it was being cleaned; left as it is now"
    assert not path.exists()


def test_a_writer_is_alive_unless_its_process_is_gone(monkeypatch: pytest.MonkeyPatch) -> None:
    assert files._alive(os.getpid())

    def gone(pid: int, signal_number: int) -> None:
        raise ProcessLookupError

    def another_users(pid: int, signal_number: int) -> None:
        raise PermissionError

    monkeypatch.setattr(os, "kill", gone)
    assert not files._alive(12345)
    monkeypatch.setattr(os, "kill", another_users)
    assert files._alive(12345)
