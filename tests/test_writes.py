"""Writes that cannot corrupt: bytes no edit touched, targets, metadata, signals, time.

Each row of the target table is a real file (or FIFO, device, link) on disk and a
real run of the command line; the kill tests run the command in a child process.
"""

from __future__ import annotations

import codecs
import os
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

import cleaner
from cleaner import exitcodes
from cleaner.cli import main
from cleaner.decode import InputError, decode, splice

from .test_cli import CLEAN, DAMAGED


@pytest.fixture
def request_cleanup() -> Iterator[Callable[[Path], None]]:
    folders: list[Path] = []
    yield folders.append
    for folder in folders:
        shutil.rmtree(folder, ignore_errors=True)


ROOT_ONLY = pytest.mark.skipif(os.geteuid() != 0, reason="needs root to create the case")
PARAGRAPH = "The council agreed to repair the northern pier before the winter storms."


def run(*args: str) -> tuple[int, str, str]:
    outcome = CliRunner().invoke(main, list(args))
    return outcome.exit_code, outcome.stdout, outcome.stderr


# --- 1. bytes no edit touched stay as they were -------------------------------------------

def test_big5_bytes_that_decode_alike_are_written_back_as_read(tmp_path: Path) -> None:
    """A1FE and A241 both decode to the same character; the file keeps its A1FE."""
    paragraph = f"{PARAGRAPH} The cost will be shared with the fishing cooperative."
    unit = f"{paragraph}\n\n分數／總分 一二三\n\n".encode("big5").replace(b"\xa2\x41", b"\xa1\xfe")
    path = tmp_path / "big5.txt"
    path.write_bytes(unit + unit + b"End.\n")
    code, _, stderr = run("clean", "--in-place", "--encoding", "big5", str(path))
    assert code == exitcodes.OK, stderr
    data = path.read_bytes()
    assert b"\xa2\x41" not in data
    assert data == unit + b"End.\n"  # the block printed twice went, and only it


def test_a_latin1_file_is_read_and_written_back_in_latin1(tmp_path: Path) -> None:
    line = ("Temperature 20° ± 2°, area 5 m² and café au lait, as the caretaker of the "
            "harbour office noted in the log of the northern pier.\n\n")
    path = tmp_path / "latin1.txt"
    path.write_bytes((line * 2).encode("latin-1"))  # printed twice: the copy goes
    code, _, stderr = run("clean", "--in-place", str(path))
    assert code == exitcodes.OK, stderr
    assert path.read_bytes() == line.rstrip("\n").encode("latin-1") + b"\n"


def test_a_file_two_code_pages_read_differently_is_refused_untouched(tmp_path: Path) -> None:
    """cp1252 reads é and è, cp1250 é and č: both plausible, so neither is guessed."""
    data = "Caf\xe9 cr\xe8me.\n\nCaf\xe9 cr\xe8me.\n".encode("latin-1")
    path = tmp_path / "short.txt"
    path.write_bytes(data)
    code, _, stderr = run("clean", "--in-place", str(path))
    assert code == exitcodes.ERROR
    assert f"{path}: cannot tell the text encoding" in stderr and "--encoding" in stderr
    assert path.read_bytes() == data
    code, _, stderr = run("clean", "--in-place", "--encoding", "latin-1", str(path))
    assert code == exitcodes.OK, stderr


def test_a_utf8_file_with_one_stray_byte_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "stray.txt"
    data = "Grüße aus Köln.\n".encode() + b"caf\xe9\n"
    path.write_bytes(data)
    code, _, stderr = run("clean", "--check", str(path))
    assert code == exitcodes.ERROR
    assert "invalid UTF-8 in a UTF-8 file" in stderr


def test_an_unknown_encoding_is_an_error_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(DAMAGED, encoding="utf-8")
    code, _, stderr = run("clean", "--encoding", "klingon", str(path))
    assert code == exitcodes.ERROR
    assert f"{path}: unknown text encoding 'klingon'" in stderr


CODECS = ["utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "gb18030", "big5", "big5hkscs",
          "cp950", "cp932", "shift_jis", "euc_jp", "euc_kr", "cp949", "johab", "latin-1",
          "cp1252", "cp1250", "cp1251", "koi8-r", "iso8859-7", "cp1253", "cp1255", "cp1256"]
