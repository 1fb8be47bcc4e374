"""Find every German date and time expression in a text, with its span and meaning.

The finder works in two steps. One compiled pattern finds *date chains*: day-month(-year)
items such as ``5. November 2014``, ``5.11.14`` or ``2014-11-05`` and bare days (``20.``)
joined by range or list connectors (``bis``, ``–``, ``und``, ``,``, ``/``). Small functions
then read the chain: bare days borrow month and year from the item to their right, ranges
become spans, consecutive listed days merge into one span, and a time phrase right after
the chain (``um 10 Uhr``, ``von 9:30 bis 17:15 Uhr``) becomes start and end time.

Years left open here are filled in by :mod:`calendarize.years`.

>>> [m.start_str() for m in scan_dates("Die Tagung am 11. und 12. Juli 2016 in Wetzlar.")]
['2016-07-11']
>>> [m.end_str() for m in scan_dates("vom 20. bis 28. April 2017")]
['2017-04-28']
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from .model import DateMention, Day
from .vocabulary import AMOUNT_WORDS, MONTHS, NUMBER_PREFIXES, WEEKDAYS
from .years import resolve_years


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# -- the patterns, each named for the German form it matches ------------------------------

_DAY = r"(?:0?[1-9]|[12][0-9]|3[01])"
_MONTH_NUMBER = r"(?:0?[1-9]|1[0-2])"
_YEAR4 = r"(?:1[5-9][0-9]{2}|20[0-9]{2}|2100)"
_MONTH_NAME = (
    r"(?:" + _alternation(list(MONTHS) + [m.upper() for m in MONTHS if len(m) > 3]) + r")"
    r"(?![A-Za-zÄÖÜäöüß])\.?"
)
_WEEKDAY = r"(?:" + _alternation(list(WEEKDAYS)) + r")(?![A-Za-zÄÖÜäöüß])\.?"

# "5. November 2014", "5. Nov.", "5 November 2014" (the dot is sometimes left out)
_DAY_MONTHNAME = rf"{_DAY}\.?[ \t]*{_MONTH_NAME}(?:[ \t]+{_YEAR4}(?![0-9]))?"
# "5.11.2014", "05.11.14", "05.11." (the closing dot is required without a year)
_NUMERIC = rf"{_DAY}\.[ \t]?{_MONTH_NUMBER}\.(?:[ \t]?(?:{_YEAR4}|[0-9]{{2}})(?![0-9]))?(?![0-9])"
# "2014-11-05"
_ISO = r"(?:1[5-9][0-9]{2}|20[0-9]{2})-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])"
# "20." as the first member of a range or list: "20. bis 28. April"
_BARE_DAY = rf"{_DAY}\."

_ITEM = rf"(?:{_ISO}|{_DAY_MONTHNAME}|{_NUMERIC}|{_BARE_DAY})"
_CONNECTOR = (
    r"(?:[ \t]*(?:[-–—]|/|,|bis(?:[ \t]+(?:zum|zur|einschließlich|einschl\.))?|und|sowie)[ \t]*"
    rf"(?:{_WEEKDAY},?[ \t]*(?:den[ \t]+)?)?)"
)
_CHAIN = re.compile(rf"(?=[0-9])(?<![0-9.,:/])(?<![0-9]\.)(?:{_ITEM})(?:{_CONNECTOR}(?:{_ITEM}))*")

_ITEM_PARTS = re.compile(
    rf"(?P<iso>{_ISO})"
    rf"|(?P<nday>{_DAY})\.[ \t]?(?P<nmonth>{_MONTH_NUMBER})\.(?:[ \t]?(?P<nyear>[0-9]{{4}}|[0-9]{{2}})(?![0-9]))?"
    rf"|(?P<mday>{_DAY})\.?[ \t]*(?P<mname>{_MONTH_NAME})(?:[ \t]+(?P<myear>{_YEAR4})(?![0-9]))?"
    rf"|(?P<bday>{_DAY})\."
)
_CONNECTOR_RE = re.compile(_CONNECTOR)

# A weekday right before a chain: "Dienstag, 5. November", "am Freitag, den 25. September"
_WEEKDAY_BEFORE = re.compile(rf"(?P<wd>{_WEEKDAY}),?[ \t]*(?:den[ \t]+)?$")
# "zwischen dem 5. und 20. Dezember" reads "und" as a range
_BETWEEN_BEFORE = re.compile(r"zwischen(?:[ \t]+dem)?[ \t]*$", re.IGNORECASE)

_TIME = r"(?:[01]?[0-9]|2[0-4])(?:[:.][0-5][0-9])?"
_TIME_RANGE = rf"(?P<t1>{_TIME})(?:[ \t]*(?:[-–—]|bis)[ \t]*(?P<t2>{_TIME}))?"
# A time phrase right after a date: ", 10 Uhr", "um 9:30 Uhr", "von 14 bis 16 (Uhr)"
_TIME_AFTER = re.compile(
    r"(?:[ \t]*,)?[ \t]*(?:\(?[ \t]*)?(?:jeweils[ \t]+)?"
    r"(?:(?P<lead>um|ab|von|gegen|Beginn:?|Beginn[ \t]+um|Beginn[ \t]+ist[ \t]+um)[ \t]+)?"
    rf"{_TIME_RANGE}(?P<uhr>[ \t]*Uhr)?"
)
# A time phrase anywhere: "Beginn: 19 Uhr", "Einlass ab 17 Uhr", "14 bis 16 Uhr"
_TIME_ANYWHERE = re.compile(
    r"(?<![0-9.,:])(?:(?P<lead>Einlass|Beginn|Start|Ende|Türöffnung)[^0-9\n]{0,12}?)?"
    rf"{_TIME_RANGE}[ \t]*Uhr(?![a-zäöü])"
)

_PREFIX_BEFORE = re.compile(
    r"(?:" + _alternation(list(NUMBER_PREFIXES)) + r")\.?[ \t]*$"
)
_AMOUNT_AFTER = re.compile(r"[ \t]*(?:" + _alternation(list(AMOUNT_WORDS)) + r")(?![A-Za-z])")

_MONTH_LOOKUP = {name.lower(): number for name, number in MONTHS.items()}
_WEEKDAY_LOOKUP = {name.lower(): number for name, number in WEEKDAYS.items()}


@dataclass(frozen=True, slots=True)
class _Item:
    """One member of a date chain, with what it states (None where it is silent)."""

    day: int
    month: int | None
    year: int | None
    end: int


def _two_digit_year(value: int) -> int:
    return 2000 + value if value < 70 else 1900 + value


def _read_item(text: str) -> _Item | None:
    m = _ITEM_PARTS.match(text)
    if m is None:  # pragma: no cover - the chain pattern only yields items
        return None
    if m["iso"]:
        year, month, day = (int(p) for p in m["iso"].split("-"))
        return _Item(day, month, year, m.end())
    if m["nday"]:
        raw = m["nyear"]
        year = None if raw is None else (int(raw) if len(raw) == 4 else _two_digit_year(int(raw)))
        return _Item(int(m["nday"]), int(m["nmonth"]), year, m.end())
    if m["mday"]:
        month = _MONTH_LOOKUP[m["mname"].rstrip(".").lower()]
        year = int(m["myear"]) if m["myear"] else None
        return _Item(int(m["mday"]), month, year, m.end())
    return _Item(int(m["bday"]), None, None, m.end())


def _split_chain(chain: str) -> tuple[list[_Item], list[str]]:
    """Items of a chain and the connector word between each pair ('-', 'und', ',', '/')."""
    items: list[_Item] = []
    connectors: list[str] = []
    pos = 0
    while True:
        item = _read_item(chain[pos:])
        assert item is not None
        items.append(_Item(item.day, item.month, item.year, pos + item.end))
        pos += item.end
        c = _CONNECTOR_RE.match(chain, pos)
        if c is None or c.end() >= len(chain):
            break
        word = c.group(0).strip()
        connectors.append(_connector_kind(word))
        pos = c.end()
    return items, connectors


def _connector_kind(word: str) -> str:
    if word[:1] in "-–—" or word.startswith("bis"):
        return "-"
    if word.startswith("/"):
        return "/"
    if word.startswith((",", "und", "sowie")):
        return "und" if not word.startswith(",") else ","
    return ","  # pragma: no cover


def _fill_right_to_left(items: list[_Item]) -> list[_Item] | None:
    """Bare days take month and year from the item to their right; None if none has a month."""
    filled: list[_Item] = []
    month: int | None = None
    year: int | None = None
    for item in reversed(items):
        if item.month is not None:
            month, year = item.month, item.year if item.year is not None else year
            filled.append(_Item(item.day, item.month, year, item.end))
            continue
        if month is None:
            return None
        filled.append(_Item(item.day, month, year, item.end))
    return list(reversed(filled))


def _day_of(item: _Item) -> Day | None:
    assert item.month is not None
    if item.year is None:
        # 29 February is valid in some year; any other impossible day never is.
        if item.day > (29 if item.month == 2 else calendar.monthrange(2001, item.month)[1]):
            return None
        return Day(None, item.month, item.day)
    if item.day > calendar.monthrange(item.year, item.month)[1]:
        return None
    return Day(item.year, item.month, item.day)


def _span_end(start: Day, end: Day) -> tuple[Day, Day] | None:
    """Check a range; a start year borrowed across a year boundary steps back one year."""
    if start.year is not None and end.year is not None:
        s, e = start.date(), end.date()
        assert s is not None and e is not None
        if s > e:
            start = start.with_year(start.year - 1)
            s = start.date()
            if s is None or s > e or (e - s).days > 366:
                return None
        return start, end
    if (start.month, start.day) > (end.month, end.day) and start.year is None:
        return start, end  # year unknown: "28. Dezember bis 3. Januar"
    if (start.month, start.day) > (end.month, end.day):
        return None
    return start, end


def _next_day(day: Day) -> Day | None:
    d = day.date()
    if d is None:
        try:
            d = dt.date(2001 if day.month != 2 or day.day != 29 else 2000, day.month, day.day)
        except ValueError:  # pragma: no cover
            return None
        n = d + dt.timedelta(days=1)
        return Day(None, n.month, n.day)
    return Day.of(d + dt.timedelta(days=1))


def _occurrences(days: list[Day], connectors: list[str], between: bool) -> list[tuple[Day, Day]]:
    """Group a chain's days into (first, last) spans: ranges join, listed consecutive days merge."""
    groups: list[tuple[Day, Day]] = []
    i = 0
    while i < len(days):
        start = end = days[i]
        while i < len(connectors) and (connectors[i] == "-" or (between and connectors[i] == "und")):
            checked = _span_end(start, days[i + 1])
            if checked is None:
                break
            start, end = checked
            i += 1
        groups.append((start, end))
        i += 1
    merged: list[tuple[Day, Day]] = []
    for first, last in groups:
        if merged and _next_day(merged[-1][1]) == first:
            merged[-1] = (merged[-1][0], last)
        else:
            merged.append((first, last))
    return merged


