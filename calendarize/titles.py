"""Event titles: what the text calls an event its nouns name (``nouns``), in a heading or
around the noun.

>>> heading_title("Clustertagung in Wetzlar")[1]
'Clustertagung in Wetzlar'
"""

from __future__ import annotations

import bisect
import re

from .lazy import cached_property
from .nouns import CALENDAR_WORDS as _CALENDAR_WORDS
from .nouns import NOUN_ENDINGS as _ENDINGS
from .nouns import event_base, is_event_noun
from .places import (
    LEGAL_FORM_END,
    City,
    find_venues,
    hall_numbered,
    lookup_city,
    place_headings,
)
from .sentences import Sentences
from .vocabulary import (
    COUNCIL_ENDINGS,
    DETERMINERS,
    EVENT_NOUNS,
    EVENT_VERBS,
    LABEL_KINDS,
    LEGAL_FORMS,
    PRAISE_WORDS,
    TOUR_ADJECTIVES,
    VAGUE_EVENT_NOUNS,
)

# a kind and its number ("Tagung 42/26"; not a year: "Jahrestagung 2026")
_NUMBERED_KIND = re.compile(r"[A-ZÄÖÜ][\w-]*[ \t]+(?:Nr\.[ \t]*[0-9]+|[0-9]+/[0-9]{2,4})")
_POSTCODE_IN = re.compile(r"(?<![0-9])[0-9]{4,5}[ \t]+[A-ZÄÖÜ]")


def address_of_firm(line: str) -> bool:
    """Whether a line is a firm's or club's name with its legal form and postcode: a
    letterhead's address ("Kulturbüro Weststrand Konzerte GmbH · Große Elbstraße 212 · 22767
    Hamburg"), no event's heading though it names "Konzerte"."""
    return _FORM_IN.search(line) is not None and _POSTCODE_IN.search(line) is not None


_FORMS = "|".join(map(re.escape, sorted(LEGAL_FORMS, key=len, reverse=True)))
_FORM_IN = re.compile(rf" (?:{_FORMS}) ")


def _firm(name: str) -> bool:
    """Whether a name ends in a legal form: a firm's or club's ('Messe Luzern AG')."""
    return LEGAL_FORM_END.search(name) is not None

# a line that is a rule alone: "=====", "──────"
_RULE_LINE = re.compile(r"^[ \t]*[-=_*~─━═▬–—]{5,}[ \t]*(?:\n|$)", re.MULTILINE)

_MULTI = re.compile(r"\b(?:" + "|".join(
    re.escape(n) for n in sorted((n for n in EVENT_NOUNS if " " in n), key=len, reverse=True)
) + r"|(?:Tag|Tage|Nacht)[ \t]+de[rs][ \t]+(?![Dd]eutschen[ \t]+Einheit)(?:[a-zäöü]+e[nr][ \t]+)?"
    r"[A-ZÄÖÜ][\w-]*"  # (an adjective too: "Tag der deutschen Imkerei")
    # (a day an institution opens its doors: "Tag der offenen Imkerei", "… offenen Gärten")
    r"|(?:Tag|Tage)[ \t]+der[ \t]+offenen[ \t]+[A-ZÄÖÜ][\w-]*"
    # (an adjective may name the council: "Sitzung des Technischen Ausschusses")
    r"|Sitzung[ \t]+de[rs][ \t]+(?:[A-ZÄÖÜ][a-zäöü]+(?:en|er)[ \t]+)?(?:[A-ZÄÖÜ][\w-]*?(?:"
    + "|".join(sorted(COUNCIL_ENDINGS, key=len, reverse=True)) + r")|(?:"
    + "|".join(sorted((e.capitalize() for e in COUNCIL_ENDINGS), key=len, reverse=True))
    + r"))"
    # ("berät … in öffentlicher Sitzung"; not "in nichtöffentlicher Sitzung")
    + "".join(rf"|(?<=[^\w-][Öö]ffentlich{e}[ \t])Sitzung" for e in ("e", "en", "er")) +
    # a show, a tour or a community's action by its quoted name: "Die Schau „Moor. Mensch.
    # Klima.“", "Führung „Klosterinsel Reichenau“",
    # "die Aktion „Sauberes Husum“" (a bare one is none: "Rabattaktion", "Aktion" alone), a
    # play: "zeigt ihr neues Stück „Dat Huus an de Eyter“"
    r"|(?:Schau|Aktion|Führung|Stück)(?=[ \t]+„)"
    # a tour through or about something: "eine Führung zur Geschichte der Krokusse", "…
    # durch die Altstadt" (not "unter der Führung von", a leadership)
    r"|Führung(?:en)?(?=[ \t]+(?:durch|zur|über)[ \t])"
    # a public tour: "Öffentliche Führung", "kostenlosen Führungen"
    r"|(?:" + "|".join(f"[{a[0].upper()}{a[0]}]{a[1:]}" for a in TOUR_ADJECTIVES)
    + r")(?:e|en)[ \t]+Führung(?:en)?)\b")
# ("Tag der Logistik", "Tage der Industriekultur", "Nacht der Museen": a day or night *of*
# something is an event; the national holiday is not. A bare "Sitzung" is none, but one of
# a council is: "die Sitzung des Gemeinderats" as much as "die Gemeinderatssitzung", and
# a public one: "zu seiner nächsten öffentlichen Sitzung")
# Every match of _MULTI holds one of these words: a text without them is spared the pattern.
_MULTI_HEADS: tuple[str, ...] = ("Tag", "Nacht", "Sitzung", "Führung", "Schau", "Aktion", "Ball",
                                 "Stück")