ALPHABETS = {"han": "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分對會",
             "kana": "あいうえおかきくけこアイウエオ", "hangul": "가나다라마바사아자차카",
             "latin": "abcdeéèüöß", "cyrillic": "абвгдежзий", "greek": "αβγδεζηθ",
             "hebrew": "אבגדהוזחט", "arabic": "ابتثجحخد"}


@settings(max_examples=300, deadline=None, derandomize=True)
@given(codec=st.sampled_from(CODECS), alphabet=st.sampled_from(sorted(ALPHABETS)),
       data=st.data())
def test_a_removal_leaves_every_other_byte_identical(codec: str, alphabet: str,
                                                     data: st.DataObject) -> None:
    """Generated text in a codec that can hold it, a copy removed: the bytes before and
    after the removed span are the bytes read, for every codec."""
    letters = "".join(char for char in ALPHABETS[alphabet] if _encodable(char, codec))
    if not letters:
        return
    words = data.draw(st.lists(st.text(letters, min_size=1, max_size=6), min_size=8,
                               max_size=20))
    paragraph = " ".join(words) + "."
    other = data.draw(st.text(letters + " ", min_size=1, max_size=40)).strip() or "x"
    text = f"{other}\r\n\r\n{paragraph}\r\n\r\n{paragraph}\r\n\r\nEnd.\r\n"
    raw = text.encode(codec)
    decoded = decode(raw, encoding=codec)
    start = text.index(paragraph, text.index(paragraph) + 1)
    written = splice(decoded, [(start, start + len(paragraph) + 4, "")])
    removed = f"{paragraph}\r\n\r\n".encode(codec)
    cut = raw.index(removed, raw.index(removed) + 1) if raw.count(removed) > 1 else -1
    assert cut >= 0
    assert written == raw[:cut] + raw[cut + len(removed):]


def _encodable(char: str, codec: str) -> bool:
    try:
        encoded = char.encode(codec)
    except UnicodeEncodeError:
        return False
    return encoded.decode(codec) == char and codecs.lookup(codec) is not None


def test_splice_refuses_an_edit_it_cannot_map_onto_the_bytes() -> None:
    decoded = decode(b"abc")
    tampered = type(decoded)("abd", "utf-8", b"", b"abc")
    with pytest.raises(InputError, match="without changing other bytes"):
        splice(tampered, [(2, 3, "")])


# --- 2. the report, the output and the inputs are different files --------------------------

@pytest.mark.parametrize("flags", [
    ["--in-place", "{doc}", "--report", "{doc}"],
    ["{doc}", "-o", "{out}", "--report", "{out}"],
    ["--check", "{doc}", "--report", "{link}"],
    ["{doc}", "-o", "{doc}"],
    ["{doc}", "-o", "{link}"],
])
def test_a_report_or_output_that_is_an_input_is_a_usage_error(tmp_path: Path,
                                                             flags: list[str]) -> None:
    doc, out, link = tmp_path / "doc.txt", tmp_path / "out.txt", tmp_path / "link.txt"
    doc.write_text(DAMAGED, encoding="utf-8")
    link.symlink_to(doc)
    args = [flag.format(doc=doc, out=out, link=link) for flag in flags]
    code, _, stderr = run("clean", *args)
    assert code == exitcodes.ERROR
    assert "Error:" in stderr and ("report" in stderr or "-o" in stderr)
    assert doc.read_text(encoding="utf-8") == DAMAGED and not out.exists()


def test_report_dash_writes_the_json_to_stdout(tmp_path: Path) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text(DAMAGED, encoding="utf-8")
    code, stdout, _ = run("clean", "--check", str(doc), "--report", "-")
    assert code == exitcodes.CHANGES
    assert stdout.startswith("{") and '"action": "removed"' in stdout
    assert not (Path.cwd() / "-").exists()


# --- 3. special files and metadata ---------------------------------------------------------

