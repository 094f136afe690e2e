"""Fits a repository: cleaner.toml, the search up to the repository's root, reasons
selected and ignored, text switched off for cleaning."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import cleaner
from cleaner import exitcodes
from cleaner.cli import main
from cleaner.config import find_config
from cleaner.options import Options, OptionsError
from cleaner.pipeline import STAGES

PAGES = ["The harbour committee met.", "Repairs to the pier began.",
         "The ferry sailed at noon.", "A storm closed the quay."]
# Four pages, each with a running foot and a page number: furniture and page numbers.
PAPER = "".join(f"{text}\nHarbour Review, spring issue\n{number}\n\f"
                for number, text in enumerate(PAGES, 1))


def run(*arguments: str, cwd: Path | None = None) -> tuple[int, str, str]:
    """The CLI in-process (from ``cwd``): exit code, stdout, stderr."""
    before = Path.cwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        outcome = CliRunner().invoke(main, list(arguments))
    finally:
        os.chdir(before)
    return outcome.exit_code, outcome.stdout, outcome.stderr


def test_cleaner_toml_holds_options_at_the_top_level(tmp_path: Path) -> None:
    (tmp_path / "cleaner.toml").write_text('ignore = ["page_number"]\n', encoding="utf-8")
    page = tmp_path / "paper.txt"
    page.write_text(PAPER, encoding="utf-8")
    code, stdout, _ = run("clean", str(page))
    assert code == exitcodes.OK
    assert "Harbour Review" not in stdout  # the foot goes...
    assert "\n3\n" in stdout  # ...the page numbers stay: ignored


def test_a_pyproject_without_a_cleaner_table_hides_nothing(tmp_path: Path) -> None:
    (tmp_path / ".cleaner.toml").write_text("keep-one-boilerplate = true\n", encoding="utf-8")
    package = tmp_path / "package"
    package.mkdir()
    (package / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    page = package / "paper.txt"
    page.write_text(PAPER, encoding="utf-8")
    assert find_config(page) == tmp_path / ".cleaner.toml"
    assert run("clean", str(page))[1].count("Harbour Review") == 1


def test_the_search_stops_at_the_repositorys_root(tmp_path: Path) -> None:
    (tmp_path / "cleaner.toml").write_text("keep-one-boilerplate = true\n", encoding="utf-8")
    repository = tmp_path / "repository"
    (repository / ".git").mkdir(parents=True)
    page = repository / "paper.txt"
    page.write_text(PAPER, encoding="utf-8")
    assert find_config(page) is None
    assert "Harbour Review" not in run("clean", str(page))[1]


def test_include_and_exclude_from_the_configuration(tmp_path: Path) -> None:
    (tmp_path / "cleaner.toml").write_text('extend-exclude = "^/drafts/"\n', encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    for name in ("paper.txt", "drafts/paper.txt"):
        (tmp_path / name).write_text(PAPER, encoding="utf-8")
    code, _, stderr = run("clean", "--check", "-v", ".", cwd=tmp_path)
    assert code == exitcodes.CHANGES
    assert "paper.txt" in stderr and "drafts" not in stderr


def test_select_and_ignore_by_reason_or_kind() -> None:
    only_numbers = cleaner.clean(PAPER, Options(select="page_number"))
    assert {edit.reason for edit in only_numbers.edits} == {"page_number"}
    assert "Harbour Review" in only_numbers.text
    no_furniture = cleaner.clean(PAPER, Options(ignore="boilerplate_line"))
    assert "Harbour Review" in no_furniture.text and "\n2\n" not in no_furniture.text
    both = cleaner.clean(PAPER, Options(select="page_number,boilerplate_line",
                                        ignore="page_number"))
    assert {edit.reason for edit in both.edits} == {"boilerplate_line"}


def test_an_unknown_reason_is_a_usage_error_naming_the_flag(tmp_path: Path) -> None:
    with pytest.raises(OptionsError, match="unknown reason or kind 'page_numbers'"):
        Options(ignore="page_numbers")
    page = tmp_path / "paper.txt"
    page.write_text(PAPER, encoding="utf-8")
    code, _, stderr = run("clean", "--ignore", "page_numbers", str(page))
    assert code == exitcodes.ERROR and "--ignore: unknown reason or kind" in stderr


@pytest.mark.parametrize(("off", "on"), [("<!-- cleaner: off -->", "<!-- cleaner: on -->"),
                                         ("# cleaner: off", "# cleaner: on"),
                                         ("cleaner: off", "cleaner: on")])
def test_text_between_off_and_on_is_left_as_it_is(off: str, on: str) -> None:
    pages = PAPER.split("\f")
    text = "\f".join([f"{off}\n{pages[0]}\n{on}", *pages[1:]])
    result = cleaner.clean(text)
    assert f"{off}\n{pages[0]}\n{on}" in result.text  # page 1 whole: its foot and number
    assert result.text.count("Harbour Review") == 1
    assert "\n2\n" not in result.text


def test_switched_off_to_the_end_when_never_switched_on(tmp_path: Path) -> None:
    page = tmp_path / "notes.md"
    page.write_text("<!-- cleaner: off -->\n" + PAPER, encoding="utf-8")
    completed = subprocess.run([sys.executable, "-m", "cleaner", "clean", "--check", str(page)],
                               capture_output=True, text=True, check=False)
    assert completed.returncode == exitcodes.OK, completed.stderr


def test_statistics_by_reason_and_exit_zero(tmp_path: Path) -> None:
    page = tmp_path / "paper.txt"
    page.write_text(PAPER, encoding="utf-8")
    code, _, stderr = run("clean", "--check", "--statistics", "--exit-zero", str(page))
    assert code == exitcodes.OK
    assert "     4  boilerplate_line" in stderr and "     4  page_number" in stderr
    assert run("clean", "--check", str(page))[0] == exitcodes.CHANGES
    code, _, _ = run("clean", "--check", "--exit-zero", str(tmp_path / "missing.txt"))
    assert code == exitcodes.ERROR  # an error is never hidden


def test_output_formats_on_stdout(tmp_path: Path) -> None:
    import json

    pages = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for page in pages:
        page.write_text(PAPER, encoding="utf-8")
    code, stdout, _ = run("clean", "--check", "--output-format", "json-lines", *map(str, pages))
    objects = [json.loads(line) for line in stdout.splitlines()]
    assert code == exitcodes.CHANGES
    assert [item["path"] for item in objects] == list(map(str, pages))
    assert {"page_number", "boilerplate_line"} <= {edit["reason"] for edit in objects[0]["edits"]}
    code, stdout, _ = run("clean", "--check", "--output-format", "json", str(pages[0]))
    assert json.loads(stdout)["files"][0]["status"] == "changed"
    code, stdout, _ = run("clean", "--check", "--output-format", "github", str(pages[0]))
    annotations = stdout.splitlines()
    assert [line.split("title=cleaner ")[1].split("::")[0] for line in annotations] == [
        "boilerplate_line", "page_number"] * 4 + ["trailing_blank_lines"]
    assert annotations[0] == (f"::warning file={pages[0]},line=2,endLine=2,title=cleaner "
                              "boilerplate_line::boilerplate line repeated 4 times (4 at page "
                              "edges): Harbour Review, spring issue")
    code, _, stderr = run("clean", "--output-format", "json", str(pages[0]))
    assert code == exitcodes.ERROR and "needs stdout free" in stderr


def test_machine_output_of_errors_repeats_kept_and_other_scripts(tmp_path: Path) -> None:
    """An error is a ``::error`` annotation; a repeat kept is no annotation; JSON lines keep
    a name and a message in their own script (UTF-8, not escapes)."""
    import json

    refrain = "Oh the harbour lights are shining on the water of the bay tonight."
    song = tmp_path / "歌.txt"
    song.write_text("\n\n".join(f"Verse {n} tells of ships and storms and the long way "
                                  f"home.\n\n{refrain}" for n in range(4)) + "\n",
                    encoding="utf-8")
    missing = tmp_path / "missing.txt"
    code, stdout, _ = run("clean", "--check", "--output-format", "github", str(song),
                          str(missing))
    assert code == exitcodes.ERROR
    assert stdout.splitlines() == [f"::error file={missing}::no such file"]
    page = tmp_path / "页.txt"
    page.write_text(PAPER.replace("Harbour Review", "港口评论"), encoding="utf-8")
    code, stdout, _ = run("clean", "--check", "--output-format", "json-lines", str(page),
                          str(song))
    assert code == exitcodes.CHANGES
    assert "页.txt" in stdout and "港口评论" in stdout and "\\u" not in stdout
    first, second = (json.loads(line) for line in stdout.splitlines())
    assert first["status"] == "changed" and second["status"] == "unchanged"
    assert {edit["action"] for edit in second["edits"]} == {"kept"}


def test_fix_speaks_on_one_stream(tmp_path: Path) -> None:
    page = tmp_path / "paper.txt"
    page.write_text(PAPER, encoding="utf-8")
    code, stdout, stderr = run("fix", str(page))
    assert code == exitcodes.CHANGES
    assert stdout == f"Fixing {page}\n" and stderr == ""


def test_a_bug_is_exit_123_in_one_line_never_a_verdict(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str],
                                                         ) -> None:
    from cleaner import cli

    def broken(*_: object, **__: object) -> None:
        raise RuntimeError("an index out of range")

    page = tmp_path / "paper.txt"
    page.write_text(PAPER, encoding="utf-8")
    monkeypatch.setitem(STAGES, "joins", broken)  # a bug in a stage
    monkeypatch.setattr(sys, "argv", ["cleaner", "clean", "--check", str(page)])
    with pytest.raises(SystemExit) as stopped:
        cli.entry()
    assert stopped.value.code == exitcodes.INTERNAL
    assert capsys.readouterr().err == ("cleaner: internal error: RuntimeError: an index out of "
                                       "range (a bug in cleaner; please report it)\n")
    assert page.read_text(encoding="utf-8") == PAPER


def test_per_file_ignores_by_glob_from_the_configuration_folder(tmp_path: Path) -> None:
    (tmp_path / "cleaner.toml").write_text(
        '[per-file-ignores]\n"drafts/*.txt" = ["page_number"]\n"*.keep" = "boilerplate_line"\n',
        encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    draft, paper, kept = tmp_path / "drafts" / "a.txt", tmp_path / "paper.txt", tmp_path / "b.keep"
    for path in (draft, paper, kept):
        path.write_text(PAPER, encoding="utf-8")
    code, _, stderr = run("clean", "--in-place", str(draft), str(paper), str(kept))
    assert code == exitcodes.OK, stderr
    assert "\n3\n" in draft.read_text(encoding="utf-8")  # its page numbers stay
    assert "Harbour Review" not in draft.read_text(encoding="utf-8")
    assert "\n3\n" not in paper.read_text(encoding="utf-8")
    assert "Harbour Review" in kept.read_text(encoding="utf-8")
    (tmp_path / "cleaner.toml").write_text('[per-file-ignores]\n"*.txt" = ["pages"]\n',
                                           encoding="utf-8")
    code, _, stderr = run("clean", "--check", str(paper))
    assert code == exitcodes.ERROR and "per-file-ignores: ignore: unknown reason" in stderr


def test_run_returns_the_exit_code_and_never_ends_the_process(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``cleaner.cli.run(argv) -> int``: every outcome a code, for a caller that goes on."""
    from cleaner.cli import run

    page = tmp_path / "paper.txt"
    page.write_text(PAPER, encoding="utf-8")
    clean_page = tmp_path / "clean.txt"
    clean_page.write_text("A short clean note.\n", encoding="utf-8")
    assert run(["clean", "--check", "-q", str(page)]) == exitcodes.CHANGES
    assert run(["clean", "--check", "-q", str(clean_page)]) == exitcodes.OK
    assert run(["clean", "--check", "--no-such-flag", str(page)]) == exitcodes.ERROR
    assert run(["clean", "--check", "-q", str(tmp_path / "missing.txt")]) == exitcodes.ERROR
    assert run(["--version"]) == exitcodes.OK
    assert run(["clean", "--show-config", str(page)]) == exitcodes.OK
    assert run(["fix", "-q", str(page)]) == exitcodes.CHANGES
    assert page.read_text(encoding="utf-8") != PAPER  # and fixed
    err = capsys.readouterr().err
    assert "No such option" in err and "--no-such-flag" in err  # click words it by version
    assert "missing.txt: no such file" in err
