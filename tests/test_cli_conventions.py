"""The command line as black and ruff users expect it: folders, exclusions, the total
line, -v and -q, colour, --stdin-filename, --show-config, messages in flag words."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleaner import exitcodes
from cleaner.cli import main

from .test_cli import CLEAN, DAMAGED


def run(*args: str, stdin: str | None = None,
        env: dict[str, str] | None = None) -> tuple[int, str, str]:
    outcome = CliRunner(env=env).invoke(main, list(args), input=stdin)
    return outcome.exit_code, outcome.stdout, outcome.stderr


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A folder of prose, code, ignored and excluded files, all damaged alike."""
    for name in ["a.txt", "b.md", "code.py", "sub/c.rst", "sub/deep/d.txt", ".git/e.txt",
                 "ignored/f.txt", "notes.skip.txt", "build/g.txt", "drafts/h.txt"]:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(DAMAGED, encoding="utf-8")
    (tmp_path / ".gitignore").write_text("ignored/\n*.skip.txt\n", encoding="utf-8")
    return tmp_path


def found(stderr: str, root: Path) -> list[str]:
    """The files a --check run listed findings for, relative to ``root``."""
    names = {line.split(":", 1)[0] for line in stderr.splitlines() if ": boilerplate" in line}
    return sorted(Path(name).relative_to(root).as_posix() for name in names)


def test_a_folder_is_walked_for_prose_files_in_a_real_subprocess(tree: Path) -> None:
    completed = subprocess.run([sys.executable, "-m", "cleaner", "clean", "--check", str(tree)],
                               capture_output=True, text=True, timeout=120)
    assert completed.returncode == exitcodes.CHANGES, completed.stderr
    assert found(completed.stderr, tree) == ["a.txt", "b.md", "drafts/h.txt", "sub/c.rst",
                                             "sub/deep/d.txt"]
    assert completed.stderr.endswith("5 files would be cleaned\n")


def test_exclude_extend_exclude_and_force_exclude(tree: Path) -> None:
    _, _, stderr = run("clean", "--check", str(tree), "--extend-exclude", "/drafts/")
    assert found(stderr, tree) == ["a.txt", "b.md", "sub/c.rst", "sub/deep/d.txt"]
    _, _, stderr = run("clean", "--check", str(tree), "--include", r"\.txt$")
    assert found(stderr, tree) == ["a.txt", "drafts/h.txt", "sub/deep/d.txt"]
    _, _, stderr = run("clean", "--check", str(tree), "--exclude", "/sub/")
    assert "build/g.txt" in " ".join(found(stderr, tree))  # the default exclude replaced
    # A file named on the command line is cleaned even when excluded...
    _, _, stderr = run("clean", "--check", str(tree / "drafts/h.txt"), "--extend-exclude",
                       "/drafts/")
    assert found(stderr, tree) == ["drafts/h.txt"]
    # ...unless --force-exclude says so.
    code, _, stderr = run("clean", "--check", str(tree / "drafts/h.txt"), str(tree / "a.txt"),
                          "--force-exclude", "/drafts/")
    assert code == exitcodes.CHANGES and found(stderr, tree) == ["a.txt"]


def test_in_place_on_a_folder_rewrites_only_prose(tree: Path) -> None:
    code, _, stderr = run("clean", "--in-place", str(tree))
    assert code == exitcodes.OK, stderr
    assert (tree / "sub/c.rst").read_text(encoding="utf-8") == CLEAN
    for untouched in ["code.py", "ignored/f.txt", ".git/e.txt", "build/g.txt"]:
        assert (tree / untouched).read_text(encoding="utf-8") == DAMAGED


def test_total_line_verbose_and_quiet(tree: Path) -> None:
    bad = tree / "bad.txt"
    bad.write_bytes(b"\x00binary")
    (tree / "clean.txt").write_text(CLEAN, encoding="utf-8")
    code, _, stderr = run("clean", "--check", str(tree))
    assert code == exitcodes.ERROR
    assert stderr.splitlines()[-1] == "5 files would be cleaned, 1 left unchanged, 1 error"
    assert f"{tree / 'clean.txt'}: clean" not in stderr
    _, _, verbose = run("clean", "--check", "-v", str(tree))
    assert f"{tree / 'clean.txt'}: clean" in verbose
    _, _, quiet = run("clean", "--in-place", "-q", str(tree))
    assert quiet.splitlines() == [f"cleaner: error: {bad}: binary file (NUL or control bytes), "
                                  "not text"]


