"""One UID per event everywhere: in the feed, in `list --out`, and in corrections."""

from __future__ import annotations

import json
from pathlib import Path

from icalendar import Calendar

from .conftest import STAMP, run

FIRST = ("Sommerfest im Park\n\nDas Sommerfest findet am 5. Juli 2019 im Stadtpark in "
         "Speyer statt.\n")
# the same event, now called a concert: its key (first day and kind) changes
SECOND = ("Sommerkonzert im Park\n\nDas Sommerkonzert findet am 5. Juli 2019 im Stadtpark in "
          "Speyer statt.\n")


def _feed(out: Path) -> dict[str, tuple[str, int]]:
    cal = Calendar.from_ical((out / "calendar.ics").read_bytes())
    return {str(e["UID"]): (str(e["SUMMARY"]), int(e["SEQUENCE"])) for e in cal.events}


def _uids(*args: str) -> list[str]:
    result = run("list", *args, "--json", "-j", "1")
    assert result.exit_code == 0, result.output
    return [row["uid"] for row in json.loads(result.stdout)]


def test_list_out_shows_the_feeds_lifelong_uid_and_corrections_keep_it(tmp_path: Path) -> None:
    doc, out = tmp_path / "fest.txt", tmp_path / "out"
    doc.write_text(FIRST, "utf-8")
    assert run("export", str(doc), "--out", str(out), "--stamp", STAMP, "-j", "1").exit_code == 0
    [uid] = _feed(out)

    doc.write_text(SECOND, "utf-8")
    assert run("export", str(doc), "--out", str(out), "--stamp", STAMP, "-j", "1").exit_code == 0
    assert _feed(out) == {uid: ("Sommerkonzert", 1)}  # an update, not a new event
    assert _uids(str(doc)) != [uid]  # without the folder, list derives a UID from content
    assert _uids(str(doc), "--out", str(out)) == [uid]

    fixes = tmp_path / "corrections.toml"
    fixes.write_text(f'[events."{uid}"]\ntitle = "Sommerkonzert der Stadtkapelle"\n', "utf-8")
    result = run("export", str(doc), "--out", str(out), "--stamp", STAMP, "-j", "1",
                 "--corrections", str(fixes))
    assert result.exit_code == 0, result.output
    assert _feed(out) == {uid: ("Sommerkonzert der Stadtkapelle", 2)}


def test_two_events_of_a_day_and_kind_have_the_feeds_two_uids(tmp_path: Path) -> None:
    doc, out = tmp_path / "maerkte.txt", tmp_path / "out"
    doc.write_text("Märkte am Wochenende\n\nAm Samstag, 6. Juni 2026, ist Bauernmarkt in "
                   "Reichenau. Am selben Samstag, 6. Juni 2026, lädt Radolfzell zum "
                   "Töpfermarkt.\n", "utf-8")
    assert run("export", str(doc), "--out", str(out), "--stamp", STAMP, "-j", "1").exit_code == 0
    listed = _uids(str(doc))
    assert len(set(listed)) == 2  # (one key, day and kind, '+' for the second)
    assert set(listed) == set(_feed(out))
