"""Corpus mode: furniture that stands once in each of many files, on a folder of real files,
run in this process, in a local pool, in a real subprocess, and on a Dask cluster."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleaner import exitcodes
from cleaner.cli import main
from cleaner.corpus import Fingerprint, tally
from cleaner.executors import DaskExecutor, LocalExecutor

MASTHEADS = ["WEATHER FORECAST:", "WEATHER FORECAST;", "WEATHFR FORECAST:", "WEATHER FORFCAST:"]
STORIES = [
    "The council met and agreed to repair the northern pier before winter.",
    "Schools in the eastern district will open late because of the snow.",
    "The harbour board named a new master, the third in as many years.",
    "A fire in the mill district was put out before it reached the granary.",
    "The new tram line to the harbour carried its first passengers at dawn.",
    "Farmers asked the state for help after the river flooded their fields.",
    "The library will stay open in the evenings through the whole winter.",
    "Two ships ran aground in the fog off the point; no one was hurt.",
    "The bank on Main Street reopened under a new name and new owners.",
    "A storm took the roof off the market hall and closed the market.",
    "The mayor asked for calm after the strike at the docks entered its second week.",
    "The orchestra gave its last concert of the season to a full hall.",
]
CONTINUED = "The trial of the harbour master continued for another day before the judge."


def day_file(folder: Path, day: int) -> Path:
    """One front page: a masthead garbled differently by OCR, stories, a price line."""
    path = folder / f"1916-01-{day:02d}.txt"
    stories = "\n\n".join(STORIES[(day + shift) % len(STORIES)] for shift in (0, 5, 7))
    path.write_text(f"{MASTHEADS[day % len(MASTHEADS)]}\nHOME EDITION\nNUMBER {8790 + day}.\n\n"
                    f"{STORIES[day - 1]}\n\n{CONTINUED}\n\n{stories}\n\n"
                    f"{STORIES[(day + 3) % len(STORIES)]}\n\n"
                    f"{STORIES[(day + 9) % len(STORIES)]}\n\nPRICE ONE CENT.\n",
                    encoding="utf-8")
    return path


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    folder.mkdir()
    for day in range(1, 13):
        day_file(folder, day)
    return folder


def report(folder: Path, *flags: str) -> dict[str, list[str]]:
    """What a --check run with ``flags`` removes, file by file (the removed texts)."""
    outcome = CliRunner().invoke(main, ["clean", "--check", "-q", str(folder), "--report", "-",
                                        *flags])
    assert outcome.exit_code in (exitcodes.OK, exitcodes.CHANGES), outcome.stderr
    return {Path(file["path"]).name: [edit["removed"].strip() for edit in file["edits"]]
            for file in json.loads(outcome.stdout)["files"]}


def test_single_files_show_no_furniture_but_the_corpus_does(archive: Path) -> None:
    alone = report(archive)
    assert all(not removed for removed in alone.values())
    together = report(archive, "--corpus", "--jobs", "1")
    for name, removed in together.items():
        day = int(name[8:10])
        assert set(removed) == {MASTHEADS[day % len(MASTHEADS)], "HOME EDITION",
                                "PRICE ONE CENT."}, name
    # Content that repeats across files, not at their edges, stays; so does each story.
    assert all(CONTINUED not in removed for removed in together.values())


def test_a_local_pool_gives_the_same_result_as_one_process(archive: Path) -> None:
    assert report(archive, "--corpus", "--jobs", "2") == report(archive, "--corpus", "--jobs",
                                                                "1")


def test_corpus_in_place_in_a_real_subprocess(archive: Path) -> None:
    completed = subprocess.run([sys.executable, "-m", "cleaner", "clean", "--corpus",
                                "--in-place", str(archive)], capture_output=True, text=True,
                               timeout=300)
    assert completed.returncode == exitcodes.OK, completed.stderr
    assert completed.stderr.endswith("12 files cleaned\n")
    text = (archive / "1916-01-05.txt").read_text(encoding="utf-8")
    assert text.startswith(f"NUMBER 8795.\n\n{STORIES[4]}")
    assert "PRICE ONE CENT." not in text and CONTINUED in text


def test_dedup_across_files_keeps_the_first_copy_and_names_it(archive: Path) -> None:
    plain = report(archive, "--corpus", "--jobs", "1")
    assert all(CONTINUED not in removed for removed in plain.values())
    outcome = CliRunner().invoke(main, ["clean", "--check", "-q", str(archive), "--report", "-",
                                        "--corpus", "--jobs", "2", "--dedup-across-files"])
    files = {Path(file["path"]).name: file["edits"] for file in json.loads(outcome.stdout)["files"]}
    first = f"{archive / '1916-01-01.txt'}:"
    assert not any(edit["removed"].strip() == CONTINUED for edit in files["1916-01-01.txt"])
    for name, edits in files.items():
        if name == "1916-01-01.txt":
            continue
        copies = [edit for edit in edits if edit["removed"].strip() == CONTINUED]
        assert len(copies) == 1 and first in copies[0]["message"], name
    # The stories repeat across files too (the list cycles): each stays in some file.
    for story in STORIES:
        holding = [name for name in files if story in (archive / name).read_text("utf-8")]
        assert any(story not in [edit["removed"].strip() for edit in files[name]]
                   for name in holding), story


def test_output_folder_mirrors_the_tree_and_leaves_the_inputs(archive: Path,
                                                               tmp_path: Path) -> None:
    (archive / "later").mkdir()
    day_file(archive / "later", 12)
    before = {path: path.read_bytes() for path in archive.rglob("*.txt")}
    out = tmp_path / "clean"
    outcome = CliRunner().invoke(main, ["clean", "--corpus", "--jobs", "1", str(archive),
                                        "-o", str(out)])
    assert outcome.exit_code == exitcodes.OK, outcome.stderr
    assert sorted(path.relative_to(out).as_posix() for path in out.rglob("*.txt")) == sorted(
        path.relative_to(archive).as_posix() for path in before)
    assert "HOME EDITION" not in (out / "later" / "1916-01-12.txt").read_text(encoding="utf-8")
    assert {path: path.read_bytes() for path in archive.rglob("*.txt")} == before


def test_the_library_yields_each_file(archive: Path) -> None:
    import cleaner
    from cleaner.executors import LocalExecutor

    results = list(cleaner.clean_corpus(sorted(archive.iterdir()),
                                        executor=LocalExecutor(1)))
    assert [Path(item.path).name for item in results] == sorted(
        path.name for path in archive.iterdir())
    assert all(item.result is not None and "HOME EDITION" not in item.result.text
               for item in results)


def test_too_few_files_are_no_evidence() -> None:
    prints = [Fingerprint(f"f{index}", frozenset({"homeedition"})) for index in range(2)]
    assert tally(prints, 90).furniture == {}
    prints.append(Fingerprint("f2", frozenset({"homeedition"})))
    assert tally(prints, 90).furniture == {"homeedition": 3}


def test_corpus_flags_are_checked(archive: Path) -> None:
    outcome = CliRunner().invoke(main, ["clean", "--check", str(archive), "--jobs", "2"])
    assert outcome.exit_code == exitcodes.ERROR and "go with --corpus" in outcome.stderr
    outcome = CliRunner().invoke(main, ["clean", "--corpus", "-"], input="x")
    assert outcome.exit_code == exitcodes.ERROR and "not stdin" in outcome.stderr
    outcome = CliRunner().invoke(main, ["clean", "--corpus", str(archive), "-o", "x", "--check"])
    assert outcome.exit_code == exitcodes.ERROR and "choose one of" in outcome.stderr


def square(value: int) -> int:
    return value * value


def test_the_executors_map_in_order() -> None:
    assert LocalExecutor(2).map(square, list(range(20))) == [value * value
                                                              for value in range(20)]


@pytest.mark.slow
def test_corpus_mode_on_a_dask_cluster(archive: Path) -> None:
    distributed = pytest.importorskip("dask.distributed", reason="dask is an optional extra")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        assert DaskExecutor(cluster.scheduler_address).map(square, [1, 2, 3]) == [1, 4, 9]
        on_dask = report(archive, "--corpus", "--scheduler", cluster.scheduler_address)
    assert on_dask == report(archive, "--corpus", "--jobs", "1")


def test_an_unreachable_scheduler_is_one_error(archive: Path) -> None:
    pytest.importorskip("dask.distributed", reason="dask is an optional extra")
    outcome = CliRunner().invoke(main, ["clean", "--corpus", "--check", str(archive),
                                        "--scheduler", "tcp://127.0.0.1:9",
                                        "--scheduler-timeout", "2"])  # Dask retries till then
    assert outcome.exit_code == exitcodes.ERROR
    assert "cleaner: error: tcp://127.0.0.1:9: Dask scheduler" in outcome.stderr


NEWSPAPER = Path(__file__).resolve().parents[2] / "shared" / "corpus" / \
    "newspaper-front-pages-1916"


@pytest.mark.slow
@pytest.mark.skipif(not NEWSPAPER.is_dir(), reason=f"{NEWSPAPER} is not here")
def test_newspaper_archive_furniture_goes_and_nothing_unique_does() -> None:
    """120 OCR front pages: of the lines (three letters or more) whose key stands in the
    first 12 lines of at least 20% of the files, at most 5% remain; no removed line is
    unique to its file (no other file has it, or a variant of it within ratio 80)."""
    from collections import Counter

    from rapidfuzz import fuzz, process

    import cleaner
    from cleaner.executors import LocalExecutor
    from cleaner.files import read_document
    from cleaner.normalize import ocr_key

    files = sorted(str(path) for path in NEWSPAPER.glob("*.txt"))
    tops: dict[str, list[tuple[int, str]]] = {}
    anywhere: Counter[str] = Counter()
    for name in files:
        lines = [(number, line) for number, line in
                 enumerate(read_document(Path(name)).text.splitlines(), 1) if line.strip()]
        tops[name] = lines[:12]
        anywhere.update({ocr_key(line) for _, line in lines})
    at_top = Counter(key for name in files for key in {ocr_key(line) for _, line in tops[name]})
    recurring = {key for key, count in at_top.items()
                 if count >= 0.2 * len(files) and len(key) >= 3}
    before = remaining = 0
    unique_removed = []
    common = [key for key, count in anywhere.items() if count > 1]
    for item in cleaner.clean_corpus(files, executor=LocalExecutor(2)):
        assert item.result is not None, item.error
        removed = {number for edit in item.result.edits if edit.kind != "broken_paragraph"
                   for number in range(edit.first_line, edit.last_line + 1)}
        for number, line in tops[item.path]:
            if ocr_key(line) in recurring:
                before += 1
                remaining += number not in removed
        for edit in item.result.edits:
            key = ocr_key(edit.removed.strip())
            if "furniture at the edge" in edit.message and anywhere[key] == 1:
                best = process.extractOne(key, common, scorer=fuzz.ratio)
                if best is None or best[1] < 80:
                    unique_removed.append(edit.removed)
    assert before > 200
    assert remaining <= 0.05 * before, (remaining, before)
    assert unique_removed == []


NUMBER_SPELLINGS = ["NUMBER", "NUMBEK", "NTJMBEB", "NUMBBB", "HUMBEB", "NTTMBEB"]


def _numbered_issue(folder: Path, day: int, figure: str) -> Path:
    """A front page long enough to have edges: the masthead's issue number under
    OCR-garbled words, then the day's own stories."""
    words = " ".join(STORIES).lower().replace(",", "").replace(".", "").split()
    draw = random.Random(day)
    stories = "\n\n".join(f"Story {story} of day {day}: "
                           f"{' '.join(draw.sample(words, 12)).capitalize()}."
                           for story in range(8))
    path = folder / f"1916-02-{day:02d}.txt"
    path.write_text(f"{NUMBER_SPELLINGS[day % len(NUMBER_SPELLINGS)]} {figure}.\n\n"
                    f"{stories}\n", encoding="utf-8")
    return path


def test_an_issue_number_that_grows_file_by_file_is_masthead(tmp_path: Path) -> None:
    """Words garbled differently in every file, a figure one higher each day (one misread:
    8808 for 8758): the issue numbers go, the misread one too; every story stays, though
    each begins with figures that grow from file to file (``Story 0 of day 1``)."""
    for day in range(1, 11):
        _numbered_issue(tmp_path, day, "8808" if day == 7 else str(8751 + day))
    removed = report(tmp_path, "--corpus", "--jobs", "1")
    for name, lines in removed.items():
        numbered = [line for line in lines if line.rstrip(".").split()[-1][:2] in ("87", "88")]
        assert len(numbered) == 1, (name, lines)
        assert not any(line.startswith("Story") for line in lines)
    alone = report(tmp_path)  # one file alone has no sequence
    assert all(not lines for lines in alone.values())
