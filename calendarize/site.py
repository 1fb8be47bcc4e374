"""The output folder as a small events site: ``index.html``, an agenda with JSON-LD.

Upcoming events come first, then past ones (latest first), grouped by month. Every text
from a document goes through Jinja2's autoescaping; the JSON-LD through ``tojson``, which
escapes ``<``, ``>``, ``&`` and ``'`` so no title can end the script element. ``today``
is passed in: the same events and the same day give the same bytes.

Beside the page, ``.calendarize-page`` keeps a digest of what it was made of; while that
stays the same the page is neither rendered nor written (and Jinja2 not even loaded).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import groupby
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from . import __version__
from .ical import _ROLE_LABELS as ROLE_LABELS
from .model import Day, Event, Repeat
from .output import (
    FEED_NAME,
    PAGE_DIGEST_NAME,
    PAGE_NAME,
    OutputError,
    Report,
    atomic_write,
)
from .vocabulary import MONTHS, WEEKDAYS

if TYPE_CHECKING:
    import jinja2

TEMPLATES = Path(__file__).parent / "templates"
# the first form of each month and weekday in the vocabulary is its full name
MONTH_NAMES = {n: name for name, n in reversed(MONTHS.items())}
WEEKDAY_NAMES = {n: name for name, n in reversed(WEEKDAYS.items())}


@dataclass(frozen=True, slots=True)
class Listing:
    """An exported event and its own .ics file, relative to the output folder."""

    event: Event
    file: str


@dataclass(frozen=True, slots=True)
class Site:
    """Page-wide settings: the feed's name and where the folder is published."""

    name: str = "calendarize"
    description: str = "Veranstaltungen aus Pressemitteilungen"
    url: str | None = None  # public URL of the output folder or of its calendar.ics
    timezone: str = "Europe/Berlin"

    @property
    def feed_url(self) -> str:
        """The feed's public https URL, or its name relative to the page.

        >>> Site(url="https://example.org/termine").feed_url
        'https://example.org/termine/calendar.ics'
        >>> Site().feed_url
        'calendar.ics'
        """
        if self.url is None:
            return FEED_NAME
        url = re.sub(r"^webcal://", "https://", self.url)
        return url if url.endswith(".ics") else f"{url.rstrip('/')}/{FEED_NAME}"

    @property
    def webcal_url(self) -> str | None:
        """The feed for calendar apps to subscribe to, or None without a public URL.

        >>> Site(url="https://example.org/termine/calendar.ics").webcal_url
        'webcal://example.org/termine/calendar.ics'
        """
        if self.url is None:
            return None
        return re.sub(r"^https?://", "webcal://", self.feed_url)

    def page_url(self, anchor: str) -> str | None:
        if self.url is None:
            return None
        return f"{self.feed_url.rsplit('/', 1)[0]}/{PAGE_NAME}#{anchor}"


def long_date(day: Day, with_year: bool = True) -> str:
    """A day as German readers write it out.

    >>> long_date(Day(2017, 4, 24))
    'Montag, 24. April 2017'
    """
    date = day.date()
    assert date is not None
    text = f"{WEEKDAY_NAMES[date.weekday()]}, {date.day}. {MONTH_NAMES[date.month]}"
    return f"{text} {date.year}" if with_year else text


def clock(time: dt.time) -> str:
    """A time as German texts write it.

    >>> clock(dt.time(9, 30))
    '9:30'
    """
    return f"{time.hour}:{time.minute:02d}"


_OFTEN = {Repeat.DAILY: "täglich", Repeat.WEEKLY: "wöchentlich"}