_MULTI_HEADS += tuple(sorted({n.rsplit(" ", 1)[-1] for n in EVENT_NOUNS if " " in n
                             and not any(head in n for head in _MULTI_HEADS)}))
# a square's name before its house number, no market: "vor dem Rathaus (Neumarkt 5)"
_HOUSE_NUMBER = re.compile(r"[ \t]+[0-9]{1,3}[a-z]?(?![\w.:])")


def _is_address(text: str, noun: re.Match[str]) -> bool:
    return noun.group(0).endswith("markt") and _HOUSE_NUMBER.match(text, noun.end()) is not None


# (the capital comes before the look-behind, so the regex engine skips ahead to capitals)
_TOKEN = re.compile(r"[A-ZÄÖÜ](?<![\w-].)[\w]*(?:-[\wÄÖÜäöüß]+)*")
_VAGUE = frozenset(n.lower() for n in VAGUE_EVENT_NOUNS)
_QUOTED_AFTER = re.compile(r"[ \t]*[„\"“»‚]([^“”\"«‘\n]{2,80})[“”\"«‘]")
# where a quoted name that opens with its noun ends (not past its line)
_QUOTE_CLOSE = re.compile(r"[“”\"«‘\n]")
_QUOTED_NAME_MAX = 80
_GENITIVE_AFTER = re.compile(
    r"[ \t]+(?P<art>des|der)[ \t]+(?P<adj>(?:[a-zäöü][\w-]*[ \t]+){0,2})"
    r"(?P<noun>[A-ZÄÖÜ][\w-]*)(?P<more>[ \t]+und[ \t]+[–-][\w]+"
    r"|(?<=-)[ \t]+(?:und|oder)[ \t]+[A-ZÄÖÜ][\w-]*)?"  # ("des Obst- und Gartenbauvereins")
    r"(?P<quote>[ \t]*[„\"“»]([^“”\"«\n]{2,80})[“”\"«])?"
)
# Nouns a prepositional phrase after them names ("Demonstration gegen Stuttgart 21"), and
# that phrase: its preposition, an article, an adjective, a name (with a number or a second
# name after "und")
_COMPLEMENTED = ("demonstration", "demonstrationen", "kundgebung", "protest", "protestaktion",
                 "mahnwache", "treffen", "gespräch", "gespräche", "verhandlungen",
                 "veranstaltung", "feier", "spiel")
_COMPLEMENT_AFTER = re.compile(
    r"[ \t]+(?P<c>(?:gegen|zwischen|zum|zur|für|über)[ \t]+(?:(?:den|die|das|dem|der)[ \t]+)?"
    r"(?:[a-zäöü][\w-]*(?:e|en|er|es|em)[ \t]+)?[A-ZÄÖÜ][\w.-]*(?<!\.)"
    r"(?:[ \t]+[A-ZÄÖÜ][\w-]*){0,2}(?:[ \t]+[0-9]{1,4}(?![0-9.]))?"  # ("SC Heerenveen")
    r"(?:[ \t]+(?:und|sowie)[ \t]+(?:(?:den|die|das|dem|der)[ \t]+)?[A-ZÄÖÜ][\w-]*"
    r"(?:[ \t]+[A-ZÄÖÜ][\w-]*){0,2})?"
    r"(?:[ \t]+(?:des|der)[ \t]+(?:[a-zäöü][\w-]*[ \t]+)?[A-ZÄÖÜ][\w-]*)?)"  # ("zum Sturz der
    # Regierung")
    r"(?![\w-])")


def bare_kind(title: str, noun: str) -> bool:
    """Whether a title is its event noun alone, or with the complement ``_read_phrase`` adds
    ('Heimspiel gegen den SV Kirchhain'): a kind of event, not a name of its own."""
    if title.casefold() == noun:
        return True
    # (the noun's words are counted, not its letters: casefold() spells "ß" as "ss")
    words = title.split(" ")
    size = noun.count(" ") + 1
    return " ".join(words[:size]).casefold() == noun and _COMPLEMENT_AFTER.fullmatch(
        " " + " ".join(words[size:])) is not None


# where a name of capitalised words ends: punctuation or a lower-case word
_NAME_END = r"(?=[ \t]*[,.;:()\n]|[ \t]+[a-zäöü0-9(„]|[ \t]*$)"
# Capitalised words that go on a genitive's noun, up to a lower-case word or punctuation
_NAME_RUN = re.compile(r"(?:[ \t]+[A-ZÄÖÜ][\w-]*){1,3}(?:[ \t]+e\.[ ]?V\.)?" + _NAME_END)
_WORD_AFTER = re.compile(r"[ \t]+([A-ZÄÖÜ][\w-]*)(?![\w-])")
# "Die Leipziger Buchmesse", "Die diesjährige Leipziger Buchmesse", "zur Kieler Woche"
_ADJECTIVE_BEFORE = re.compile(
    r"(?:^|\b(?:Die|Der|Das|Den|Dem|die|der|das|den|dem|zur|zum|beim|vom)[ \t]+"
    r"(?:[a-zäöü][a-zäöüß-]*(?:e|en|er|es)[ \t]+){0,2})"
    r"(?P<adj>[A-ZÄÖÜ][a-zäöüß-]+(?:e|en|er|es))[ \t]+$"
)
_HEADING_SPLIT = re.compile(r"[ \t]+[–—-][ \t]+|:[ \t]+|[ \t]+\|[ \t]+")
_HEADING_LINKS = frozenset({
    "in", "im", "auf", "der", "dem", "den", "des", "die", "das", "für", "und", "am", "an",
    "zum", "zur", "mit", "von", "vom", "bei", "beim", "über", "zu", "aus", "&", "ins",
})  # fmt: skip
_ORDINAL_BEFORE = re.compile(r"(?:^|[ \t])(?P<n>[1-9][0-9]?)\.[ \t]+$")
# A name right after the noun: "Digitalwoche Südwestfalen", "Zukunftskongress Pflege".
_NAME_AFTER = re.compile(
    r"[ \t]+(?P<name>[A-ZÄÖÜ][\w]*(?:-[A-ZÄÖÜ][\w]*)*(?:[ \t]+[A-ZÄÖÜ][\w]*){0,2})"
    + _NAME_END)