def test_inputs_must_be_regular_files(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    for path, problem in [(fifo, "is a FIFO"), (Path("/dev/zero"), "is a character device")]:
        code, _, stderr = run("clean", "--check", str(path))
        assert code == exitcodes.ERROR
        assert f"{path}: {problem}" in stderr


def test_an_input_over_the_size_limit_is_refused_before_reading(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cleaner import files

    monkeypatch.setattr(files, "MAX_INPUT_BYTES", 100)
    path = tmp_path / "big.txt"
    path.write_text(DAMAGED, encoding="utf-8")
    code, _, stderr = run("clean", "--in-place", str(path))
    assert code == exitcodes.ERROR and f"{path}: too large" in stderr
    assert path.read_text(encoding="utf-8") == DAMAGED


def test_output_to_a_character_device_writes_into_it_and_keeps_it(
        character_device: Path) -> None:
    before = os.stat(character_device)
    outcome = CliRunner().invoke(main, ["clean", "-", "-o", str(character_device)],
                                 input=DAMAGED)
    assert outcome.exit_code == exitcodes.OK, outcome.stderr
    after = os.stat(character_device)
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev


def test_output_to_a_fifo_writes_into_it(tmp_path: Path) -> None:
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    source = tmp_path / "doc.txt"
    source.write_text(DAMAGED, encoding="utf-8")
    writer = subprocess.Popen([sys.executable, "-m", "cleaner", "clean", str(source), "-o",
                               str(fifo)], stderr=subprocess.PIPE)
    with open(fifo, "rb") as stream:
        received = stream.read()
    assert writer.wait(timeout=60) == 0
    assert received.decode("utf-8") == CLEAN and stat.S_ISFIFO(fifo.lstat().st_mode)


@pytest.mark.parametrize("dangling", [False, True])
def test_output_through_a_symlink_writes_its_target(tmp_path: Path, dangling: bool) -> None:
    source, target, link = tmp_path / "doc.txt", tmp_path / "target.txt", tmp_path / "link"
    source.write_text(DAMAGED, encoding="utf-8")
    if not dangling:
        target.write_text("old\n", encoding="utf-8")
    link.symlink_to(target)
    code, _, stderr = run("clean", str(source), "-o", str(link))
    assert code == exitcodes.OK, stderr
    assert link.is_symlink() and target.read_text(encoding="utf-8") == CLEAN


def test_a_read_only_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(DAMAGED, encoding="utf-8")
    path.chmod(0o444)
    code, _, stderr = run("clean", "--in-place", str(path))
    assert code == exitcodes.ERROR and f"{path}: read-only file, not rewritten" in stderr
    assert path.read_text(encoding="utf-8") == DAMAGED
    assert stat.S_IMODE(path.stat().st_mode) == 0o444


def test_a_hard_linked_file_is_refused_and_both_names_keep_one_text(tmp_path: Path) -> None:
    path, other = tmp_path / "page.txt", tmp_path / "other.txt"
    path.write_text(DAMAGED, encoding="utf-8")
    os.link(path, other)
    code, _, stderr = run("clean", "--in-place", str(path))
    assert code == exitcodes.ERROR and "hard links" in stderr
    assert path.stat().st_ino == other.stat().st_ino
    assert other.read_text(encoding="utf-8") == DAMAGED


@ROOT_ONLY
def test_owner_and_group_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(DAMAGED, encoding="utf-8")
    os.chown(path, 65534, 65534)
    code, _, stderr = run("clean", "--in-place", str(path))
    assert code == exitcodes.OK, stderr
    status = path.stat()
    assert (status.st_uid, status.st_gid) == (65534, 65534)
    assert path.read_text(encoding="utf-8") == CLEAN


@ROOT_ONLY
def test_an_unprivileged_user_cannot_give_away_a_file_and_so_leaves_it(
        request_cleanup: Callable[[Path], None]) -> None:
    """Group-writable, owned by root: nobody may write it, but not re-create it as root's."""
    if shutil.which("setpriv") is None:
        pytest.skip("setpriv is not installed")
    nobody = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable]
    if subprocess.run([*nobody, "-c", "import click"], capture_output=True,
                      timeout=60).returncode != 0:
        pytest.skip(f"user nobody cannot run {sys.executable} (a private folder above it)")
    folder = Path(tempfile.mkdtemp(prefix="cleaner-shared-", dir="/tmp"))  # nobody can enter
    folder.chmod(0o777)
    request_cleanup(folder)
    path = folder / "page.txt"
    path.write_text(DAMAGED, encoding="utf-8")
    path.chmod(0o666)
    completed = subprocess.run(
        [*nobody, "-m", "cleaner", "clean", "--in-place", str(path)],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(Path(cleaner.__file__).parents[1])})
    assert completed.returncode == exitcodes.ERROR, completed.stderr
    assert "owned by another user" in completed.stderr
    assert path.stat().st_uid == 0 and path.read_text(encoding="utf-8") == DAMAGED
    assert sorted(child.name for child in folder.iterdir()) == ["page.txt"]


