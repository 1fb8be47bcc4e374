"""Event nouns: which words name an event ('Clustertagung', 'Workshops') and the noun they
end in. Kept apart from the titles built around them, so that the modules keying events
(identity, merge) need not compile the title readers' patterns.

>>> is_event_noun("Clustertagung"), is_event_noun("Geschäftsführung"), is_event_noun("Workshops")
(True, False, True)
"""

from __future__ import annotations

import re
from functools import lru_cache

from .vocabulary import (
    EVENT_NOUNS,
    MONTHS,
    NOT_EVENT_DAYS,
    NOT_EVENT_ENDINGS,
    NOT_EVENT_NOUNS,
    WEEKDAYS,
)

_SINGLE = sorted({n.lower() for n in EVENT_NOUNS if " " not in n}, key=len, reverse=True)
_SUFFIX = re.compile(r"(?:" + "|".join(map(re.escape, _SINGLE)) + r")(?:s|es|n|en|e)?$")
_SINGLE_SET = frozenset(_SINGLE)
_NOT_EVENT = frozenset(n.lower() for n in NOT_EVENT_NOUNS)
# (a part of the day is no event, but its compounds are: "Seniorennachmittag"; see
# _is_event_day)
_NOT_EVENT_ENDINGS = tuple(n for n in _NOT_EVENT if len(n) >= 9 and n not in (
    "nachmittag", "vormittag")) + NOT_EVENT_ENDINGS
_TIME_OF_WEEK = tuple(w.lower() for w in WEEKDAYS if len(w) > 2)
_NOT_DAYS = tuple(d for d in NOT_EVENT_DAYS if d not in ("tag", "tage"))
_DAY_COMPOUND = re.compile(r"(?P<base>\w*tag)(?:e|en|es|s)?$")
CALENDAR_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)


@lru_cache(maxsize=1 << 16)
def event_suffix(word: str) -> str | None:
    """The event noun a word ends in ('Clustertagung' → 'tagung'), or None."""
    lower = word.lower()
    if lower in _NOT_EVENT or lower.rstrip("sn") in _NOT_EVENT or word in CALENDAR_WORDS:
        return None
    tail = lower.rsplit("-", 1)[-1]
    if tail in _BARE_DAYS:  # (a day's compound written with hyphens: "Kinder-Ranger-Tage")
        tail = lower.replace("-", "")
    if not _is_event_day(tail):
        return None
    listed = lower if lower in _SINGLE_SET else _INFLECTION.sub("", lower)
    if listed in _SINGLE_SET:  # (listed as such: "Podiumsdiskussion", though compounds of
        return listed  # "Diskussion" are not all events)
    series = _SERIES.fullmatch(tail)
    if series is not None and len(series["kind"]) > 3 and event_suffix(
            series["kind"].capitalize()) is not None:
        return "reihe"  # a series of events of a kind: "Webinarreihe", "Konzertreihe
    if lower.endswith(_NOT_EVENT_ENDINGS) or (
            lower.startswith(_TIME_OF_WEEK) and lower.endswith(_PARTS_OF_DAY)):
        return None  # "Amtseinführung", "Montagabend"
    m = _SUFFIX.search(tail)
    if m is None:
        return None
    return _INFLECTION.sub("", m.group(0)) if m.group(0) not in _SINGLE_SET else m.group(0)


_INFLECTION = re.compile(r"(?:s|es|n|en|e)$")
_SERIES = re.compile(r"(?P<kind>\w+?)s?reihen?")
_BARE_DAYS = frozenset({"tag", "tage", "tagen", "tages", "tags"})
_PARTS_OF_DAY = ("abend", "abends", "abende", "abenden", "nacht", "nächte")  # "Montagabende"
# each event noun, shortest first, with its inflected forms (tested with endswith(): a
# pattern per noun, each compiled when first used, cost a fresh process some 10 ms)
_INFLECTED_NOUNS = [(noun, tuple(noun + ending for ending in ("", "s", "es", "n", "en", "e")))
                    for noun in reversed(_SINGLE)]


@lru_cache(maxsize=4096)
def event_base(word: str) -> str:
    """The shortest event noun a word ends in: 'Klausurtagung' → 'tagung'."""
    lower = word.lower().rsplit("-", 1)[-1]
    stem = lower[:-1] if lower.endswith("\n") else lower  # (a final line break is passed over)
    for noun, forms in _INFLECTED_NOUNS:
        if stem.endswith(forms):
            return noun
    return lower


def _is_event_day(lower: str) -> bool:
    """'kulturtage', 'außenwirtschaftstag' yes; 'tage', 'montag', 'feiertage' no; others yes."""
    m = _DAY_COMPOUND.fullmatch(lower)
    if m is None:
        return True
    base = m["base"]
    for part in _PART_OF_DAY:  # "Seniorennachmittag" is an event, "Sonntagnachmittag" a time
        if base.endswith(part) and len(base) > len(part):
            return not base[: -len(part)].startswith(_TIME_OF_WEEK + _TIME_WORDS)
    return base != "tag" and not base.endswith(_NOT_DAYS)


_PART_OF_DAY = ("nachmittag", "vormittag")
_TIME_WORDS = ("heute", "morgen", "gestern", "jeden", "am")


# The last three letters every event noun can end in: most words are ruled out by a set
# look-up before any pattern runs.
NOUN_ENDINGS = frozenset(
    form[-3:] for noun in _SINGLE
    for form in (noun, *(noun + ending for ending in ("s", "es", "n", "en", "e")))
)


@lru_cache(maxsize=1 << 16)  # (asked for every capitalised word of a dated sentence)
def is_event_noun(word: str) -> bool:
    """Whether ``word`` names an event; German nouns are capitalised ('treffen' is a verb)."""
    return (word[:1].isupper() and word[-3:].lower() in NOUN_ENDINGS
            and event_suffix(word) is not None)