_NOT_NAME_WORDS = frozenset({
    "Ende", "Anfang", "Mitte", "Beginn", "Uhr", "Eintritt", "Anmeldung", "Thema", "Motto",
    "Teilnehmer", "Teilnehmende", "Besucher", "Gäste", "Zeit", "Jahr", "Jahre", "Tag", "Tage",
    "Woche", "Wochen", "Programm", "Start", "Termin", "Ort", "Ziel", "Einladung",
})  # fmt: skip
_NOT_NAMES = _CALENDAR_WORDS | _NOT_NAME_WORDS
_YEAR_AFTER = re.compile(r"[ \t]+(?P<year>(?:19|20)[0-9]{2})(?![0-9.:/-])")
_DATE_TAIL = re.compile(r"[ \t,]+(?:am|vom|von|ab|bis)?[ \t]*[0-9].*$")
_VERB_WORDS = frozenset(EVENT_VERBS)
_HEADLINE_SENTENCES = 6
_NOUNS_LOOKED_FOR = 8  # one by one, in a document; then all of them at once


def quote(text: str) -> str:
    """German quotation marks around a name: '"go-cluster"' → '„go-cluster“'."""
    return f"„{text.strip()}“"


class TitleFinder:
    """Event nouns of one document and the names the document gives its events."""

    def __init__(self, text: str, sentences: Sentences) -> None:
        self.text = text
        self.sentences = sentences
        # Memos: every dated sentence asks for the title of its noun, and the title looks
        # at each occurrence of the noun; reading each occurrence once keeps that linear.
        self._phrases: dict[tuple[int, str], str] = {}
        self._best: dict[tuple[str, int], str | None] = {}
        # what follows the event's nouns in a sentence, asked about by every event of it
        self._venues_after: dict[tuple[int, int, frozenset[str]], list[str]] = {}
        self._city_after: dict[tuple[int, int, frozenset[str]], City | None] = {}
        self._naming: dict[frozenset[str], list[tuple[int, int]]] = {}
        self._places: dict[str, list[int]] = {}  # where each event noun stands
        self._nouns: dict[tuple[int, int], list[tuple[int, str]]] = {}  # by sentence

    def _scan(self, begin: int, end: int) -> list[tuple[int, str]]:
        """Event nouns between two offsets, with their positions."""
        text = self.text
        nouns = [(m.start(), m.group(0)) for m in _TOKEN.finditer(text, begin, end)
                 if is_event_noun(m.group(0)) and not _is_address(text, m)]
        if any(text.find(head, begin, end) >= 0 for head in _MULTI_HEADS):
            nouns += [(m.start(), m.group(0)) for m in _MULTI.finditer(text, begin, end)]
        return sorted(nouns)

    def _where(self, noun: str) -> list[int]:
        """Where the document names the event noun ``noun``. The first few nouns asked for
        are looked for one by one, the text's other capitalised words (most of them) never
        read; a document asked about more has all its nouns read once (linear in the text,
        however many nouns it names)."""
        if noun not in self._places:
            few = len(self._places) < _NOUNS_LOOKED_FOR
            self._places[noun] = self._find(noun) if few else self._all_nouns.get(noun, [])
        return self._places[noun]

    @cached_property
    def _all_nouns(self) -> dict[str, list[int]]:
        where: dict[str, list[int]] = {}
        for p, w in self._scan(0, len(self.text)):
            where.setdefault(w, []).append(p)
        return where

    def _find(self, noun: str) -> list[int]:
        # (a noun of one word is looked for as a string, then checked to be a whole word)
        text = self.text
        if _TOKEN.fullmatch(noun) is None:  # "Tag der offenen Tür"
            return [m.start() for m in _MULTI.finditer(text) if m.group(0) == noun]
        if not is_event_noun(noun):
            return []
        found = []
        pos = text.find(noun)
        while pos >= 0:
            word = _TOKEN.match(text, pos)
            if word is not None and word.group(0) == noun and not _is_address(text, word):
                found.append(pos)
            pos = text.find(noun, pos + 1)
        return found

    def nouns_in(self, begin: int, end: int) -> list[tuple[int, str]]:
        """The event nouns of a sentence, with their positions (read once per sentence: an
        event's sentence is asked for them again for its venues and city; not to be changed
        by callers)."""
        nouns = self._nouns.get((begin, end))
        if nouns is None:
            nouns = self._nouns[begin, end] = self._scan(begin, end)
        return nouns

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
        """The noun phrase around one occurrence: ordinal, adjectives, the noun with its
        name ('Kulturtage Oststadt', 'Stadtfest 2017'), then a quoted name or a genitive."""
        key = (pos, word)
        if key not in self._phrases:
            self._phrases[key] = self._read_phrase(pos, word)
        return self._phrases[key]

    def _read_phrase(self, pos: int, word: str) -> str:
        title = word
        before = self.text[max(0, pos - 40) : pos]
        line_start = before.rfind("\n")
        m = _ADJECTIVE_BEFORE.search(before[line_start + 1 :])
        if m and m["adj"].lower() not in DETERMINERS and not is_event_noun(m["adj"]):
            title = f"{m['adj']} {title}"
        ordinal = _ORDINAL_BEFORE.search(before[line_start + 1 :])
        if ordinal and not m and not self._numbered_heading(ordinal, line_start):
            title = f"{ordinal['n']}. {title}"
        after = pos + len(word)
        name = _NAME_AFTER.match(self.text, after)
        if name and _NOT_NAMES.isdisjoint(name["name"].split()):
            title = f"{title} {name['name']}"
            after = name.end("name")
        year = _YEAR_AFTER.match(self.text, after)
        if year:
            title = f"{title} {year['year']}"
            after = year.end("year")
        q = _QUOTED_AFTER.match(self.text, after)
        if q:
            return f"{title} {quote(q.group(1))}"
        g = _GENITIVE_AFTER.match(self.text, after)
        if g and g["noun"] not in _CALENDAR_WORDS and not g["noun"].isupper():
            phrase = f"{g['art']} {g['adj']}{g['noun']}{g['more'] or ''}"
            if g["quote"]:
                phrase += " " + quote(g.group(6))
            elif (run := _NAME_RUN.match(self.text, g.end())) and _NOT_NAMES.isdisjoint(
                    run.group(0).split()):  # "der Indus Water Commission", "des Chaos Computer
                phrase += run.group(0)      # Club e.V.": the genitive is a name of several words
            else:  # "des Musikvereins Lindau": a city after the genitive belongs to the name
                town = _WORD_AFTER.match(self.text, g.end())
                if town and lookup_city(town.group(1)):
                    phrase += f" {town.group(1)}"
            return f"{title} {phrase}"
        quoted = self._quoted_noun(pos, word)
        if quoted:
            return quoted
        if word.lower().endswith(_COMPLEMENTED) and (
                c := _COMPLEMENT_AFTER.match(self.text, after)) is not None:
            return f"{title} {c['c']}"  # "Demonstration gegen Stuttgart 21", "Treffen
            # zwischen Obama und Clinton", "Informationsveranstaltung zur Sanierung"
        return title

    def _numbered_heading(self, ordinal: re.Match[str], line_start: int) -> bool:
        """Whether an ordinal opening its line numbers a section ('1. Sprechtage des
        Pflegestützpunkts', then '2. Bürgersprechstunde'): the next number opens a line."""
        if ordinal.start("n") > 0 or line_start < 0:
            return False  # (not the first word of a line)
        return _numbered(self.text, int(ordinal["n"]))

    def _quoted_noun(self, pos: int, word: str) -> str | None:
        """A noun that opens a quoted name, the name: '„Cluster-Brunch“', '„Orgelmusik zur
        Passionszeit“'."""
        if pos > 0 and self.text[pos - 1] in "„\"“»‚":
            close = _QUOTE_CLOSE.search(self.text, pos, pos + _QUOTED_NAME_MAX)
            if close is None or close.group(0) == "\n":
                return word
            return self.text[pos : close.start()].strip()
        return None

    def title_for(self, noun: str, pos: int, year: int | None = None) -> str:
        """The best name the document gives the event this noun names; for an event of a
        known ``year``, none naming another year ('DVGE-Kongress 2026' is no name of the
        congress of June 2025 the same text looks back on)."""
        # (sections matter only to a noun named more than once)
        part = self.part_of(pos) if len(self._where(noun)) > 1 else 0
        if (noun, part) not in self._best:
            candidates = [c for p in self._where_in(noun, part) if not _firm(
                c := self._phrase_at(p, noun))]  # (a firm's name is none: "Messe Luzern AG")
            self._best[noun, part] = max(candidates, key=_quality) if candidates else None
        own = self._phrase_at(pos, noun)
        other = self._best[noun, part]
        if other is not None and year is not None and _other_year(other, year):
            fitting = [c for p in self._where_in(noun, part)
                       if not _other_year(c := self._phrase_at(p, noun), year)]
            other = max(fitting, key=_quality) if fitting else None
        # the first best of [own, *candidates], as max() would pick it
        best = other if other is not None and _quality(other) > _quality(own) else own
        return _capitalise(best)

    @cached_property
    def parts(self) -> tuple[int, ...]:
        """Where the sections of a listing by town start ("NÜRTINGEN" / … / "FILDERSTADT" /
        …), two or more: each section's event is named only by its own section's words,
        however alike the events ("Bernhausener Weihnachtsmarkt" is no name of Nürtingen's).
        Read only when a title is asked for."""
        if "\n\n" not in self.text:
            return ()
        starts = tuple(pos for pos, _ in place_headings(self.text))
        return starts if len(starts) > 1 else ()

    def part_of(self, pos: int) -> int:
        """Which section of a listing by town ``pos`` stands in (0 before the first)."""
        return bisect.bisect_right(self.parts, pos)

    def _where_in(self, noun: str, part: int) -> list[int]:
        """Where the document names ``noun`` within one section (``part_of``)."""
        places = self._where(noun)
        return [p for p in places if self.part_of(p) == part] if len(places) > 1 and (
            self.parts) else places

    def sentences_naming_in(self, nouns: set[str], pos: int) -> list[tuple[int, int]]:
        """``sentences_naming``, within the section that holds ``pos``."""
        spans = self.sentences_naming(nouns)
        if len(spans) < 2 or not self.parts:
            return spans
        part = self.part_of(pos)
        return [span for span in spans if self.part_of(span[0]) == part]

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

    @cached_property
    def _headings(self) -> list[tuple[int, int]]:
        """The heading lines among the document's first sentences, breadcrumbs left out."""
        if not self.sentences.has_heading_lines:
            return []  # (most news texts: a paragraph per line)
        return [span for span in self.sentences.headings_among_first(_HEADLINE_SENTENCES)
                if not _BREADCRUMB.search(self.text, *span)]

    @cached_property
    def _named_heading(self) -> tuple[tuple[int, int], tuple[str, str]] | None:
        """The first heading that names an event, and (noun, title) of that event."""
        for k, (begin, end) in enumerate(self._headings):  # (a rule over the heading's line
            # is none of it: "=====" / "WINTERVERANSTALTUNGEN 2027")
            if self._letterhead(begin, end):
                continue
            line = _RULE_LINE.sub("", self.text[begin:end]).strip()
            if any(lists_events(part) for part in line.split(": ")):
                return None  # a heading of several events: no headline names one of them
            found = heading_title(line)
            if found is None:
                continue
            if _NUMBERED_KIND.fullmatch(found[1]) and k + 1 < len(self._headings):
                # a kind and its number over the event's name: "Tagung 42/26" / "Wem gehört
                # die Stadt?"
                name = self.text[slice(*self._headings[k + 1])].strip()
                if name and heading_title(name) is None:
                    return (begin, end), (found[0], f"{found[0]} „{name}“")
            return (begin, end), (found[0], _capitalise(found[1]))
        return None

    def _letterhead(self, begin: int, end: int) -> bool:
        """Whether a heading is an organisation's name over its line of a legal form and
        address, or that line: "WESTSTRAND KONZERTE" / "Kulturbüro Weststrand Konzerte GmbH
        · Große Elbstraße 212 · 22767 Hamburg"."""
        line_end = self.text.find("\n", end + 1)
        below = self.text[end + 1 : len(self.text) if line_end < 0 else line_end]
        name = self.text[begin:end].strip()
        if address_of_firm(name):
            return True  # (that address line itself)
        return bool(name) and name.casefold() in below.casefold() and (
            _FORM_IN.search(below + " ") is not None)

    @cached_property
    def _headline(self) -> tuple[str, str] | None:
        return self._named_heading[1] if self._named_heading else None

    def headline_span(self) -> tuple[int, int] | None:
        return self._headings[0] if self._headings else None

    def event_headline_span(self) -> tuple[int, int] | None:
        """Where the heading the headline's event is named by stands."""
        return self._named_heading[0] if self._named_heading else None

    def headline(self, any_heading: bool = False) -> tuple[str, str] | None:
        """(noun, title) from a heading that names an event: 'Clustertagung in Wetzlar',
        'Drei Tage Musik: Offenburger Stadtfest 2017', 'Seminar: Zoll kompakt'.

        Unless ``any_heading``, only a heading (or a part of one) that is itself an event's
        name counts; with it an event noun anywhere in the first heading does
        ('… beim „Cluster-Brunch“').
        """
        if self._headline is not None or not any_heading or not self._headings:
            return self._headline
        nouns = self.nouns_in(*self._headings[0])
        if nouns:
            pos, word = nouns[0]
            return (word, _capitalise(self._phrase_at(pos, word)))
        return None

    # -- what other sentences say about the same event ---------------------------------

    def sentences_naming(self, nouns: set[str]) -> list[tuple[int, int]]:
        key = frozenset(nouns)
        if key not in self._naming:
            spans = [self.sentences.at(p) for w in sorted(nouns) for p in self._where(w)]
            self._naming[key] = list(dict.fromkeys(sorted(spans)))
        return list(self._naming[key])

    def venues_after_nouns(self, begin: int, end: int, nouns: set[str]) -> list[str]:
        """Venues right after the event's noun: 'Jahrestagung auf der Landesmesse Stuttgart'."""
        key = (begin, end, frozenset(nouns))
        if key not in self._venues_after:
            self._venues_after[key] = self._read_venues_after(begin, end, nouns)
        return list(self._venues_after[key])

    def _read_venues_after(self, begin: int, end: int, nouns: set[str]) -> list[str]:
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
        key = (begin, end, frozenset(nouns))
        if key not in self._city_after:
            self._city_after[key] = self._read_city_after(begin, end, nouns)
        return self._city_after[key]

    def _read_city_after(self, begin: int, end: int, nouns: set[str]) -> City | None:
        for pos, word in self.nouns_in(begin, end):
            if word not in nouns:
                continue
            m = _CITY_AFTER.match(self.text, pos + len(word))
            if m and not hall_numbered(self.text, m.start(1), m.group(1)):
                city = lookup_city(m.group(1))
                if city:
                    return City(m.group(1), city.latitude, city.longitude)
        return None


