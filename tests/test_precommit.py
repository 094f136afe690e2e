"""The hooks, run by the real pre-commit program against this repository."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import cleaner

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


def _git(folder: Path, *arguments: str) -> None:
    subprocess.run(["git", "-C", str(folder), "-c", "user.name=test", "-c",
                    "user.email=test@example.invalid", "-c", "commit.gpgsign=false",
                    *arguments], check=True, capture_output=True)


def _release_mirror(folder: Path) -> Path:
    """A repository holding this tree's tracked files, tagged ``v<version>`` as a release
    is, with one more commit after the tag (work since the release)."""
    listed = subprocess.run(["git", "-C", str(ROOT), "ls-files", "-z"], capture_output=True,
                            check=False)
    if listed.returncode != 0:
        pytest.skip("not a git checkout: no tree to release")
    mirror = folder / "cleaner-mirror"
    for name in filter(None, listed.stdout.decode().split("\0")):
        if (ROOT / name).is_file():
            (mirror / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, mirror / name)
    _git(mirror, "init", "-q", "-b", "main")
    _git(mirror, "add", ".")
    _git(mirror, "commit", "-q", "-m", "release")
    _git(mirror, "tag", f"v{cleaner.__version__}")
    (mirror / "NEWS.txt").write_text("Work since the release.\n", encoding="utf-8")
    _git(mirror, "add", ".")
    _git(mirror, "commit", "-q", "-m", "after the release")
    return mirror


@pytest.mark.slow
def test_autoupdate_pins_the_release_tag_and_the_hook_runs_from_it(
        repository: Path, pre_commit_home: Path, tmp_path: Path) -> None:
    mirror = _release_mirror(tmp_path)
    config = repository / ".pre-commit-config.yaml"
    config.write_text(f"repos:\n  - repo: {mirror}\n    rev: main\n    hooks:\n"
                      "      - id: cleaner-check\n", encoding="utf-8")
    _git(repository, "add", ".")
    env = {**os.environ, "PRE_COMMIT_HOME": str(pre_commit_home), "PRE_COMMIT_COLOR": "never"}
    updated = subprocess.run([*_pre_commit(), "autoupdate"], cwd=repository, env=env,
                             capture_output=True, text=True, check=False, timeout=300)
    assert updated.returncode == 0, updated.stdout + updated.stderr
    assert f"rev: v{cleaner.__version__}\n" in config.read_text(encoding="utf-8")
    _git(repository, "add", ".")
    run = subprocess.run([*_pre_commit(), "run", "--all-files"], cwd=repository, env=env,
                         capture_output=True, text=True, check=False, timeout=900)
    assert run.returncode == 1, run.stdout + run.stderr  # the damage found, from the tag
    assert "damaged.txt:3: boilerplate_line" in run.stdout
    assert "mutable reference" not in run.stdout + run.stderr


def test_the_version_is_one_and_the_readme_pins_its_tag() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert re.findall(r'^version = "(.*)"$', pyproject, re.M) == [cleaner.__version__]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"rev: v{cleaner.__version__}" in readme
    assert "rev: main" not in readme
