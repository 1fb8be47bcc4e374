"""The use cases: documents in → merged events out, and their public JSON form."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from .dates import find_dates
from .documents import Problem, load
from .events import extract_events
from .identity import event_key, event_uid
from .merge import merge_events
from .model import DateMention, Document, Event


@dataclass(frozen=True, slots=True)
class Extraction:
    """Every event of a set of sources, and what could not be read."""

    events: list[Event]
    documents: int
    problems: list[Problem]
    crashed: list[Problem]

    @property
    def merged(self) -> int:
        """Events reported by more than one document."""
        return sum(len({s.file for s in e.sources}) > 1 for e in self.events)


def read_events(document: Document, reference: dt.date | None) -> list[Event] | Problem:
    """One document's events; an unexpected parser error becomes a Problem, not a crash."""
    try:
        return extract_events(document, reference)
    except Exception as err:  # noqa: BLE001 - one bad document must not stop the others
        return Problem(document.name, f"internal error while reading events: {err!r}")


def extract(sources: Iterable[str], reference: dt.date | None = None) -> Extraction:
    events: list[Event] = []
    problems: list[Problem] = []
    crashed: list[Problem] = []
    documents = 0
    for item in load(sources):
        if isinstance(item, Problem):
            problems.append(item)
            continue
        documents += 1
        found = read_events(item, reference)
        if isinstance(found, Problem):
            crashed.append(found)
        else:
            events += found
    return Extraction(merge_events(events), documents, problems, crashed)


def event_json(event: Event) -> dict[str, object]:
    """The public JSON form of an event (documented in the README; keep it stable)."""
    return {
        "uid": event_uid(event_key(event)),
        "title": event.title,
        "start": event.start_str(),
        "end": event.end_str(),
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
    }


def mention_json(mention: DateMention) -> dict[str, object]:
    return {
        "span": list(mention.span),
        "text": mention.text,
        "start": mention.start_str(),
        "end": mention.end_str(),
    }


def dates_of(document: Document, reference: dt.date | None) -> list[DateMention]:
    return find_dates(document.text, reference)
