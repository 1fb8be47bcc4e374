"""The same event reported by several documents becomes one event with all its sources.

Two reports are one event when their days overlap (or, when one lacks the year, their
days of the year do), their titles, kinds or cities agree (a title of one vague word,
"Ausstellung", agrees with none; the kind alone, without a city, only on the same first
day), and they do not place it in two different towns. The merged event takes the known
year, unions places, organisers and contacts, and keeps every source. Reports that look
like one event but disagree on the date are kept apart, each noting the conflict.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import defaultdict
from dataclasses import replace

from .identity import organiser_key
from .model import Day, Event, Organiser
from .nouns import event_base, is_event_noun
from .vocabulary import VAGUE_EVENT_NOUNS

_WORD = re.compile(r"[\wÄÖÜäöüß]+")
_VAGUE = frozenset(n.casefold() for n in VAGUE_EVENT_NOUNS)
_SIMILAR = 0.5


def _words(title: str) -> set[str]:
    """A title's telling words: no short function words, but every number ('Tagung 5' is
    not 'Tagung 7'), which also keeps numbered series out of one conflict bucket."""
    return {w.casefold() for w in _WORD.findall(title) if len(w) > 3 or w.isdigit()}


def _kinds(title: str) -> set[str]:
    return {event_base(w) for w in _WORD.findall(title) if w[:1].isupper() and is_event_noun(w)}


def _same_noun(a: str, b: str) -> bool:
    """Whether two titles name their event by the same noun, or one by the bare kind of the
    other's ('Tagung' of 'Jahrestagung Logistik'; but 'Jodlerkonzert' is no 'Chorkonzert')."""
    nouns_a, nouns_b = _nouns(a), _nouns(b)
    return any(x == y or x == event_base(y) or y == event_base(x)
               for x in nouns_a for y in nouns_b)


def _nouns(title: str) -> set[str]:
    """The event nouns of a title, each whole and casefolded ('jodlerkonzert')."""
    return {w.casefold() for w in _WORD.findall(title) if w[:1].isupper() and is_event_noun(w)}


def _heads(word: str, title: str) -> bool:
    """Whether ``word`` (casefolded) stands among the first words of ``title``, where a
    title names its event ('Die 14. Clustertagung', 'Deidesheimer Weinkerwe'), not in what
    follows ('Führung durch die Sonderausstellung')."""
    return word in (w.casefold() for w in _WORD.findall(title)[:_HEAD_WORDS])


_HEAD_WORDS = 3


def _share_words(a: str, b: str) -> bool:
    """Whether two titles share most of their words: but a title of one vague word
    ('Ausstellung') names no one event, and one word names another title's event only
    when it heads it ('Sonderausstellung' is not 'Führung durch die Sonderausstellung')."""
    wa, wb = _words(a), _words(b)
    if not (wa and wb) or len(wa & wb) / min(len(wa), len(wb)) < _SIMILAR:
        return False
    if min(len(wa), len(wb)) > 1:
        return True
    one, other = (wa, b) if len(wa) == 1 else (wb, a)
    return not one <= _VAGUE and _heads(next(iter(one)), other)


def _similar(a: Event, b: Event) -> bool:
    """Whether two reports on the same days tell of one event: their titles share most
    words, or they name the same kind of event ('Tagung') in the same city. Reports that
    both give the year may also agree on the kind alone where one names no city; a report
    without its year may not: it would take the year of any such event of any document
    ('Notenkonferenzen' on 6 June would become the 2006 'Weltkonferenz' in Athens)."""
    if a.start_time and b.start_time and a.start_time != b.start_time and a.end is None and (
            b.end is None):
        return False  # the same kind at two hours of a day: two ('Kindermette' at 16 Uhr,
        # 'Christmette' at 22 Uhr; a 'Seniorennachmittag' at 14 and one at 14.30 Uhr)
    same_city = a.city is not None and a.city == b.city
    if not same_city and not _with_years(a, b) and a.city != b.city:
        # (a report without its year, nowhere the other is, takes another's year only by the
        # same title: a Wattwil home's 'Ökumenischer Gottesdienst' on 15 March is no
        # village's 'Gottesdienst mit Abendmahl' that day in a parish letter of 2026)
        return _words(a.title) == _words(b.title)
    if _share_words(a.title, b.title):
        return True
    if same_city:
        return bool(_kinds(a.title) & _kinds(b.title))
    # (without a city, only the same kind by the same word joins reports, on the same first
    # day: two exhibitions of months in two towns overlap without being one, and a
    # 'Jodlerkonzert' in one village is no 'Chorkonzert' in another)
    return _same_noun(a.title, b.title) and _with_years(a, b) and not (
        a.city and b.city) and a.start == b.start


