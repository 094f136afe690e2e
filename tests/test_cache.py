"""The cache of clean files: a second check skips what an earlier run found clean, and
nothing else; a cache that is damaged or cannot be written never fails a run."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import cleaner
from cleaner import exitcodes
from cleaner.cache import Cache, Known, cache_dir
from cleaner.cli import main

CLEAN = "The harbour committee met on Tuesday and voted to repair the northern pier.\n"
PARAGRAPH = ("The committee met on Tuesday, heard the treasurer, and voted to repair the "
             "northern pier before the winter storms of March.\n")
DAMAGED = PARAGRAPH + "\n" + PARAGRAPH  # printed twice in a row


def check(*arguments: str) -> tuple[int, str]:
    """``cleaner clean --check -v`` in-process: exit code and stderr."""
    outcome = CliRunner().invoke(main, ["clean", "--check", "-v", *arguments])
    return outcome.exit_code, outcome.stderr


def cached_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.endswith("(cached)")]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    documents = tmp_path / "documents"
    documents.mkdir()
    for number in range(3):
        (documents / f"clean-{number}.txt").write_text(f"{number}. {CLEAN}", encoding="utf-8")
    (documents / "damaged.txt").write_text(DAMAGED, encoding="utf-8")
    return documents


def test_the_second_check_skips_the_clean_files_and_reports_them_the_same(
        folder: Path) -> None:
    first_code, first = check(str(folder))
    second_code, second = check(str(folder))
    assert first_code == second_code == exitcodes.CHANGES
    assert cached_lines(first) == []
    assert sorted(cached_lines(second)) == [f"{folder / f'clean-{n}.txt'}: clean (cached)"
                                            for n in range(3)]
    assert "damaged.txt: 1 duplicate paragraph removed" in second  # findings: every time
    assert first.splitlines()[-1] == second.splitlines()[-1] == (
        "1 file would be cleaned, 3 left unchanged")


def test_a_file_that_changes_is_cleaned_again(folder: Path) -> None:
    check(str(folder))
    (folder / "clean-0.txt").write_text(DAMAGED, encoding="utf-8")
    code, stderr = check(str(folder))
    assert code == exitcodes.CHANGES
    assert "clean-0.txt: 1 duplicate paragraph removed" in stderr
    assert len(cached_lines(stderr)) == 2


@pytest.mark.parametrize("other", [["--similarity", "0.8"], ["--encoding", "latin-1"],
                                   ["--no-cache"], ["--ignore", "page_number"]])
def test_other_options_or_no_cache_clean_every_file(folder: Path, other: list[str]) -> None:
    check(str(folder))
    code, stderr = check(*other, str(folder))
    assert code == exitcodes.CHANGES
    assert cached_lines(stderr) == []


def test_a_markdown_file_and_a_text_file_with_the_same_bytes_are_cached_apart(
        tmp_path: Path) -> None:
    """The format is decided from the name, and the result depends on it."""
    (tmp_path / "a.txt").write_text(CLEAN, encoding="utf-8")
    check(str(tmp_path / "a.txt"))
    (tmp_path / "a.md").write_text(CLEAN, encoding="utf-8")
    assert cached_lines(check(str(tmp_path / "a.md"))[1]) == []
    assert len(cached_lines(check(str(tmp_path / "a.txt"))[1])) == 1


def test_fix_and_diff_use_the_cache_and_the_report_counts_cached_files(folder: Path,
                                                                       tmp_path: Path) -> None:
    outcome = CliRunner().invoke(main, ["fix", str(folder)])
    assert outcome.exit_code == exitcodes.CHANGES  # damaged.txt fixed
    diff = CliRunner().invoke(main, ["clean", "--diff", "-v", str(folder)])
    assert diff.exit_code == exitcodes.OK and diff.stdout == ""
    assert len(cached_lines(diff.stderr)) == 3  # damaged.txt as fixed: cleaned, then known
    report = tmp_path / "report.json"
    CliRunner().invoke(main, ["clean", "--check", "--report", str(report), str(folder)])
    files = json.loads(report.read_text(encoding="utf-8"))["files"]
    names = [*(f"clean-{n}.txt" for n in range(3)), "damaged.txt"]
    assert [(Path(entry["path"]).name, entry["status"], entry["encoding"], entry["edits"])
            for entry in files] == [(names[n], "unchanged", "utf-8", [])
                                    for n in range(4)]


def test_a_repeat_kept_is_not_cached_it_is_reported_each_time(tmp_path: Path) -> None:
    """A file whose result says something (a repeat kept) is cleaned every time, so that
    ``--explain`` and the report always have it."""
    refrain = "Oh the harbour lights are shining on the water of the bay tonight.\n"
    verse = "\n".join(f"Verse {n} tells of ships and storms and the long way home again.\n"
                     f"\n{refrain}" for n in range(4))
    song = tmp_path / "song.txt"
    song.write_text(verse, encoding="utf-8")
    first = CliRunner().invoke(main, ["clean", "--check", "--explain", str(song)])
    second = CliRunner().invoke(main, ["clean", "--check", "--explain", "-v", str(song)])
    assert first.exit_code == second.exit_code == exitcodes.OK
    assert "kept" in first.stderr and "(cached)" not in second.stderr
    assert second.stderr.count(": kept:") == first.stderr.count(": kept:") == 9


def test_a_damaged_cache_is_an_empty_cache(folder: Path) -> None:
    check(str(folder))
    (cache_file,) = cache_dir().glob("clean-files-*.json")
    for damage in ("{not json", "[1, 2]", '{"key": [1]}', ""):
        cache_file.write_text(damage, encoding="utf-8")
        code, stderr = check(str(folder))
        assert code == exitcodes.CHANGES and cached_lines(stderr) == [], damage
    assert len(cached_lines(check(str(folder))[1])) == 3  # and it mends itself


def test_a_cache_that_cannot_be_written_is_skipped(folder: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The cache folder under a regular file: no one, root included, can create it."""
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder\n", encoding="utf-8")
    monkeypatch.setenv("CLEANER_CACHE_DIR", str(blocker / "cache"))
    for _ in range(2):
        code, stderr = check(str(folder))
        assert code == exitcodes.CHANGES and cached_lines(stderr) == []
        assert "error" not in stderr
    assert blocker.read_text(encoding="utf-8") == "not a folder\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a-file", "documents"]


