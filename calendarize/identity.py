"""Names derived from an event's content: its UID and a safe ASCII file-name slug."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence
from pathlib import PurePath

from .model import Event
from .nouns import event_base, is_event_noun
from .vocabulary import LEGAL_FORMS

# German umlauts as Germans spell them without; letters that NFKD does not take apart.
_TRANSLITERATION = str.maketrans({
    "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ẞ": "SS",
    "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ø": "o", "Ø": "O",
    "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th",
    "\u0131": "i",
})  # fmt: skip
_WINDOWS_RESERVED = re.compile(r"^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$")
SLUG_MAX = 80
UID_DOMAIN = "calendarize"


def slugify(text: str, max_length: int = SLUG_MAX) -> str:
    """ASCII, lower case, words joined by hyphens; never empty, never a path.

    >>> slugify("Clustertagung in Wetzlar")
    'clustertagung-in-wetzlar'
    >>> slugify("Jahrestagung der baden-württembergischen ClustermanagerInnen")
    'jahrestagung-der-baden-wuerttembergischen-clustermanagerinnen'
    >>> slugify("../../etc/passwd"), slugify("CON"), slugify("„“"), slugify("Łódź Øresund")
    ('etc-passwd', 'con-event', 'event', 'lodz-oresund')
    """
    ascii_text = unicodedata.normalize("NFKD", text.translate(_TRANSLITERATION))
    ascii_text = ascii_text.encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    slug = slug.strip("-")
    if not slug:
        return "event"
    if _WINDOWS_RESERVED.match(slug):
        return f"{slug}-event"
    return slug


def event_key(event: Event) -> str:
    """What identifies an event across runs and documents: its first day and what it is.

    The kind is the event noun of the title ('tagung' for 'Clustertagung in Wetzlar'), so
    a better title from a later document keeps the key; titles without one use their slug.
    """
    day = event.start.iso() if event.start else "undated"
    nouns = [w for w in re.findall(r"[A-ZÄÖÜ][\w-]*", event.title) if is_event_noun(w)]
    kind = slugify(event_base(nouns[0])) if nouns else slugify(event.title)
    if event.start is None:
        first = event.sources[0].file if event.sources else ""
        kind = f"{kind}|{PurePath(first).name}"  # the same however the folder was named
    return f"{day}|{kind}"


def uid_of(event: Event) -> str:
    """The event's UID: the one a correction fixed, else the one its content gives (the
    same for two events of a day and kind: ``uids`` tells them apart)."""
    return event.uid or event_uid(event_key(event))


def event_keys(events: Sequence[Event]) -> list[str]:
    """Each event's key, made unique with '+' when two share a day and kind."""
    seen: set[str] = set()
    out = []
    for event in events:
        key = event_key(event)
        while key in seen:
            key += "+"
        seen.add(key)
        out.append(key)
    return out


def uids(events: Sequence[Event]) -> list[str]:
    """Each event's UID as an export of these events gives it: the one a correction fixed,
    else its unique key's (a 'Bauernmarkt' and a 'Töpfermarkt' on one day get two)."""
    return [event.uid or event_uid(key) for event, key in zip(events, event_keys(events),
                                                               strict=True)]


def event_uid(key: str) -> str:
    """A UID from an event key: the same key always gives the same UID.

    >>> event_uid("2016-07-11|tagung")
    '788cc1c08369deab159a88c5@calendarize'
    """
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]
    return f"{digest}@{UID_DOMAIN}"


def organiser_key(name: str) -> str:
    """A name without legal form and case, to see that two spellings are one organiser.

    >>> organiser_key("Hessen Trade & Invest GmbH") == organiser_key("Hessen Trade & Invest")
    True
    """
    key = name
    for form, pattern in _LEGAL_FORM_PATTERNS:
        if form in key:  # (a form not in the name is no work: most names have none)
            key = pattern.sub(" ", key)
    return _NOT_NAME.sub(" ", key).casefold().strip()


_LEGAL_FORM_PATTERNS = tuple((form, re.compile(rf"(?:^|\s){re.escape(form)}(?=\s|$)"))
                             for form in LEGAL_FORMS)
_NOT_NAME = re.compile(r"[^\w&]+")