def when(event: Event) -> str:
    """Date and time of an exported event, in German.

    >>> when(Event("Messe", Day(2017, 4, 24), Day(2017, 4, 28)))
    'Montag, 24. April – Freitag, 28. April 2017'
    >>> when(Event("Tagung", Day(2016, 7, 11), start_time=dt.time(10), end_time=dt.time(16)))
    'Montag, 11. Juli 2016, 10:00–16:00 Uhr'
    >>> when(Event("Kurs", Day(2026, 1, 13), Day(2026, 3, 24), dt.time(7, 30), dt.time(8, 30),
    ...            Repeat.WEEKLY))
    'Dienstag, 13. Januar – Dienstag, 24. März 2026, wöchentlich 7:30–8:30 Uhr'
    >>> when(Event("Zeltlager", Day(2026, 7, 3), Day(2026, 7, 5), dt.time(15), dt.time(17),
    ...            Repeat.CONTINUOUS))
    'Freitag, 3. Juli, 15:00 Uhr – Sonntag, 5. Juli 2026, 17:00 Uhr'
    """
    assert event.start is not None
    if event.repeat is Repeat.CONTINUOUS and event.end is not None and (
            event.start_time is not None and event.end_time is not None):
        same_year = event.end.year == event.start.year
        return (f"{long_date(event.start, not same_year)}, {clock(event.start_time)} Uhr – "
                f"{long_date(event.end)}, {clock(event.end_time)} Uhr")
    text = long_date(event.start)
    if event.end is not None and event.end != event.start:
        same_year = event.end.year == event.start.year
        text = f"{long_date(event.start, not same_year)} – {long_date(event.end)}"
    if event.start_time is not None and event.end_time is not None:
        often = f"{_OFTEN[event.repeat]} " if event.repeat else ""
        text += f", {often}{clock(event.start_time)}–{clock(event.end_time)} Uhr"
    elif event.start_time is not None:
        text += f", {clock(event.start_time)} Uhr"
    return text


def _last_day(event: Event) -> dt.date:
    day = (event.end or event.start)
    date = day.date() if day else None
    assert date is not None
    return date


def _moment(day: Day, time: dt.time | None, tz: ZoneInfo) -> str:
    date = day.date()
    assert date is not None
    if time is None:
        return date.isoformat()
    return dt.datetime.combine(date, time, tz).isoformat()


def anchor(listing: Listing) -> str:
    """The id of an event on the page: its file's name without the extension."""
    return PurePosixPath(listing.file).stem


def json_ld(listing: Listing, site: Site) -> dict[str, object]:
    """A schema.org Event for search engines."""
    event = listing.event
    assert event.start is not None
    tz = ZoneInfo(site.timezone)
    end_time = event.end_time if event.start_time is not None else None
    data: dict[str, object] = {
        "@type": "Event",
        "name": event.title,
        "startDate": _moment(event.start, event.start_time, tz),
        "endDate": _moment(event.end or event.start, end_time, tz),  # the last day
        "eventStatus": "https://schema.org/" + (
            "EventCancelled" if event.cancelled else "EventScheduled"),
    }
    if event.location:
        address: dict[str, object] | str = event.location
        if event.city:
            address = {"@type": "PostalAddress", "addressLocality": event.city}
        place: dict[str, object] = {
            "@type": "Place", "name": event.venue[0] if event.venue else event.location,
            "address": address,
        }
        if event.geo:
            place["geo"] = {"@type": "GeoCoordinates", "latitude": event.geo[0],
                            "longitude": event.geo[1]}
        data["location"] = place
    if event.organisers:
        data["organizer"] = [{"@type": "Organization", "name": o.name}
                             for o in event.organisers]
    url = site.page_url(anchor(listing)) if site.url is not None else None
    if url:
        data["url"] = url
    return data


@dataclass(frozen=True, slots=True)
class Month:
    label: str
    items: tuple[dict[str, object], ...]


def _item(listing: Listing) -> dict[str, object]:
    """What the template shows of one event, already in words."""
    event = listing.event
    assert event.start is not None
    roles = [
        (label, ", ".join(o.name for o in event.organisers if o.role is role))
        for role, label in ROLE_LABELS.items()
        if any(o.role is role for o in event.organisers)
    ]
    return {
        "id": anchor(listing),
        "title": event.title,
        "when": when(event) if event.open_days is None else (
            f"{when(event)} (Termin noch offen: {event.open_days})"),
        "datetime": event.start.iso(),
        "place": event.location,
        "roles": roles,
        "sources": [(PurePosixPath(s.file).name, s.excerpt) for s in event.sources],
        "file": listing.file,
        "cancelled": event.cancelled,
    }


