"""Frozen value types that flow through the pipeline: documents, date mentions, events."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


@dataclass(frozen=True, slots=True, order=True)
class Day:
    """A calendar day whose year may be unknown.

    >>> Day(2016, 7, 11).iso()
    '2016-07-11'
    >>> Day(None, 7, 11).iso()
    '--07-11'
    """

    year: int | None
    month: int
    day: int

    @property
    def year_known(self) -> bool:
        return self.year is not None

    def date(self) -> dt.date | None:
        """The real date, or None while the year is unknown."""
        if self.year is None:
            return None
        return dt.date(self.year, self.month, self.day)

    def with_year(self, year: int) -> Day:
        return Day(year, self.month, self.day)

    def iso(self) -> str:
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @classmethod
    def of(cls, date: dt.date) -> Day:
        return cls(date.year, date.month, date.day)


def format_moment(day: Day, time: dt.time | None) -> str:
    """The public string form of a day with an optional local time.

    >>> format_moment(Day(2017, 4, 20), dt.time(9, 30))
    '2017-04-20T09:30'
    """
    if time is None:
        return day.iso()
    return f"{day.iso()}T{time.hour:02d}:{time.minute:02d}"


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date expression in a text: where it is and what it means.

    ``end`` is the inclusive last day (None for a single day); times are local.
    ``continuous``: the start time is the first day's and the end time the last day's, the
    hours running on between them ("vom 3. Juli, 15 Uhr, bis 5. Juli 2026, 17 Uhr").
    ``relative``: read against the document's own date (``relative.relative_days``); it
    lends its year to no other date. ``alternative``: a day after 'oder', the mention
    before's alternative ("am 21. oder 22. September": the day is not settled).
    """

    span: tuple[int, int]
    text: str
    start: Day
    end: Day | None = None
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    weekday: int | None = None
    continuous: bool = False
    relative: bool = False  # told against the document's date: "heute", "am Sonntag"
    alternative: bool = False  # the one before's alternative: "am 21. oder 22. September"

    @property
    def year_known(self) -> bool:
        return self.start.year_known

    def start_str(self) -> str:
        return format_moment(self.start, self.start_time)

    def end_str(self) -> str | None:
        if self.end is None and self.end_time is None:
            return None
        return format_moment(self.end or self.start, self.end_time)


@dataclass(frozen=True, slots=True)
class Document:
    """A decoded source text and the name it is reported under; a web page's ``frame`` is its
    title and footers (``markup.html_page``), read only for where the page is from."""

    name: str
    text: str
    frame: str = ""


@dataclass(frozen=True, slots=True)
class Contact:
    name: str | None = None
    email: str | None = None
    phone: str | None = None


class Role(StrEnum):
    ORGANISER = "organiser"
    HOST = "host"
    COMMISSIONER = "commissioner"
    INITIATOR = "initiator"


@dataclass(frozen=True, slots=True)
class Organiser:
    name: str
    role: Role = Role.ORGANISER


@dataclass(frozen=True, slots=True)
class Source:
    file: str
    excerpt: str


class Repeat(StrEnum):
    """How an event's hours recur over its days: '14. Jänner bis 25. März 2026, jeweils
    19:00–20:30 Uhr' is an evening a week (a course's), '20. bis 22. März, jeweils 10–18 Uhr'
    a day's hours on each of its days (a fair's)."""

    DAILY = "daily"
    WEEKLY = "weekly"
    # not at all: from the first day's start time on to the last day's end time ('beginnt am
    # Samstag, 13. Juni, um 10 Uhr und endet am Sonntag, 14. Juni, um 16 Uhr')
    CONTINUOUS = "continuous"


class Status(StrEnum):
    OK = "ok"
    YEAR_UNKNOWN = "year-unknown"
    UNDATED = "undated"
    CANCELLED = "cancelled"
    TENTATIVE = "tentative"  # its day not settled: "am 21. oder 22. September"


@dataclass(frozen=True, slots=True)
class Event:
    """One real-world event with everything the documents say about it."""

    title: str
    start: Day | None
    end: Day | None = None
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    # the hours start_time–end_time recur on each day (or week) from start to end, or run on
    # from the first day to the last (CONTINUOUS); None: one day, or hours over days the text
    # does not name ("10 Termine" from 13 January to 24 March)
    repeat: Repeat | None = None
    venue: tuple[str, ...] = ()
    city: str | None = None
    geo: tuple[float, float] | None = None
    organisers: tuple[Organiser, ...] = ()
    contacts: tuple[Contact, ...] = ()
    sources: tuple[Source, ...] = ()
    cancelled: bool = False
    conflicts: tuple[str, ...] = field(default=())
    # the days the text leaves open, as it says them ("21. oder 22. September 2026"): the
    # event stands on the first, tentatively
    open_days: str | None = None
    uid: str | None = None  # fixed from outside (a correction); else derived from content

    @property
    def status(self) -> Status:
        if self.start is None:
            return Status.UNDATED
        if not self.start.year_known:
            return Status.YEAR_UNKNOWN
        if self.cancelled:
            return Status.CANCELLED
        if self.open_days is not None:
            return Status.TENTATIVE
        return Status.OK

    @property
    def exportable(self) -> bool:
        return self.status in (Status.OK, Status.CANCELLED, Status.TENTATIVE)

    @property
    def location(self) -> str | None:
        """Venue and city together, as calendar apps show it."""
        parts = list(self.venue)
        if self.city and self.city not in parts:
            parts.append(self.city)
        return ", ".join(parts) or None

    def start_str(self) -> str | None:
        return None if self.start is None else format_moment(self.start, self.start_time)

    def end_str(self) -> str | None:
        if self.start is None or (self.end is None and self.end_time is None):
            return None
        return format_moment(self.end or self.start, self.end_time)

    def sort_key(self) -> tuple[int, str, str]:
        """Sorted by start then title; undated last, year-unknown before them."""
        if self.start is None:
            return (2, "", self.title)
        return (0 if self.start.year_known else 1, self.start_str() or "", self.title)
