"""The agenda page: words, order, escaping, JSON-LD, and same bytes on every run."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from calendarize.model import Day, Event, Organiser, Role, Source
from calendarize.site import Listing, Site, render, when

from .conftest import GOLDEN, SEEDS, STAMP, run

UPDATE = os.environ.get("CALENDARIZE_UPDATE_GOLDEN") == "1"
TODAY = dt.date(2017, 4, 22)
WETZLAR = Event(
    "Clustertagung in Wetzlar", Day(2016, 7, 11), Day(2016, 7, 12), venue=("Stadthalle",),
    city="Wetzlar", geo=(50.56, 8.5),
    organisers=(Organiser("Hessen Agentur GmbH"), Organiser("Stadt Wetzlar", Role.HOST)),
    sources=(Source("press/000_wetzlar.txt", "Zu einer zweitägigen Tagung …"),),
)
FAIR = Event(
    "Cluster-Initiativen auf der Hannover Messe", Day(2017, 4, 24), Day(2017, 4, 28),
    venue=("Hannover Messe",), city="Hannover",
    sources=(Source("press/001.txt", "Vom 24. bis 28. April …"), Source("b.txt", "…")),
)
TALK = Event("Vortrag", Day(2017, 5, 3), start_time=dt.time(19, 30), end_time=dt.time(21),
             cancelled=True, sources=(Source("c.txt", "Der Vortrag entfällt."),))
LISTINGS = [Listing(e, f"events/{i}.ics") for i, e in enumerate((WETZLAR, FAIR, TALK))]


class Page(HTMLParser):
    """What a test needs of a page: texts, links, scripts, and their JSON-LD."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.links: list[str] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.text: list[str] = []
        self._script: dict[str, str | None] | None = None
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.links += [v for k, v in attrs if k in ("href", "src") and v is not None]
        if tag == "script":
            self._script = dict(attrs)
            self.scripts.append((self._script, ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._script = None

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)
        else:
            self.text.append(data)

    def json_ld(self) -> Any:
        [(attrs, text)] = self.scripts
        assert attrs == {"type": "application/ld+json"}
        return json.loads(text)


def page(listings: list[Listing] = LISTINGS, site: Site | None = None) -> Page:
    return Page(render(listings, TODAY, site or Site()).decode("utf-8"))


WHEN = [
    (Event("a", Day(2017, 4, 24)), "Montag, 24. April 2017", "one day"),
    (Event("a", Day(2017, 4, 24), Day(2017, 4, 28)),
     "Montag, 24. April – Freitag, 28. April 2017", "days of one year: the year once"),
    (Event("a", Day(2016, 12, 28), Day(2017, 1, 3)),
     "Mittwoch, 28. Dezember 2016 – Dienstag, 3. Januar 2017", "across New Year: both years"),
    (Event("a", Day(2017, 5, 3), start_time=dt.time(19, 30)),
     "Mittwoch, 3. Mai 2017, 19:30 Uhr", "start time only"),
    (Event("a", Day(2017, 5, 3), start_time=dt.time(9), end_time=dt.time(17, 15)),
     "Mittwoch, 3. Mai 2017, 9:00–17:15 Uhr", "start and end time"),
]


@pytest.mark.parametrize(("event", "expected", "reason"), WHEN, ids=[w[2] for w in WHEN])
def test_when(event: Event, expected: str, reason: str) -> None:
    assert when(event) == expected, reason


URLS = [
    (None, "calendar.ics", None),
    ("https://example.org/termine", "https://example.org/termine/calendar.ics",
     "webcal://example.org/termine/calendar.ics"),
    ("https://example.org/termine/", "https://example.org/termine/calendar.ics",
     "webcal://example.org/termine/calendar.ics"),
    ("https://example.org/k/feed.ics", "https://example.org/k/feed.ics",
     "webcal://example.org/k/feed.ics"),
    ("webcal://example.org/k.ics", "https://example.org/k.ics", "webcal://example.org/k.ics"),
    ("http://intranet/kalender", "http://intranet/kalender/calendar.ics",
     "webcal://intranet/kalender/calendar.ics"),
]


@pytest.mark.parametrize(("url", "feed", "webcal"), URLS)
def test_subscribe_urls(url: str | None, feed: str, webcal: str | None) -> None:
    site = Site(url=url)
    assert (site.feed_url, site.webcal_url) == (feed, webcal)
    links = page(site=site).links
    assert feed in links
    assert webcal is None or webcal in links


def test_upcoming_first_then_past_latest_first() -> None:
    text = " ".join(page().text)
    order = ["Kommende Termine", "April 2017", "Hannover Messe", "Mai 2017", "Vortrag",
             "Vergangene Termine", "Juli 2016", "Wetzlar"]
    positions = [text.index(words) for words in order]
    assert positions == sorted(positions)


def test_a_running_event_is_upcoming() -> None:
    text = " ".join(Page(render(LISTINGS, dt.date(2017, 4, 28), Site()).decode()).text)
    assert text.index("Hannover Messe") < text.index("Vergangene Termine")


def test_no_upcoming_events_says_so() -> None:
    text = " ".join(page([LISTINGS[0]]).text)
    assert "Zurzeit sind keine Termine angekündigt." in text


def test_each_event_shows_place_organisers_sources_and_its_file() -> None:
    result = page()
    text = " ".join(result.text)
    for words in ("Stadthalle, Wetzlar", "Veranstalter", "Hessen Agentur GmbH", "Gastgeber",
                  "Stadt Wetzlar", "000_wetzlar.txt", "2 Quellen", "abgesagt"):
        assert words in text
    assert "press/000_wetzlar.txt" not in text  # no server paths on the page
    assert {"events/0.ics", "events/1.ics", "events/2.ics"} <= set(result.links)


def test_nothing_external_and_no_javascript() -> None:
    result = page()
    assert all(not link.startswith(("http:", "https:", "//")) for link in result.links)
    assert [attrs for attrs, _ in result.scripts] == [{"type": "application/ld+json"}]


XSS = [
    "<script>alert(1)</script>",
    "</script><script>alert(1)</script>",
    "Tagung <b onmouseover=alert(1)>\"'&amp;",
    "<!-- </script> -->",
]


@pytest.mark.parametrize("title", XSS)
def test_a_title_cannot_inject_markup(title: str) -> None:
    event = Event(title, Day(2017, 5, 1), venue=(title,), organisers=(Organiser(title),),
                  sources=(Source(f"{title}.txt", title),))
    html = render([Listing(event, "events/x.ics")], TODAY, Site()).decode()
    assert "<script>alert" not in html
    assert "<b " not in html
    result = Page(html)
    assert len(result.scripts) == 1  # only the JSON-LD, and it was not ended early
    [data] = result.json_ld()["@graph"]
    assert data["name"] == title
    assert data["organizer"] == [{"@type": "Organization", "name": title}]
    assert title in "".join(result.text)


SCHEMA = "https://schema.org/"


def check_event(data: dict[str, Any]) -> None:
    """The shape of a schema.org Event as search engines read it."""
    assert data["@type"] == "Event"
    assert isinstance(data["name"], str)
    assert data["name"]
    start = dt.datetime.fromisoformat(data["startDate"])
    end = dt.datetime.fromisoformat(data["endDate"])
    assert (start.tzinfo is None) == ("T" not in data["startDate"])
    assert end.replace(tzinfo=None) >= start.replace(tzinfo=None)
    assert data["eventStatus"] in (SCHEMA + "EventScheduled", SCHEMA + "EventCancelled")
    if "location" in data:
        place = data["location"]
        assert place["@type"] == "Place"
        assert place["name"]
        address = place["address"]
        assert isinstance(address, str) or (
            address["@type"] == "PostalAddress" and address["addressLocality"])
        if "geo" in place:
            assert place["geo"]["@type"] == "GeoCoordinates"
            assert {"latitude", "longitude"} <= set(place["geo"])
    for organiser in data.get("organizer", []):
        assert organiser["@type"] == "Organization"
        assert organiser["name"]
    assert set(data) <= {"@type", "name", "startDate", "endDate", "eventStatus", "location",
                         "organizer", "url"}


def test_json_ld_shape() -> None:
    data = page(site=Site(url="https://example.org/t")).json_ld()
    assert data["@context"] == "https://schema.org"
    for event in data["@graph"]:
        check_event(event)
    wetzlar, fair, talk = data["@graph"]
    assert (wetzlar["startDate"], wetzlar["endDate"]) == ("2016-07-11", "2016-07-12")
    assert wetzlar["location"]["address"]["addressLocality"] == "Wetzlar"
    assert wetzlar["url"] == "https://example.org/t/index.html#0"
    assert (talk["startDate"], talk["endDate"]) == (
        "2017-05-03T19:30:00+02:00", "2017-05-03T21:00:00+02:00")
    assert talk["eventStatus"] == SCHEMA + "EventCancelled"
    assert "location" not in talk
    assert fair["location"]["name"] == "Hannover Messe"


def test_page_matches_golden_bytes() -> None:
    golden = GOLDEN / "site" / "index.html"
    html = render(LISTINGS, TODAY, Site(name="Termine", url="https://example.org/termine"))
    if UPDATE:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_bytes(html)
    assert html == golden.read_bytes()


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    with contextlib.chdir(SEEDS.parent):
        result = run("export", "seeds", "--out", str(tmp_path), "--stamp", STAMP, "--quiet")
    assert result.exit_code == 0, result.output
    return tmp_path


def test_export_writes_the_page_of_the_seeds(exported: Path) -> None:
    result = Page((exported / "index.html").read_text("utf-8"))
    files = {str(p.relative_to(exported)) for p in (exported / "events").glob("*.ics")}
    assert files == {link for link in result.links if link.startswith("events/")}
    assert len(result.json_ld()["@graph"]) == len(files)
    for event in result.json_ld()["@graph"]:
        check_event(event)


def test_rerun_leaves_the_page_untouched(exported: Path) -> None:
    page_file = exported / "index.html"
    before = (page_file.read_bytes(), page_file.stat().st_mtime_ns)
    with contextlib.chdir(SEEDS.parent):
        result = run("export", "seeds", "--out", str(exported), "--stamp", STAMP, "--quiet")
    assert result.exit_code == 0, result.output
    assert (page_file.read_bytes(), page_file.stat().st_mtime_ns) == before


def test_export_url_gives_subscribe_links(exported: Path) -> None:
    with contextlib.chdir(SEEDS.parent):
        result = run("export", "seeds", "--out", str(exported), "--stamp", STAMP, "--quiet",
                     "--url", "https://example.org/termine/calendar.ics")
    assert result.exit_code == 0, result.output
    links = Page((exported / "index.html").read_text("utf-8")).links
    assert "webcal://example.org/termine/calendar.ics" in links
    assert "https://example.org/termine/calendar.ics" in links
