"""The use cases: documents in → merged events out, and their public JSON form."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, partial
from pathlib import Path

from . import state
from .cache import Cache
from .corrections import Applied, Corrected, Correction, apply
from .documents import Problem, discover
from .identity import uid_of, uids
from .merge import merge_events
from .model import DateMention, Document, Event
from .parallel import outcomes


@dataclass(frozen=True, slots=True)
class Extraction:
    """Every event of a set of sources, and what could not be read."""

    events: list[Event]
    documents: int
    problems: list[Problem]
    crashed: list[Problem]
    corrections: Applied | None = None  # events as corrected, stale corrections

    @property
    def merged(self) -> int:
        """Events reported by more than one document."""
        return sum(len({s.file for s in e.sources}) > 1 for e in self.events)

    def rows(self) -> list[dict[str, object]]:
        """The events' public JSON form, with the fields corrections changed."""
        if self.corrections is None:  # (two events of one day and kind: two UIDs)
            return [event_json(e, uid=u) for e, u in zip(self.events, uids(self.events),
                                                          strict=True)]
        return [event_json(c.event, c) for c in self.corrections.events]


# The readers are imported on first use: compiling their patterns is a seventh of an export
# that the cache answers whole, which reads no document.
@cache
def _event_reader() -> Callable[[Document, dt.date | None], list[Event]]:
    from .events import extract_events

    return extract_events


def extract_events(document: Document, reference: dt.date | None) -> list[Event]:
    return _event_reader()(document, reference)


def find_dates(text: str, reference: dt.date | None) -> list[DateMention]:
    from .dates import find_dates

    return find_dates(text, reference)


def read_events(document: Document, reference: dt.date | None) -> list[Event] | Problem:
    """One document's events; an unexpected parser error becomes a Problem, not a crash."""
    try:
        return extract_events(document, reference)
    except Exception as err:
        return Problem(document.name, f"internal error while reading events: {err!r}")


def extract(sources: Iterable[str], reference: dt.date | None = None,
            corrections: tuple[Correction, ...] | None = None, jobs: int = 1,
            cache: Cache | None = None, published: Path | None = None) -> Extraction:
    """Every document's events, merged; ``jobs`` processes, ``cache`` for unchanged documents;
    events an export to ``published`` already has keep the UIDs it gave them."""
    found = list(discover(sources))
    reused = cache.rerun(found) if cache is not None else None
    problems: list[Problem]
    crashed: list[Problem]
    if reused is not None:  # the last run's documents, unchanged: its result
        merged, documents, problems, crashed = reused, len(found), [], []
    else:
        merged, documents, problems, crashed = _extract(found, reference, jobs, cache)
    if published is not None:
        merged = state.published(merged, published)
    if corrections is None:
        return Extraction(merged, documents, problems, crashed)
    applied = apply(merged, corrections)
    corrected = [c.event for c in applied.events]
    return Extraction(corrected, documents, problems, crashed, applied)


def _extract(found: list[tuple[str, str | None] | Problem], reference: dt.date | None,
             jobs: int, cache: Cache | None) -> tuple[list[Event], int, list[Problem],
                                                      list[Problem]]:
    """Each document read (or found in ``cache``): the merged events, the number of
    documents read, the unreadable and the crashed ones."""
    _event_reader()  # loaded before any worker forks, not in each

    events: list[Event] = []
    problems: list[Problem] = []
    crashed: list[Problem] = []
    keys: list[str | None] = []  # of the documents read, for the cache
    for item in outcomes(found, partial(read_events, reference=reference), jobs, cache):
        if item.unreadable is not None:
            problems.append(item.unreadable)
            continue
        keys.append(item.key)
        if item.crashed is not None:
            crashed.append(item.crashed)
        else:
            events += item.events
    if cache is None:
        return merge_events(events), len(keys), problems, crashed
    merged = cache.merged(keys, events, merge_events)
    cache.note_run(found, complete=not problems and not crashed)  # type: ignore[arg-type]
    return merged, len(keys), problems, crashed


def event_json(event: Event, corrected: Corrected | None = None,
               uid: str | None = None) -> dict[str, object]:
    """The public JSON form of an event (documented in the README; keep it stable).

    A corrected event keeps the UID its correction addresses; ``corrected`` names the
    keys whose values come from a correction.
    """
    row = _json(event, corrected.uid if corrected else uid or uid_of(event))
    original = _json(corrected.original, "") if corrected and corrected.changed else row
    row["corrected"] = [k for k, v in row.items() if k != "uid" and original.get(k) != v]
    return row


def _json(event: Event, uid: str) -> dict[str, object]:
    return {
        "uid": uid,
        "title": event.title,
        "start": event.start_str(),
        "end": event.end_str(),
        "repeat": event.repeat.value if event.repeat else None,
        "location": event.location,
        "city": event.city,
        "organisers": [o.name for o in event.organisers],
        "contacts": [
            {"name": c.name, "email": c.email, "phone": c.phone} for c in event.contacts
        ],
        "status": event.status.value,
        "sources": [{"file": s.file, "excerpt": s.excerpt} for s in event.sources],
        "venue": list(event.venue),
        "geo": list(event.geo) if event.geo else None,
        "roles": [{"name": o.name, "role": o.role.value} for o in event.organisers],
        "conflicts": list(event.conflicts),
        "open_days": event.open_days,
    }


def mention_json(mention: DateMention) -> dict[str, object]:
    return {
        "span": list(mention.span),
        "text": mention.text,
        "start": mention.start_str(),
        "end": mention.end_str(),
    }


def dates_of(document: Document, reference: dt.date | None) -> list[DateMention] | Problem:
    """One document's date mentions; an unexpected parser error becomes a Problem."""
    try:
        return find_dates(document.text, reference)
    except Exception as err:  # one bad document must not stop the others
        return Problem(document.name, f"internal error while reading dates: {err!r}")