_CITY_AFTER = re.compile(r"[ \t]+(?:in|nach)[ \t]+([A-ZÄÖÜ][\w-]*)")
# Nouns that name an event only after an adjective: "Interkulturelle Wochen", "Lange Nacht"
_WEAK_NOUNS = frozenset({"woche", "wochen", "tage", "nacht", "markt", "messe", "fest"})
_NUMERALS = frozenset({
    "Ein", "Eine", "Zwei", "Drei", "Vier", "Fünf", "Sechs", "Sieben", "Acht", "Neun", "Zehn",
    "Erste", "Zweite", "Dritte", "Vierte", "Fünfte", "Letzte", "Nächste", "Weitere", "Ganze",
    "Einige", "Mehrere", "Viele", "Wenige", "Alle", "Jede", "Zwölf", "Elf",
})  # fmt: skip
# a breadcrumb, or a site's menu: "Start › Presse", "Messe Offenburg · English · Presse"
_BREADCRUMB = re.compile(
    r"[›]|[ \t]>[ \t]|[ \t]»[ \t]|[ \t][·|][ \t]*(?:English|Deutsch|Presse|Kontakt|Impressum"
    r"|Datenschutz|Suche|Menü|Login|Home|Startseite|Newsletter|Aktuelles)[ \t]*(?:[·|]|$)",
    re.MULTILINE)
