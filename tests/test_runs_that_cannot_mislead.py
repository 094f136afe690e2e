"""Runs that cannot mislead: one file named twice is one file, an output folder is not
input, a report that cannot be written stops the run before anything is written, a
cluster that cannot work is one line and exit 2, and nothing a kill leaves stays."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleaner import exitcodes
from cleaner.cli import main
from cleaner.corpus import Sent
from cleaner.decode import InputError

from .test_cli import CLEAN, DAMAGED
from .test_corpus_mode import day_file


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cleaner", *args], capture_output=True,
                          text=True, timeout=120, cwd=cwd)


def days(tmp_path: Path, count: int) -> Path:
    """A folder of ``count`` front pages, one a day."""
    folder = tmp_path / "days"
    folder.mkdir()
    for day in range(1, count + 1):
        day_file(folder, day)
    return folder


def test_a_file_named_twice_is_cleaned_once(tmp_path: Path) -> None:
    """``a.txt ./a.txt`` with --dedup-across-files: not a copy of itself."""
    folder = days(tmp_path, 4)
    first = folder / "1916-01-01.txt"
    before = first.read_text(encoding="utf-8")
    completed = run("clean", "--corpus", "--dedup-across-files", "--in-place",
                    "1916-01-01.txt", "./1916-01-01.txt", cwd=folder)
    assert completed.returncode == exitcodes.OK, completed.stderr
    assert "./1916-01-01.txt is 1916-01-01.txt again: cleaned once" in completed.stderr
    after = first.read_text(encoding="utf-8")
    assert len(after) > 0.8 * len(before)  # its own stories stay: nothing is its own copy
    assert "duplicate of" not in completed.stderr


def test_the_output_folder_is_not_read_as_input(tmp_path: Path) -> None:
    folder = days(tmp_path, 6)
    out = folder / "clean"
    for _ in range(2):  # the second run finds the first run's output inside the inputs
        completed = run("clean", "--corpus", str(folder), "-o", str(out))
        assert completed.returncode == exitcodes.OK, completed.stderr
    assert "6 files in the output folder" in completed.stderr
    assert sorted(path.name for path in out.iterdir()) == sorted(
        path.name for path in folder.glob("*.txt"))  # no clean/clean/


def test_a_worker_reads_the_file_by_its_absolute_path_and_checks_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker started in another folder reads the driver's file, not its own of that
    name; a file that is not the one the driver saw is refused."""
    (tmp_path / "a.txt").write_text(DAMAGED, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    sent = Sent.of("a.txt")
    assert sent.name == "a.txt" and sent.path == str(tmp_path / "a.txt")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "a.txt").write_text("the worker's own file\n", encoding="utf-8")
    monkeypatch.chdir(elsewhere)
    assert sent.read(None).text == DAMAGED
    (tmp_path / "a.txt").write_text(DAMAGED + "changed\n", encoding="utf-8")
    with pytest.raises(InputError, match="not the one seen"):
        sent.read(None)


def test_report_and_html_on_one_file_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(DAMAGED, encoding="utf-8")
    same = tmp_path / "out.json"
    outcome = CliRunner().invoke(main, ["clean", "--in-place", str(path), "--report",
                                        str(same), "--html", str(same)])
    assert outcome.exit_code == exitcodes.ERROR
    assert "--report and --html are one file" in outcome.stderr
    assert path.read_text(encoding="utf-8") == DAMAGED and not same.exists()


@pytest.mark.parametrize("flag", ["--report", "--html"])
def test_an_unwritable_report_stops_the_run_before_any_write(tmp_path: Path, flag: str) -> None:
    path = tmp_path / "a.txt"
    path.write_text(DAMAGED, encoding="utf-8")
    outcome = CliRunner().invoke(main, ["clean", "--in-place", str(path), flag,
                                        str(tmp_path / "missing" / "out")])
    assert outcome.exit_code == exitcodes.ERROR
    assert f"{flag} {tmp_path / 'missing' / 'out'} cannot be written" in outcome.stderr
    assert path.read_text(encoding="utf-8") == DAMAGED  # nothing cleaned, nothing lost


def test_a_file_name_that_is_not_utf8_gets_its_report_and_review_page(tmp_path: Path) -> None:
    name = os.fsdecode(b"bad\xff\xfe.txt")
    (tmp_path / name).write_bytes(DAMAGED.encode("utf-8"))
    completed = run("clean", "--in-place", name, "--report", "r.json", "--html", "r.html",
                    cwd=tmp_path)
    assert completed.returncode == exitcodes.OK, completed.stderr
    assert (tmp_path / name).read_text(encoding="utf-8") == CLEAN
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert report["files"][0]["path"] == "bad\\xff\\xfe.txt"
    assert len(report["files"][0]["edits"]) == 3  # the edits made are recorded
    assert "<h2>bad\\xff\\xfe.txt</h2>" in (tmp_path / "r.html").read_text(encoding="utf-8")


def test_a_file_with_a_255_byte_name_is_rewritten_in_place(tmp_path: Path) -> None:
    path = tmp_path / ("n" * 251 + ".txt")
    path.write_text(DAMAGED, encoding="utf-8")
    completed = run("clean", "--in-place", path.name, cwd=tmp_path)
    assert completed.returncode == exitcodes.OK, completed.stderr
    assert path.read_text(encoding="utf-8") == CLEAN


