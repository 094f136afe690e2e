"""The command line, in-process with CliRunner and once as a real subprocess."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleaner import clean, exitcodes
from cleaner.cli import main

from .conftest import REFERENCE, SAMPLES, expected_output

DAMAGED = ("First page text that ends here.\nRunning footer\f"
           "Second page text that ends here.\nRunning footer\f"
           "Third page text that ends here.\nRunning footer\f"
           "Last page.\n")
CLEAN = ("First page text that ends here.\n\fSecond page text that ends here.\n"
         "\fThird page text that ends here.\n\fLast page.\n")


def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    path = tmp_path / "damaged.txt"
    path.write_text(DAMAGED, encoding="utf-8")
    return path


def test_clean_to_stdout_carries_only_the_text(damaged: Path) -> None:
    outcome = runner().invoke(main, ["clean", str(damaged)])
    assert outcome.exit_code == exitcodes.OK
    assert outcome.stdout == CLEAN
    assert outcome.stderr == f"{damaged}: 3 boilerplate lines removed\n1 file cleaned\n"


def test_stdin_to_stdout() -> None:
    outcome = runner().invoke(main, ["clean", "-", "-q"], input=DAMAGED.encode("utf-8"))
    assert outcome.exit_code == exitcodes.OK
    assert outcome.stdout == CLEAN
    assert outcome.stderr == ""


def test_output_file(damaged: Path, tmp_path: Path) -> None:
    output = tmp_path / "out.txt"
    outcome = runner().invoke(main, ["clean", str(damaged), "-o", str(output)])
    assert outcome.exit_code == exitcodes.OK
    assert output.read_text(encoding="utf-8") == CLEAN
    assert damaged.read_text(encoding="utf-8") == DAMAGED


def test_in_place_many_files(tmp_path: Path) -> None:
    paths = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for path in paths:
        path.write_text(DAMAGED, encoding="utf-8")
    clean_path = tmp_path / "c.txt"
    clean_path.write_text(CLEAN, encoding="utf-8")
    outcome = runner().invoke(main, ["clean", "--in-place", *map(str, paths), str(clean_path)])
    assert outcome.exit_code == exitcodes.OK
    for path in paths:
        assert path.read_text(encoding="utf-8") == CLEAN
    assert f"{clean_path}: clean" not in outcome.stderr  # only files that changed...
    assert outcome.stderr.endswith("2 files cleaned, 1 left unchanged\n")  # ...and a total
    verbose = runner().invoke(main, ["clean", "--in-place", "-v", str(clean_path)])
    assert f"{clean_path}: clean" in verbose.stderr


def test_check_writes_nothing_and_lists_findings(damaged: Path, tmp_path: Path) -> None:
    clean_path = tmp_path / "clean.txt"
    clean_path.write_text(CLEAN, encoding="utf-8")
    outcome = runner().invoke(main, ["clean", "--check", str(damaged)])
    assert outcome.exit_code == exitcodes.CHANGES
    assert outcome.stdout == ""
    assert f"{damaged}:2: boilerplate_line:" in outcome.stderr
    assert damaged.read_text(encoding="utf-8") == DAMAGED
    outcome = runner().invoke(main, ["clean", "--check", str(clean_path)])
    assert outcome.exit_code == exitcodes.OK


def test_diff(damaged: Path) -> None:
    outcome = runner().invoke(main, ["clean", "--diff", str(damaged)])
    assert outcome.exit_code == exitcodes.OK
    assert outcome.stdout.startswith(f"--- a/{damaged}\n+++ b/{damaged}\n")
    assert "\n-Running footer\f" in outcome.stdout
    assert damaged.read_text(encoding="utf-8") == DAMAGED


def test_report_is_json_with_one_object_per_edit(damaged: Path, tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    runner().invoke(main, ["clean", str(damaged), "--report", str(report)])
    document = json.loads(report.read_text(encoding="utf-8"))
    assert document["report_version"] == 2 and document["tool"].startswith("cleaner ")
    assert [(file["path"], file["status"]) for file in document["files"]] == [
        (str(damaged), "changed")]
    entries = document["files"][0]["edits"]
    # Lines counted by line feeds, as grep -n counts them: a form feed starts no line.
    assert [(entry["reason"], entry["first_line"]) for entry in entries] == [
        ("boilerplate_line", 2), ("boilerplate_line", 3), ("boilerplate_line", 4)]
    assert all("Running footer" in entry["removed"] for entry in entries)


@pytest.mark.parametrize(("args", "footers_left"), [
    ([], 0),
    (["--keep-one-boilerplate"], 1),
    (["--boilerplate-min-repeats", "4"], 3),
    (["--boilerplate-max-chars", "5"], 3),
])
def test_option_flags_reach_the_library(damaged: Path, args: list[str], footers_left: int) -> None:
    outcome = runner().invoke(main, ["clean", str(damaged), *args])
    assert outcome.exit_code == exitcodes.OK
    assert outcome.stdout.count("Running footer") == footers_left


def test_every_option_has_a_flag() -> None:
    from cleaner.options import OPTION_FIELDS

    help_text = runner().invoke(main, ["clean", "--help"]).stdout
    for name in OPTION_FIELDS:
        assert f"--{name.replace('_', '-')}" in help_text
    assert "Exit codes" in help_text


@pytest.mark.parametrize("problem", ["missing", "fifo", "binary", "undecodable"])
def test_bad_input_is_one_line_exit_2_and_others_still_processed(
        tmp_path: Path, damaged: Path, problem: str) -> None:
    bad = tmp_path / "bad.txt"
    if problem == "fifo":
        os.mkfifo(bad)
    elif problem == "binary":
        bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    elif problem == "undecodable":
        bad.write_bytes("中文".encode() * 50 + b"\xff\xfe\xfa" + "文字".encode())
    before = bad.read_bytes() if bad.is_file() and problem != "fifo" else None
    outcome = runner().invoke(main, ["clean", "--in-place", str(bad), str(damaged)])
    assert outcome.exit_code == exitcodes.ERROR
    errors = [line for line in outcome.stderr.splitlines() if line.startswith("cleaner: error")]
    assert len(errors) == 1 and errors[0].startswith(f"cleaner: error: {bad}: ")
    assert damaged.read_text(encoding="utf-8") == CLEAN  # the good file was still cleaned
    if before is not None:
        assert bad.read_bytes() == before


def test_unwritable_output_is_an_error_and_writes_nothing(damaged: Path, tmp_path: Path) -> None:
    output = tmp_path / "missing-folder" / "out.txt"
    outcome = runner().invoke(main, ["clean", str(damaged), "-o", str(output)])
    assert outcome.exit_code == exitcodes.ERROR
    assert "cannot write" in outcome.stderr
    assert not output.parent.exists()


@pytest.mark.parametrize(("args", "message"), [
    ([], "give at least one input"),
    (["{a}", "{b}"], "several inputs need --in-place, --check or --diff"),
    (["{a}", "{b}", "-o", "{c}"], "-o/--output takes exactly one input"),
    (["-", "--in-place"], "--in-place cannot rewrite stdin"),
    (["{a}", "--in-place", "--check"], "choose one of"),
    (["{a}", "-o", "{c}", "--diff"], "choose one of"),
    (["{a}", "--similarity", "120"], "similarity must be between 0 and 100"),
    (["{a}", "--keep", "middle"], "'middle' is not one of"),
    (["{a}", "--config", "{c}", "--no-config"], "--config and --no-config exclude each other"),
])
def test_usage_errors_exit_2_and_change_nothing(tmp_path: Path, args: list[str],
                                                message: str) -> None:
    files = {name: tmp_path / f"{name}.txt" for name in "abc"}
    for name in "ab":
        files[name].write_text(DAMAGED, encoding="utf-8")
    filled = [argument.format(**{name: str(path) for name, path in files.items()})
              for argument in args]
    outcome = runner().invoke(main, ["clean", *filled])
    assert outcome.exit_code == exitcodes.ERROR
    assert message in outcome.stderr
    assert all(files[name].read_text(encoding="utf-8") == DAMAGED for name in "ab")
    assert not files["c"].exists()


def test_version() -> None:
    outcome = runner().invoke(main, ["--version"])
    assert outcome.exit_code == 0 and "cleaner" in outcome.stdout


def _installed_command() -> list[str]:
    found = shutil.which("cleaner", path=os.path.dirname(sys.executable))
    return [found] if found else [sys.executable, "-m", "cleaner"]


def test_real_subprocess_cleans_the_reference_page() -> None:
    completed = subprocess.run([*_installed_command(), "clean", str(REFERENCE)],
                               capture_output=True, check=False)
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout == expected_output(REFERENCE).read_bytes()
    assert completed.stderr.decode("utf-8").startswith(f"{REFERENCE}: 1 duplicate paragraph")


def test_python_dash_m_and_check_exit_code() -> None:
    completed = subprocess.run([sys.executable, "-m", "cleaner", "clean", "--check",
                                str(SAMPLES / "en-crlf-duplicate.txt")],
                               capture_output=True, check=False)
    assert completed.returncode == exitcodes.CHANGES
    assert b"near_duplicate_paragraph" in completed.stderr


def test_progress_only_on_a_terminal_quiet_off_and_for_a_long_run() -> None:
    from cleaner.progress import MIN_BYTES, MIN_FILES, Progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    long_run, short_run = [("a.txt", MIN_BYTES)], [("a.txt", 10)] * (MIN_FILES - 1)
    assert Progress.for_run(io.StringIO(), long_run, quiet=False) is None  # not a terminal
    assert Progress.for_run(Terminal(), long_run, quiet=True) is None
    assert Progress.for_run(Terminal(), short_run, quiet=False) is None
    assert Progress.for_run(Terminal(), [*short_run, ("b.txt", 10)], quiet=False) is not None
    assert Progress.for_run(Terminal(), long_run, quiet=False) is not None


def _stderr_on_a_terminal(arguments: list[str]) -> str:
    """Run the real ``cleaner`` with stderr on a pseudo-terminal; return what it wrote."""
    import pty

    leader, follower = pty.openpty()
    with subprocess.Popen([sys.executable, "-m", "cleaner", *arguments],
                          stdout=subprocess.DEVNULL, stderr=follower) as process:
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the terminal closed with the process
                break
            if not chunk:
                break
            chunks.append(chunk)
        process.wait(timeout=120)
    os.close(leader)
    return b"".join(chunks).decode("utf-8", errors="replace")


def test_many_files_show_their_progress_on_a_terminal_and_nowhere_else(tmp_path: Path) -> None:
    from cleaner.progress import MIN_FILES

    names = []
    for number in range(MIN_FILES):
        path = tmp_path / f"page{number:02}.txt"
        path.write_text(f"Page {number} of the minutes.\n\nThe committee met.\n")
        names.append(str(path))
    shown = _stderr_on_a_terminal(["clean", "--check", *names])
    assert f"cleaner: {MIN_FILES - 1}/{MIN_FILES} files" in shown
    assert "\r\x1b[K" in shown  # the line is cleared before the summary
    assert "page00.txt: " in shown
    quiet = _stderr_on_a_terminal(["clean", "--check", "-q", *names])
    assert "files, " not in quiet
    piped = subprocess.run([sys.executable, "-m", "cleaner", "clean", "--check", *names],
                           capture_output=True, text=True, check=False)
    assert "files, " not in piped.stderr and "\x1b[K" not in piped.stderr


def test_the_report_keeps_the_tally_and_prints_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    """What a run says is the console's; the report only counts, so a library caller can
    use it silently. Its total and exit code follow the files it was told of."""
    from cleaner.report import Report

    report = Report(check=True)
    entry = report.done("a.txt", clean(DAMAGED), "utf-8")
    report.done("b.txt", clean(CLEAN), "utf-8")
    assert capsys.readouterr() == ("", "")
    assert entry["status"] == "changed" and entry["edits"]
    assert (report.total(), report.return_code) == (
        "1 file would be cleaned, 1 left unchanged", 1)
    report.failed("c.txt", "not found")
    assert capsys.readouterr() == ("", "")
    assert report.return_code == 2 and report.document()["files"][-1]["status"] == "error"
    assert Report(exit_zero=True, check=True, changed=1).return_code == 0


def test_settings_are_the_flags_only_and_frozen() -> None:
    """What a run gathers (configurations read, pages for --html) is the run's, not the
    settings': settings made from flags hold no list, dict or set, and cannot change."""
    import dataclasses

    from cleaner.cli import Settings, WriteBack, _settings

    settings = _settings(WriteBack.CHECK, {"similarity": 95, "keep": None}, None, False)
    assert isinstance(settings, Settings)
    for field in dataclasses.fields(settings):
        assert not isinstance(getattr(settings, field.name), list | dict | set), field.name
    assert dict(settings.overrides) == {"similarity": 95}
    with pytest.raises(dataclasses.FrozenInstanceError):
        settings.check = True  # type: ignore[misc]
    with pytest.raises(TypeError):
        settings.overrides["similarity"] = 10  # type: ignore[index]
    first, second = settings.configurations(), settings.configurations()
    assert first is not second and first.options(Path("a.txt")).similarity == 95