_QUOTED = re.compile(r"[„\"“»«‚][^„\"“”»«‚‘\n]{1,100}[“”\"«»‘]")
_PART_SPLIT = re.compile(r"[ \t]+[–—-][ \t]+|[ \t]+\|[ \t]+")
_COLON = re.compile(r":[ \t]+")
# A heading that opens with a name of two or more words and a year, before its colon: an
# event's edition ("GartenLust Ortenau 2026: Rund 230 Aussteller zeigen das Grün von morgen")
_EDITION = re.compile(
    r"(?P<name>(?P<first>[A-ZÄÖÜ][\w&'’-]*)(?:[ \t]+(?:[A-ZÄÖÜ][\w&'’-]*|&)){1,4}[ \t]+"
    r"(?:19|20)[0-9]{2}):[ \t]")
_DATELINE_PART = re.compile(
    r"^[A-ZÄÖÜ][\w./-]*(?:[ \t][A-ZÄÖÜ][\w./-]*)?,[ \t]*(?:den[ \t]+)?[0-9]")
_HEADING_DATE = re.compile(
    r"[ \t,(]+(?:am|vom|von|ab|bis)?[ \t]*[0-9]{1,2}\.(?:[ \t]*(?:[–-]|und|bis)[ \t]*[0-9]{1,2}\."
    r"|[0-9]{1,2}\."
    r"|[ \t]*(?:Jan|Jän|Feb|Mär|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez)).*$"
)
_VENUE_TAIL = re.compile(r"[ \t]+(?:auf der|auf dem|im|in der|am|an der|beim)[ \t]+[^,:;]+$")
_DATELINE_WORD = re.compile(
    r"^[A-ZÄÖÜ][a-zäöüß]{3,}(?:-[A-ZÄÖÜ][a-zäöüß]+)*\.[ \t]+(?=[A-ZÄÖÜ„])")
