"""Shared paths and helpers for the tests."""

from __future__ import annotations

import importlib
import os
import pkgutil
import re
import stat
import sys
import traceback
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

import cleaner
from cleaner import exitcodes
from cleaner.cli import main
from cleaner.options import Options
from cleaner.pipeline import STAGES
from cleaner.render import apply_edits, resolve
from cleaner.segment import segment

# Hypothesis draws some values from the constants of the local modules that are imported
# when a property runs (its "local constants"), so which tests ran before would change the
# documents a derandomized property generates. Importing every module of the package, and
# the benchmark scripts the tests use, first makes each property's examples the same in
# any order and any selection of tests.
for _module in pkgutil.walk_packages(cleaner.__path__, "cleaner."):
    importlib.import_module(_module.name)
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
try:
    for _script in ("corpus_generator", "engine", "pathological"):
        importlib.import_module(_script)
finally:
    sys.path.pop(0)



def case_id(value: object) -> str:
    r"""A test's id from the start of ``value``, in plain ASCII: other characters (CJK, a
    line break, a form feed) become ``_``, and a text with few ASCII letters gets its
    checksum (lone surrogates too). pytest escapes other characters, and escapes them
    again when one process collects twice (as the mutation tester does), so such an id
    could not be selected.

    >>> case_id("The committee met\non Tuesday"), case_id("共青团株洲市委")
    ('The committee met_on Tuesday', 'text-ac701b2b')
    """
    text = re.sub(r"[^A-Za-z0-9 .,;:'()/+=-]+", "_", str(value))[:30].strip("_ ")
    if sum(char.isalnum() for char in text) < 4:
        return f"text-{zlib.crc32(str(value).encode('utf-8', 'surrogatepass')):08x}"
    return text


def pytest_make_parametrize_id(config: pytest.Config, val: object, argname: str) -> str | None:
    """Ids of text and bytes parameters without ids of their own, by :func:`case_id`."""
    return case_id(val) if isinstance(val, str | bytes) else None


ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
REFERENCE = SAMPLES / "zhuzhou-youth-league-2017.txt"
CORPUS = ROOT.parent / "shared" / "corpus"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Nightly tests run only when ``-m`` names ``slow`` (or ``nightly``)."""
    chosen = config.getoption("markexpr") or ""
    if "slow" in chosen or "nightly" in chosen:
        return
    skip = pytest.mark.skip(reason="nightly: run with pytest -m slow")
    for item in items:
        if "nightly" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _own_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test its own cache of clean files (a test never sees another's runs, nor the
    user's), for runs in this process and the subprocesses it starts."""
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("CLEANER_CACHE_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def _no_exception_escapes(monkeypatch: pytest.MonkeyPatch) -> None:
    """An exception that escapes the command in-process fails the test, whatever exit
    code click gives it: click gives an uncaught exception exit code 1, the code of a
    change found, so a crash would pass for a finding."""
    invoke = CliRunner.invoke

    def checked(self: CliRunner, *args: Any, **kwargs: Any) -> Result:
        result = invoke(self, *args, **kwargs)
        assert result.exception is None or isinstance(result.exception, SystemExit), (
            "".join(traceback.format_exception(*result.exc_info))
            if result.exc_info else result.exception)
        return result

    monkeypatch.setattr(CliRunner, "invoke", checked)


@pytest.fixture
def character_device(tmp_path: Path) -> Path:
    """A character device a test may write into: for root, a twin of ``/dev/null`` made in
    the test's folder, so that a bug (or a mutant) that replaced it instead of writing
    into it replaces only the twin; for others, ``/dev/null`` itself, which they cannot
    replace."""
    if not hasattr(os, "mknod") or not Path("/dev/null").exists():
        pytest.skip("no character devices here")
    if os.geteuid() != 0:
        return Path("/dev/null")
    twin = tmp_path / "null"
    try:
        os.mknod(twin, stat.S_IFCHR | 0o666, os.stat("/dev/null").st_rdev)
    except PermissionError:
        pytest.skip("root here may not make device nodes")
    return twin


@pytest.fixture
def reference_text() -> str:
    return REFERENCE.read_text(encoding="utf-8")


def sample_inputs() -> list[Path]:
    """Every sample that is an input (not a committed clean output)."""
    return sorted(path for path in SAMPLES.iterdir() if ".clean." not in path.name)


def expected_output(sample: Path) -> Path:
    return sample.with_name(f"{sample.stem}.clean{sample.suffix}")


@dataclass(frozen=True)
class Case:
    """One row of a stage's table: a document, its clean text, and the reasons of the edits.

    The document is written so that only the stage under test has something to do, so
    the stage alone, :func:`cleaner.clean` and ``cleaner fix`` must all agree.
    """

    text: str
    expected: str
    reasons: list[str]
    options: Options = field(default_factory=Options)

    def __str__(self) -> str:
        return self.text[:40]


def run_stage_alone(stage: str, case: Case) -> tuple[str, list[str]]:
    """Only ``stage`` (no stage before it), rendered: the clean text and the reasons."""
    doc = segment(case.text, markdown=case.options.format == "markdown")
    found = STAGES[stage](doc, (), case.options)
    edits = resolve(doc, [found], strip_blank_lines=case.options.strip_blank_lines)
    return apply_edits(case.text, edits), [edit.reason for edit in edits]


def check_case(stage: str, case: Case, folder: Path) -> None:
    """The case through the stage alone, through ``clean``, and through ``cleaner fix``."""
    assert run_stage_alone(stage, case) == (case.expected, case.reasons), "stage alone"
    result = cleaner.clean(case.text, case.options)
    assert (result.text, [edit.reason for edit in result.edits]) == (
        case.expected, case.reasons), "clean"
    path = folder / ("case.md" if case.options.format == "markdown" else "case.txt")
    path.write_bytes(case.text.encode("utf-8"))
    flags = [f"--{name.replace('_', '-')}={value}" for name, value in vars(case.options).items()
             if value != getattr(Options(), name) and not isinstance(value, bool)]
    flags += [f"--{'' if value else 'no-'}{name.replace('_', '-')}"
              for name, value in vars(case.options).items()
              if value != getattr(Options(), name) and isinstance(value, bool)]
    outcome = CliRunner().invoke(main, ["fix", "--no-config", *flags, str(path)])
    changed = case.expected != case.text
    assert outcome.exit_code == (exitcodes.CHANGES if changed else exitcodes.OK), outcome.output
    assert (f"Fixing {path}" in outcome.stdout) == changed
    assert path.read_bytes().decode("utf-8") == case.expected, "cleaner fix"
