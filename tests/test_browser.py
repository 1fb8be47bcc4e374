"""The seeds' page in a real browser: headless Chromium shows every event, no link is dead.

Skipped only where /usr/bin/chromium is missing (``.ci/run`` installs it). Run with
CALENDARIZE_UPDATE_SCREENSHOT=1 to refresh the README's screenshot, docs/index.png.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from .conftest import ROOT, SEEDS, run

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOT = ROOT / "docs" / "index.png"
URL = "https://termine.example.org/cluster/"
STAMP = "2017-04-22T08:00:00Z"  # some seed events ahead, some behind

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium")


def chromium(profile: Path, *args: str) -> str:
    """Run headless Chromium, isolated from the network and from any user profile."""
    command = [
        str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--hide-scrollbars", f"--user-data-dir={profile}", *args,
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)
    return done.stdout


class Dom(HTMLParser):
    """Links and the titles of the event articles in a dumped DOM."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.links: list[str] = []
        self.titles: list[str] = []
        self._in_title = False
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.links += [v for k, v in attrs if k in ("href", "src") and v]
        self._in_title = tag == "h4"
        if self._in_title:
            self.titles.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "h4":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.titles[-1] += data


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site")
    with contextlib.chdir(SEEDS.parent):
        result = run("export", "seeds", "--out", str(out), "--stamp", STAMP, "--quiet",
                     "--name", "Cluster-Termine", "--url", URL)
        assert result.exit_code == 0, result.output
        listed = json.loads(run("list", "seeds", "--json").stdout)
    (out / "titles.json").write_text(
        json.dumps([e["title"] for e in listed if e["status"] == "ok"]), "utf-8")
    return out


@pytest.fixture(scope="module")
def dom(site: Path, tmp_path_factory: pytest.TempPathFactory) -> Dom:
    profile = tmp_path_factory.mktemp("chromium")
    return Dom(chromium(profile, "--dump-dom", (site / "index.html").as_uri()))


def test_every_exported_event_is_on_the_page(site: Path, dom: Dom) -> None:
    expected = json.loads((site / "titles.json").read_text("utf-8"))
    assert expected
    assert sorted(dom.titles) == sorted(expected)


def test_every_link_resolves(site: Path, dom: Dom) -> None:
    feed = site / "calendar.ics"
    assert dom.links
    for link in dom.links:
        parts = urlsplit(link)
        if parts.scheme in ("https", "webcal"):  # the published feed: this folder's file
            assert link.removeprefix(parts.scheme + "://") == URL.split("://")[1] + feed.name
            continue
        assert not parts.netloc, link
        assert not parts.scheme, link
        assert (site / unquote(parts.path)).is_file(), link


def test_screenshot(site: Path, tmp_path: Path) -> None:
    shot = tmp_path / "index.png"
    chromium(tmp_path / "profile", f"--screenshot={shot}", "--window-size=900,1400",
             (site / "index.html").as_uri())
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(data) > 10_000
    if os.environ.get("CALENDARIZE_UPDATE_SCREENSHOT") == "1":
        SCREENSHOT.parent.mkdir(exist_ok=True)
        shutil.copyfile(shot, SCREENSHOT)