_OPENING_ARTICLE = re.compile(r"^(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einen|Einem|Einer)[ \t]+")
_PHRASE_TOKEN = re.compile(r"[„\"“»«‚][^„\"“”»«‚‘\n]{1,100}[“”\"«»‘]|\(|[\w&.'’/+-]+")


def unquoted(text: str) -> str:
    """``text`` without its quoted names: what it says outside them.

    >>> unquoted("Kinderbibelwoche „Mit Jona auf großer Fahrt“")
    'Kinderbibelwoche '
    """
    return _QUOTED.sub("", text)


def _split_outside_quotes(text: str, pattern: re.Pattern[str], limit: int = 0) -> list[str]:
    """Split ``text`` at ``pattern`` but never inside a quoted name."""
    masked = _QUOTED.sub(lambda m: "x" * len(m.group(0)), text)
    parts, begin = [], 0
    for m in pattern.finditer(masked):
        parts.append(text[begin : m.start()])
        begin = m.end()
        if limit and len(parts) == limit:
            break
    return [*parts, text[begin:]]


_INFLECTED = re.compile(r"[a-zäöü][\w-]*(?:e|en|er|es|em)")  # an adjective: "historische"
_CAPITALISED_INFLECTED = re.compile(r"[A-ZÄÖÜ]\w+(?:e|en|er|es)")  # "Interkulturelle"
# A word as the phrase readers below see one (a quoted name, one word there, names no noun)
_WORD_RUN = re.compile(r"[\w&.'’/+-]+")


def _may_name_event(text: str) -> bool:
    """Whether ``text`` holds a word that ends as an event noun (or a weak one) does, or the
    first word of an event's name of many words. A text without one names no event, so the
    phrase readers below need not read it."""
    return any(word[-3:].lower() in _ENDINGS for word in _WORD_RUN.findall(text)) or any(
        head in text for head in _MULTI_HEADS)


def _names_event_word(text: str) -> bool:
    """Whether a run of word characters in ``text`` is an event noun or a weak one, or
    ``text`` holds the first word of an event's name of many words. The phrase
    ``leading_phrase`` reads names its event by one of these (each of its words is such a
    run: a maximal one, as quotes and parentheses are no word characters), so a text
    without one is spared the reading."""
    return any(head in text for head in _MULTI_HEADS) or any(
        is_event_noun(word) or word.lower() in _WEAK_NOUNS for word in _WORD_RUN.findall(text))


# A kind of event that alone names none in running text ("auf Kurs", "der Markt"), but does
# as a line's label before its title: "Kurs: Brot backen im Holzofen"
_KIND_LABEL = re.compile(r"(?P<kind>" + "|".join(LABEL_KINDS) + r")[ \t]*:[ \t]+[„\"«»A-ZÄÖÜ]")