def _with_years(a: Event, b: Event) -> bool:
    """Whether both reports give the year they start in."""
    return a.start is not None and b.start is not None and (
        a.start.year_known and b.start.year_known)


def _day_range(event: Event, with_year: bool) -> tuple[tuple[int, ...], tuple[int, ...]]:
    start = event.start
    assert start is not None
    end = event.end or start

    def key(day: Day) -> tuple[int, ...]:
        return (day.year or 0, day.month, day.day) if with_year else (day.month, day.day)

    return key(start), key(end)


def _overlap(a: Event, b: Event) -> bool:
    if a.start is None or b.start is None:
        return False
    with_year = _with_years(a, b)
    (s1, e1), (s2, e2) = _day_range(a, with_year), _day_range(b, with_year)
    if not with_year and (s1 > e1 or s2 > e2):  # a year-less span over New Year
        return s1 == s2
    return s1 <= e2 and s2 <= e1


def same_event(a: Event, b: Event) -> bool:
    """Reports on overlapping days of a similar event, not placed in two different towns
    ('Frühlingsfest in Landau' and 'Frühlingsfest in Mainz' on one day are two fêtes), nor
    two events one document reports apart (its reader joined what it reports twice: a
    festival's 'Konzert: Bodensee Swing Orchestra' is no 'Festival am Bodensee')."""
    return _overlap(a, b) and _similar(a, b) and not (
        a.city and b.city and a.city != b.city) and not _one_document(a, b)


def _one_document(a: Event, b: Event) -> bool:
    """Whether both events come from the same one document and no other."""
    return len(a.sources) == 1 and len(b.sources) == 1 and a.sources[0].file == b.sources[0].file


_CONFLICT_DAYS = 183  # reports further apart are other editions of a recurring event


def _conflicting(a: Event, b: Event) -> bool:
    """Looks like one event (same title, same city) but both give a full date, and the
    dates differ by less than half a year: a misprint or a move, not next year's edition."""
    if a.start is None or b.start is None or not (a.start.year_known and b.start.year_known):
        return False
    return (not _overlap(a, b) and _near(a.start, b.start)
            and _words(a.title) == _words(b.title) and a.city == b.city)


def _near(a: Day, b: Day) -> bool:
    first, second = a.date(), b.date()
    return first is not None and second is not None and abs(
        (first - second).days) < _CONFLICT_DAYS


def _union_organisers(events: list[Event]) -> tuple[Organiser, ...]:
    found: dict[tuple[str, str], Organiser] = {}
    for event in events:
        for organiser in event.organisers:
            key = (organiser_key(organiser.name), organiser.role.value)
            known = found.get(key)
            if known is None or len(organiser.name) > len(known.name):
                found[key] = organiser
    return tuple(found.values())


def combine(events: list[Event]) -> Event:
    """One event from reports of it, the first report's title and the known year."""
    first = events[0]
    dated = next((e for e in events if e.start and e.start.year_known), first)
    venues = [v for e in events for v in e.venue]
    venues = [v for v in dict.fromkeys(venues) if not any(v != o and v in o for o in venues)]
    with_city = next((e for e in events if e.city), first)
    contacts = {(c.email or c.phone or c.name): c for e in events for c in e.contacts}
    return replace(
        first,
        start=dated.start,
        end=dated.end,
        start_time=next((e.start_time for e in events if e.start_time), None),
        end_time=next((e.end_time for e in events if e.end_time), None),
        repeat=next((e.repeat for e in events if e.start_time), None),  # (the hours' report's)
        venue=tuple(venues),
        city=with_city.city,
        geo=with_city.geo,
        organisers=_union_organisers(events),
        contacts=tuple(contacts.values()),
        sources=tuple(s for e in events for s in e.sources),
        cancelled=any(e.cancelled for e in events),
        conflicts=tuple(dict.fromkeys(c for e in events for c in e.conflicts)),
        # (a day one report leaves open and another states is settled)
        open_days=events[0].open_days if all(e.open_days for e in events) else None,
    )


_MAX_INDEXED_DAYS = 400  # a longer span is indexed by its first days only
Key = tuple[int, ...]


