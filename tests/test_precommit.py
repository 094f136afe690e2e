"""The hooks, run by the real pre-commit program against this repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import ROOT

DAMAGED = (
    "Minutes of the harbour committee, first page. The chair opened the meeting.\n\n"
    "Harbour Gazette\f"
    "The harbour master reported that the northern pier needs repair before winter, and "
    "that the cost will be shared with the fishing cooperative.\n\n"
    "Harbour Gazette\f"
    "The harbour master reported that the northern pier needs repair before winter, and "
    "that the cost will be shared with the fishing cooperative.\n\n"
    "Harbour Gazette\f"
    "The meeting closed at noon.\n"
)
CLEAN_MARKDOWN = (
    "# Notes\n\n"
    "- item\n- item\n- item\n- item\n\n"
    "```\nrepeat\nrepeat\nrepeat\nrepeat\n```\n\n"
    "A paragraph of prose that ends properly.\n"
)
PYTHON = "def f():\n    return None\n\n\ndef g():\n    return None\n\n\n" * 3


def _pre_commit() -> list[str]:
    found = shutil.which("pre-commit", path=os.path.dirname(sys.executable))
    return [found] if found else [sys.executable, "-m", "pre_commit"]


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One pre-commit cache for the module: the hook environment is built once."""
    return tmp_path_factory.mktemp("pre-commit-home")


@pytest.fixture
def repository(tmp_path: Path) -> Iterator[Path]:
    repo = tmp_path / "repo"
    repo.mkdir()
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    (repo / "damaged.txt").write_text(DAMAGED, encoding="utf-8")
    (repo / "notes.md").write_text(CLEAN_MARKDOWN, encoding="utf-8")
    (repo / "code.py").write_text(PYTHON, encoding="utf-8")
    subprocess.run(["git", "-C", str(repo), "add", "."], check=True)
    yield repo


def try_repo(repo: Path, hook: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "GIT_AUTHOR_NAME": "test",
           "GIT_AUTHOR_EMAIL": "test@example.invalid", "GIT_COMMITTER_NAME": "test",
           "GIT_COMMITTER_EMAIL": "test@example.invalid", "PRE_COMMIT_COLOR": "never"}
    return subprocess.run([*_pre_commit(), "try-repo", str(ROOT), hook, "--all-files"],
                          cwd=repo, env=env, capture_output=True, text=True, check=False,
                          timeout=900)


@pytest.mark.slow
def test_fix_hook_fixes_prose_and_leaves_code_alone(repository: Path,
                                                    pre_commit_home: Path) -> None:
    markdown, python = (repository / "notes.md").read_bytes(), (repository / "code.py").read_bytes()
    first = try_repo(repository, "cleaner", pre_commit_home)
    assert first.returncode == 1, first.stdout + first.stderr
    assert "Fixing damaged.txt" in first.stdout
    fixed = (repository / "damaged.txt").read_text(encoding="utf-8")
    assert "Harbour Gazette" not in fixed
    assert fixed.count("northern pier") == 1
    assert (repository / "notes.md").read_bytes() == markdown
    assert (repository / "code.py").read_bytes() == python
    second = try_repo(repository, "cleaner", pre_commit_home)
    assert second.returncode == 0, second.stdout + second.stderr


@pytest.mark.slow
def test_check_hook_reports_and_changes_nothing(repository: Path,
                                                pre_commit_home: Path) -> None:
    before = {path.name: path.read_bytes() for path in repository.iterdir() if path.is_file()}
    result = try_repo(repository, "cleaner-check", pre_commit_home)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "damaged.txt:3: boilerplate_line" in result.stdout
    assert "duplicate_paragraph" in result.stdout
    assert "notes.md" not in result.stdout and "code.py" not in result.stdout
    after = {path.name: path.read_bytes() for path in repository.iterdir() if path.is_file()}
    assert after == before