def leading_phrase(text: str) -> tuple[str, str, bool] | None:
    """(noun, phrase, strong): the noun phrase a text opens with, when it names an event.

    >>> leading_phrase("Frühjahrsmesse 2020 abgesagt")
    ('Frühjahrsmesse', 'Frühjahrsmesse 2020', True)
    >>> leading_phrase("Interkulturelle Wochen 2015")
    ('Wochen', 'Interkulturelle Wochen 2015', False)
    >>> leading_phrase("Heimatverein öffnet die historische Ölmühle") is None
    True
    """
    label = _KIND_LABEL.match(text)
    if label is not None:  # a bare kind labelling a title: "Kurs: Brot backen im Holzofen"
        return label["kind"], text, True
    if not _may_name_event(text):
        return None
    # "Wetzlar. Einen Waldspaziergang …": a dateline and an article open it
    text = _OPENING_ARTICLE.sub("", _DATELINE_WORD.sub("", text))
    if "·" in text:  # (a part of a line of parts: "Festival für Musik · Gmunden · 10. bis …")
        text = text[: text.index("·")]
    if not _names_event_word(text):
        return None
    tokens = list(_PHRASE_TOKEN.finditer(text))
    end, words = 0, []
    named = _MULTI.match(text)  # (a name of many words holds what ends others: "Tanz in den Mai")
    for i, m in enumerate(tokens):
        tok = m.group(0)
        nxt = tokens[i + 1].group(0) if i + 1 < len(tokens) else ""
        if named is not None and m.end() <= named.end():
            end = m.end()
            words.append(tok)
            continue
        if tok in _CALENDAR_WORDS or tok.rstrip(".") in _CALENDAR_WORDS:
            while words and _DAY_NUMBERS.fullmatch(words[-1]):  # (the days before the month:
                words.pop()  # "Niersteiner Weinfest am 3./4. Oktober")
                end = text.rfind(tokens[len(words)].group(0), 0, end)
            break
        if tok.startswith("("):
            break
        capital = tok[0].isupper() or tok[0].isdigit() or tok[0] in "„\"“»«‚"
        adjective = nxt[:1].isupper() and _INFLECTED.fullmatch(tok) is not None
        if not (capital or tok in _HEADING_LINKS or adjective):
            break
        end = m.end()
        words.append(tok)
    while words and (words[-1] in _HEADING_LINKS or words[-1].lower() in DETERMINERS):
        words.pop()
        end = text.rfind(tokens[len(words)].group(0), 0, end)
    if len(words) > 12 and (comma := text.find(",", 0, end)) > 0:
        # "Kongressabend mit Verleihung des Preises im Ballhaus Watzke, Kötzschenbrodaer
        # Straße 1, 01139 Dresden": a name too long to be one ends at its first comma
        return leading_phrase(text[:comma])
    if not words or len(words) > 12:
        return None
    phrase = text[:end].strip(" \t,;:(")
    multi = named or _MULTI.match(phrase) or (  # (or after an adjective: "Öffentliche Sitzung des
        _MULTI.match(phrase, phrase.find(words[1], len(words[0])))  # Stadtrats")
        if len(words) > 1 and _CAPITALISED_INFLECTED.fullmatch(words[0]) else None)
    if multi:  # "Tag der offenen Tür in der Lernfabrik"
        return multi.group(0), phrase, True
    plain = [w for w in words[:4] if w[0].isalpha() and w.lower() not in DETERMINERS]
    for i, word in enumerate(plain[:3]):
        if is_event_noun(word):
            return word, phrase, True
        before = plain[i - 1] if i else ""
        adjective = bool(_CAPITALISED_INFLECTED.fullmatch(before))
        if (word.lower() in _WEAK_NOUNS and adjective and before not in _NUMERALS
                and before.lower() not in _HEADING_LINKS):
            return word, phrase, False
    return None


_DAY_NUMBERS = re.compile(r"[0-9]{1,2}\.(?:[/–-][0-9]{1,2}\.)?")  # "3.", "3./4.", "3.–4."


# Words that announce an event without being part of its name: "Einladung zum 5. Forum"
_INVITATION = re.compile(
    r"^(?:(?:Herzliche[ \t]+)?Einladung|Save[ \t]+the[ \t]+Date|Vorankündigung|Terminhinweis"
    r"|Ankündigung|Terminankündigung)(?:[ \t]*:[ \t]*|[ \t]+(?:zum|zur|zu)[ \t]+)"
)


def heading_title(line: str) -> tuple[str, str, bool] | None:
    """(noun, title, strong) for the event a heading names, or None.

    >>> heading_title("Drei Tage Musik und Kulinarik: Offenburger Stadtfest 2017")[1]
    'Offenburger Stadtfest 2017'
    >>> heading_title("Seminar: Zoll und Exportkontrolle kompakt")[1]
    'Seminar: Zoll und Exportkontrolle kompakt'
    >>> heading_title("HanseBau & Wohnen: Verbrauchermesse für Bauen, Sanieren")[1]
    'HanseBau & Wohnen'
    >>> heading_title("Einladung zum 5. Innovationsforum Mittelstand")[1]
    '5. Innovationsforum Mittelstand'
    """
    # (each part read below is made of the line's word runs, so a line without an event
    # word names no event in any part)
    if not _may_name_event(line) or not _names_event_word(line):
        return _edition(line)
    candidates: list[tuple[str, str, bool]] = []
    for part in _split_outside_quotes(_HEADING_DATE.sub("", line), _PART_SPLIT):
        part = _INVITATION.sub("", part.strip(" \t()"))
        if not part or _DATELINE_PART.match(part):
            continue
        head, *rest = _split_outside_quotes(part, _COLON, limit=1)
        sub = rest[0].strip() if rest else ""
        found = leading_phrase(head)
        if found and sub and found[1] == head.strip() and len(head.split()) == 1 and (
                sub[0] in "„\"“»«" or found[0].lower() in _VAGUE):
            joined = f"{head.strip()} {sub}" if sub[0] in "„\"“»«" else f"{head.strip()}: {sub}"
            candidates.append((found[0], joined, found[2]))
            continue
        if found:
            candidates.append(found)
        if sub:
            inner = leading_phrase(sub)
            if inner and inner[1].split()[0] == inner[0] and _is_proper_name(head):
                # "HanseBau & Wohnen: Verbrauchermesse für …"
                candidates.append((inner[0], head.strip(), True))
            elif inner:
                candidates.append(inner)
    strong = [c for c in candidates if c[2]]
    if not candidates:
        return _edition(line)
    best = (strong or candidates)[0]
    if lists_events(best[1]):
        return None  # a list of several, no one event's name: "Volles Programm …: Gründerabend,
        # Lehrlingsmesse und Nachfolge-Vortrag"
    return best[0], without_venue(best[1]), best[2]