def test_fingerprint_notes_are_shown_only_with_verbose(tmp_path: Path) -> None:
    """Fingerprints left unused (--max-bucket) are noise in every hook run: -v shows them,
    and the JSON report always has them."""
    path = tmp_path / "a.txt"
    path.write_text(DAMAGED, encoding="utf-8")
    quiet = CliRunner().invoke(main, ["clean", "--check", "--max-bucket", "2", str(path)])
    verbose = CliRunner().invoke(main, ["clean", "--check", "--max-bucket", "2", "-v",
                                        str(path)])
    assert "warning" not in quiet.stderr
    assert "warning" in verbose.stderr and "--max-bucket" in verbose.stderr
    reported = CliRunner().invoke(main, ["clean", "--check", "--max-bucket", "2", "-q",
                                         "--report", "-", str(path)])
    assert "--max-bucket" in json.loads(reported.stdout)["files"][0]["notes"][0]


def _listening_silently() -> tuple[socket.socket, int]:
    """A port that accepts connections and never says a word."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    accepted: list[socket.socket] = []

    def accept() -> None:
        while True:
            try:
                accepted.append(server.accept()[0])
            except OSError:
                return

    threading.Thread(target=accept, daemon=True).start()
    return server, server.getsockname()[1]


@pytest.mark.parametrize("address", ["garbage", "tcp://host:notaport", "localhost", "silent"])
def test_a_scheduler_that_cannot_work_is_one_line_and_exit_2(tmp_path: Path,
                                                             address: str) -> None:
    pytest.importorskip("dask.distributed", reason="dask is an optional extra")
    (tmp_path / "a.txt").write_text(DAMAGED, encoding="utf-8")
    server = None
    if address == "silent":
        server, port = _listening_silently()
        address = f"tcp://127.0.0.1:{port}"
    started = time.monotonic()
    completed = run("clean", "--corpus", "--check", str(tmp_path), "--scheduler", address,
                    "--scheduler-timeout", "2")
    if server is not None:
        server.close()
    assert completed.returncode == exitcodes.ERROR
    assert time.monotonic() - started < 60
    errors = [line for line in completed.stderr.splitlines() if "error:" in line]
    assert len(errors) == 1 and "Dask scheduler" in errors[0], completed.stderr
    assert "Traceback" not in completed.stderr


@pytest.mark.slow
def test_a_scheduler_without_workers_is_given_up_on(tmp_path: Path) -> None:
    distributed = pytest.importorskip("dask.distributed", reason="dask is an optional extra")
    (tmp_path / "a.txt").write_text(DAMAGED, encoding="utf-8")
    with distributed.LocalCluster(n_workers=0, dashboard_address=None) as cluster:
        completed = run("clean", "--corpus", "--check", str(tmp_path), "--scheduler",
                        cluster.scheduler_address, "--scheduler-timeout", "2")
    assert completed.returncode == exitcodes.ERROR
    assert "no worker joined within 2 s" in completed.stderr


ROOT = Path(__file__).resolve().parents[1]


def test_install_commands_name_this_projects_extra_and_ci_uses_a_fresh_folder() -> None:
    """``pip install 'cleaner[dask]'`` would install an unrelated package of that name
    from the index; a fixed /tmp path in CI collides between runs on one machine."""
    text = (ROOT / "README.md").read_text(encoding="utf-8") + "".join(
        path.read_text(encoding="utf-8") for path in (ROOT / "cleaner").glob("*.py"))
    assert "install 'cleaner[dask]'" not in text and "install '.[dask]'" in text
    assert "/tmp/cleaner-ci-sample" not in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_the_readme_layout_names_every_module_and_no_other() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    layout = readme[readme.index("### Layout"):]
    layout = layout[:layout.index("\n\n", layout.index("| module |"))]
    listed = re.findall(r"^\| `cleaner/(\w+\.py)` \|", layout, re.M)
    assert sorted(listed) == sorted(path.name for path in (ROOT / "cleaner").glob("*.py"))


def _tuning_constants() -> list[tuple[str, int, str]]:
    """Every module-level constant of cleaner set to a number: (module, line, name), with
    no comment saying why (on its line or just above it) nor a docstring below it."""
    found = []
    for path in sorted((ROOT / "cleaner").glob("*.py")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines):
            match = re.match(r"([A-Z][A-Z0-9_]*)(?:: [\w\[\], ]+)? = [-+(]?[\d.]", line)
            below = "".join(lines[number + 1:number + 2])  # an attribute docstring
            documented = ("#" in line or lines[number - 1].lstrip().startswith("#")
                          or below.startswith('"""'))
            if match and not documented:
                found.append((path.name, number + 1, match.group(1)))
    return found


def test_every_tuning_constant_says_why_its_value() -> None:
    """A number that steers a decision is physics of the problem, and its comment says
    which (what it measures, why this value); one that cannot say why is a knob nobody
    can set, and goes."""
    assert _tuning_constants() == []