@pytest.mark.parametrize(("text", "shown"), [
    ("plain name.txt", "plain name.txt"),
    ("tab\tand\nline feed", "tab\tand\nline feed"),
    ("\x1b]0;title\x07", "\\e]0;title\\x07"),
    ("a\fb\rc", "a\\fb\\rc"),
    ("bad\udc80\udcff.txt", "bad\\x80\\xff.txt"),  # undecodable bytes of a file name
    ("\u202eevil", "\\u202eevil"),  # a bidirectional override
    ("\x7f", "\\x7f"),
])
def test_printable_writes_what_a_terminal_would_obey_as_escapes(text: str, shown: str) -> None:
    from cleaner.report import printable

    assert printable(text) == shown


def test_the_json_report_names_every_field() -> None:
    """The report's schema: a file's path, status, encoding, edits, warnings and notes;
    an error's path, status and message; the offsets said once, at the top."""
    from cleaner.report import Report

    report = Report()
    report.done("a.txt", clean(DAMAGED), "utf-8")
    report.failed("b.txt", "not found")
    document = report.document()
    assert sorted(document) == ["files", "offsets", "report_version", "tool"]
    assert document["offsets"] == ("characters of the decoded text (start inclusive, end "
                                   "exclusive); lines count from 1")
    done, failed = document["files"]
    assert sorted(done) == ["edits", "encoding", "notes", "path", "status", "warnings"]
    assert (done["encoding"], done["warnings"], done["notes"]) == ("utf-8", [], [])
    assert failed == {"path": "b.txt", "status": "error", "error": "not found"}
    assert report.total() == "1 file cleaned, 1 error"
    report.failed("c.txt", "not found")
    assert report.total() == "1 file cleaned, 2 errors"
    assert report.by_reason() == clean(DAMAGED).stats.by_reason