_LISTED_EVENTS = re.compile(r"[\w-]+(?:,[ \t]+[\w-]+)+[ \t]+und[ \t]+[\w-]+")


def lists_events(line: str) -> bool:
    """Whether a heading lists several events: 'Gründerabend, Lehrlingsmesse und
    Nachfolge-Vortrag', 'Antrittsvorlesung, Kinderuni und Alumnitag: Die Universität lädt
    ein'."""
    head = line.split(":", 1)[0].strip()
    return bool(_LISTED_EVENTS.fullmatch(head)) and sum(
        map(is_event_noun, head.replace(",", " ").split())) > 1


def _numbered(text: str, n: int) -> bool:
    """Whether section number ``n`` opens a line of ``text`` among its siblings: the next
    number, or the one before, opens a line too ('1. Kreistag tagt …', '2. Problemabfälle')."""
    return f"\n{n + 1}. " in text or (n > 1 and f"\n{n - 1}. " in text)


_SECTION_NUMBER = re.compile(r"([1-9][0-9]?)\.[ \t]+")


def unnumbered(text: str, line: str) -> str:
    """A heading line of ``text`` without its section number: '6. Ausbildungsbörse …' →
    'Ausbildungsbörse …' (but '5. Innovationsforum', with no '4.' or '6.' heading, keeps it,
    and so do editions numbered in a list: '1. Innovationsstammtisch', '2. Innovations…')."""
    m = _SECTION_NUMBER.match(line)
    if m is None or not _numbered(text, n := int(m.group(1))):
        return line
    word = line[m.end() :].split(" ", 1)[0]
    if f"\n{n + 1}. {word}" in text or (n > 1 and f"\n{n - 1}. {word}" in text):
        return line
    return line[m.end() :]


def _edition(line: str) -> tuple[str, str, bool] | None:
    """(first word, name, weak) of an edition a heading names before its colon ('GartenLust
    Ortenau 2026: Rund 230 Aussteller …', 'Holz & Energie Luzern 2026: Vier Tage …')."""
    edition = _EDITION.match(line)
    return (edition["first"], edition["name"], False) if edition else None


def without_venue(title: str) -> str:
    """A title without the venue it ends in: the venue is the event's location.

    >>> without_venue("Jubiläumskonzert in der Stadthalle")
    'Jubiläumskonzert'
    >>> without_venue("Clustertagung in Wetzlar")
    'Clustertagung in Wetzlar'
    """
    m = _VENUE_TAIL.search(title)
    if m is None or "„" in m.group(0) or not find_venues(m.group(0)):
        return title
    return title[: m.start()]


def title_before(text: str) -> tuple[str, str] | None:
    """(noun, title) when ``text`` (what a heading says before its date) is an event's name."""
    text = text.strip(" \t,;:(–—-")
    found = leading_phrase(text)
    if found is None or found[1] != text:
        return None
    return found[0], _capitalise(found[1])


_YEAR_IN = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")


def _other_year(phrase: str, year: int) -> bool:
    """Whether a name holds a year, none of them ``year``: 'Stadtfest 2017' for 2016's."""
    years = {int(y) for y in _YEAR_IN.findall(phrase)}
    return bool(years) and year not in years


def _is_proper_name(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= 4 and all(w[0].isupper() or w in ("&", "und") for w in words) and (
        any(not w[1:].islower() for w in words if w[0].isupper()) or "&" in words)


def _quality(title: str) -> tuple[int, int, int]:
    named = int("„" in title) + int(" des " in title or " der " in title)
    vague = int(title.split()[-1].lower() in _VAGUE and len(title.split()) == 1)
    return (named, -vague, len(title))


def _strip_determiners(phrase: str) -> str:
    words = phrase.split()
    while words and words[0].lower() in DETERMINERS | {"einige", "viele", "mehrere", "zahlreiche"}:
        words = words[1:]
    return " ".join(words)


# A report's praise is not part of the event's name: "Erfolgreicher Tag der Logistik"
_PRAISE = re.compile(
    r"^(?:" + "|".join(PRAISE_WORDS) + r")(?:e|er|es|en)?[ \t]+(?=[A-ZÄÖÜ0-9„])"
)


# A club's own word for its event is no part of its name: "Unsere grosse Turnerunterhaltung"
_POSSESSIVE = re.compile(r"^(?:[Uu]nser(?:e|er|en|em)?|[Ee]uer|[Ee]ure)[ \t]+(?=\w)")


def _capitalise(title: str) -> str:
    title = re.sub(r"\"([^\"]+)\"", lambda m: quote(m.group(1)), title.strip())
    title = _POSSESSIVE.sub("", _PRAISE.sub("", title))
    return title[:1].upper() + title[1:]