def _covered(event: Event) -> list[dt.date]:
    """The days a dated event covers (a year-less one: as if in the year 2000), at most
    ``_MAX_INDEXED_DAYS`` + 1 of them; a year-less span over New Year: its first day."""
    start = event.start
    assert start is not None
    end = event.end or start
    year = start.year if start.year is not None and end.year is not None else 2000
    first = dt.date(year, start.month, start.day)
    last = dt.date(end.year if end.year is not None and year != 2000 else year, end.month, end.day)
    if last < first:
        return [first]
    days = min((last - first).days, _MAX_INDEXED_DAYS)
    return [first + dt.timedelta(n) for n in range(days + 1)]


def _dated(event: Event) -> bool:
    """Whether the event's first and last day both have their year."""
    assert event.start is not None
    return event.start.year_known and (event.end is None or event.end.year_known)


def _long(event: Event) -> bool:
    """A dated span longer than the days the index holds for it."""
    days = _covered(event)
    return (days[-1] - days[0]).days >= _MAX_INDEXED_DAYS


class _Index:
    """Groups of reports by the days they cover, so that a report is compared only with
    groups it can be one event with: a dated report with the groups that share a dated
    day with it or hold a year-less report on one of its days of the year; a year-less
    report with every group on its days of the year. (An index by day of the year
    alone would make each report of an archive meet the same day of every other year.)
    """

    def __init__(self) -> None:
        self.by_date: dict[dt.date, set[int]] = defaultdict(set)
        self.by_month_day: dict[Key, set[int]] = defaultdict(set)
        self.yearless: dict[Key, set[int]] = defaultdict(set)
        self.long: set[int] = set()  # groups with a dated span beyond the indexed days

    def candidates(self, event: Event) -> list[int]:
        assert event.start is not None
        days = _covered(event)
        month_days = [(d.month, d.day) for d in days]
        if not _dated(event) or _long(event):
            found = [self.by_month_day[k] for k in month_days if k in self.by_month_day]
        else:
            found = [self.by_date[d] for d in days if d in self.by_date]
            found += [self.yearless[k] for k in month_days if k in self.yearless]
            found.append(self.long)
        return sorted(set().union(*found))

    def add(self, event: Event, group: int) -> None:
        assert event.start is not None
        days = _covered(event)
        for day in days:
            self.by_month_day[day.month, day.day].add(group)
        if not _dated(event):
            for day in days:
                self.yearless[day.month, day.day].add(group)
        elif _long(event):
            self.long.add(group)
        else:
            for day in days:
                self.by_date[day].add(group)


def merge_events(events: list[Event]) -> list[Event]:
    """Reports in document order → one event per real-world event, sorted for output.

    Reports are indexed by the days they cover, so each is compared only with reports
    that share a day with it, not with every other one.
    """
    groups: list[list[Event]] = []
    index = _Index()
    for event in events:
        candidates = index.candidates(event) if event.start is not None else []
        home = next((i for i in candidates if any(same_event(event, o) for o in groups[i])), None)
        if home is None:
            home = len(groups)
            groups.append([])
        groups[home].append(event)
        if event.start is not None:
            index.add(event, home)
    merged = [combine(group) for group in groups]
    merged = _note_all_conflicts(merged)
    return sorted(merged, key=Event.sort_key)


def _note_all_conflicts(events: list[Event]) -> list[Event]:
    """Conflicts can only be between dated events with the same title words and city
    within half a year: each bucket is sorted by day and each event looks at its window."""
    buckets: dict[tuple[frozenset[str], str | None], list[tuple[dt.date, int]]] = defaultdict(
        list)
    for i, event in enumerate(events):
        day = event.start.date() if event.start is not None else None
        if day is not None:
            buckets[(frozenset(_words(event.title)), event.city)].append((day, i))
    notes: dict[int, list[str]] = defaultdict(list)
    for bucket in buckets.values():
        bucket.sort()
        days = [day for day, _ in bucket]
        for day, i in bucket:
            low = bisect.bisect_left(days, day - dt.timedelta(_CONFLICT_DAYS))
            high = bisect.bisect_right(days, day + dt.timedelta(_CONFLICT_DAYS))
            event = events[i]
            notes[i] += [
                f"{other.start_str()} according to {', '.join(s.file for s in other.sources)}"
                for _, j in bucket[low:high]
                for other in [events[j]]
                if j != i and _conflicting(event, other)
            ]
    return [replace(e, conflicts=e.conflicts + tuple(notes[i])) if notes.get(i) else e
            for i, e in enumerate(events)]
