"""[tool.cleaner] in pyproject.toml, and flags over it."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import cleaner
from cleaner import exitcodes
from cleaner.cli import main
from cleaner.config import ConfigError, find_pyproject, load_options
from cleaner.options import Options, OptionsError, options_from_mapping

from .test_cli import DAMAGED


def project(tmp_path: Path, config: str) -> Path:
    (tmp_path / "pyproject.toml").write_text(config, encoding="utf-8")
    docs = tmp_path / "docs"
    docs.mkdir()
    page = docs / "page.txt"
    page.write_text(DAMAGED, encoding="utf-8")
    return page


def test_nearest_pyproject_configures_the_run(tmp_path: Path) -> None:
    page = project(tmp_path, "[tool.cleaner]\nkeep-one-boilerplate = true\n")
    assert find_pyproject(page) == tmp_path / "pyproject.toml"
    outcome = CliRunner().invoke(main, ["clean", str(page)])
    assert outcome.exit_code == exitcodes.OK
    assert outcome.stdout.count("Running footer") == 1


def test_flags_win_over_the_file(tmp_path: Path) -> None:
    page = project(tmp_path, "[tool.cleaner]\nkeep_one_boilerplate = true\n")
    outcome = CliRunner().invoke(main, ["clean", str(page), "--no-keep-one-boilerplate"])
    assert outcome.exit_code == exitcodes.OK
    assert "Running footer" not in outcome.stdout and "First page" in outcome.stdout


def test_no_config_and_config_path(tmp_path: Path) -> None:
    page = project(tmp_path, "[tool.cleaner]\nkeep_one_boilerplate = true\n")
    outcome = CliRunner().invoke(main, ["clean", str(page), "--no-config"])
    assert outcome.exit_code == exitcodes.OK
    assert "Running footer" not in outcome.stdout and "First page" in outcome.stdout
    other = tmp_path / "other.toml"
    other.write_text("[tool.cleaner]\nboilerplate-min-repeats = 9\n", encoding="utf-8")
    outcome = CliRunner().invoke(main, ["clean", str(page), "--config", str(other)])
    assert outcome.exit_code == exitcodes.OK
    assert outcome.stdout.count("Running footer") == 3


@pytest.mark.parametrize(("config", "message"), [
    ("[tool.cleaner]\nkeeep = 'first'\n", "unknown option 'keeep'"),
    ("[tool.cleaner]\nkeep = 'middle'\n", "keep must be one of"),
    ("[tool.cleaner]\nsimilarity = 'high'\n", "similarity must be a number"),
    ("[tool.cleaner\n", "not valid TOML"),
])
def test_bad_config_names_the_key_and_the_file(tmp_path: Path, config: str,
                                               message: str) -> None:
    page = project(tmp_path, config)
    outcome = CliRunner().invoke(main, ["clean", str(page)])
    assert outcome.exit_code == exitcodes.ERROR
    assert message in outcome.stderr and str(tmp_path / "pyproject.toml") in outcome.stderr
    with pytest.raises(ConfigError, match=message):
        load_options(tmp_path / "pyproject.toml")


def test_options_validation() -> None:
    assert options_from_mapping({"similarity": "85"}).similarity == 85.0
    with pytest.raises(OptionsError):
        Options(similarity=101)
    with pytest.raises(OptionsError):
        Options(boilerplate_min_repeats=1)
    with pytest.raises(OptionsError):
        options_from_mapping({"join-broken-paragraphs": "maybe"})


# One knob, one meaning: paragraphs and lines have a threshold each, and the page-number
# run its own length.
PAGES = ["The harbour committee met on Monday and heard the treasurer report on the pier.",
         "Repairs to the pier began on Tuesday, as the minutes of the session record.",
         "The ferry sailed at noon on Friday with the mail, two cows and the harbour master.",
         "A storm closed the quay on Sunday and the ferry stayed in the harbour till Monday."]
FEET = ["Harbour Review, spring issue", "Harbour Review, sprin issue",  # two OCR variants
        "Harbour Review, spring isue", "Harbour Review, spring issue"]
TWICE = ("The committee voted to repair the northern pier before the winter storms of March, "
         "at a cost of four hundred pounds.\n")
KNOBS = ("".join(f"{text}\n{foot}\n{number}\n\f" for number, (text, foot)
                 in enumerate(zip(PAGES, FEET, strict=True), 1))
         + TWICE + "\n" + TWICE.replace("hundred", "hundrd"))


@pytest.mark.parametrize(("options", "reasons"), [
    (Options(), {"boilerplate_line": 4, "page_number": 4, "near_duplicate_paragraph": 1}),
    (Options(line_similarity=100), {"page_number": 4, "near_duplicate_paragraph": 1}),
    (Options(similarity=100), {"boilerplate_line": 4, "page_number": 4}),
    (Options(page_number_min_run=5), {"boilerplate_line": 4, "near_duplicate_paragraph": 1}),
    (Options(boilerplate_min_repeats=5), {"page_number": 4, "near_duplicate_paragraph": 1}),
])
def test_each_knob_moves_only_what_it_names(options: Options, reasons: dict[str, int]) -> None:
    """``line_similarity`` groups OCR variants of a foot, ``similarity`` matches paragraphs;
    ``page_number_min_run`` is the page numbers' run (the foot above the numbers it keeps
    still stands at the page edge, and goes), ``boilerplate_min_repeats`` the lines'
    count."""
    assert cleaner.clean(KNOBS, options).stats.by_reason == reasons


@pytest.mark.parametrize("bad", [{"line_similarity": 101}, {"line_similarity": -1},
                                 {"page_number_min_run": 1}])
def test_the_new_knobs_are_checked(bad: dict[str, float]) -> None:
    with pytest.raises(OptionsError, match=next(iter(bad))):
        Options(**bad)  # type: ignore[arg-type]
