"""Turn one document's date mentions into the events it reports, with all it says of each.

A date becomes an event when its sentence ties it to one: an event noun ("Tagung",
"Clusterwoche") or an event verb ("fand statt", "trafen sich"). Deadlines, datelines and
historical dates are left out. Each event gets its title (the event's name as the text
gives it), venue and city, organisers and contacts.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from .dates import find_times, parse_time, scan_dates
from .model import Contact, DateMention, Document, Event, Organiser, Source
from .people import contact_block, find_organisers, inline_contacts, organiser_key
from .places import City, city_in_name, find_cities, find_venues, lookup_city
from .sentences import Sentences
from .titles import TitleFinder, is_event_noun
from .vocabulary import (
    CANCEL_CUES,
    CONTACT_HEADINGS,
    DEADLINE_PREFIXES,
    EVENT_VERBS,
    NON_EVENT_CUES,
    POSTPONE_CUES,
)
from .years import document_date, resolve_years

_WORD = re.compile(r"[A-Za-zÄÖÜäöüß][\w-]*")
_EVENT_VERBS = frozenset(EVENT_VERBS)
_NON_EVENT = re.compile(r"\b(?:" + "|".join(map(re.escape, NON_EVENT_CUES)) + r")")
_DEADLINE_BEFORE = re.compile(
    r"(?:" + "|".join(map(re.escape, sorted(DEADLINE_PREFIXES, key=len, reverse=True)))
    + r")[ \t]*(?:dem|den|der)?[ \t]*(?:[A-Z][a-z]+\.?,?[ \t]*)?$"
)
_CANCELLED = re.compile(r"\b(?:" + "|".join(map(re.escape, CANCEL_CUES)) + r")")
_POSTPONED = re.compile(r"\b(?:" + "|".join(map(re.escape, POSTPONE_CUES)) + r")")
_NEW_DATE_BEFORE = re.compile(r"\b(?:auf|neuer[ \t]+Termin(?:[ \t]+ist)?:?)[ \t]*(?:den|dem)?[ \t]*$")
_RELATIVE = re.compile(r",[ \t]+(?:die|der|das|den|dem|deren|dessen|welche[rsmn]?|wo)\b[^,]*(?:,|$)")
_CONTACT_HEADING = re.compile(
    r"^(?:" + "|".join(map(re.escape, sorted(CONTACT_HEADINGS, key=len, reverse=True)))
    + r")\b[^\n]{0,30}$", re.MULTILINE
)
_EXCERPT_CHARS = 400


@dataclass(frozen=True, slots=True)
class _Found:
    """One dated event as this document tells it, before within-document merging."""

    noun: str | None
    title: str
    mention: DateMention
    sentence: tuple[int, int]
    venue_noun: bool = False


def extract_events(document: Document, reference: dt.date | None = None) -> list[Event]:
    """Every event ``document`` reports; undated ones too when the headline names one."""
    return _Reader(document, reference).events()


class _Reader:
    """Reads one document; holds its sentences and title finder for the helpers below."""

    def __init__(self, document: Document, reference: dt.date | None) -> None:
        self.doc = document
        self.text = document.text
        self.sentences = Sentences(self.text)
        self.titles = TitleFinder(self.text, self.sentences)
        raw = scan_dates(self.text)
        self.dateline = document_date(self.text, raw)
        self.mentions = resolve_years(self.text, raw, reference)
        self.contact_lines = _contact_blocks(self.text)

    # -- which dates are events ---------------------------------------------------------

    def events(self) -> list[Event]:
        found: list[_Found] = []
        for mention in self.mentions:
            if self.dateline is not None and mention.span == self.dateline.span:
                continue
            if any(b <= mention.span[0] < e for b, e, _ in self.contact_lines):
                continue
            item = self._event_at(mention)
            if item is not None:
                found.append(item)
        groups = _group(found)
        events = [self._assemble(group, main=(i == 0)) for i, group in enumerate(groups)]
        if not events:
            undated = self._undated()
            events = [undated] if undated else []
        return events

    def _is_deadline(self, mention: DateMention, sentence: str, offset: int) -> bool:
        before = sentence[: mention.span[0] - offset]
        if _DEADLINE_BEFORE.search(before[-40:]):
            return True
        return bool(_NON_EVENT.search(sentence)) and not any(
            w in _EVENT_VERBS for w in _WORD.findall(sentence)
        )

    def _event_at(self, mention: DateMention) -> _Found | None:
        begin, end = self.sentences.at(mention.span[0])
        sentence = self.text[begin:end]
        if self._is_deadline(mention, sentence, begin):
            return None
        clauses = _foreign_clauses(sentence, mention.span[0] - begin)
        nouns = [
            (pos, word) for pos, word in self.titles.nouns_in(begin, end)
            if not any(b <= pos - begin < e for b, e in clauses)
        ]
        venues = find_venues(sentence)
        in_venue = {
            pos for pos, _ in nouns
            if any(v <= pos - begin < v + len(name) for v, name in venues)
        }
        proper = [(p, w) for p, w in nouns if p not in in_venue]
        verbs = any(w in _EVENT_VERBS for w in _WORD.findall(sentence))
        if not proper and not nouns and not verbs:
            return None
        if proper:
            pos, noun = min(proper, key=lambda pw: _distance(pw[0], mention.span))
            return _Found(noun, self.titles.title_for(noun, pos), mention, (begin, end))
        if nouns:  # the only event noun names the venue: "auf der Hannover Messe"
            pos, noun = min(nouns, key=lambda pw: _distance(pw[0], mention.span))
            venue = next(name for v, name in venues if v <= pos - begin < v + len(name))
            title = self.titles.title_at_venue(sentence, venue)
            return _Found(noun, title, mention, (begin, end), venue_noun=True)
        headline = self.titles.headline()
        if headline is None:
            return None
        noun, title = headline
        return _Found(noun, title, mention, (begin, end))

    # -- what each event carries --------------------------------------------------------

    def _assemble(self, group: list[_Found], main: bool) -> Event:
        first = group[0]
        title = max((f.title for f in group), key=_title_quality)
        if main and not first.venue_noun:
            headline = self.titles.headline()
            if headline is not None and self.titles.same_kind(headline[0], first.noun):
                title = headline[1]
        mention = _with_sentence_times(first.mention, self.text, self.sentences)
        sentences = [f.sentence for f in group]
        related = sentences + self.titles.sentences_naming(
            {f.noun for f in group if f.noun} | self.titles.nouns_of(title)
        )
        venues, city = self._place(group, related, title)
        organisers = self._organisers(sentences, related, main)
        contacts = self._contacts(related, main)
        sentence = self.text[slice(*first.sentence)]
        cancelled = any(self._cancelled(f) for f in group)
        return Event(
            title=title,
            start=mention.start,
            end=mention.end,
            start_time=mention.start_time,
            end_time=mention.end_time,
            venue=venues,
            city=city.name if city else None,
            geo=(city.latitude, city.longitude) if city else None,
            organisers=organisers,
            contacts=contacts,
            sources=(Source(self.doc.name, _excerpt(sentence)),),
            cancelled=cancelled,
        )

    def _cancelled(self, found: _Found) -> bool:
        sentence = self.text[slice(*found.sentence)]
        if _CANCELLED.search(sentence):
            return True
        if _POSTPONED.search(sentence):
            before = self.text[found.sentence[0] : found.mention.span[0]]
            return not _NEW_DATE_BEFORE.search(before[-30:])
        return False

    def _place(self, group: list[_Found], related: list[tuple[int, int]],
               title: str) -> tuple[tuple[str, ...], City | None]:
        venues: list[str] = []
        city: City | None = None
        for found in group:
            begin, end = found.sentence
            sentence = self.text[begin:end]
            clauses = _foreign_clauses(sentence, found.mention.span[0] - begin)
            venues += [v for p, v in find_venues(sentence)
                       if not any(b <= p < e for b, e in clauses)]
            cities = [c for p, c in find_cities(sentence) if not any(b <= p < e for b, e in clauses)]
            city = city or (cities[0] if cities else None)
        nouns = {f.noun for f in group if f.noun} | self.titles.nouns_of(title)
        for begin, end in related:
            venues += self.titles.venues_after_nouns(begin, end, nouns)
        venues = [v for v in dict.fromkeys(venues) if not lookup_city(v)]
        venues = [v for v in venues if not any(v != o and v in o for o in venues)]
        if city is None:
            city = city_in_name(title) if " in " not in title else _city_after_in(title)
        if city is None:
            for venue in venues:
                city = city_in_name(venue)
                if city:
                    break
        if city is None:
            for begin, end in related:
                city = self.titles.city_after_nouns(begin, end, nouns)
                if city:
                    break
        return tuple(venues), city

    def _organisers(self, own: list[tuple[int, int]], related: list[tuple[int, int]],
                    main: bool) -> tuple[Organiser, ...]:
        spans = list(dict.fromkeys(own + related))
        if main and len(self.mentions) <= 3:
            spans = list(self.sentences.spans)
        found: dict[str, Organiser] = {}
        for begin, end in spans:
            for organiser in find_organisers(self.text[begin:end]):
                key = organiser_key(organiser.name)
                known = found.get(key)
                if known is None or len(organiser.name) > len(known.name):
                    found[key] = organiser
        return tuple(found.values())

    def _contacts(self, related: list[tuple[int, int]], main: bool) -> tuple[Contact, ...]:
        contacts: list[Contact] = []
        for begin, end in related:
            contacts += inline_contacts(self.text[begin:end])
        if main:
            for _, _, lines in self.contact_lines:
                contact = contact_block(lines)
                if contact is not None:
                    contacts.append(contact)
        return _unique_contacts(contacts)

    def _undated(self) -> Event | None:
        """An event the headline names though no date is given ('… beim „Cluster-Brunch“')."""
        headline = self.titles.headline(any_heading=True)
        if headline is None:
            return None
        noun, title = headline
        spans = self.titles.sentences_naming({noun})
        heading = self.titles.headline_span()
        if heading is None:
            return None
        venues, city = self._place_of_sentences(spans, {noun})
        return Event(
            title=title,
            start=None,
            venue=venues,
            city=city.name if city else None,
            geo=(city.latitude, city.longitude) if city else None,
            organisers=self._organisers([heading], spans, main=True),
            contacts=self._contacts(spans, main=True),
            sources=(Source(self.doc.name, _excerpt(self.text[slice(*heading)])),),
        )

    def _place_of_sentences(self, spans: list[tuple[int, int]],
                            nouns: set[str]) -> tuple[tuple[str, ...], City | None]:
        venues: list[str] = []
        city = None
        for begin, end in spans:
            venues += self.titles.venues_after_nouns(begin, end, nouns)
            city = city or self.titles.city_after_nouns(begin, end, nouns)
        return tuple(dict.fromkeys(venues)), city


def _distance(pos: int, span: tuple[int, int]) -> int:
    """Characters between a noun and a date; nouns before the date win ties."""
    if pos < span[0]:
        return span[0] - pos
    return pos - span[1] + 1


def _foreign_clauses(sentence: str, offset: int) -> list[tuple[int, int]]:
    """Relative clauses of a sentence that do not hold the offset: their nouns are asides."""
    return [m.span() for m in _RELATIVE.finditer(sentence) if not m.start() <= offset < m.end()]


def _group(found: list[_Found]) -> list[list[_Found]]:
    """Mentions of one event within a document: same days and the same event noun."""
    groups: dict[tuple[object, ...], list[_Found]] = {}
    for item in found:
        m = item.mention
        key = (m.start, m.end, (item.noun or item.title).casefold())
        groups.setdefault(key, []).append(item)
    return list(groups.values())


def _title_quality(title: str) -> tuple[int, int]:
    has_name = "„" in title or " des " in title or " der " in title
    return (int(has_name), len(title))


def _city_after_in(title: str) -> City | None:
    m = re.search(r"\b(?:in|nach)[ \t]+([A-ZÄÖÜ][\w-]*)", title)
    if m is None:
        return None
    found = lookup_city(m.group(1))
    return City(m.group(1), found.latitude, found.longitude) if found else None


def _with_sentence_times(mention: DateMention, text: str, sentences: Sentences) -> DateMention:
    """Times stated later in the sentence or the next one: 'Beginn: 19 Uhr, Einlass ab 17 Uhr'."""
    if mention.start_time is not None or mention.end is not None:
        return mention
    index = sentences.index_at(mention.span[0])
    end = sentences.spans[min(index + 1, len(sentences.spans) - 1)][1]
    start_time = end_time = doors = None
    for m in find_times(text, mention.span[1], end):
        if _has_other_date(text, mention.span[1], m.start()):
            break
        t1 = parse_time(m["t1"])
        t2 = parse_time(m["t2"]) if m["t2"] else None
        if m["lead"] in ("Einlass", "Türöffnung"):
            doors = doors or t1
            continue
        if m["lead"] == "Ende":
            end_time = end_time or t1
            continue
        if start_time is None:
            start_time, end_time = t1, t2 or end_time
    start_time = start_time or doors
    if start_time is None:
        return mention
    if end_time is not None and end_time <= start_time:
        end_time = None
    return replace(mention, start_time=start_time, end_time=end_time)


def _has_other_date(text: str, begin: int, end: int) -> bool:
    return bool(scan_dates(text[begin:end]))


def _contact_blocks(text: str) -> list[tuple[int, int, list[str]]]:
    """'Ansprechpartner' / 'Kontakt' blocks: the heading line and up to ten lines after it."""
    blocks = []
    for m in _CONTACT_HEADING.finditer(text):
        lines: list[str] = []
        pos = m.end() + 1
        while pos < len(text) and len(lines) < 10:
            nl = text.find("\n", pos)
            nl = len(text) if nl < 0 else nl
            line = text[pos:nl].strip()
            if line:
                if len(line) > 90:
                    break
                lines.append(line)
            elif lines:
                break
            pos = nl + 1
        blocks.append((m.start(), pos, lines))
    return blocks


def _unique_contacts(contacts: list[Contact]) -> tuple[Contact, ...]:
    unique: dict[str, Contact] = {}
    for contact in contacts:
        key = (contact.email or contact.phone or contact.name or "").casefold()
        if key and key not in unique:
            unique[key] = contact
    return tuple(unique.values())


def _excerpt(sentence: str) -> str:
    sentence = " ".join(sentence.split())
    if len(sentence) <= _EXCERPT_CHARS:
        return sentence
    return sentence[: _EXCERPT_CHARS - 1].rsplit(" ", 1)[0] + "…"


__all__ = ["extract_events", "is_event_noun"]