def test_the_cache_is_kept_by_the_command_as_a_real_process(folder: Path) -> None:
    command = [sys.executable, "-m", "cleaner", "clean", "--check", "-v", str(folder)]
    runs = [subprocess.run(command, capture_output=True, text=True, check=False)
            for _ in range(2)]
    assert [run.returncode for run in runs] == [exitcodes.CHANGES] * 2
    assert [len(cached_lines(run.stderr)) for run in runs] == [0, 3]


def saved(folder: Path, keys: str) -> Cache:
    """A cache in ``folder`` that learnt ``keys`` (one letter a key) and was saved, read
    back as the next run reads it."""
    cache = Cache.load(folder)
    for key in keys:
        cache.remember(key, Known("utf-8", 1, 10))
    cache.save()
    return Cache.load(folder)


def test_the_cache_prunes_to_this_runs_files_when_it_grows_too_large(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("cleaner.cache.MAX_ENTRIES", 3)
    again = saved(tmp_path, "abc")
    assert set(again.known) == {"a", "b", "c"}
    assert again.get("a") == Known("utf-8", 1, 10) and again.get("z") is None
    again.remember("d", Known("ascii", 2, 20))
    again.save()
    assert set(Cache.load(tmp_path).known) == {"a", "d"}  # used or added by the last run


def test_the_key_depends_on_the_bytes_and_the_settings() -> None:
    keys = {Cache.key(data, settings) for data in (b"a", b"b") for settings in ("x", "y")}
    assert len(keys) == 4
    assert Cache.key(b"a", "x") == Cache.key(b"a", "x")


def test_a_second_file_with_the_same_bytes_in_one_run_is_known(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(CLEAN, encoding="utf-8")
    code, stderr = check(str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    assert code == exitcodes.OK
    assert cached_lines(stderr) == [f"{tmp_path / 'b.txt'}: clean (cached)"]


def test_a_run_that_learns_nothing_leaves_the_cache_file_alone(folder: Path) -> None:
    check(str(folder))
    (cache_file,) = cache_dir().glob("clean-files-*.json")
    before = cache_file.stat()
    check(str(folder))  # every clean file known: nothing to add
    after = cache_file.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    (folder / "new.txt").write_text("4. " + CLEAN, encoding="utf-8")
    check(str(folder))
    assert cache_file.stat().st_ino != before.st_ino  # rewritten, by a rename
    assert len(json.loads(cache_file.read_text(encoding="utf-8"))) == 4


def test_the_cache_folder_is_made_with_its_parents(folder: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    nested = tmp_path / "a" / "b" / "c"
    monkeypatch.setenv("CLEANER_CACHE_DIR", str(nested))
    check(str(folder))
    assert len(list(nested.glob("clean-files-*.json"))) == 1
    assert not list(nested.glob(".*.tmp"))


def test_where_the_cache_lives(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLEANER_CACHE_DIR", str(tmp_path / "chosen"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "chosen"
    monkeypatch.delenv("CLEANER_CACHE_DIR")
    assert cache_dir() == tmp_path / "xdg" / "cleaner"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_dir() == tmp_path / "home" / ".cache" / "cleaner"


def test_the_cache_belongs_to_the_code_that_wrote_it(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Another version, or an edited module, reads another cache file."""
    import cleaner.cache as cache_module

    package = tmp_path / "package"
    package.mkdir()
    (package / "stage.py").write_text("x = 1\n", encoding="utf-8")
    (package / "notes.txt").write_text("not code\n", encoding="utf-8")
    monkeypatch.setattr(cache_module, "__file__", str(package / "cache.py"))
    first = cache_module.code_fingerprint()
    assert "stage.py" in first and "notes.txt" not in first
    assert first.startswith(cleaner.__version__ + "\n")
    (package / "notes.txt").write_text("still not code, longer\n", encoding="utf-8")
    assert cache_module.code_fingerprint() == first
    (package / "stage.py").write_text("x = 22\n", encoding="utf-8")
    assert cache_module.code_fingerprint() != first
    names = set()
    for version in ("1.0", "2.0"):
        monkeypatch.setattr(cache_module, "__version__", version)
        names.add(Cache.load(tmp_path).path.name)
    assert len(names) == 2


def test_the_cache_keeps_everything_up_to_its_limit(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("cleaner.cache.MAX_ENTRIES", 3)
    again = saved(tmp_path, "ab")
    again.remember("c", Known("utf-8", 1, 10))
    again.save()
    assert set(Cache.load(tmp_path).known) == {"a", "b", "c"}  # three: at the limit, kept