def test_the_console_says_each_thing_on_its_stream(capsys: pytest.CaptureFixture[str]) -> None:
    """Warnings and errors go to stderr, named by file (errors in red with colour, and
    even when quiet); the total too, in bold with colour; the JSON report to stdout,
    ending where the document ends."""
    from cleaner.console import Console
    from cleaner.report import Report, json_report

    report = Report()
    entry = report.done("a.txt", clean(DAMAGED), "utf-8")
    Console().warn("a\x1b.txt", "odd\nthing")
    assert capsys.readouterr() == ("", "cleaner: warning: a\\e.txt: odd\nthing\n")
    Console(quiet=True).warn("a.txt", "odd")
    Console(quiet=True).done(entry, "a.txt: 3 lines removed")
    assert capsys.readouterr() == ("", "")
    Console(quiet=True, color=True).failed(report.failed("b.txt", "not found"))
    assert capsys.readouterr() == ("", "\x1b[31mcleaner: error: b.txt: not found\x1b[0m\n")
    Console(color=True).finish(report)
    assert capsys.readouterr() == ("", "\x1b[1m1 file cleaned, 1 error\x1b[0m\n")
    Console(output_format="json", quiet=True).finish(report)
    out, err = capsys.readouterr()
    assert err == "" and out == json_report(report.document())
    Console(output_format="json-lines").done(entry, "a.txt: changed")
    out, err = capsys.readouterr()
    assert json.loads(out) == entry and err == "a.txt: changed\n"
