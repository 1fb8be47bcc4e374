"""Regression guards (work counted, not seconds) for reading a date mention: what would
make a date an event's is looked for first, and only such a date is checked for being a
stamp or a deadline; the lead sentence is found once per document (issue 7). The table
holds each way a date becomes, or does not become, an event, so that the new order of the
tests is seen to change no result."""

from __future__ import annotations

import pytest

from calendarize import events, years
from calendarize.events import extract_events
from calendarize.model import Document
from calendarize.titles import _PHRASE_TOKEN, leading_phrase

from .conftest import calls_on, counting

# (text, the events found as (title, start), reason)
READINGS = [
    ("Kongress in Wetzlar\n\nDie Tagung findet am 3. Mai 2025 in Wetzlar statt.",
     [("Tagung", "2025-05-03")], "an event noun in the date's sentence"),
    ("Kongress in Wetzlar\n\nAnmeldeschluss für die Tagung ist der 3. Mai 2025.",
     [("Kongress in Wetzlar", None)], "a deadline, though its sentence names an event"),
    ("Kongress in Wetzlar\n\nAnmeldungen zur Tagung sind bis zum 3. Mai 2025 möglich.",
     [("Kongress in Wetzlar", None)], "'bis zum' before the date: a deadline"),
    ("Clustertagung in Wetzlar (2025-05-03)\n\nDie Tagung war gut besucht.",
     [], "the headline's closing date is the item's stamp"),
    ("Clustertagung in Wetzlar\n\nAm 3. Mai 2025 trafen sich die Mitglieder.",
     [("Clustertagung in Wetzlar", "2025-05-03")], "an event verb dates the headline's event"),
    ("Clustertagung in Wetzlar\n\nAm 3. Mai 2025 sprach der Minister über Steuern.",
     [("Clustertagung in Wetzlar", None)], "a lead's date without time or venue: no event"),
    ("Der Haushalt\n\nAm 3. Mai 2025 sprach der Minister über Steuern.",
     [], "no event anywhere"),
    ("Termin: 3. Mai 2025\n\nClustertagung in Wetzlar",
     [("Clustertagung in Wetzlar", "2025-05-03")], "a 'Termin:' label"),
    ("Programm\n\nDi., 6. Mai 2025, 14 Uhr: Sprechstunde",
     [("Sprechstunde", "2025-05-06T14:00")], "a programme line"),
    ("Hackathon „Code für Wetzlar“\nAm 3. und 4. Mai 2025 treten die Teams an.",
     [("Hackathon „Code für Wetzlar“", "2025-05-03")], "the heading above the paragraph"),
    ("Der Verein lädt zum Energiestammtisch ein. Termin ist der 3. Mai 2025.",
     [("Energiestammtisch", "2025-05-03")], "'Termin ist': the noun of the sentence before"),
    ("Die Ausstellung ist vom 3. Mai bis 4. Juni 2025 verlängert worden. Die Frist endet am "
     "1. Mai 2025.", [("Ausstellung", "2025-05-03")], "the second date is a deadline"),
    ("Stuttgart, 12.04.2017 – Die Tagung findet am 20. Mai statt.",
     [("Tagung", "2017-05-20")], "a year-less event's year from the dateline"),
    ("Stuttgart, 12.04.2017 – Am 3. Mai 1945 endete der Krieg. Die Tagung ist am 20. Mai.",
     [("Tagung", "2017-05-20")], "recalled history with its year: passed over"),
    ("Stuttgart, 12.04.2017 – Die Gedenkfeier vom 8. Mai fand 2015 statt.",
     [], "a year-less date of history: its year (2015) resolved before it is passed over"),
    ("Stuttgart, 12.04.2017 – Die Gedenkfeier vom 8. Mai fand statt.",
     [("Gedenkfeier", "2016-05-08")], "a year-less report: the year before the dateline"),
    ("Stuttgart, 12.04.2017 – Die Tagung ist am Montag, 22. Mai 2017.",
     [("Tagung", "2017-05-22")], "a stated year its weekday confirms"),
    ("Stuttgart, 12.04.2017 – Die Tagung ist am Dienstag, 22. Mai 2017.",
     [("Tagung", "--05-22")], "a stated year its weekday contradicts: dropped, not guessed"),
]


def test_readings_are_listed_once() -> None:
    texts = [text for text, _, _ in READINGS]
    assert len(texts) == len(set(texts))


@pytest.mark.parametrize(("text", "expected", "reason"), READINGS)
def test_which_dates_are_events(text: str, expected: list[tuple[str, str | None]],
                                reason: str) -> None:
    found = extract_events(Document(name="triage.txt", text=text))
    assert [(e.title, e.start_str() if e.start else None) for e in found] == expected, reason


# ``n`` dated sentences that name no event, under a headline that names none
def _news(n: int) -> str:
    return "Der Haushalt\n\n" + " ".join(
        f"Am {1 + i % 28}. Mai 2025 sprach der Minister über Steuern." for i in range(n))


def test_dates_naming_no_event_are_not_checked_for_deadlines(
        monkeypatch: pytest.MonkeyPatch) -> None:
    deadlines = counting(monkeypatch, events._Reader, "_is_deadline")
    assert extract_events(Document(name="news.txt", text=_news(30))) == []
    assert deadlines == [0]


def test_each_date_is_checked_for_a_stamp_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # (only the document's own check, whether any date is a stamp, is left for them)
    stamps = counting(monkeypatch, events, "is_stamp")
    assert extract_events(Document(name="news.txt", text=_news(30))) == []
    assert stamps == [30]


def test_lead_sentence_is_not_asked_for_dates_naming_an_event(
        monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Kongress in Wetzlar\n\n" + " ".join(
        f"Die Tagung {i} ist am {1 + i % 28}. Mai 2025." for i in range(30))
    leads = counting(monkeypatch, events._Reader, "_is_lead")
    assert len(extract_events(Document(name="programme.txt", text=text))) == 28
    assert leads == [0]


def test_lead_sentence_is_found_once_per_document(monkeypatch: pytest.MonkeyPatch) -> None:
    walks = counting(monkeypatch, events.Sentences, "walk")
    assert extract_events(Document(name="news.txt", text=_news(30))) == []
    assert walks[0] <= 2  # (the lead, and the headline's search for it)


# Headings whose words end as event nouns do, though none is one: the phrase is not read
NO_EVENT_HEADINGS = [
    ("Heimatverein öffnet die historische Ölmühle", "'Ölmühle' ends as some event nouns do"),
    ("Stadtrat berät über Ausstellungsflächen", "'Ausstellungsflächen' too"),
    ("Neue Regeln für Anwohner", "'Anwohner' too"),
]


@pytest.mark.parametrize(("heading", "reason"), NO_EVENT_HEADINGS)
def test_heading_without_event_word_is_not_read_as_a_phrase(heading: str, reason: str) -> None:
    assert leading_phrase(heading) is None, reason
    assert calls_on(_PHRASE_TOKEN, lambda: leading_phrase(heading)) == 0, reason


def test_years_are_resolved_only_for_dates_of_events(monkeypatch: pytest.MonkeyPatch) -> None:
    # (year-less dates that name no event: their years are never looked for)
    resolved = counting(monkeypatch, years, "_resolve")
    text = "Stuttgart, 12.04.2017 – " + " ".join(
        f"Am {1 + i % 28}. Mai sprach der Minister über Steuern." for i in range(30))
    assert extract_events(Document(name="news.txt", text=text + " Die Tagung ist am 3. Juni.")
                          ) != []
    assert resolved == [1]
