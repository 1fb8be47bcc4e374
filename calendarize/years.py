"""Give year-less date mentions the year the document implies, or leave it unknown.

In this order: a year stated for the same dates elsewhere in the document (an earlier
range, a lone year in the same sentence or the headline); the document's own date (a
dateline, ``Veröffentlicht am …``) as reference; the reference date the caller passes.
Against a reference the nearest year that fits the sentence's tense and any stated
weekday is chosen. Without any of these the year stays unknown: never guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from .model import DateMention, Day
from .sentences import Sentences
from .vocabulary import FUTURE_CUES, PAST_CUES

_LONE_YEAR = re.compile(r"(?<![0-9.,:/-])(?:19[5-9][0-9]|20[0-9]{2})(?![0-9]|\.[0-9])")
_DATELINE_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?:[A-ZÄÖÜ][\w./ -]{1,40},[ \t]*(?:den[ \t]+)?"
    r"|(?:Veröffentlicht|Erschienen|Publiziert|Pressemitteilung|Pressemeldung|Datum|Stand)"
    r"[^\n0-9]{0,20}?)$"
)
_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+")
_PAST = frozenset(PAST_CUES)
_FUTURE = frozenset(FUTURE_CUES)
_HEAD_CHARS = 400  # a dateline sits in the first lines of a document


def document_date(text: str, mentions: list[DateMention]) -> DateMention | None:
    """The document's own date: a dateline, a publication note, or a date alone on a line."""
    for mention in mentions:
        begin, end = mention.span
        if not mention.year_known or mention.end is not None:
            continue
        line_start = text.rfind("\n", 0, begin) + 1
        line_end = text.find("\n", end)
        line = text[line_start : len(text) if line_end < 0 else line_end].strip()
        before = text[max(0, begin - 60) : begin]
        if re.search(r"(?:Veröffentlicht|Erschienen|Publiziert|Stand|Datum)\b[^\n0-9]{0,20}$",
                     before):
            return mention
        if begin < _HEAD_CHARS and (_DATELINE_BEFORE.search(before) or line == mention.text):
            return mention
    return None


def tense(sentence: str) -> int:
    """-1 for a report of the past, +1 for an announcement, 0 when the sentence doesn't say.

    >>> tense("Am 11. Juli trafen sich Vertreter in Wetzlar.")
    -1
    >>> tense("Die Messe findet am 5. Mai statt.")
    1
    """
    words = _WORD.findall(sentence)
    past = sum(w in _PAST for w in words)
    future = sum(w in _FUTURE for w in words)
    if past == future:
        return 0
    return -1 if past > future else 1


def year_near(day: Day, reference: dt.date, direction: int, weekday: int | None) -> int | None:
    """The year that puts ``day`` nearest ``reference`` in ``direction`` (-1 past, +1 future,
    0 either), matching ``weekday`` if one is stated.

    >>> year_near(Day(None, 7, 11), dt.date(2016, 9, 1), -1, None)
    2016
    >>> year_near(Day(None, 1, 5), dt.date(2016, 12, 1), 1, None)
    2017
    >>> year_near(Day(None, 9, 25), dt.date(2020, 1, 1), 1, 4)  # Freitag, 25. September
    2020
    """
    candidates: list[tuple[int, int]] = []
    for year in range(reference.year - 11, reference.year + 12):
        if day.month == 2 and day.day == 29 and not _leap(year):
            continue
        date = dt.date(year, day.month, day.day)
        delta = (date - reference).days
        if direction < 0 and delta > 0 or direction > 0 and delta < 0:
            continue
        if weekday is not None and date.weekday() != weekday:
            continue
        if weekday is None and abs(delta) > 366:
            continue
        candidates.append((abs(delta), year))
    return min(candidates)[1] if candidates else None


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _with_year(mention: DateMention, year: int) -> DateMention | None:
    start = mention.start.with_year(year)
    if start.date() is None:  # pragma: no cover - year_near checks 29 February
        return None
    end = mention.end
    if end is not None:
        end_year = year + (1 if (end.month, end.day) < (start.month, start.day) else 0)
        if end.month == 2 and end.day == 29 and not _leap(end_year):
            return None
        end = end.with_year(end_year)
    return replace(mention, start=start, end=end)


def _covering_year(mention: DateMention, known: list[DateMention]) -> int | None:
    """The year of an earlier dated mention whose days include this one's ('am 24. April'
    after 'vom 20. bis 28. April 2017')."""
    key = (mention.start.month, mention.start.day)
    years = set()
    for other in known:
        if other.end is None or other.end.year != other.start.year:
            first, last = (other.start.month, other.start.day), None
        else:
            first, last = (other.start.month, other.start.day), (other.end.month, other.end.day)
        if key == first or (last is not None and first <= key <= last):
            assert other.start.year is not None
            years.add(other.start.year)
    return years.pop() if len(years) == 1 else None


def _stated_year(text: str, sentences: Sentences, mention: DateMention,
                 spans: list[tuple[int, int]]) -> int | None:
    """A lone year ('Kongress 2016') in the mention's sentence or in the first heading."""
    places = [sentences.at(mention.span[0])]
    if sentences.spans and sentences.is_heading(0):
        places.append(sentences.spans[0])
    for begin, end in places:
        years = {
            int(m.group(0))
            for m in _LONE_YEAR.finditer(text, begin, end)
            if not any(b <= m.start() < e for b, e in spans)
        }
        if len(years) == 1:
            return years.pop()
    return None


def resolve_years(text: str, mentions: list[DateMention],
                  reference: dt.date | None = None) -> list[DateMention]:
    """Fill in the years the document implies; leave the rest unknown."""
    if all(m.year_known for m in mentions):
        return mentions
    sentences = Sentences(text)
    spans = [m.span for m in mentions]
    known = [m for m in mentions if m.year_known]
    dateline = document_date(text, mentions)
    doc_date = dateline.start.date() if dateline else None
    resolved = []
    for mention in mentions:
        if mention.year_known:
            resolved.append(mention)
            continue
        year = _covering_year(mention, known) or _stated_year(text, sentences, mention, spans)
        if year is None:
            anchor = doc_date or reference
            if anchor is not None:
                direction = tense(sentences.sentence(mention.span[0]))
                year = year_near(mention.start, anchor, direction, mention.weekday)
        filled = _with_year(mention, year) if year is not None else None
        resolved.append(filled or mention)
    return resolved
