"""File safety: atomic writes, permission bits, nothing changed on failure."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleaner import exitcodes
from cleaner.cli import main
from cleaner.decode import InputError
from cleaner.files import write_atomic

from .test_cli import CLEAN, DAMAGED


def test_in_place_keeps_permission_bits(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(DAMAGED, encoding="utf-8")
    path.chmod(0o640)
    outcome = CliRunner().invoke(main, ["clean", "--in-place", str(path)])
    assert outcome.exit_code == exitcodes.OK
    assert path.read_text(encoding="utf-8") == CLEAN
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_an_unchanged_file_is_not_rewritten(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(CLEAN, encoding="utf-8")
    before = path.stat().st_mtime_ns
    os.utime(path, ns=(before - 10**9, before - 10**9))
    outcome = CliRunner().invoke(main, ["clean", "--in-place", "-v", str(path)])
    assert outcome.exit_code == exitcodes.OK
    assert f"{path}: clean" in outcome.stderr
    assert path.stat().st_mtime_ns == before - 10**9


def test_an_interrupted_write_leaves_the_original(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "page.txt"
    path.write_text(DAMAGED, encoding="utf-8")

    def broken_replace(source: str, target: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    outcome = CliRunner().invoke(main, ["clean", "--in-place", str(path)])
    assert outcome.exit_code == exitcodes.ERROR
    assert f"cleaner: error: {path}: cannot write: No space left on device" in outcome.stderr
    assert path.read_text(encoding="utf-8") == DAMAGED
    assert [child.name for child in tmp_path.iterdir()] == ["page.txt"]  # no temporary left


def test_a_keyboard_interrupt_mid_write_leaves_the_original(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "page.txt"
    path.write_text(DAMAGED, encoding="utf-8")

    def interrupted(source: str, target: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(path, b"partial")
    assert path.read_text(encoding="utf-8") == DAMAGED
    assert [child.name for child in tmp_path.iterdir()] == ["page.txt"]


def test_a_symlink_is_reported_and_not_followed(tmp_path: Path) -> None:
    target = tmp_path / "real.txt"
    target.write_text(DAMAGED, encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    outcome = CliRunner().invoke(main, ["clean", "--in-place", str(link)])
    assert outcome.exit_code == exitcodes.ERROR
    assert "symlink" in outcome.stderr
    assert target.read_text(encoding="utf-8") == DAMAGED and link.is_symlink()


def test_an_unwritable_destination_is_an_error(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match="cannot write"):
        write_atomic(not_a_folder / "page.txt", b"x")
    assert not_a_folder.read_text(encoding="utf-8") == "x"
