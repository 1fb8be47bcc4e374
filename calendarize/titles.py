"""Event nouns and event titles: which words name an event and what the text calls it.

>>> is_event_noun("Clustertagung"), is_event_noun("Geschäftsführung"), is_event_noun("Workshops")
(True, False, True)
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .places import City, find_venues, lookup_city
from .sentences import Sentences
from .vocabulary import (
    DETERMINERS,
    EVENT_NOUNS,
    EVENT_VERBS,
    MONTHS,
    NOT_EVENT_NOUNS,
    VAGUE_EVENT_NOUNS,
    WEEKDAYS,
)

_SINGLE = sorted({n.lower() for n in EVENT_NOUNS if " " not in n}, key=len, reverse=True)
_SUFFIX = re.compile(r"(?:" + "|".join(map(re.escape, _SINGLE)) + r")(?:s|es|n|en|e)?$")
_MULTI = re.compile(r"\b(?:" + "|".join(
    re.escape(n) for n in sorted((n for n in EVENT_NOUNS if " " in n), key=len, reverse=True)
) + r")\b")
_TOKEN = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\w]*(?:-[\wÄÖÜäöüß]+)*")
_NOT_EVENT = frozenset(n.lower() for n in NOT_EVENT_NOUNS)
_VAGUE = frozenset(n.lower() for n in VAGUE_EVENT_NOUNS)
_CALENDAR_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)
_QUOTED_AFTER = re.compile(r"[ \t]*[„\"“»‚]([^“”\"«‘\n]{2,80})[“”\"«‘]")
_GENITIVE_AFTER = re.compile(
    r"[ \t]+(?P<art>des|der)[ \t]+(?P<adj>(?:[a-zäöü][\w-]*[ \t]+){0,2})"
    r"(?P<noun>[A-ZÄÖÜ][\w-]*)(?P<more>[ \t]+und[ \t]+[–-][\w]+)?"
    r"(?P<quote>[ \t]*[„\"“»]([^“”\"«\n]{2,80})[“”\"«])?"
)
_ADJECTIVE_BEFORE = re.compile(
    r"(?:^|\b(?:Die|Der|Das|Den|Dem|die|der|das|den|dem)[ \t]+)"
    r"(?P<adj>[A-ZÄÖÜ][a-zäöüß-]+(?:e|en|er|es))[ \t]+$"
)
_HEADING_SPLIT = re.compile(r"[ \t]+[–—-][ \t]+|:[ \t]+|[ \t]+\|[ \t]+")
_HEADING_LINKS = frozenset({
    "in", "im", "auf", "der", "dem", "den", "des", "die", "das", "für", "und", "am", "an",
    "zum", "zur", "mit", "von", "vom", "bei", "beim", "über", "zu", "aus", "&", "ins",
})  # fmt: skip
_DATE_TAIL = re.compile(r"[ \t,]+(?:am|vom|von|ab|bis)?[ \t]*[0-9].*$")
_VERB_WORDS = frozenset(EVENT_VERBS)
_HEADLINE_SENTENCES = 6


@lru_cache(maxsize=4096)
def event_suffix(word: str) -> str | None:
    """The event noun a word ends in ('Clustertagung' → 'tagung'), or None."""
    lower = word.lower()
    if lower in _NOT_EVENT or lower.rstrip("sn") in _NOT_EVENT or word in _CALENDAR_WORDS:
        return None
    m = _SUFFIX.search(lower.rsplit("-", 1)[-1])
    if m is None:
        return None
    return re.sub(r"(?:s|es|n|en|e)$", "", m.group(0)) if m.group(0) not in _SINGLE else m.group(0)


@lru_cache(maxsize=4096)
def event_base(word: str) -> str:
    """The shortest event noun a word ends in: 'Klausurtagung' → 'tagung'."""
    lower = word.lower().rsplit("-", 1)[-1]
    for noun in reversed(_SINGLE):
        if re.search(rf"{re.escape(noun)}(?:s|es|n|en|e)?$", lower):
            return noun
    return lower


def is_event_noun(word: str) -> bool:
    return event_suffix(word) is not None


def quote(text: str) -> str:
    """German quotation marks around a name: '"go-cluster"' → '„go-cluster“'."""
    return f"„{text.strip()}“"


class TitleFinder:
    """Event nouns of one document and the names the document gives its events."""

    def __init__(self, text: str, sentences: Sentences) -> None:
        self.text = text
        self.sentences = sentences
        nouns = [(m.start(), m.group(0)) for m in _TOKEN.finditer(text) if is_event_noun(m.group(0))]
        nouns += [(m.start(), m.group(0)) for m in _MULTI.finditer(text)]
        self._nouns = sorted(nouns)
        self._positions = [p for p, _ in self._nouns]

    def nouns_in(self, begin: int, end: int) -> list[tuple[int, str]]:
        lo = bisect.bisect_left(self._positions, begin)
        hi = bisect.bisect_left(self._positions, end)
        return self._nouns[lo:hi]

    def nouns_of(self, title: str) -> set[str]:
        found = {m.group(0) for m in _TOKEN.finditer(title) if is_event_noun(m.group(0))}
        return found | {m.group(0) for m in _MULTI.finditer(title)}

    def same_kind(self, a: str | None, b: str | None) -> bool:
        """Whether two event nouns name the same kind: 'Clustertagung', 'Klausurtagung'."""
        if a is None or b is None:
            return True
        return event_base(a) == event_base(b)

    # -- titles ------------------------------------------------------------------------

    def _phrase_at(self, pos: int, word: str) -> str:
        """The noun phrase around one occurrence: adjectives, quoted name, genitive."""
        title = word
        before = self.text[max(0, pos - 40) : pos]
        line_start = before.rfind("\n")
        m = _ADJECTIVE_BEFORE.search(before[line_start + 1 :])
        if m and m["adj"].lower() not in DETERMINERS and not is_event_noun(m["adj"]):
            title = f"{m['adj']} {title}"
        after = pos + len(word)
        q = _QUOTED_AFTER.match(self.text, after)
        if q:
            return f"{title} {quote(q.group(1))}"
        g = _GENITIVE_AFTER.match(self.text, after)
        if g and g["noun"] not in _CALENDAR_WORDS and not g["noun"].isupper():
            phrase = f"{g['art']} {g['adj']}{g['noun']}{g['more'] or ''}"
            if g["quote"]:
                phrase += " " + quote(g.group(6))
            return f"{title} {phrase}"
        quoted = self._quoted_noun(pos, word)
        return quoted or title

    def _quoted_noun(self, pos: int, word: str) -> str | None:
        """A noun that is itself a quoted name: '„Cluster-Brunch“'."""
        if pos > 0 and self.text[pos - 1] in "„\"“»‚":
            return word
        return None

    def title_for(self, noun: str, pos: int) -> str:
        """The best name the document gives the event this noun names."""
        candidates = [self._phrase_at(p, w) for p, w in self._nouns if w == noun]
        own = self._phrase_at(pos, noun)
        best = max([own, *candidates], key=_quality)
        return _capitalise(best)

    def title_at_venue(self, sentence: str, venue: str) -> str:
        """'… werden sich auf der Hannover Messe einige Cluster-Initiativen präsentieren'
        → 'Cluster-Initiativen auf der Hannover Messe'."""
        at = sentence.find(venue)
        prep = re.search(r"(auf der|auf dem|im|in der|am|beim|bei der)[ \t]+$", sentence[:at])
        words = list(re.finditer(r"[\w-]+", sentence))
        for i, w in enumerate(words):
            if w.group(0) in _VERB_WORDS and w.start() > at and i > 0:
                subject = re.search(r"((?:[A-ZÄÖÜ][\w-]*[ \t]+)*[A-ZÄÖÜ][\w-]*)[ \t]*$",
                                    sentence[: w.start()])
                if subject and venue not in subject.group(1) and prep:
                    return f"{_strip_determiners(subject.group(1))} {prep.group(1)} {venue}"
        return venue

    def headline_span(self) -> tuple[int, int] | None:
        for index in range(min(_HEADLINE_SENTENCES, len(self.sentences.spans))):
            if self.sentences.is_heading(index):
                return self.sentences.spans[index]
        return None

    def headline(self, any_heading: bool = False) -> tuple[str, str] | None:
        """(noun, title) from a heading that names an event: 'Clustertagung in Wetzlar'.

        Only a heading that is itself an event's name counts, unless ``any_heading``:
        then an event noun anywhere in the first heading does ('… beim „Cluster-Brunch“').
        """
        for index in range(min(_HEADLINE_SENTENCES, len(self.sentences.spans))):
            if not self.sentences.is_heading(index):
                continue
            begin, end = self.sentences.spans[index]
            line = _DATE_TAIL.sub("", self.text[begin:end])
            if _is_title_like(line):
                nouns = self.nouns_of(line)
                return (sorted(nouns)[0], _capitalise(line.strip()))
            if any_heading:
                nouns = self.nouns_in(begin, end)
                if nouns:
                    pos, word = nouns[0]
                    return (word, _capitalise(self._phrase_at(pos, word)))
        return None

    # -- what other sentences say about the same event ---------------------------------

    def sentences_naming(self, nouns: set[str]) -> list[tuple[int, int]]:
        spans = []
        for pos, word in self._nouns:
            if word in nouns:
                spans.append(self.sentences.at(pos))
        return list(dict.fromkeys(spans))

    def venues_after_nouns(self, begin: int, end: int, nouns: set[str]) -> list[str]:
        """Venues right after the event's noun: 'Jahrestagung auf der Landesmesse Stuttgart'."""
        venues = []
        for pos, word in self.nouns_in(begin, end):
            if word not in nouns:
                continue
            tail = self.text[pos + len(word) : min(end, pos + len(word) + 120)]
            found = find_venues(tail)
            if found and found[0][0] <= 12:
                venues.append(found[0][1])
        return venues

    def city_after_nouns(self, begin: int, end: int, nouns: set[str]) -> City | None:
        for pos, word in self.nouns_in(begin, end):
            if word not in nouns:
                continue
            m = re.match(r"[ \t]+(?:in|nach)[ \t]+([A-ZÄÖÜ][\w-]*)", self.text[pos + len(word) :])
            if m:
                city = lookup_city(m.group(1))
                if city:
                    return City(m.group(1), city.latitude, city.longitude)
        return None


def _is_title_like(line: str) -> bool:
    """A heading that is an event's name: it opens with the event noun, has no verb."""
    line = line.strip()
    if not line or _HEADING_SPLIT.search(line) or len(line.split()) > 8:
        return False
    words = re.findall(r"[\w&„“\"-]+", line)
    first = next((w for w in words if w.lower() not in DETERMINERS), "")
    if not is_event_noun(first.strip("„“\"")):
        return False
    return all(w[0].isupper() or w in _HEADING_LINKS or w[0] in "„“\"" or w[0].isdigit()
               for w in words)


def _quality(title: str) -> tuple[int, int, int]:
    named = int("„" in title) + int(" des " in title or " der " in title)
    vague = int(title.split()[-1].lower() in _VAGUE and len(title.split()) == 1)
    return (named, -vague, len(title))


def _strip_determiners(phrase: str) -> str:
    words = phrase.split()
    while words and words[0].lower() in DETERMINERS | {"einige", "viele", "mehrere", "zahlreiche"}:
        words = words[1:]
    return " ".join(words)


def _capitalise(title: str) -> str:
    title = re.sub(r"\"([^\"]+)\"", lambda m: quote(m.group(1)), title.strip())
    return title[:1].upper() + title[1:]