def _parse_time(raw: str) -> dt.time | None:
    hour, _, minute = raw.replace(".", ":").partition(":")
    h, m = int(hour), int(minute or 0)
    if h == 24 and m == 0:
        return dt.time(23, 59)
    if h > 23:
        return None
    return dt.time(h, m)


def _times_after(text: str, pos: int) -> tuple[dt.time | None, dt.time | None, int]:
    """A time phrase right after a date chain: (start, end, new end offset)."""
    m = _TIME_AFTER.match(text, pos)
    if m is None:
        return None, None, pos
    # Bare numbers count as times only with "Uhr" or as "von 14 bis 16".
    if not m["uhr"] and not (m["lead"] == "von" and m["t2"]):
        return None, None, pos
    if not m["uhr"] and ":" not in m["t1"] and m["lead"] is None:  # pragma: no cover
        return None, None, pos
    start = _parse_time(m["t1"])
    end = _parse_time(m["t2"]) if m["t2"] else None
    if start is None or (m["t2"] and end is None):
        return None, None, pos
    return start, end, m.end()


def _looks_like_reference(text: str, begin: int, end: int) -> bool:
    """Section numbers, prices and versions: 'Nr. 12.3.', '12.05. Euro'."""
    if _PREFIX_BEFORE.search(text[max(0, begin - 12) : begin]):
        return True
    return _AMOUNT_AFTER.match(text, end) is not None


