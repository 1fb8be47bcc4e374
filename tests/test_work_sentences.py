"""Regression guards for sentence splitting and headlines: work counted, not seconds.

A news paragraph is one long line. Finding a document's headline, or the sentence around
a date near the start of a paragraph, must split only as much of the text as that takes,
so making the body longer must not make these steps do more (see tests/test_performance.py
for how work is counted). And what the reader skips must stay skipped: documents with no
event pay neither for contact blocks nor for venues, texts that plan nothing are not
searched for plans.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from calendarize import events, sentences
from calendarize.events import extract_events
from calendarize.model import Document
from calendarize.sentences import Sentences
from calendarize.titles import TitleFinder

from .conftest import counting, work


def body(n: int) -> str:
    """One paragraph of ``n`` sentences, with abbreviations and initials to look past."""
    return " ".join(["Dr. A. Meier sprach zum 3. Mal über die Lage, z.B. im Rathaus."] * n)


def article(n: int, heading: str = "Clustertagung in Wetzlar") -> str:
    return f"{heading}\n\n{body(n)}\n\n{body(n)}\n"


def same_work(make: Callable[[int], Callable[[], object]], n: int = 50) -> bool:
    """Whether the work stays the same when the body is twice as long."""
    make(n)()  # warm caches and lazy loads
    return work(make(2 * n)) == work(make(n))


# step, what it asks of a document, why its work must not grow with the body
STEPS = [
    ("first", lambda text: Sentences(text).first(6), "a headline is among the first six"),
    ("heading", lambda text: Sentences(text).heading(), "only the first line is a heading"),
    ("at", lambda text: Sentences(text).at(60), "a date near the start of a paragraph"),
    ("headline", lambda text: TitleFinder(text, Sentences(text)).headline(),
     "the heading naming an event"),
    ("any heading", lambda text: TitleFinder(text, Sentences(text)).headline(any_heading=True),
     "a heading merely mentioning an event"),
]


@pytest.mark.parametrize(("name", "step", "reason"), STEPS, ids=[s[0] for s in STEPS])
def test_step_splits_no_more_than_it_needs(
        name: str, step: Callable[[str], object], reason: str) -> None:
    assert same_work(lambda n: lambda: step(article(n))), reason


def test_headline_without_event_splits_no_more_than_it_needs() -> None:
    step = STEPS[4][1]
    assert same_work(lambda n: lambda: step(article(n, heading="Neues aus dem Rathaus")))


def _count_sentences(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the sentences split from now on."""
    count = [0]
    more = sentences._Line.more

    def counted(self: sentences._Line) -> bool:
        split = more(self)
        count[0] += split
        return split

    monkeypatch.setattr(sentences._Line, "more", counted)
    return count


def test_document_without_dates_or_events_splits_only_its_first_sentences(
        monkeypatch: pytest.MonkeyPatch) -> None:
    count = _count_sentences(monkeypatch)
    text = article(200, heading="Neues aus dem Rathaus")
    assert extract_events(Document(name="a.txt", text=text)) == []
    # the headline is looked for among the first six sentences, read from their lines
    # (Sentences.headings_among_first): in text that is not hard-wrapped none is split
    assert count[0] == 0


def test_news_item_dated_only_by_its_headline_stamp_splits_no_sentence(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """'Premiere in Nürnberg (2005-03-02)': most news items of the corpus. The stamp is told
    a heading's from its line (Sentences.heading_at), so the body is never split."""
    count = _count_sentences(monkeypatch)
    text = article(200, heading="Neues aus dem Rathaus (2005-03-02)")
    assert extract_events(Document(name="a.txt", text=text)) == []
    assert count[0] == 0


def test_sentence_splitting_is_linear_in_a_long_line() -> None:
    def make(n: int) -> Callable[[], object]:
        return lambda: Sentences(body(n)).spans

    make(100)()
    assert work(make(200)) <= 2.1 * work(make(100))


class _Counted:
    """A stand-in for a compiled pattern that counts its searches."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.searches = 0

    def search(self, *args: Any) -> re.Match[str] | None:
        self.searches += 1
        return self.pattern.search(*args)


# text, whether _PLANNED is searched, why
PLANS = [
    (article(3), False, "no 'plan' anywhere: the pattern cannot match"),
    ("Der Verein plant einen Sommerempfang.", True, "'plant' may start a plan"),
    ("Ein Folgetreffen ist in Planung.", True, "'Planung' may end one"),
]


@pytest.mark.parametrize(("text", "searched", "reason"), PLANS, ids=[r[2] for r in PLANS])
def test_texts_that_plan_nothing_are_not_searched_for_plans(
        monkeypatch: pytest.MonkeyPatch, text: str, searched: bool, reason: str) -> None:
    counted = _Counted(events._PLANNED)
    monkeypatch.setattr(events, "_PLANNED", counted)
    extract_events(Document(name="a.txt", text=text))
    assert (counted.searches > 0) == searched, reason


# dated documents that report no event
NO_EVENT = [
    "Neues aus dem Rathaus\n\nBewerbungsschluss ist der 31.05.2024. Weitere Infos bei Dr. Roth.",
    "Neues aus dem Rathaus\n\nAm 5. Mai trafen sich die Mitglieder im Rathaus der Stadt.",
    "Bericht\n\nDer Haushalt wurde am 12. März 2024 im Rathaus von Wetzlar beschlossen.",
]


@pytest.mark.parametrize("text", NO_EVENT, ids=["deadline", "verb, no noun", "no verb"])
@pytest.mark.parametrize("name", ["contact_blocks", "find_cities", "opened_venue"])
def test_dates_that_are_no_events_cost_no_reading_of_places_or_contacts(
        monkeypatch: pytest.MonkeyPatch, name: str, text: str) -> None:
    count = counting(monkeypatch, events, name)
    assert extract_events(Document(name="a.txt", text=text)) == []
    assert count[0] == 0


def _texts() -> Iterator[str]:
    yield article(3)
    yield "  Überschrift  \n\n Am 1. Mai. Dann Dr. X. Meier.  Und 2024. Ende!\n\n  "
    yield "Wetzlar. Zum Vortrag lädt der Verein am\nDienstag ein. Es referiert Dr. Roth aus\n" * 6
    yield "Programm\nDi., 12.03., 14 Uhr: Sprechstunde\n\n\nDo., 21.03.: Onleihe"
    yield ""


# Lazy answers (asked of a text split only as far as needed) equal eager ones.
@pytest.mark.parametrize("text", list(_texts()),
                         ids=["article", "spaces and ends", "wrapped", "programme", "empty"])
def test_lazy_splitting_gives_the_sentences_of_the_whole_split(text: str) -> None:
    eager = Sentences(text)
    spans = eager.spans
    for pos in range(len(text) + 1):
        assert Sentences(text).at(pos) == eager.at(pos), pos
    for count in range(len(spans) + 2):
        assert Sentences(text).first(count) == spans[:count]
    first = next((s for s in spans if text[s[0]:s[1]].strip()), None)
    heading = Sentences(text).heading()
    assert heading is None or heading == first
    assert heading == (first if first is not None and eager.is_heading_span(first) else None)