def test_an_extract_with_a_nul_for_an_unmapped_glyph_is_cleaned_in_place(
        tmp_path: Path) -> None:
    """One NUL in a long UTF-8 extract is a glyph the extractor could not map: the file is
    cleaned in a real subprocess, and the NUL is still there, byte for byte."""
    path = tmp_path / "extract.txt"
    damaged = DAMAGED.replace("\n", " \x00 \n", 1) + "x" * 1000 + "\n"
    path.write_bytes(damaged.encode())
    completed = subprocess.run([sys.executable, "-m", "cleaner", "clean", "--in-place",
                                str(path)], capture_output=True, text=True, check=False)
    assert completed.returncode == exitcodes.OK, completed.stderr
    cleaned = path.read_bytes()
    assert cleaned.count(b"\x00") == 1 and b"Running footer" not in cleaned


def test_colour_on_request_and_off_with_no_color(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(DAMAGED, encoding="utf-8")
    _, coloured, _ = run("clean", "--diff", "--color", str(path))
    assert "\x1b[31m-Running footer" in coloured
    _, plain, _ = run("clean", "--diff", str(path), env={"NO_COLOR": "1"})
    assert "\x1b[" not in plain and "-Running footer" in plain
    _, plain, stderr = run("clean", "--check", "--no-color", str(path))
    assert "\x1b[" not in stderr


def test_stdin_filename_gives_the_format_and_the_name() -> None:
    printed_twice = ("    # The same comment of code, printed twice in a row, is long enough, with "
                     "more than twenty words in it, to count as a copy of a paragraph.\n\n")
    markdown = ("> A quoted line that is long enough to count for a join here\n"
                "> and its second line, which a text file would join.\n\n"
                + printed_twice * 2 + "End.\n")
    code, stdout, stderr = run("clean", "-", "--stdin-filename", "notes.md", stdin=markdown)
    assert code == exitcodes.OK and stdout == markdown
    _, as_text, _ = run("clean", "-", "--stdin-filename", "notes.txt", stdin=markdown)
    assert as_text.count("printed twice in a row") == 1 and "here\nand its" not in as_text
    _, _, stderr = run("clean", "--check", "-", "--stdin-filename", "page.txt",
                       stdin=DAMAGED)
    assert "page.txt:2: boilerplate_line" in stderr


def test_show_config_names_the_file_and_the_options(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.cleaner]\nsimilarity = 95\n",
                                             encoding="utf-8")
    path = tmp_path / "page.txt"
    path.write_text(DAMAGED, encoding="utf-8")
    code, stdout, _ = run("clean", "--show-config", str(path), "--keep", "last")
    assert code == exitcodes.OK
    assert f"configuration: {tmp_path / 'pyproject.toml'}" in stdout
    assert "similarity = 95.0" in stdout and "keep = 'last'" in stdout
    assert path.read_text(encoding="utf-8") == DAMAGED


def test_errors_speak_in_flags_and_a_bad_config_is_reported_once(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(DAMAGED, encoding="utf-8")
    code, _, stderr = run("clean", str(path), "--boilerplate-min-repeats", "0")
    assert code == exitcodes.ERROR and "--boilerplate-min-repeats must be" in stderr
    config = tmp_path / "bad.toml"
    config.write_text("[tool.cleaner]\nsimilarity = 500\n", encoding="utf-8")
    code, _, stderr = run("clean", "--check", str(path), str(path), "--config", str(config))
    assert code == exitcodes.ERROR and stderr.count("similarity") == 1
    assert str(config) in stderr


def test_fix_quiet_prints_nothing_but_changes_the_file(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(DAMAGED, encoding="utf-8")
    code, stdout, stderr = run("fix", "-q", str(path))
    assert code == exitcodes.CHANGES and stdout == "" and stderr == ""
    assert path.read_text(encoding="utf-8") == CLEAN


def test_help_reads_as_plain_text() -> None:
    top = run("--help")[1]
    assert "``" not in top and "fix    Clean FILES in place, as a pre-commit hook." in top
    clean_help = run("clean", "--help")[1]
    assert "``" not in clean_help and "Write the clean text to FILE" in clean_help


def test_completion_script_is_available() -> None:
    completed = subprocess.run([sys.executable, "-c", "from cleaner.cli import main; "
                                "main(prog_name='cleaner')"], capture_output=True, text=True,
                               env={**os.environ, "_CLEANER_COMPLETE": "bash_source"},
                               timeout=60)
    assert "_cleaner_completion" in completed.stdout