def _weekday_before(text: str, begin: int) -> tuple[int | None, int]:
    window = text[max(0, begin - 24) : begin]
    m = _WEEKDAY_BEFORE.search(window)
    if m is None:
        return None, begin
    return _WEEKDAY_LOOKUP[m["wd"].rstrip(".").lower()], begin - (len(window) - m.start())


def find_dates(text: str, reference: dt.date | None = None) -> list[DateMention]:
    """Every date mention in ``text``, with the years the document implies filled in.

    >>> [m.start_str() for m in find_dates("Stuttgart, 12.04.2017 – Am 20. Mai findet es statt.")]
    ['2017-04-12', '2017-05-20']
    """
    return resolve_years(text, scan_dates(text), reference)


def scan_dates(text: str) -> list[DateMention]:
    """Every date mention in ``text`` as written (years may stay unknown)."""
    return list(_iter_mentions(text))


def _iter_mentions(text: str) -> Iterator[DateMention]:
    for match in _CHAIN.finditer(text):
        begin, end = match.span()
        chain = match.group(0)
        items, connectors = _split_chain(chain)
        while len(items) > 1 and items[-1].month is None:  # "5.11.2014, 18.30 Uhr"
            items.pop()
            connectors.pop()
        # A trailing connector the pattern swallowed is not part of the mention.
        end = begin + items[-1].end
        filled = _fill_right_to_left(items)
        if filled is None or _looks_like_reference(text, begin, end):
            continue
        days = [_day_of(item) for item in filled]
        if any(d is None for d in days):
            continue
        between = _BETWEEN_BEFORE.search(text[max(0, begin - 16) : begin]) is not None
        groups = _occurrences([d for d in days if d is not None], connectors, between)
        start_time, end_time, end = _times_after(text, end)
        weekday, begin = _weekday_before(text, begin)
        span = (begin, end)
        for first, last in groups:
            yield DateMention(
                span=span,
                text=text[begin:end],
                start=first,
                end=None if last == first else last,
                start_time=start_time,
                end_time=end_time,
                weekday=weekday if first == groups[0][0] else None,
            )


def find_times(text: str, begin: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """Time phrases with 'Uhr' in ``text[begin:end]`` (groups: lead, t1, t2)."""
    return _TIME_ANYWHERE.finditer(text, begin, len(text) if end is None else end)


def parse_time(raw: str) -> dt.time | None:
    """'9:30' → 09:30, '18.30' → 18:30, '10' → 10:00; None if not a time of day."""
    return _parse_time(raw)