# --- 4. time is bounded ---------------------------------------------------------------------

def test_a_long_paragraph_and_its_cut_noisy_copy_finish_in_seconds() -> None:
    """The audit's case (a 58k-character paragraph and a noisy truncated copy: 58 s)
    at that size; benchmarks/pathological.py shows the growth with size."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    try:
        import pathological
    finally:
        sys.path.pop(0)
    text = pathological.long_paragraph_and_truncated_copy(0.02)
    started = time.perf_counter()
    result = cleaner.clean(text)
    assert time.perf_counter() - started < 60  # a hang guard, not a speed target
    assert "contained_paragraph" in result.stats.by_reason
    assert cleaner.restore(result.text, result.edits) == text


# --- 5. interrupted and concurrent writes ---------------------------------------------------

KILL_DURING_WRITE = textwrap.dedent("""
    import os, signal, sys
    from cleaner.cli import main
    real_fsync = os.fsync
    def fsync_then_terminate(fd):
        real_fsync(fd)
        os.kill(os.getpid(), signal.SIGTERM)   # a kill between the write and the rename
    os.fsync = fsync_then_terminate
    sys.argv = ["cleaner", "clean", "--in-place", sys.argv[1]]
    main()
""")


def test_sigterm_during_the_write_leaves_the_original_and_no_temporary(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(DAMAGED, encoding="utf-8")
    completed = subprocess.run([sys.executable, "-c", KILL_DURING_WRITE, str(path)],
                               capture_output=True, timeout=120)
    assert completed.returncode == -signal.SIGTERM, completed.stderr
    assert path.read_text(encoding="utf-8") == DAMAGED
    assert [child.name for child in tmp_path.iterdir()] == ["page.txt"]


def test_kills_at_any_moment_leave_the_old_or_the_new_text(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    text = (DAMAGED + "\n") * 200
    for delay in (0.2, 0.5, 0.8, 1.1, 1.5):
        path.write_text(text, encoding="utf-8")
        child = subprocess.Popen([sys.executable, "-m", "cleaner", "clean", "--in-place",
                                  str(path)], stderr=subprocess.DEVNULL)
        time.sleep(delay)
        child.send_signal(signal.SIGTERM)
        child.wait(timeout=120)
        assert path.read_text(encoding="utf-8") in {text, cleaner.clean(text).text}
        assert [item.name for item in tmp_path.iterdir()] == ["page.txt"]


CHANGE_DURING_CLEAN = textwrap.dedent("""
    import sys
    from pathlib import Path
    from cleaner import cli
    real_clean = cli.clean
    def clean_then_user_saves(*args, **kwargs):
        found = real_clean(*args, **kwargs)
        Path(sys.argv[-1]).write_text("The user's new text.\\n", encoding="utf-8")
        return found
    cli.clean = clean_then_user_saves
    sys.argv = ["cleaner", "fix", sys.argv[1]]
    cli.main()
""")


def test_a_file_saved_while_it_is_cleaned_is_left_as_saved(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(DAMAGED, encoding="utf-8")
    completed = subprocess.run([sys.executable, "-c", CHANGE_DURING_CLEAN, str(path)],
                               capture_output=True, text=True, timeout=120)
    assert completed.returncode == exitcodes.ERROR
    assert f"{path}: changed on disk while it was being cleaned" in completed.stderr
    assert path.read_text(encoding="utf-8") == "The user's new text.\n"
