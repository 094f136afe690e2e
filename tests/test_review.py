"""The review page, loaded in a real browser (headless Chromium): every edit present and
counted, every link resolving, no request of its own, and a screenshot as an artefact."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleaner.cli import main

from .conftest import REFERENCE

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed "
                                    "(.ci/run installs Debian's chromium)")


class Elements(HTMLParser):
    """Every element of a page: tag and attributes, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, {name: value or "" for name, value in attrs}))


def browser(*args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    return subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
                           "--host-resolver-rules=MAP * ~NOTFOUND", *args],
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def review(tmp_path: Path) -> tuple[Path, list[dict[str, object]]]:
    page, report = tmp_path / "review.html", tmp_path / "report.json"
    outcome = CliRunner().invoke(main, ["clean", "--check", "-q", str(REFERENCE), "--html",
                                        str(page), "--report", str(report)])
    assert outcome.exit_code == 1, outcome.stderr
    return page, json.loads(report.read_text(encoding="utf-8"))["files"][0]["edits"]


@needs_chromium
@pytest.mark.slow
def test_the_page_shows_every_edit_in_a_browser(review: tuple[Path, list[dict[str, object]]],
                                                 tmp_path: Path) -> None:
    page, edits = review
    loaded = browser("--dump-dom", page.as_uri())
    assert loaded.returncode == 0, loaded.stderr
    elements = Elements()
    elements.feed(loaded.stdout)
    removed = [attrs for tag, attrs in elements.found if tag == "del"]
    joins = [attrs for tag, attrs in elements.found if "join" in attrs.get("class", "").split()]
    by_kind = {kind: sum(1 for edit in edits if edit["kind"] == kind)
               for kind in {str(edit["kind"]) for edit in edits}}
    assert len(joins) == by_kind.pop("broken_paragraph")
    for kind, count in by_kind.items():
        assert sum(kind in attrs["class"].split() for attrs in removed) == count, kind
        counter = next(attrs for tag, attrs in elements.found
                       if attrs.get("class") == "count" and attrs.get("data-kind") == kind)
        assert counter  # the legend counts each kind...
    legend = dict(re.findall(r'<span class="count" data-kind="(\w+)">(\d+)</span>',
                             loaded.stdout))
    assert {kind: int(count) for kind, count in legend.items() if int(count)} == {
        **by_kind, "broken_paragraph": len(joins)}  # ...rightly
    ids = {attrs["id"] for _, attrs in elements.found if "id" in attrs}
    links = [attrs["href"] for tag, attrs in elements.found if tag == "a"]
    assert links and all(link.startswith("#") and link[1:] in ids for link in links)
    kept = [edit["kept_line"] for edit in edits if edit["kind"] == "duplicate_paragraph"]
    assert f"#f0-l{kept[0]}" in links
    shot = tmp_path / "review.png"
    taken = browser(f"--screenshot={shot}", "--window-size=1200,1400", page.as_uri())
    assert taken.returncode == 0 and shot.stat().st_size > 10_000
    artefacts = os.environ.get("CLEANER_ARTEFACTS")
    if artefacts:
        Path(artefacts).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(artefacts) / "review.png")


def test_the_page_makes_no_request_of_its_own(
        review: tuple[Path, list[dict[str, object]]]) -> None:
    page, _ = review
    text = page.read_text(encoding="utf-8")
    elements = Elements()
    elements.feed(text)
    for tag, attrs in elements.found:
        assert tag not in {"link", "img", "iframe", "object", "embed"}
        assert "src" not in attrs, tag
        assert attrs.get("href", "#").startswith("#"), attrs
    assert "url(" not in text and "@import" not in text and "fetch(" not in text


def test_a_long_document_is_capped_with_a_notice(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from cleaner import review as review_module

    monkeypatch.setattr(review_module, "MAX_LINES", 50)
    page = tmp_path / "review.html"
    outcome = CliRunner().invoke(main, ["clean", "--check", "-q", str(REFERENCE), "--html",
                                        str(page)])
    assert outcome.exit_code == 1
    text = page.read_text(encoding="utf-8")
    assert "Long document: the first 50 lines are shown" in text
    assert 'id="f0-l150"' not in text
