"""Regression guards (work counted, not seconds) for documents with many events in one
paragraph, and tables for the text indexes that spare extraction rereading a paragraph
for each of its events (issue 7)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from calendarize.events import extract_events
from calendarize.model import Document
from calendarize.sentences import Sentences

from .conftest import work

LINEAR = 2.5  # work(2n) / work(n) at most: linear, with room for fixed costs
MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
          "September", "Oktober", "November", "Dezember")


def _day(i: int) -> str:
    """A different day for each ``i``: '1. Januar 2025', '2. Januar 2025', …"""
    return f"{1 + i % 28}. {MONTHS[i // 28 % 12]} {2025 + i // 336}"


# One paragraph (one long line) holding ``n`` dated events: each event's reading of its
# paragraph (times, place labels, 'bis' dates, the sentences naming its noun) must not
# reread the whole paragraph.
ONE_PARAGRAPH = [
    ("with a venue", lambda n: " ".join(
        f"Der Workshop findet am {_day(i)} im Rathaus statt." for i in range(n))),
    ("without a venue", lambda n: " ".join(
        f"Der Workshop findet am {_day(i)} statt." for i in range(n))),
    ("after a headline", lambda n: "Workshops im Rathaus\n\n" + " ".join(
        f"Die Tagung beginnt am {_day(i)} um 18 Uhr." for i in range(n))),
    ("programme lines", lambda n: "Programm\n\n" + "\n".join(
        f"{_day(i)}, 19 Uhr: Vortrag {i}\nReferent: Dr. Roth" for i in range(n))),
]


@pytest.mark.parametrize(("name", "text"), ONE_PARAGRAPH)
def test_many_events_in_one_paragraph_cost_linear_work(
        name: str, text: Callable[[int], str]) -> None:
    def make(n: int) -> Callable[[], object]:
        return lambda: extract_events(Document(name="programme.txt", text=text(n)))

    make(200)()  # warm caches and lazy loads
    assert len(extract_events(Document(name="programme.txt", text=text(20)))) == 20, name
    assert work(make(400)) / work(make(200)) <= LINEAR, name


TEXTS = [
    ("", "empty"),
    ("Ein Satz.", "no break"),
    ("A\n\nB", "one paragraph break"),
    ("A\n\n\nB\n\nC\n", "three line breaks in a row: overlapping breaks"),
    ("\n\n", "only a break"),
    ("x\n\n\n\n", "breaks at the end"),
]


@pytest.mark.parametrize(("text", "reason"), TEXTS)
def test_paragraph_lookups_are_the_searches_they_replace(text: str, reason: str) -> None:
    sentences = Sentences(text)
    for pos in range(len(text) + 2):
        found = text.find("\n\n", pos)
        assert sentences.paragraph_end(pos) == (len(text) if found < 0 else found), reason
        assert sentences.paragraph_break_before(pos) == text.rfind("\n\n", 0, pos), reason


LINES = [
    ("kurz\nkurz\n\n", "short lines"),
    ("x" * 100 + "\nkurz\n\n", "a line of exactly the width"),
    ("x" * 101 + "\nkurz\n\n", "a first line one longer"),
    ("kurz\n" + "x" * 101 + "\n\nkurz", "a long line later"),
    ("kurz\n\n" + "x" * 300, "a long line in the next paragraph"),
    ("x" * 300, "one long line, no break"),
    ("x" * 50 + "\n" + "y" * 60 + "\n" + "z" * 101, "the long line last"),
]


@pytest.mark.parametrize(("text", "reason"), LINES)
def test_short_lines_is_the_split_it_replaces(text: str, reason: str) -> None:
    sentences = Sentences(text)
    for begin in range(0, len(text) + 1, 3):
        end = sentences.paragraph_end(begin)
        expected = all(len(line) <= 100 for line in text[begin:end].split("\n"))
        assert sentences.short_lines(begin, end) == expected, (reason, begin)


def test_a_programme_entry_is_described_by_its_own_lines_only() -> None:
    """The lines under a programme line, up to the next one, belong to it: an organiser
    named under the third entry is not the second's."""
    text = ("Programm der Kulturtage\n\n"
            "10. März 2025, 18 Uhr: Eröffnung im Rathaus\n"
            "12. März 2025, 19 Uhr: Lesung in der Stadtbibliothek\n"
            "Veranstaltet von der Stadtbibliothek Lindau.\n"
            "14. März 2025, 20 Uhr: Konzert in der Stadthalle\n"
            "Veranstaltet vom Musikverein Lindau.")
    _, second, third = extract_events(Document(name="programm.txt", text=text))
    assert (second.title, third.title) == ("Lesung in der Stadtbibliothek",
                                           "Konzert in der Stadthalle")
    assert [o.name for o in second.organisers] == ["Stadtbibliothek Lindau"]
    assert [o.name for o in third.organisers] == ["Musikverein Lindau"]


# text, (begin, end), reason: a cue word of the organiser forms stands whole in the piece
CUED = [
    ("Die Stadt lädt ein. Es regnet.", (0, 19), True, "a cue inside"),
    ("Die Stadt lädt ein. Es regnet.", (20, 30), False, "no cue"),
    ("Die Stadt lädt ein.", (0, 12), False, "a cue cut off at the end"),
    ("Die Stadt lädt ein.", (11, 19), False, "a cue cut off at the start"),
    ("Veranstalter ist der Verein, er veranstaltet gern.", (0, 50), True, "two cues"),
    ("Gemeinsam mit dem Verein. Alle zusammen.", (26, 40), True, "a later cue word"),
    ("Gemeinsam mit dem Verein. Zusammen.", (26, 35), False, "cue words are case-sensitive"),
    ("", (0, 0), False, "empty"),
]


@pytest.mark.parametrize(("text", "span", "expected", "reason"), CUED,
                         ids=[r[3] for r in CUED])
def test_sentence_cued_by_an_organiser_word(text: str, span: tuple[int, int], expected: bool,
                                            reason: str) -> None:
    from calendarize.events import _Reader
    from calendarize.people import organiser_cues

    begin, end = span
    by_search = any(text.find(cue, begin, end) >= 0 for cue in organiser_cues(text))
    assert by_search == expected, reason  # the definition the look-up replaces
    assert _Reader(Document(name="a.txt", text=text or " "), None)._cued(begin, end) == expected