def _months(listings: Iterable[Listing]) -> list[Month]:
    def month(listing: Listing) -> str:
        start = listing.event.start
        assert start is not None
        return f"{MONTH_NAMES[start.month]} {start.year}"

    return [Month(label, tuple(_item(x) for x in group))
            for label, group in groupby(listings, key=month)]


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    import jinja2  # only when a page is rendered: loading it is a good part of a no-op run

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("calendarize", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.policies["json.dumps_kwargs"] = {"sort_keys": True, "ensure_ascii": False, "indent": 1}
    return env


@dataclass(frozen=True, slots=True)
class Agenda:
    """What the page shows: every event by start, and which of them are still upcoming."""

    ordered: tuple[Listing, ...]
    upcoming: tuple[bool, ...]

    @classmethod
    def of(cls, listings: Iterable[Listing], today: dt.date) -> Agenda:
        ordered = tuple(sorted(listings, key=lambda x: x.event.sort_key()))
        return cls(ordered, tuple(_last_day(x.event) >= today for x in ordered))

    def digest(self, site: Site) -> str:
        """Of everything the page is made of: the same digest, the same bytes. (Not of the
        events' ``uid``, which the page does not show and the state sets once published.)"""
        listings = [(x.event if x.event.uid is None else replace(x.event, uid=None), x.file)
                    for x in self.ordered]  # (replace is slow: only where it changes the event)
        data = repr((__version__, site, listings, self.upcoming))
        digest = hashlib.sha256(data.encode("utf-8", "surrogatepass"))
        for path in sorted(TEMPLATES.iterdir()):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
        return digest.hexdigest()


def render(listings: Sequence[Listing], today: dt.date, site: Site) -> bytes:
    """The page: upcoming events (by start), then past ones (latest first)."""
    return _page(Agenda.of(listings, today), site)


def _page(agenda: Agenda, site: Site) -> bytes:
    pairs = list(zip(agenda.ordered, agenda.upcoming, strict=True))
    html = _environment().get_template("index.html.j2").render(
        site=site,
        version=__version__,
        upcoming=_months(x for x, upcoming in pairs if upcoming),
        past=_months(x for x, upcoming in reversed(pairs) if not upcoming),
        events=[json_ld(x, site) for x in agenda.ordered],
    )
    return html.encode("utf-8")


def write(folder: Path, listings: Sequence[Listing], today: dt.date, site: Site) -> bool:
    """Write ``folder/index.html``; False when its bytes were already the same.

    Unless the page is there and made of the same as last time: then nothing is rendered.
    """
    agenda = Agenda.of(listings, today)
    digest = agenda.digest(site).encode()
    page, made_of = folder / PAGE_NAME, folder / PAGE_DIGEST_NAME
    try:
        if made_of.read_bytes() == digest and page.is_file():
            return False
    except FileNotFoundError:
        pass
    changed = atomic_write(page, _page(agenda, site))
    atomic_write(made_of, digest)  # after the page: a run killed between renders it again
    return changed


def publish(folder: Path, report: Report, today: dt.date, site: Site) -> bool:
    """Write the page for what an export wrote; an OSError becomes an OutputError."""
    listings = [Listing(entry.event, report.files[entry.uid]) for entry in report.exported]
    try:
        return write(folder, listings, today, site)
    except OSError as err:
        raise OutputError(f"{folder / PAGE_NAME}: cannot write ({err.strerror})") from err


def day_of(stamp: dt.datetime, timezone: str) -> dt.date:
    """The local day of a run's time: which events are still upcoming.

    >>> day_of(dt.datetime(2026, 1, 1, 23, 30, tzinfo=dt.UTC), "Europe/Berlin")
    datetime.date(2026, 1, 2)
    """
    return stamp.astimezone(ZoneInfo(timezone)).date()
