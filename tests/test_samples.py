"""Every sample cleans to its committed, hand-checked output, byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import cleaner
from cleaner.cli import main
from cleaner.files import read_document

from .conftest import expected_output, sample_inputs


@pytest.mark.parametrize("sample", sample_inputs(), ids=lambda path: path.name)
def test_sample_cleans_to_expected_bytes(sample: Path, tmp_path: Path) -> None:
    output = tmp_path / sample.name
    outcome = CliRunner().invoke(main, ["clean", str(sample), "-o", str(output)])
    assert outcome.exit_code == 0, outcome.output
    assert output.read_bytes() == expected_output(sample).read_bytes()


@pytest.mark.parametrize("sample", sample_inputs(), ids=lambda path: path.name)
def test_clean_output_is_a_fixed_point(sample: Path) -> None:
    clean_result = cleaner.clean_file(expected_output(sample))
    assert clean_result.edits == ()


@pytest.mark.parametrize("sample", sample_inputs(), ids=lambda path: path.name)
def test_restore_gives_the_original_back(sample: Path) -> None:
    original = read_document(sample).text
    result = cleaner.clean_file(sample)
    assert cleaner.restore(result.text, result.edits) == original


def test_gb18030_sample_is_written_back_as_gb18030(tmp_path: Path) -> None:
    sample = next(path for path in sample_inputs() if "gb18030" in path.name)
    assert read_document(sample).encoding == "gb18030"
    output = tmp_path / "out.txt"
    CliRunner().invoke(main, ["clean", str(sample), "-o", str(output)])
    text = output.read_bytes().decode("gb18030")
    assert "第 1 页" not in text and "株洲日报" not in text
    assert text.count("宫内场馆改造") == 1


def test_crlf_sample_keeps_crlf_and_no_final_newline(tmp_path: Path) -> None:
    sample = next(path for path in sample_inputs() if "crlf" in path.name)
    data = expected_output(sample).read_bytes()
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    assert not data.endswith(b"\n")
    assert data.count(b"harbour master reported") == 1
    assert b"rnaster" not in data


def test_english_sample_rejoins_words_and_keeps_real_hyphens() -> None:
    sample = next(path for path in sample_inputs() if "running-header" in path.name)
    text = cleaner.clean_file(sample).text
    assert "calibrate all instruments against them" in text
    assert "a self-contained chain" in text
    assert "so that errors do not accumulate" in text
    assert "Page 2 of 3" not in text and "Journal of Imaginary Studies" not in text
    # The caption between two halves of a sentence stays on its own, joined to nothing.
    assert "\n\nFigure 1. A calibrated balance\n\n" in text


def test_markdown_sample_is_left_exactly_as_it_is() -> None:
    sample = next(path for path in sample_inputs() if path.suffix == ".md")
    assert cleaner.clean_file(sample).edits == ()
