"""The five seed documents, through the real CLI: the product's first promise."""

from __future__ import annotations

from pathlib import Path

import pytest
from icalendar import Calendar

from .conftest import SEEDS, listed, run

# title, start, end, city, venue words, organisers (substrings), status
SEED_EVENTS = [
    ("Clustertagung in Wetzlar", "2016-07-11", "2016-07-12", "Wetzlar", [],
     ["Hessen Agentur GmbH", "Hessen Trade & Invest GmbH"], "ok"),
    ("Jahrestagung der baden-württembergischen ClustermanagerInnen", "2014-11-05", None,
     "Stuttgart", ["Messe Global Connect", "Landesmesse Stuttgart"],
     ["Fachreferat des Ministeriums für Finanzen und Wirtschaft"], "ok"),
    ("Bundesweite Clusterwoche", "2017-04-20", "2017-04-28", None, [],
     ["Clusterreferat des Ministeriums für Wirtschaft, Arbeit und Wohnungsbau Baden-Württemberg"],
     "ok"),
    ("Jahrestagung des Programms „go-cluster“", "2017-04-20", None, "Berlin",
     ["Bundesministerium für Wirtschaft und Energie"], [], "ok"),
    ("Cluster-Initiativen auf der Hannover Messe", "2017-04-24", "2017-04-28", "Hannover",
     ["Hannover Messe"], [], "ok"),
    ("Cluster-Brunch", None, None, None, [], ["Nicole Hoffmeister-Kraut"], "undated"),
]


@pytest.fixture(scope="module")
def events() -> dict[str, dict[str, object]]:
    return {e["title"]: e for e in listed(str(SEEDS))}


def test_exactly_the_seed_events(events: dict[str, dict[str, object]]) -> None:
    assert sorted(events) == sorted(row[0] for row in SEED_EVENTS)


@pytest.mark.parametrize(
    ("title", "start", "end", "city", "venues", "organisers", "status"), SEED_EVENTS,
    ids=[row[0] for row in SEED_EVENTS],
)
def test_seed_event(events: dict[str, dict[str, object]], title: str, start: str | None,
                    end: str | None, city: str | None, venues: list[str],
                    organisers: list[str], status: str) -> None:
    event = events[title]
    assert (event["start"], event["end"], event["city"], event["status"]) == (
        start, end, city, status)
    for venue in venues:
        assert venue in (event["location"] or "")
    names = " | ".join(event["organisers"])  # type: ignore[arg-type]
    for organiser in organisers:
        assert organiser in names


def test_clustertagung_is_one_event_from_two_documents(events: dict) -> None:
    files = [Path(s["file"]).name for s in events["Clustertagung in Wetzlar"]["sources"]]
    assert files == ["000_7e8d774a9cb66ac8.txt", "001_b4a4326639fe0bae.txt"]


def test_organisers_are_deduplicated(events: dict) -> None:
    names = events["Clustertagung in Wetzlar"]["organisers"]
    assert sum("Hessen Trade & Invest" in n for n in names) == 1


def test_clusterwoche_contact_is_restored(events: dict) -> None:
    contacts = events["Bundesweite Clusterwoche"]["contacts"]
    assert {"name": "Bernhard Grieb", "email": "bernhard.grieb@clusteragentur-bw.de",
            "phone": "+49 711 123-3030"} in contacts


def test_clusterwoche_has_no_single_place(events: dict) -> None:
    assert events["Bundesweite Clusterwoche"]["location"] is None


def test_one_report_alone_never_guesses_the_year(tmp_path: Path) -> None:
    only = str(SEEDS / "001_b4a4326639fe0bae.txt")
    [event] = listed(only)
    assert (event["start"], event["end"], event["status"]) == ("--07-11", "--07-12", "year-unknown")
    result = run("export", only, "--out", str(tmp_path))
    assert result.exit_code == 0
    assert "year-unknown: Clustertagung in Wetzlar (001_b4a4326639fe0bae.txt)" in result.stderr
    assert "BEGIN:VEVENT" not in (tmp_path / "calendar.ics").read_text()
    assert list((tmp_path / "events").iterdir()) == []


def test_export_writes_five_events_and_says_so(tmp_path: Path) -> None:
    result = run("export", str(SEEDS), "--out", str(tmp_path))
    assert result.exit_code == 0
    assert (tmp_path / "calendar.ics").read_bytes().count(b"BEGIN:VEVENT") == 5
    assert len(list((tmp_path / "events").glob("*.ics"))) == 5
    assert (tmp_path / "events" / "2016-07-11-clustertagung-in-wetzlar.ics").exists()
    assert "5 events exported" in result.stderr
    assert "1 merged from several documents" in result.stderr
    assert "undated: Cluster-Brunch (004_1c649a53d90e0a2b.txt)" in result.stderr


def test_list_is_sorted_by_start_then_title_undated_last() -> None:
    starts = [(e["start"] is None, e["start"] or "", e["title"]) for e in listed(str(SEEDS))]
    assert starts == sorted(starts)


def test_uids_are_the_same_in_feed_and_event_file(tmp_path: Path) -> None:
    run("export", str(SEEDS), "--out", str(tmp_path))
    feed_cal = Calendar.from_ical((tmp_path / "calendar.ics").read_bytes())
    feed = {str(e["UID"]) for e in feed_cal.events}
    singles = set()
    for path in (tmp_path / "events").glob("*.ics"):
        [event] = Calendar.from_ical(path.read_bytes()).events
        singles.add(str(event["UID"]))
    assert singles == feed
    assert len(feed) == 5
