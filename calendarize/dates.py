"""Find every German date and time expression in a text, with its span and meaning.

The finder works in two steps. One compiled pattern finds *date chains*: day-month(-year)
items such as ``5. November 2014``, ``5.11.14`` or ``2014-11-05`` and bare days (``20.``)
joined by range or list connectors (``bis``, ``–``, ``und``, ``,``, ``/``, ``oder``).
Small functions then read the chain: bare days borrow month and year from the item to
their right, ranges become spans, consecutive listed days merge into one span, and the
time phrases right after the chain (``um 10 Uhr``, ``von 9:30 bis 17:15 Uhr``,
``Einlass ab 17 Uhr, Beginn 19 Uhr``) become start and end time.

Linear time by construction: a chain can only start at a digit that no letter, digit or
dot precedes, every whitespace run inside a pattern is bounded (``{0,3}``), no two parts
of a pattern can match the same characters, and scanning resumes after each chain.

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
from typing import NamedTuple

from .model import DateMention, Day
from .vocabulary import (
    AMOUNT_WORDS,
    DOORS_WORDS,
    END_WORDS,
    ENDS_VERBS,
    FEAST_WEEKDAYS,
    MEETING_WORDS,
    MONTHS,
    NUMBER_PREFIXES,
    START_WORDS,
    WEEKDAYS,
    WORDS_BEFORE_DATES,
)
from .years import resolve_years


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _unpreceded(words: list[str], before: str) -> str:
    """``_alternation(words)`` where no character of the class ``before`` precedes the word.

    Each word checks what precedes it after its first character, not before: a pattern that
    opens with a choice of literal characters lets the regex engine skip to them at C speed
    when it searches a stretch of text (see _search_before), one that opens with a
    look-behind is tried at every position.
    """
    return "|".join(
        rf"{re.escape(w[0])}(?<!{before}{re.escape(w[0])}){re.escape(w[1:])}"
        for w in sorted(set(words), key=len, reverse=True)
    )


# -- the patterns, each named for the German form it matches ------------------------------

_LETTER = "A-Za-zÄÖÜäöüß"
_SPACE = r"[ \t]{0,3}(?:\n[ \t]{0,3})?"  # optional space, at most one line break
_GAP = r"(?:[ \t]{1,3}(?:\n[ \t]{0,3})?|\n[ \t]{0,3})"  # required space
_DAY = r"(?:0?[1-9]|[12][0-9]|3[01])"
_MONTH_NUMBER = r"(?:0?[1-9]|1[0-2])"
_YEAR4 = r"(?:1[5-9][0-9]{2}|20[0-9]{2}|2100)(?![0-9]|[.,][0-9])"
_ALL_MONTHS = list(MONTHS) + [m.upper() for m in MONTHS]
_MONTH_NAME = rf"(?:{_alternation(_ALL_MONTHS)})(?![{_LETTER}])\.?"
# Without the day's dot only a full month name makes a date: "5 November", not "5 Jan".
_FULL_NAMES = [
    m for m in _ALL_MONTHS
    if m.lower() == "mai" or (len(m) > 3 and not any(o != m and o.startswith(m) for o in MONTHS))
]
_FULL_MONTH = rf"(?:{_alternation(_FULL_NAMES)})(?![{_LETTER}])"
# ... or a short name after a day of two digits and one space, as a web page's date writes it
# ("So 01 Nov", "14 Mär 2026"; not "5 Jan", which a number of things may be)
_SHORT_NAMES = [m for m in _ALL_MONTHS if len(m) == 3 and m.lower() != "mai"]
_SHORT_MONTH = rf"(?<=[0-9][0-9][ \t])(?:{_alternation(_SHORT_NAMES)})(?![{_LETTER}.])"
_NAMED_MONTH = rf"(?:{_FULL_MONTH}|{_SHORT_MONTH})"
# weekdays as written, and in a heading's capitals ("FREITAG, 16. OKTOBER")
_ALL_WEEKDAYS = [*WEEKDAYS, *FEAST_WEEKDAYS]  # (and a feast's day: "Pfingstmontag, 25. Mai")
_ALL_WEEKDAYS += [w.upper() for w in _ALL_WEEKDAYS]  # ("FREITAG", "DO 14.5.")
_WEEKDAY = rf"(?:{_unpreceded(_ALL_WEEKDAYS, f'[{_LETTER}]')})(?![{_LETTER}])\.?"

# "5. November 2014", "5. Nov.", "5 November 2014", "5. Mai, 2017"
# (inside a compound too: "die 1.-August-Feier", "das 3.-Oktober-Fest")
_DAY_MONTHNAME = (rf"{_DAY}(?:\.(?:{_SPACE}|-(?={_FULL_MONTH}-)){_MONTH_NAME}|{_GAP}{_NAMED_MONTH})"
                  rf"(?:,?{_GAP}{_YEAR4})?")
# "5.11.2014", "05.11.14", "5. 11. 2014", "05.11." (the closing dot is required)
# (not a list's number before a date: "2. 1. Oktober 2026" is 1 October)
_NOT_NUMBERED = rf"(?![ \t]{{1,3}}{_MONTH_NAME})"
_NUMERIC = (rf"{_DAY}\.[ \t]?{_MONTH_NUMBER}\.(?:[ \t]?{_YEAR4}|[0-9]{{2}}(?![0-9]))?(?![0-9])"
            rf"{_NOT_NUMBERED}")
# "2014-11-05"
_ISO = r"(?:1[5-9][0-9]{2}|20[0-9]{2})-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])(?![0-9])"
# "20." as a member of a range or list: "20. bis 28. April"
_BARE_DAY = rf"{_DAY}\."
_ITEM = rf"(?:{_ISO}|{_DAY_MONTHNAME}|{_NUMERIC}|{_BARE_DAY})"

# "bis", "–", "und", ",", "/", "+", "sowie am", ", bis Sonntag,", "bis zum"
_CONNECTOR_WORD = (  # (a dash opening a line is a list's bullet: "  - Dienstag, 24. Februar")
    r"(?P<word>(?<!\n)(?<!\n[ \t])(?<!\n[ \t]{2})(?<!\n[ \t]{3})[-–—]|[/&,\+]"
    r"|bis(?:[ \t]{1,3}(?:zum|zur|einschließlich|einschl\.|inklusive|inkl\.))?|und|sowie|oder)"
)
_CONNECTOR = re.compile(
    rf"{_SPACE}(?:,[ \t]{{0,3}})?{_CONNECTOR_WORD}"
    # (a dash ending its line is no range into the next line's date: "Einsatz CHF 25.–" /
    # "Sa 26.9.   14 Uhr   Kinderflohmarkt")
    rf"(?!(?<=[-–—])[ \t]{{0,3}}\n[ \t]{{0,3}}{_WEEKDAY}){_SPACE}"
    rf"(?:(?:am|vom|dem|den|der|zum|zur)[ \t]{{1,3}})?"
    rf"(?:{_WEEKDAY},?[ \t]{{0,3}}(?:de[nm][ \t]{{1,3}})?)?"
)
_ITEM_PARTS = re.compile(
    rf"(?P<iso>{_ISO})"
    rf"|(?P<mday>{_DAY})(?:\.(?:{_SPACE}|-(?={_FULL_MONTH}-))(?P<mname>{_MONTH_NAME})"
    rf"|{_GAP}(?P<fname>{_NAMED_MONTH}))"
    rf"(?:,?{_GAP}(?P<myear>{_YEAR4}))?"
    rf"|(?P<nday>{_DAY})\.[ \t]?(?P<nmonth>{_MONTH_NUMBER})\."
    rf"(?:[ \t]?(?P<nyear4>{_YEAR4})|(?P<nyear2>[0-9]{{2}})(?![0-9]))?(?![0-9]){_NOT_NUMBERED}"
    rf"|(?P<bday>{_DAY})\."
)
# The first item keeps its parts' names, so a chain of one item (most are) is read from
# this match alone.
_CHAIN = re.compile(rf"(?P<first>{_ITEM_PARTS.pattern})(?:{_CONNECTOR.pattern}{_ITEM})*")
# Where a chain may begin: a digit after no letter, digit, dot, comma, colon or slash,
# and not after a number group ("030 12.10.20" is a phone number). The look-ahead keeps
# only digits where an item can begin (a day and its dot, a day and a month's name, a
# year and its dash).
_MONTH_INITIALS = "".join(sorted({name[0] for name in _FULL_NAMES}))
_CHAIN_START = re.compile(
    r"[0-9](?<![\w.,:/][0-9])(?<![0-9][ \t/-][0-9])"
    rf"(?=[0-9]?(?:\.|[ \t\n]{{1,7}}[{_MONTH_INITIALS}])|[0-9]{{3}}-)"
)
# The regex engine skips to a pattern's first character ten times faster when that is one
# literal character than when it is a class such as [0-9]. So chain starts are looked for
# in a copy of the text with every digit turned into "0": Latin-1 bytes, one per character
# (str.translate is slow outside ASCII; the dashes – and — become "?"). There the
# look-ahead also passes over lone ordinals and numbers, which make no chain longer than a
# bare day ("zum 3. Mal", "15.000 Besucher", "30 Minuten"): it keeps only a day with a
# month number or name ("5.11.", "5. Nov", "5 November"), a year and its dash, and a day
# that a connector may join to a next item ("5. bis"). Bytes know only ASCII letters as
# \w: a start after any other character is checked with _CHAIN_START on the text.
_DIGITS_AS_ZERO = bytes.maketrans(b"123456789", b"000000000")
_ROUGH_START = re.compile(
    rb"0(?<![\w.,:/]0)(?<!0[ \t/-]0)(?=000-|0?(?:"
    + f"{_GAP}{_FULL_MONTH}|[ \t](?:{_alternation(_SHORT_NAMES)})(?![{_LETTER}.])"
    f"|\\.(?:[ \t]?00?\\.|-?{_SPACE}{_MONTH_NAME}".encode("latin-1")
    + rb"|[ \t\n]{0,7}[-/&,\+?bsuo])))"
)

# A weekday (or two) right before a chain: "Dienstag, ", "am Freitag, den ", "Fr.–So., "
_WEEKDAY_BEFORE = re.compile(
    rf"(?P<wd>{_WEEKDAY})(?:[ \t]{{0,3}}(?:[-–—/&]|bis|und)[ \t]{{0,3}}{_WEEKDAY})?"
    r",?[ \t]{0,3}(?:de[nm][ \t]{1,3})?$"
)
# A feast named for its weekday: "Palmsonntag, 29. März", "Karfreitag, 3. April"
_FEAST_BEFORE = re.compile(
    r"(?<![\w-])[A-ZÄÖÜ][a-zäöüß]{2,14}(?P<wd>sonntag|montag|dienstag|mittwoch|donnerstag|"
    r"freitag|samstag|sonnabend),?[ \t]{1,3}$")
_FEAST_LAST = frozenset(" \t")
# (what such a text ends in, asked before the pattern: "…tag", "…woch", "…abend")
_FEAST_TAILS = ("tag", "woch", "abend")
_FEAST_BEFORE_SPACE = frozenset(",ghd")  # (the character before its space, asked first)
# A weekday before the parenthesis a date stands in: "am Dienstag (27. März)"
# (or two: "am Samstag und Sonntag (14./15. März)", the first of them the first day's)
_WEEKDAY_ALONE = re.compile(
    rf"(?P<wd>{_WEEKDAY})(?:[ \t]{{0,3}}(?:[-–—/&]|bis|und)[ \t]{{0,3}}{_WEEKDAY})?$")
# "zwischen dem 5. und 20. Dezember" reads "und" as a range
_BETWEEN_BEFORE = re.compile(r"zwischen(?:[ \t]{1,3}dem)?[ \t]{1,3}$", re.IGNORECASE)
_WORD_BEFORE = re.compile(rf"(?<![{_LETTER}])(?P<word>[{_LETTER}]{{1,30}})[ \t]{{1,3}}$")
_PREFIX_BEFORE = re.compile(
    r"(?:" + _unpreceded(list(NUMBER_PREFIXES), r"\w") + r")\.?:?[ \t]{0,3}$"
)
_AMOUNT_AFTER = re.compile(
    r"[ \t]{0,3}(?:" + _alternation(list(AMOUNT_WORDS)) + rf")(?![{_LETTER}])"
)
# The characters each pattern above that ends at a chain's start can end with ("$" also
# matches before a line break that ends the text searched)
_WEEKDAY_LAST = frozenset(" \t\n,." + "".join(name[-1] for name in _ALL_WEEKDAYS))
_WEEKDAY_NAME_LAST = frozenset("." + "".join(name[-1] for name in _ALL_WEEKDAYS))
_PREFIX_LAST = frozenset(" \t\n.:" + "".join(prefix[-1] for prefix in NUMBER_PREFIXES))
_SPACE_LAST = frozenset(" \t\n")

# -- times of day ----------------------------------------------------------------------

_CLOCK = r"(?:[01]?[0-9]|2[0-4])(?:[:.][0-5][0-9])?(?![0-9]|[.,:][0-9])"
_UHR = rf"[ \t]{{0,2}}(?:Uhr|UHR)(?![{_LETTER}])"  # (in a heading's capitals too)
_UHR_OR_H = rf"[ \t]{{0,2}}(?:Uhr|UHR|h)(?![{_LETTER}])"  # ("Di 4.11., 20 h": after a date only)
_LEADS = _alternation(list(DOORS_WORDS) + list(START_WORDS) + list(END_WORDS))
# One time phrase: "um 10 Uhr", "Einlass ab 17 Uhr", "von 9:30 bis 17:15 Uhr", "10 – 16 Uhr"
_TIME_PHRASE = (
    rf"(?:(?P<lead>{_LEADS})(?:[ \t]{{0,2}}:|[ \t]{{1,2}}ist)?[ \t]{{0,3}})?"
    r"(?:(?P<prep>(?:jeweils[ \t]{1,2})?(?:um|ab|von|gegen|(?P<btw>zwischen))|jeweils)"
    r"[ \t]{1,3})?"
    rf"(?P<t1>{_CLOCK})(?P<u1>{_UHR_OR_H})?"  # ("zwischen 14 und 17 Uhr")
    rf"(?:[ \t]{{0,3}}(?:[-–—]|bis|BIS|(?(btw)und|(?!)))[ \t]{{0,3}}"
    rf"(?:(?:ca\.|etwa|gegen)[ \t]{{1,3}})?"
    rf"(?P<t2>{_CLOCK})(?P<u2>{_UHR_OR_H})?"  # ("18:30 Uhr bis ca. 20:30 Uhr")
    # (not the day of the next date: "10 Uhr bis 13. Juni, 16 Uhr")
    rf"(?!\.{_SPACE}(?:{_MONTH_NAME}|{_MONTH_NUMBER}\.)))?"
)
# The first phrase follows the date after a comma, dash, bar, middle dot or parenthesis
# (a table's cell may stand after its date's padding: "Di, 10.03.2026     | 09:00–16:00",
# "28.–30.12.    jeweils 10–12 Uhr")
_FIRST_TIME = re.compile(
    r"(?P<sep>[ \t]{0,60}\|[ \t]{0,3}|[ \t]{0,3}(?:[,;(–—·•-][ \t]{0,3})?|[ \t]{4,40})"
    + _TIME_PHRASE)
# two starts of the day's shows: ", 14 und 16 Uhr", " um 11 und 15 Uhr"
_TWO_STARTS = re.compile(
    r"[ \t]{0,3}(?:[,;(–—·•-][ \t]{0,3})?(?:um[ \t]{1,3}|jeweils[ \t]{1,3}(?:um[ \t]{1,3})?)?"
    rf"(?P<t1>{_CLOCK})(?:{_UHR})?[ \t]{{1,3}}und[ \t]{{1,3}}(?:um[ \t]{{1,3}})?"
    rf"(?P<t2>{_CLOCK}){_UHR}")
# Further phrases need their lead word: ", Einlass ab 17 Uhr", " und Ende 22 Uhr"
_MORE_TIME = re.compile(
    rf"[ \t]{{0,3}}(?:[,;|][ \t]{{0,3}}|und[ \t]{{1,3}})(?=(?:{_LEADS})){_TIME_PHRASE}"
)
_NOUN_AFTER = re.compile(r"[ \t]{1,3}[A-ZÄÖÜ]")
# A time phrase anywhere: "Beginn: 19 Uhr", "Einlass ab 17 Uhr", "14 bis 16 Uhr"
_TIME_ANYWHERE = re.compile(
    # ("Konzertbeginn 20 Uhr": a compound of 'beginn' leads as 'Beginn' does; "Türöffnung und
    # Nachtessen ab 18 Uhr": a few words may stand between a lead and its time)
    r"(?<![0-9.,:])(?:(?P<lead>Einlass|(?:[A-ZÄÖÜ][a-zäöü]+b|B|b)eginn(?:t|en)?|[Ss]tart(?:et|en)?"
    r"|" + _alternation(list(MEETING_WORDS)) + r"|Ende|Bis|"
    r"bis(?=[ \t]{1,2}[0-9])|"  # ("Bitte die Bäume bis 8 Uhr bereitlegen": an end)
    + _alternation([w for w in DOORS_WORDS if w != "Einlass"]) + r")[^0-9\n]{0,24}?)?"
    r"(?:(?P<btw>zwischen)[ \t]{1,3})?"
    rf"(?P<t1>{_CLOCK})(?:(?:{_UHR})?[ \t]{{0,3}}(?:[-–—]|bis|BIS|(?(btw)und|(?!)))[ \t]{{0,3}}"
    rf"(?P<t2>{_CLOCK}))?{_UHR}"
)  # "14 bis 16 Uhr", "19 Uhr bis 2 Uhr", "zwischen 14 und 17 Uhr"

# Between a date with its start time and a later one with its end time ("3. Juli, 15 Uhr,
# bis 5. Juli 2026, 17 Uhr", "… um 10 Uhr und endet am Sonntag, 14. Juni, um 16 Uhr",
# "…, 9 Uhr – Ende: …"): the two are one stretch of time
_RUNS_ON = re.compile(
    r"[ \t]{0,3}(?:[,;][ \t]{0,3})?"
    r"(?:(?:bis|[-–—])(?:[ \t]{1,3}(?:zum|zur|am|einschließlich))?"
    rf"(?:[ \t]{{0,3}}(?:{_alternation(list(END_WORDS))}):)?"
    rf"|(?:{_alternation(list(END_WORDS))}):|und[ \t]{{1,3}}(?:{_alternation(list(ENDS_VERBS))})"
    r"(?:[ \t]{1,3}(?:bis|am|zum|bis[ \t]{1,3}(?:zum|am)))?)[ \t]{0,3}(?:\n[ \t]{0,3})?"
)

# a note in parentheses on a day: "(Faschingsdienstag)", "(WEIBERDONNERSTAG)", "(1. Advent)",
# "(2. Weihnachtstag)" (an ordinal before a feast, not a month: "(1. Mai)" is a date)
DAY_NOTE = re.compile(rf"[ \t]?\((?:[1-4]\.[ \t](?!{_MONTH_NAME}))?[{_LETTER} .-]{{3,30}}\)")

_MONTH_LOOKUP = {name.lower(): number for name, number in MONTHS.items()}
_WEEKDAY_LOOKUP = {name.lower(): number for name, number in [*WEEKDAYS.items(),
                                                              *FEAST_WEEKDAYS.items()]}
_DOORS = frozenset(DOORS_WORDS)
_ENDS = frozenset(END_WORDS)


class _Item(NamedTuple):
    """One member of a date chain, with what it states (None where it is silent).

    A named tuple, like _Times: immutable as a frozen dataclass, and several times cheaper
    to build, once or twice for every date.
    """

    day: int
    month: int | None
    year: int | None
    end: int  # offset in the text after the item
    own_year: bool = True  # False when the year is borrowed from an item to the right


def _two_digit_year(value: int) -> int:
    return 2000 + value if value < 70 else 1900 + value


_PART_NAMES = ("iso", "nday", "nmonth", "nyear4", "nyear2", "mday", "mname", "fname", "myear",
               "bday")


def _parts_of(m: re.Match[str]) -> tuple[int, int | None, int | None]:
    """Day, month and year (None where it is silent) of the item whose parts ``m`` (of
    _ITEM_PARTS or the first item of _CHAIN) names."""
    iso, nday, nmonth, nyear4, nyear2, mday, mname, fname, myear, bday = m.group(*_PART_NAMES)
    if iso:
        y, mo, d = (int(p) for p in iso.split("-"))
        return d, mo, y
    if nday:
        year = int(nyear4) if nyear4 else None
        if nyear2:
            year = _two_digit_year(int(nyear2))
        return int(nday), int(nmonth), year
    if mday:
        name = (mname or fname).rstrip(".").lower()
        return int(mday), _MONTH_LOOKUP[name], int(myear) if myear else None
    return int(bday), None, None


def _read_item(text: str, pos: int) -> _Item:
    m = _ITEM_PARTS.match(text, pos)
    assert m is not None  # the chain pattern only yields items
    return _Item(*_parts_of(m), m.end())


def _connector_kind(word: str) -> str:
    """'-' for a range, 'oder' for alternatives, ',' for a list."""
    if word in "-–—" or word.startswith("bis"):
        return "-"
    return "oder" if word == "oder" else ","


def _split_chain(text: str, chain: re.Match[str]) -> tuple[list[_Item], list[str]]:
    """Items of the ``chain`` and the kind of connector between each pair."""
    items = [_Item(*_parts_of(chain), chain.end("first"))]
    connectors: list[str] = []
    end = chain.end()
    while items[-1].end < end:
        c = _CONNECTOR.match(text, items[-1].end, end)
        assert c is not None
        connectors.append(_connector_kind(c["word"]))
        items.append(_read_item(text, c.end()))
    return items, connectors


def _fill(items: list[_Item]) -> list[_Item] | None:
    """Bare days take month and year from the item to their right, a day still without a
    year takes the one of the day to its left; None if no item names a month."""
    filled: list[_Item] = []
    month: int | None = None
    year: int | None = None
    for item in reversed(items):
        if item.month is not None:
            month = item.month
            own = item.year is not None
            year = item.year if own else year
        elif month is None:
            return None
        else:
            own = False
        filled.append(_Item(item.day, month, year, item.end, own))
    filled.reverse()
    for i in range(1, len(filled)):
        left, item = filled[i - 1], filled[i]
        if item.year is None and left.year is not None:
            assert item.month is not None
            assert left.month is not None
            wraps = (item.month, item.day) < (left.month, left.day)
            filled[i] = _Item(item.day, item.month, left.year + wraps, item.end, False)
    return filled


_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _day_of(day: int, month: int, year: int | None) -> Day | None:
    if year is None:
        # 29 February is valid in some year; any other impossible day never is.
        if day > (29 if month == 2 else _DAYS_IN_MONTH[month]):
            return None
        return Day(None, month, day)
    leap_day = month == 2 and calendar.isleap(year)
    if day > _DAYS_IN_MONTH[month] + leap_day:
        return None
    return Day(year, month, day)


def _filled_day(item: _Item) -> Day | None:
    assert item.month is not None  # _fill gives every item a month
    return _day_of(item.day, item.month, item.year)


def _range(start: Day, end: Day, borrowed: bool) -> tuple[Day, Day] | None:
    """A checked range; a borrowed start year steps back over a new year ("28. Dez. bis
    3. Jan. 2017"). A range running backwards is no range (None)."""
    if start.year is not None and end.year is not None:
        if start <= end:
            return start, end
        if borrowed and start.month > end.month:
            return _range(start.with_year(start.year - 1), end, False)
        return None
    if (start.month, start.day) <= (end.month, end.day) or start.month > end.month:
        return start, end  # year unknown: "28. Dezember bis 3. Januar" is fine
    return None


def next_day(day: Day) -> Day:
    """The day after ``day``, year unknown or not.

    >>> next_day(Day(None, 2, 28)), next_day(Day(2016, 12, 31))
    (Day(year=None, month=3, day=1), Day(year=2017, month=1, day=1))
    """
    year = day.year if day.year is not None else (2000 if (day.month, day.day) == (2, 29) else 2001)
    n = dt.date(year, day.month, day.day) + dt.timedelta(days=1)
    return Day(None if day.year is None else n.year, n.month, n.day)


def _occurrences(items: list[_Item], days: list[Day], connectors: list[str],
                 between: bool, listed: bool = False) -> list[tuple[Day, Day, bool]] | None:
    """Group a chain's days into (first, last, alternative) spans: ranges join, listed
    consecutive days merge (never across 'oder'; never when ``listed``: each day's own
    hour, 'am 27. und 28. November, jeweils um 20 Uhr'); a span after 'oder' is the one
    before's alternative ('am 21. oder 22. September'); None if a range runs backwards."""
    groups: list[tuple[Day, Day, str]] = []
    joiner = ","
    i = 0
    while i < len(days):
        start = end = days[i]
        while i < len(connectors) and (connectors[i] == "-" or (between and i == 0)):
            checked = _range(start, days[i + 1], not items[i].own_year)
            if checked is None:
                return None
            start, end = checked
            i += 1
        groups.append((start, end, joiner))
        joiner = connectors[i] if i < len(connectors) else ","
        i += 1
    merged: list[tuple[Day, Day, bool]] = []
    for first, last, how in groups:
        if merged and how != "oder" and not listed and next_day(merged[-1][1]) == first:
            merged[-1] = (merged[-1][0], last, merged[-1][2])
        elif not any((first, last) == (f, t) for f, t, _ in merged):
            merged.append((first, last, bool(merged) and how == "oder"))
    return merged


def _parse_time(raw: str) -> dt.time | None:
    hour, _, minute = raw.replace(".", ":").partition(":")
    h, m = int(hour), int(minute or 0)
    if h == 24 and m == 0:
        return dt.time(23, 59)
    if h > 23:
        return None
    return dt.time(h, m)


class _Times(NamedTuple):
    start: dt.time | None = None
    end: dt.time | None = None
    offset: int = 0  # where the time phrases end
    also: dt.time | None = None  # a second start: "14 und 16 Uhr", two shows of the day


def _phrase_ok(text: str, m: re.Match[str]) -> bool:
    """Bare numbers count as times only with 'Uhr', in the 9:30 form, in the 19.00 form in a
    table's next cell, or as 'von 14 bis 16'."""
    if m["u1"] or m["u2"]:
        return True
    if ":" in m["t1"] and (m["t2"] is None or ":" in m["t2"]):
        return True
    if m.re is _FIRST_TIME and "|" in m["sep"] and len(m["t1"]) >= 4 and (
            m["t2"] is None or len(m["t2"]) >= 4):
        return True  # a table's cell: "Gründonnerstag | 2.4. | 19.00 | Messe"
    return bool(m["prep"] and m["prep"].endswith("von") and m["t2"]
                and not _NOUN_AFTER.match(text, m.end()))


def _times_after(text: str, pos: int) -> _Times:
    """The time phrases right after a date: start wins over doors, 'Ende' gives the end;
    two starts said as a list ("14 und 16 Uhr") are two shows."""
    two = _TWO_STARTS.match(text, pos)
    if two is not None:
        first, second = _parse_time(two["t1"]), _parse_time(two["t2"])
        if first is not None and second is not None and second > first:
            return _Times(first, None, two.end(), second)
    m = _FIRST_TIME.match(text, pos)
    phrases: list[re.Match[str]] = []
    while m is not None and _phrase_ok(text, m) and len(phrases) < 4:
        phrases.append(m)
        m = _MORE_TIME.match(text, m.end())
    start = end = doors = None
    for p in phrases:
        t1, t2 = _parse_time(p["t1"]), _parse_time(p["t2"]) if p["t2"] else None
        if t1 is None or (p["t2"] and t2 is None):
            return _Times(offset=pos)
        if p["lead"] in _DOORS:
            doors = doors or t1
        elif p["lead"] in _ENDS:
            end = end or t1
        elif start is None:
            start, end = t1, t2 or end
    if not phrases or (start or doors) is None:
        return _Times(offset=pos)
    offset = phrases[-1].end()
    if "(" in phrases[0]["sep"] and text.startswith(")", offset):
        offset += 1
    return _Times(start or doors, end, offset)


def times_after(text: str, pos: int) -> _Times:
    """The start and end time said right after ``pos`` ('um 20 Uhr', ', 10 bis 16 Uhr')
    and where they end (``pos`` when none is)."""
    return _times_after(text, pos)


def _search_before(pattern: re.Pattern[str], text: str, begin: int, width: int,
                   last: frozenset[str]) -> re.Match[str] | None:
    """``pattern`` (ending in $) in the ``width`` characters before ``begin``, searched for
    only if the character before ``begin`` is one it can end with (in ``last``): half the
    dates follow a '(' that none of them ends with."""
    if text[begin - 1 : begin] not in last:
        return None
    return pattern.search(text, max(0, begin - width), begin)


def _looks_like_reference(text: str, begin: int, end: int, short: bool) -> bool:
    """Section numbers, prices and versions: 'Nr. 12.3.', '12.05. Euro', and a ``short``
    date ('5.1.') right after a noun or name that is no date word ('Android 5.1.')."""
    if _search_before(_PREFIX_BEFORE, text, begin, 16, _PREFIX_LAST):
        return True
    if short:
        word = _search_before(_WORD_BEFORE, text, begin, 36, _SPACE_LAST)
        if word is not None and word["word"][0].isupper():
            lower = word["word"].lower()
            if lower not in WORDS_BEFORE_DATES and lower not in _WEEKDAY_LOOKUP:
                return True
    return _AMOUNT_AFTER.match(text, end) is not None


def _weekday_before(text: str, begin: int) -> tuple[int | None, int]:
    """The weekday stated before a chain starting at ``begin``, and where the mention
    starts: at the weekday, or at the date when a parenthesis stands between them."""
    m = _search_before(_WEEKDAY_BEFORE, text, begin, 40, _WEEKDAY_LAST)
    if m is not None:
        return _weekday_of(m), m.start()
    if text[begin - 2 : begin - 1] in _FEAST_BEFORE_SPACE and text[
            max(0, begin - 8) : begin].rstrip(" \t,").endswith(_FEAST_TAILS):
        m = _search_before(_FEAST_BEFORE, text, begin, 30, _FEAST_LAST)
        if m is not None:  # "Palmsonntag, 29. März": a Sunday, the feast's name the title's
            return _weekday_of(m), begin
    # "am Dienstag (27. März)": the weekday before the parenthesis; the span starts at the date
    start = max(0, begin - 8)
    before = text[start:begin].rstrip(" \t")
    if not before.endswith("(") or before[-2:-1] not in (" ", "\t"):  # not "Dienstag("
        return None, begin
    word_end = start + len(before[:-1].rstrip(" \t"))
    m = _search_before(_WEEKDAY_ALONE, text, word_end, 30, _WEEKDAY_NAME_LAST)
    return (None if m is None else _weekday_of(m)), begin


def _weekday_of(m: re.Match[str]) -> int:
    """The number of the weekday a match's group 'wd' names ('Di.' → 1)."""
    return _WEEKDAY_LOOKUP[m["wd"].rstrip(".").lower()]


def find_dates(text: str, reference: dt.date | None = None) -> list[DateMention]:
    """Every date mention in ``text``, with the years the document implies filled in.

    >>> [m.start_str() for m in find_dates("Stuttgart, 12.04.2017 – Am 20. Mai findet es statt.")]
    ['2017-04-12', '2017-05-20']
    """
    return resolve_years(text, scan_dates(text), reference)


def scan_dates(text: str) -> list[DateMention]:
    """Every date mention in ``text`` as written (years may stay unknown)."""
    mentions = list(_iter_mentions(text))
    for i in range(len(mentions) - 1, 0, -1):
        joined = _run_on(text, mentions[i - 1], mentions[i])
        if joined is not None:
            mentions[i - 1 : i + 1] = [joined]
    return mentions


def _run_on(text: str, first: DateMention, last: DateMention) -> DateMention | None:
    """One stretch of time from ``first``'s day and start time to ``last``'s, if the text
    joins the two as a start and its end (_RUNS_ON); else None.

    >>> [(m.start_str(), m.end_str()) for m in scan_dates(
    ...     "vom 3. Juli, 15 Uhr, bis 5. Juli 2026, 17 Uhr")]
    [('2026-07-03T15:00', '2026-07-05T17:00')]
    """
    if first.start_time is None or first.end is not None or first.end_time is not None or (
            last.start_time is None or last.end is not None or last.end_time is not None):
        return None
    if _RUNS_ON.fullmatch(text, first.span[1], last.span[0]) is None:
        return None
    start, end = first.start, last.start
    if start.year is None and end.year is not None:  # "3. Juli, 15 Uhr, bis 5. Juli 2026"
        start = start.with_year(end.year)
    days = _range(start, end, first.start.year is None)
    if days is None or (days[0] == days[1] and last.start_time <= first.start_time):
        return None
    single = days[0] == days[1]
    return DateMention(
        span=(first.span[0], last.span[1]), text=text[first.span[0] : last.span[1]],
        start=days[0], end=None if single else days[1], start_time=first.start_time,
        end_time=last.start_time, weekday=first.weekday, continuous=not single,
    )


def _digits_as_zero(text: str) -> bytes:
    """The copy of ``text`` that _ROUGH_START searches: one byte per character."""
    return text.encode("latin-1", "replace").translate(_DIGITS_AS_ZERO)


def _chains(text: str) -> Iterator[re.Match[str]]:
    """Every date chain, left to right, never overlapping."""
    end = 0
    for start in _ROUGH_START.finditer(_digits_as_zero(text)):
        begin = start.start()
        if begin < end:
            continue  # a number inside the last chain
        if begin and not text[begin - 1].isascii() and not _CHAIN_START.match(text, begin):
            continue  # "ä5. Mai": a letter only the text's \w knows
        match = _CHAIN.match(text, begin)
        if match is not None:
            yield match
            end = match.end()


def _one_item_days(text: str, chain: re.Match[str]) -> list[tuple[Day, Day, bool]] | None:
    """The day a chain of one item names (most chains are one): nothing to borrow, no
    range, no list; None if it names none."""
    begin, end = chain.span()
    day, month, year = _parts_of(chain)
    found = None if month is None else _day_of(day, month, year)
    if found is None or _looks_like_reference(text, begin, end, _short(chain, year)):
        return None
    return [(found, found, False)]


def _short(chain: re.Match[str], year: int | None) -> bool:
    """Whether the ``chain``'s first item, stating ``year``, is a short date: a numeric day
    and month without a year ("5.11."), which a version number or section also looks like."""
    return year is None and chain["nday"] is not None


def _chain_days(text: str, chain: re.Match[str], listed: bool = False
                ) -> tuple[int, list[tuple[Day, Day, bool]]] | None:
    """Where the dated part of the ``chain`` ends and the (first, last) days it names;
    None if it names no date. (``listed``: see _occurrences.)"""
    begin = chain.start()
    if chain.end("first") == chain.end():
        one = _one_item_days(text, chain)
        return None if one is None else (chain.end(), one)
    items, connectors = _split_chain(text, chain)
    while len(items) > 1 and items[-1].month is None:  # "5.11.2014, 18. und"
        items.pop()
        connectors.pop()
    end = items[-1].end
    filled = _fill(items)
    short = len(items) == 1 and _short(chain, items[0].year)
    if filled is None or _looks_like_reference(text, begin, end, short):
        return None
    days = [_filled_day(item) for item in filled]
    if any(d is None for d in days):
        return None
    # only a connector can be read as a range: no need to look before a single item
    between = bool(connectors) and \
        _search_before(_BETWEEN_BEFORE, text, begin, 16, _SPACE_LAST) is not None
    groups = _occurrences(filled, [d for d in days if d is not None], connectors, between,
                          listed)
    return (end, groups) if groups else None


_EACH_AT = re.compile(r"[ \t]*,?[ \t]*jeweils[ \t]+(?:um|gegen)[ \t]")


def _iter_mentions(text: str) -> Iterator[DateMention]:
    for chain in _chains(text):
        if chain.end() - chain.start() <= len("31."):
            continue  # a lone ordinal ("zum 3. Mal") names no month: no date
        dated = _chain_days(text, chain)
        if dated is None:
            continue
        end, groups = dated
        times = _times_after(text, end)
        if times.start is None and text.startswith((" (", "("), end) and (
                note := DAY_NOTE.match(text, end)) is not None:
            # a note on the day before its time: "Di., 17. Feber (Faschingsdienstag), 14 Uhr"
            after = _times_after(text, note.end())
            times = after if after.start is not None else times
        if times.start is not None and times.end is None and len(groups) == 1 and (
                groups[0][0] != groups[0][1]) and _EACH_AT.match(text, end, times.offset):
            # (days listed, each at that hour: "am Freitag, 27. November, und am Samstag,
            # 28. November 2026, jeweils um 20 Uhr": two performances, no run of days)
            listed = _chain_days(text, chain, listed=True)
            groups = listed[1] if listed is not None else groups
        weekday, begin = _weekday_before(text, chain.start())
        span = (begin, times.offset)
        said = text[begin : times.offset]
        for first, last, alternative in groups:
            last_day: Day | None = None if last == first else last
            if last_day is None and times.end is not None and times.start is not None \
                    and times.end < times.start:
                last_day = next_day(first)  # "22 bis 2 Uhr" ends the next morning
            for start in (times.start, times.also) if times.also and last_day is None else (
                    times.start,):  # (each day's two shows; a run's hours are its first day's)
                yield DateMention(
                    span=span, text=said, start=first, end=last_day,
                    start_time=start, end_time=times.end,
                    weekday=weekday if first == groups[0][0] else None,
                    alternative=alternative,
                )


def find_times(text: str, begin: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """Time phrases with 'Uhr' in ``text[begin:end]`` (groups: lead, t1, t2)."""
    return _TIME_ANYWHERE.finditer(text, begin, len(text) if end is None else end)


def parse_time(raw: str) -> dt.time | None:
    """'9:30' → 09:30, '18.30' → 18:30, '10' → 10:00; None if not a time of day."""
    return _parse_time(raw)
