"""Venues and cities in a sentence; cities checked against the GeoNames gazetteer.

>>> text = "Die Jahrestagung fand auf der Messe Global Connect in Stuttgart statt."
>>> [v for _, v in find_venues(text)], [c.name for _, c in find_cities(text)]
(['Messe Global Connect'], ['Stuttgart'])
>>> text = "Im Anschluss arbeiteten die Teilnehmer in Kleingruppen."
>>> find_venues(text), find_cities(text)
([], [])
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import takewhile
from pathlib import Path

from .nouns import is_event_noun
from .vocabulary import (
    AMBIGUOUS_PLACE_WORDS,
    BUILDING_TOWN_NAMES,
    CITY_ADJECTIVES,
    CLUB_ABBREVIATIONS,
    ENSEMBLE_SUFFIXES,
    HOST_VERBS,
    INFO_LABELS,
    LEGAL_FORMS,
    LIFE_PLACE_WORDS,
    MONTHS,
    NAMESAKE_PLACES,
    NOT_PLACES,
    PATRON_HOUSE_ENDINGS,
    PEAK_ADJECTIVES,
    PERFORMER_PARTS,
    TOWN_WORDS,
    VENUE_SUFFIXES,
    WEEKDAYS,
)

# a capitalised word; "St." and "Dr." may stand inside a name ("Gemeindehaus St. Martin")
_CAP = r"(?:St\.|Dr\.|[A-ZÄÖÜ][\w&'’./-]*(?<![./]))"
_LINK = r"(?:für|und|der|des|am|an|im|in|von|zu|zum|zur|de|la|le|&)"
# A run of capitalised words that may be joined by lower-case links: "Haus der Wirtschaft"
_NAME = (rf"{_CAP}(?:[ \t]+(?:{_LINK}[ \t]+)*{_CAP})*"
         r"(?:[ \t]+[0-9]{1,4}[a-z]?"
         r"(?![0-9]|\.[ \t]*(?:[0-9]|Jan|Feb|Mär|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez)))?")


def _words(*words: str) -> str:
    """One of ``words`` where a word starts. (Each word comes before the test that no letter
    precedes it, so that the regex engine skips ahead to the words' first letters instead of
    trying the pattern at every position of a text.)"""
    return "(?:" + "|".join(rf"{re.escape(w)}(?<!\w{re.escape(w)})" for w in words) + ")"


_VENUE = re.compile(
    "(?P<prep>" + _words(
        "auf der", "auf dem", "auf den", "Im", "im", "In der", "in der", "in den", "in das",
        "in die", "ins", "an der", "Am", "am", "beim", "bei der", "bei", "zum", "zur",
        *(f"in {word}" for word in ("ihr", "ihre", "ihren", "sein", "seine", "seinen", "unser",
                                    "unsere", "unseren"))) + r")[ \t]+"
    # (a quoted name after a common noun: "in das Lokal „Zur Alten Post“")
    rf"(?:[a-zäöü][\w-]*(?:e|en|er|es)[ \t]+)?(?P<name>{_NAME}(?:[ \t]+„[^“”\"\n]{{2,60}}“)?)"
)
# A town's name: one or two words ("Bad Schandau", "St. Gallen"), and a linking word and
# another ("Zell am See", "Sankt Johann im Pongau", "Weil der Stadt", "Rothenburg ob der
# Tauber"); looked up as a whole, then by its first two words, then by its first (_towns)
# The words that link a town's name to what names it in full: "Zell am See", "Lauf an der
# Pegnitz", "Sankt Johann in Tirol", "Rothenburg ob der Tauber"
TOWN_LINK = r"(?:am|an[ \t]+der|im|in|ob|ob[ \t]+der|bei|vor[ \t]+der)"
_TOWN_NAME = (rf"{_CAP}(?:[ \t]+{_CAP})?"
              rf"(?:[ \t]+(?:{TOWN_LINK}|der)[ \t]+{_CAP})?")
# ("je nach Wetter": depending on the weather, not in the town of Wetter)
_CITY = re.compile(rf"{_words('in', 'nach')}(?<![jJ]e nach)[ \t]+(?P<name>{_TOWN_NAME})")
_TOWN_CITY = re.compile(_words(*TOWN_WORDS) + rf"[ \t]+(?P<name>{_CAP})")
# a town as the host after its verb: "Am Sonntag lädt Hallau zum Trottenfest", "Ab morgen
# feiert Stein am Rhein sein Altstadtfest"
_HOST_CITY = re.compile(_words(*HOST_VERBS) + rf"[ \t]+(?P<name>{_TOWN_NAME})")
# a route's start right before its end's "nach": "Von Oberstdorf nach Meran"
_ROUTE_BEFORE = re.compile(
    r"(?<![\w-])[Vv]on[ \t]+[A-ZÄÖÜ][\w.-]*(?:[ \t]+[A-ZÄÖÜ][\w.-]*)?[ \t]+$")
_ROUTE_REACH = 40
# a town the event is not held in: "nicht in Ulm", "nicht wie geplant in Ulm"
_NEGATED_BEFORE = re.compile(
    r"(?<![\w-])nicht(?:[ \t]+(?:wie[ \t]+(?:geplant|angekündigt|gewohnt|bisher|üblich)|mehr))?"
    r"[ \t]*,?[ \t]*$")
# what numbers a hall or room after a place word: "Halle 4", "Halle B", "Halle 3.1"
_NUMBERED = re.compile(r"[ \t]+(?:[0-9]|[A-Z][0-9]*(?![\w-]))")  # ("Halle B1")


def hall_numbered(text: str, pos: int, name: str) -> bool:
    """Whether ``name`` at ``pos`` is a numbered hall, not the town: 'in Halle 4'."""
    return name in AMBIGUOUS_PLACE_WORDS and _NUMBERED.match(text, pos + len(name)) is not None


# (The word test comes after the first digit, not the fifth: the pattern then opens with a
# character class, which the regex engine skips ahead to, and a digit inside a number
# fails at once. The text read over whole at twice the speed.)
# (Austria's and Switzerland's postcodes have four digits: "Brünigstrasse 160, 6060 Sarnen",
# "A-8990 Bad Aussee"; such a code counts only where an address puts it, see _cities)
_POSTCODE_CITY = re.compile(rf"[0-9](?<!\w[0-9])[0-9]{{3,4}}[ \t]+(?P<name>{_TOWN_NAME})")
_SHORT_CODE_BEFORE = ("\n", ", ", "A-", "CH-", "AT-")
# A street's name is searched for everywhere, also inside long tokens ("Ulm/Ulm/…"): its
# words are bounded so that each start reads a few dozen characters, not the whole token.
_STREET_NAME = r"[A-ZÄÖÜ][\w&'’./-]{0,60}(?<![./])"
_STREET = re.compile(
    rf"(?P<street>{_STREET_NAME}(?:[Ss]traße|[Ss]trasse|[Ss]tr\.|[Ww]eg|[Aa]llee|[Pp]latz"
    r"|[Gg]asse|[Rr]ing|(?<![äÄ])[Uu]fer|[Dd]amm|[Qq]uai)(?!\w)"
    r"(?:[ \t]+[0-9]+[a-z]?(?:[ \t]*[-–][ \t]*[0-9]+)?)?)"
    rf"|(?P<street2>{_STREET_NAME}[ \t]+(?:Straße|Strasse|Weg|Allee|Platz|Gasse|Ring)[ \t]+"
    r"[0-9]+[a-z]?)"
)
# (a bank: "Mainufer", "Alsterufer"; no "Läufer" or "Käufer"; a Swiss quay: "Landhausquai")
# Every match of _STREET holds one of these words, with no letter after it: a quick look
# for them spares most sentences the pattern, which tries each capital's next sixty
# characters. (Each word written out, so that the regex engine skips ahead to first letters.)
_STREET_WORD = re.compile("(?:" + "|".join(
    w for word in ("Straße", "Strasse", r"Str\.", "Weg", "Allee", "Platz", "Gasse", "Ring",
                   "Ufer", "Damm", "Quai")
    for w in (word, word[0].lower() + word[1:])) + r")(?!\w)")
_OTHER_PLACE = re.compile(r"[ \t]+(?:in|und[ \t]+(?:im|in|am|an|auf|beim|zum|zur))[ \t]+"
                          r"(?=[A-ZÄÖÜ])")
_TIME_IN_NAME = re.compile(
    r"[ \t]+(?:am|im|ab)[ \t]+(?:" + "|".join(d for d in WEEKDAYS if len(d) > 2)
    + r"|Wochenende|Vormittag|Nachmittag|Abend|Morgen|Mittag)")
_INNER_PLACE = re.compile(r"[ \t]+(?:in|im)[ \t]+(?:(?:der|dem|den)[ \t]+)?(?=[A-ZÄÖÜ])")
_TRAILING_LINKS = re.compile(rf"(?:[ \t]+{_LINK})+$")
_STREET_THEN_WORD = re.compile(r"[ \t](?:der|die|dem|den)[ \t]+(?P<street>[A-ZÄÖÜ][\w-]*(?:straße"
                               r"|strasse|gasse))[ \t]+[A-ZÄÖÜ]")


@dataclass(frozen=True, slots=True)
class City:
    name: str
    latitude: float
    longitude: float


GAZETTEER = Path(__file__).parent / "data" / "cities.tsv"
# towns whose names are words ("Schotten", "Wetter") and villages ("Ürzig"): read only
# after a postcode
POSTCODE_TOWNS = Path(__file__).parent / "data" / "postcode_towns.tsv"


@lru_cache(maxsize=2)
def _gazetteer(path: Path) -> tuple[dict[str, int], list[str]]:
    """City names of Germany, Austria and Switzerland (and large cities elsewhere), from
    GeoNames (CC BY 4.0) via the table tools/gazetteer.py makes; read once, when needed.

    The table's cells in one list (name, latitude, longitude, name, …) and each name's
    place in it: a City is made when its name is first looked up (making all 22,891 at once
    took three quarters of reading the table, and a run looks up a few hundred; splitting
    the text once, not each row, takes a third less).
    """
    with open(path, "rb") as table:
        text = table.read().decode("utf-8")
    start = 0
    while text.startswith("#", start):
        start = text.index("\n", start) + 1
    cells = text[start:].rstrip("\n").replace("\n", "\t").split("\t")
    names = cells[0::3]
    return dict(zip(names, range(len(names)), strict=True)), cells


_CITIES: dict[str, City] = {}  # the cities looked up so far, by name


def lookup_city(name: str) -> City | None:
    """The gazetteer entry for a city name as written, or None.

    >>> lookup_city("Wetzlar").name
    'Wetzlar'
    >>> lookup_city("Kleingruppen") is None
    True
    """
    city = _CITIES.get(name)
    if city is None:
        city = _table_city(name, GAZETTEER)
        if city is None:
            if name.startswith("St.") and name[3:4].isupper():  # the Swiss "St.Gallen"
                return lookup_city("St. " + name[3:])
            town, slash, region = name.partition("/")
            if slash and town and region[:1].isupper() and "/" not in region:
                return lookup_city(town)  # its region after a slash: "Lahr/Schwarzwald"
            return None
        _CITIES[name] = city
    return city


def _table_city(name: str, table: Path) -> City | None:
    """The city a gazetteer table lists under ``name``, or None."""
    index, cells = _gazetteer(table)
    row = index.get(name)
    return None if row is None else City(name, float(cells[3 * row + 1]),
                                         float(cells[3 * row + 2]))


def postcode_town(name: str) -> City | None:
    """The town a name after an address's postcode is: a known town's, or one the
    gazetteer leaves out, a word too ('63679 Schotten') or a village ('54539 Ürzig/Mosel')."""
    city = lookup_city(name)
    if city is not None or name[:1].islower():
        return city
    return _table_city(name.split("/", 1)[0], POSTCODE_TOWNS)  # (its region after a
    # slash: "Ürzig/Mosel")


def opens_with_venue(line: str) -> bool:
    """Whether a line opens with a venue's word: 'Stadtpfarrkirche St. Jodok', 'Stadthalle,
    Albaniplatz 2' (not 'Seniorennachmittag im Bürgerhaus')."""
    first = line.split(None, 1)[0].rstrip(",") if line.strip() else ""
    # (a compound may open in lower case: "vhs-Zentrum")
    return (first[:1].isupper() or "-" in first[1:]) and first not in NOT_PLACES and (
        first.lower().endswith(VENUE_SUFFIXES))


def is_venue(name: str) -> bool:
    """Whether a short name names a venue: 'Großes Haus', 'Foyer', 'Konzertsaal'."""
    return len(name.split()) <= 4 and _is_venue(name)


def _is_venue(name: str) -> bool:
    if not name.split():
        return False  # (nothing: ", 23.08.2018" opens a head line with no place)
    first = name.split()[0]
    if first in NOT_PLACES or first.rstrip(".") in NOT_PLACES:
        return False
    words = [w.lower() for w in re.findall(r"[\w-]+", name)]
    return any(w.endswith(VENUE_SUFFIXES) for w in words) or (
        len(name.split()) >= 2 and any(lookup_city(w) for w in name.split())
    )


def find_venues(text: str) -> list[tuple[int, str]]:
    """Venue phrases with their offsets: 'auf der Messe Global Connect' → 'Messe Global Connect'."""
    venues = []
    quotes = quoted_spans(text) if "„" in text else []
    m = _VENUE.search(text)
    while m is not None:
        # "in Stuttgart" inside a venue name belongs to the city, not the venue; "und im Park"
        # starts another place ("in der Stadthalle und in Innsbruck in der Olympiahalle"),
        # looked for from there on
        other = _OTHER_PLACE.search(m["name"])
        if (inner := _INNER_PLACE.search(m["name"])) is not None and (
                other is None or inner.start() < other.start()) and not (
                _is_venue(m["name"][: inner.start()])):
            other = inner  # what is no place, then one: "bei Kerzenschein in der Pfarrkirche",
            # "am Samstagabend in der Kirche St. Johann in Schaffhausen"
        name = m["name"] if other is None else m["name"][: other.start()]
        if (time_word := _TIME_IN_NAME.search(name)) is not None:
            name = name[: time_word.start()]  # (a time, no part of it: "in der Festhalle am
            # Sonntagnachmittag")
        if (street_end := _STREET_THEN_WORD.search(name)) is not None:
            name = name[: street_end.end("street")]  # (a street ends a house's name: "beim
            # Depot an der Bahnhofstrasse Fahrzeuge besichtigen")
        name = _TRAILING_LINKS.sub("", _before_event(name)).rstrip(".,")
        if not (lookup_city(name) or _is_town(name) or not _is_venue(name)
                or _inside(quotes, m.start())  # (a title's words: „Regenwasser im Garten“)
                or (m["prep"] in ("zum", "zur") and is_event_noun(name.split()[0]))):
            # (what one is invited to is an event, no place: "zum Innovationsforum")
            venues.append((m.start("name"), name))
        m = _VENUE.search(text, m.end() if other is None else m.start("name") + other.start())
    if _STREET_WORD.search(text) is None:
        return venues
    for m in _STREET.finditer(text):
        street = m.group(0).strip()
        if street not in NOT_PLACES:  # (a word like a square's name: "am Arbeitsplatz")
            venues.append((m.start(), street))
    return venues


_ARTICLE_LINK = re.compile(r"[ \t]+(?:der|des|die|das)[ \t]+(?P<word>[A-ZÄÖÜ][\w-]*)")


def _before_event(name: str) -> str:
    """A venue's name up to an article before an event noun, which is the subject of the
    sentence, not a part of the name: "im Pfarrheim der Kinderkleiderbasar" (but "Haus der
    Wirtschaft", and "Foyer der Messe": a noun that names a place too)."""
    if " d" not in name:
        return name
    for m in _ARTICLE_LINK.finditer(name):
        if is_event_noun(m["word"]) and not m["word"].lower().endswith(VENUE_SUFFIXES):
            return name[: m.start()]
    return name


_QUOTED_SPAN = re.compile(r"„[^“”\"]*(?:[“”\"]|$)")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the text's quoted titles: from a „ to the mark that closes it (or the
    text's end), read once."""
    return [m.span() for m in _QUOTED_SPAN.finditer(text)]


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` stands inside one of ``spans`` (sorted, not overlapping)."""
    i = bisect.bisect_right(spans, (pos, 1 << 62)) - 1  # (the last span starting at pos or before)
    return i >= 0 and spans[i][0] < pos < spans[i][1]


def _is_town(name: str) -> bool:
    """'Hauptstadt Rabat', 'Landeshauptstadt Stuttgart': a town word and a city name the
    city, not a venue in it."""
    word, _, rest = name.partition(" ")
    return word in TOWN_WORDS and lookup_city(rest.strip()) is not None


def find_cities(text: str) -> list[tuple[int, City]]:
    """Cities named with 'in'/'nach', after a postcode, or inside a venue name."""
    return [(pos, city) for pos, city, _ in _cities(text, streets=True)]


def _cities(text: str, streets: bool = False) -> list[tuple[int, City, bool]]:
    """find_cities, each with whether only 'in'/'nach' names it (not a postcode or 'Stadt');
    a town after a street and its number too ("Kirchplatz 6, Gescher"), anywhere with
    ``streets`` (the place of the event it is said of), else only in the first lines, where
    a letterhead stands (past them, a guest play's town is not the document's)."""
    found = []
    negated = "nicht" in text  # (most texts deny no place: the look behind is skipped)
    # (a host town is an event's, read in its sentence; not counted for the document's one
    # town: "lädt Hallau zum Trottenfest" in a radio's tips for the region)
    for pattern in (_CITY, _POSTCODE_CITY, _TOWN_CITY, *((_HOST_CITY,) if streets else ())):
        for m in pattern.finditer(text):
            if pattern is _POSTCODE_CITY and not text[m.start() + 4].isdigit() and not (
                    m.start() == 0 or text.endswith(_SHORT_CODE_BEFORE, 0, m.start())):
                continue  # four digits that no address puts before a town: no postcode
            if negated and pattern is _CITY and _NEGATED_BEFORE.search(
                    text, max(0, m.start() - 30), m.start()):
                continue  # "… nicht wie geplant in Ulm, sondern im … in Neu-Ulm"
            if pattern is _CITY and text.startswith("nach", m.start()) and _ROUTE_BEFORE.search(
                    text, max(0, m.start() - _ROUTE_REACH), m.start()):
                continue  # a route's end, no place of the event: "Von Oberstdorf nach Meran
                # in 28 Tagen: Markl erzählt …" (a book's walk)
            for candidate in _towns(m["name"].rstrip(".,")):
                if hall_numbered(text, m.start("name"), candidate):
                    break  # "in Halle 4", "in Halle B": a hall, not the city
                city = postcode_town(candidate) if pattern is _POSTCODE_CITY else lookup_city(
                    candidate)
                if city is not None:
                    if pattern is _CITY and _LIFE_AFTER.match(
                            text, m.start("name") + len(candidate)):
                        break  # where someone was born or lives, no event's place: "Die
                        # Autorin, 1978 in Brixen geboren und heute in Sand in Taufers zu Hause"
                    found.append((m.start("name"), City(candidate, city.latitude, city.longitude),
                                  pattern is _CITY or pattern is _HOST_CITY))
                    break
    for pos in _quarters(text):  # "in der Göppinger Nordstadt"
        adjective = _ADJECTIVE_BEFORE.search(text, max(0, pos - 30), pos)
        if adjective is not None and (city := _adjective_city(
                adj if not (adj := adjective["adj"]).isupper() else adj.capitalize())):
            found.append((adjective.start(), city, True))
    # a town after a street and its number: "im Pfarrheim, Kirchplatz 6, Gescher"; for the
    # document, only in its letterhead ("Lindenstraße 12 · Schwäbisch Hall")
    reach = len(text) if streets else _head_end(text)
    if _STREET_WORD.search(text, 0, reach) is not None:
        for street in _STREET.finditer(text, 0, reach):
            town = _TOWN_AFTER_STREET.match(text, street.end())
            if town is not None and street.group(0)[-1:].isalnum() and town[
                    "name"] not in AMBIGUOUS_PLACE_WORDS and (  # ("Höhenstraße, Zug über …")
                    city := lookup_city(town["name"])) is not None and not any(
                    pos == town.start("name") for pos, _, _ in found):
                found.append((town.start("name"),
                              City(town["name"], city.latitude, city.longitude), False))
    return sorted(found, key=lambda item: item[0])


# a town's quarter by its adjective: "in der Göppinger Nordstadt", "GÖPPINGER NORDSTADT"
# (the quarters found by plain substring searches: most texts name none)
_QUARTERS = tuple(q for word in ("Innenstadt", "Altstadt", "Nordstadt", "Südstadt",
                                 "Oststadt", "Weststadt", "Stadtmitte", "Fußgängerzone")
                  for q in (word, word.upper()))
_ADJECTIVE_BEFORE = re.compile(r"(?<![\w-])(?P<adj>[A-ZÄÖÜ][a-zäöüß]{2,}er|[A-ZÄÖÜ]{3,}ER)"
                               r"[ \t]+$")


def _quarters(text: str) -> Iterator[int]:
    """Where the quarter words ``_QUARTERS`` start in ``text`` as whole words."""
    for word in _QUARTERS:
        pos = text.find(word)
        while pos >= 0:
            after = pos + len(word)
            if after == len(text) or not (text[after].isalnum() or text[after] == "-"):
                yield pos
            pos = text.find(word, after)


def _head_end(text: str, lines: int = 4) -> int:
    """Where a letterhead's first ``lines`` lines end, within the opening."""
    end = -1
    for _ in range(lines):
        end = text.find("\n", end + 1, _OPENING)
        if end < 0:
            return min(len(text), _OPENING)
    return end


_TOWN_AFTER_STREET = re.compile(
    rf"(?<=[0-9a-z])(?:,|[ \t]+[·|])[ \t]*(?P<name>{_CAP}(?:[ \t]+{_CAP})?)\b")


_OPENING = 300  # the characters of a headline and lead, where a document sets its scene

# One word of a dateline: without "/", so "Siegen/Arnsberg" splits one way only (a word that
# may hold the slash that joins words makes the reading exponential in the slashes).
_PLACE_WORD = r"[A-ZÄÖÜ][\w&'’.-]*(?<!\.)"
# A dateline opening a paragraph: "Kassel. Wie viel …", "Linz, 8. Jänner 2020 – …",
# "Schwäbisch Hall, 20. März 2024 –",
# "Siegen/Arnsberg, 19. April 2022 –", "Wetzlar-Niedergirmes. Die …"
# a dateline's town of one or two words ("Weilheim in Oberbayern"), and the date after its
# comma, a weekday before it at most ("Husum, Freitag, 6. März 2026", "Lahr, den 3.3.2026")
_DATELINE_TOWN = rf"{_PLACE_WORD}(?:[ \t]+(?:(?:am|an[ \t]+der|im|in|ob)[ \t]+)?{_PLACE_WORD})?"
_DATELINE_DATE = (r",[ \t]*(?:(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend"
                  r"|Sonntag),[ \t]*)?(?:den[ \t]+)?[0-9]")
_DATELINE_CITY = re.compile(
    rf"^[ \t]*(?P<names>(?:St\.[ \t]?)?{_DATELINE_TOWN}"  # ("St. Gallen, 2. Februar 2026")
    rf"(?:[ \t]*/[ \t]*{_PLACE_WORD})*)"
    r"(?:[ \t]+\([A-Za-zÄÖÜäöü/. ]{1,20}\))?"  # (the agency's or author's: "Husum (hn) – …")
    r"(?:\.(?:[ \t]+[–—-])?[ \t]+(?=[A-ZÄÖÜ„])|" + _DATELINE_DATE + r"|[ \t]+[–—-][ \t]+"
    r"(?=[A-ZÄÖÜ„])"  # ("Lörrach. – Das Lörracher Altstadtfest …")
    rf"|,[ \t]*im[ \t]+(?:{'|'.join(MONTHS)})[ \t]+[0-9]{{4}}(?:[ \t]+[–—-]|[ \t]*$))",
    # ("Langenthal, im August 2026 – …", "Münster, im Februar 2026" alone on its line)
    re.MULTILINE,
)


_COLUMN_DATELINE = re.compile(rf"^[^\n]{{1,60}}?[ \t]{{3,}}(?P<names>{_DATELINE_TOWN})"
                              + _DATELINE_DATE + r"[^\n]{0,30}$", re.MULTILINE)
_COLUMN_DATELINE_CHARS = 1200  # (a head's)
# "Stadtbibliothek Reutlingen", "Universität Bamberg": a word ending in an institution's
# kind, then a capitalised word. The gaps before capitalised words are found by a pattern,
# the kind before each by endswith(): a pattern trying each kind at each word read the text
# at a tenth of the speed.
_INSTITUTION_KINDS = (*VENUE_SUFFIXES, "Universität", "universität", "Hochschule", "hochschule",
                      "gemeinde", "werke", "direktion", "verband", "verein", "stiftung",
                      "feuerwehr", "Feuerwehr", "pfarrei", "Pfarrei",
                      # a club's or circle's town: "Kolpingsfamilie Lingen", "Kulturkreis Meldorf"
                      "familie", "kreis", "bruderschaft", "Club", "club")
_KIND_ENDS = frozenset(kind[-3:] for kind in _INSTITUTION_KINDS)  # (no kind is shorter)
# The gap (its first blank) before a capitalised word, after a word that ends in some kind's
# last three letters: a tenth of the gaps before names, so the loop below, not the pattern,
# was most of the time. (The look for the capital comes first: it rules out most blanks.)
_GAP_AFTER_KIND_END = re.compile(
    r"[ \t](?=[ \t]*+[A-ZÄÖÜ])(?<=(?:" + "|".join(map(re.escape, sorted(_KIND_ENDS))) + r")[ \t])")
_NAME_AFTER = re.compile(rf"[ \t]+({_CAP})")
# a parish's patron before its town: "Kirchengemeinde St. Andreas Bad Harzburg", "Pfarrei
# St. Martin Bingen" (the town's name of two words when its first is 'Bad')
_SAINT_THEN_TOWN = re.compile(r"[ \t]+St\.[ \t]?[A-ZÄÖÜ][\w-]+(?:[ \t]+und[ \t]+[A-ZÄÖÜ][\w-]+)?"
                              r"[ \t]+((?:Bad[ \t]+)?[A-ZÄÖÜ][\w-]+)(?![\w.])")


def _institution_cities(text: str) -> list[tuple[int, str]]:
    """The names after institutions, left to right, with their offsets; a name is never
    itself the institution of the next ('Stadtverein Musikverein Berlin' → 'Musikverein')."""
    names: list[tuple[int, str]] = []
    end = 0
    for gap in _GAP_AFTER_KIND_END.finditer(text):
        # (the kind ends the word before the gap; it starts after the last name, as no word
        # runs on past a name's end)
        start = gap.start()
        if text.endswith(_INSTITUTION_KINDS, end, start):
            name = _SAINT_THEN_TOWN.match(text, gap.start()) or _NAME_AFTER.match(
                text, gap.start())
            assert name is not None  # a capital always starts a _CAP
            names.append((name.start(1), name.group(1)))
            end = name.end()
    return names


def _in_capitals(name: str) -> bool:
    """Whether a place name is written in capitals, as a newspaper's dateline ('MANNHEIM')
    is; not an abbreviation ('UN', 'USA')."""
    return name.isupper() and len(name) > 3


def _capitalised(name: str) -> str:
    """'BAD SCHANDAU' → 'Bad Schandau', 'FRANKFURT AM MAIN' → 'Frankfurt am Main',
    'GOTTESDIENSTORDNUNG IN DORFEN' → 'Gottesdienstordnung in Dorfen', 'ANNABERG-BUCHHOLZ'
    → 'Annaberg-Buchholz'."""
    return " ".join(w.lower() if i and w.lower() in _NAME_PARTICLES else "-".join(
        p.capitalize() for p in w.split("-")) for i, w in enumerate(name.split(" ")))


def _known(name: str) -> City | None:
    """A city as written, or the city of a district name ('Wetzlar-Niedergirmes'); a
    newspaper's dateline in capitals ('MANNHEIM.') as the city's name, and a letterhead in
    capitals ('PFARRE MONDSEE') by the town in it."""
    capitals = _in_capitals(name)
    if capitals:
        name = _capitalised(name)
    first, hyphen, rest = name.partition("-")  # (a district, "Wetzlar-Niedergirmes"; not a
    # venue named for someone: "Ibach-Haus")
    for candidate in (name, first if hyphen and not is_venue(rest) else name):
        if candidate in AMBIGUOUS_PLACE_WORDS:
            continue
        city = lookup_city(candidate)
        if city is not None:
            return City(candidate, city.latitude, city.longitude)
    return city_in_name(name) if capitals and " " in name else None


def dateline_cities(text: str) -> list[tuple[int, list[City]]]:
    """Datelines that open a paragraph, with their offsets and cities.

    >>> found = dateline_cities("Kopf\\n\\nKassel. Die Stadt lädt ein.")
    >>> [(p, [c.name for c in cs]) for p, cs in found]
    [(6, ['Kassel'])]
    """
    found = []
    matches = list(_DATELINE_CITY.finditer(text))
    if "   " in text[:_COLUMN_DATELINE_CHARS]:  # (or at the end of a head line, after a wide
        # gap: "Medieninformation                     Dresden, 19. Mai 2026")
        matches += list(_COLUMN_DATELINE.finditer(text, 0, _COLUMN_DATELINE_CHARS))
        matches.sort(key=lambda m: m.start())
    for m in matches:
        if m.start() and text[m.start() - 1] != "\n":
            continue
        names = [n.strip().rstrip(".") for n in m["names"].split("/")]
        cities = [_known(n) for n in names]
        if all(cities):
            found.append((m.start(), [c for c in cities if c]))
        elif all(map(_in_capitals, names)) and not any(
                n.capitalize() in WEEKDAYS for n in names):  # (a day's heading: "FREITAG, 6.")
            found.append((m.start(), []))  # "LADENBURG.": a dateline, of a town not known
    return found


# A town's name alone on the line that opens a paragraph, a column's heading, over a line
# that opens with the item's date: "Korb\nFr, 7.3., 20 Uhr: Kabarettabend …"
# (the blank line is matched, not looked behind for: the regex engine then skips ahead to
# the line breaks instead of trying every position of the text)
_PLACE_HEADING = re.compile(
    rf"\n\n[ \t]*(?P<names>{_PLACE_WORD}(?:[ \t]+(?:{TOWN_LINK}[ \t]+)?"
    rf"{_PLACE_WORD}){{0,2}})[ \t]*\n(?:[ \t]*\n)?"
    # (the item's line opens with its date, or names it after a short title: "Ellmauer
    # Dorffest, 3.–5. Juli 2026")
    r"(?=[ \t]*(?:[0-9]|(?:Mo|Di|Mi|Do|Fr|Sa|So)[a-z]*\b|Am[ \t])"
    r"|[^\n]{0,60}?[ \t,–-][0-9]{1,2}\.)")


_SHOUTED_HEADING = re.compile(r"\n\n[ \t]*(?P<names>[A-ZÄÖÜ][A-ZÄÖÜ.-]{2,}(?:[ \t]+[A-ZÄÖÜ.-]{2,})"
                              r"{0,3})[ \t]*\n(?=[ \t]*[^\s])")


_TOWN_TITLE_HEADING = re.compile(
    rf"\n\n[ \t]*(?P<names>{_PLACE_WORD}(?:[ \t]+(?:{TOWN_LINK}[ \t]+)?{_PLACE_WORD}){{0,2}}):"
    r"[ \t]+[^\n.!?]{3,80}\n(?=[ \t]*\S)")
_INFO_LABELS = frozenset(INFO_LABELS)


def place_headings(text: str) -> list[tuple[int, list[City]]]:
    """A column's paragraphs under the towns that head them, as datelines: each with its
    offset (where its first item starts) and its town, or none for a heading that names no
    town known ('Online'), so that no item takes a town the column names elsewhere. Only
    where two or more such headings stand and one at least names a known town.

    >>> found = place_headings("Termine\\n\\nSchorndorf\\nAm 7.3. Kabarett.\\n\\n"
    ...                        "Winterbach\\nAm 9.3. Matinee.\\n\\nOnline\\nAm 11.3. Webinar.")
    >>> [(p, [c.name for c in cs]) for p, cs in found]
    [(20, ['Schorndorf']), (50, ['Winterbach']), (75, [])]
    """
    # (each from where its item starts: under a heading of its own paragraph too)
    found = [(m.end(), _known(m["names"])) for m in _PLACE_HEADING.finditer(text)]
    # (a known town in capitals heads its paragraph whatever its first line says: "KONSTANZ"
    # / "Jazzfrühling im Bodenseeforum: Das Quartett … eröffnet am Freitag, 8. Mai, …")
    shouted = [(m.end(), city) for m in _SHOUTED_HEADING.finditer(text)
               if (city := _known(m["names"])) is not None and city.name.upper() in (
                   m["names"], m["names"].split("-")[0])]  # (a town alone, no "SCHLOSSKONZERTE
    # ETTLINGEN")
    if shouted:
        found = sorted({**dict(found), **dict(shouted)}.items(), key=lambda item: item[0])
    # (or a news column's items headed by their town and title: "Hochdorf: Openair-Kino auf
    # dem Brauiplatz" / "Heute Abend um 20 Uhr zeigt …"; where two such headings name towns)
    titled = [(m.end(), _known(m["names"])) for m in _TOWN_TITLE_HEADING.finditer(text)
              if m["names"] not in _INFO_LABELS and not is_event_noun(m["names"])]
    if sum(city is not None for _, city in titled) >= 2:
        found = sorted({**dict(titled), **dict(found)}.items(), key=lambda item: item[0])
    if len(found) < 2 or all(city is None for _, city in found):
        return []
    return [(start, [city] if city else []) for start, city in found]


def document_city(text: str, datelines: list[tuple[int, list[City]]] | None = None,
                  frame: str = "") -> City | None:
    """The one city a document is about: its dateline's, or the only city it names at all
    ('in Lippstadt', '31785 Hameln'); None when it names several. (``datelines``: what
    ``dateline_cities`` gives for ``text``, if the caller has it.)

    A city the text names only once, with 'in' and past its opening, is no document's
    city: a news article's aside ('die in Stuttgart geborene Schauspielerin', 'vor das
    Bundesverfassungsgericht in Karlsruhe') is not where its events are."""
    opening = [cs for p, cs in (dateline_cities(text) if datelines is None else datelines)
               if p < 400 and cs]  # (a dateline that names no known town tells nothing)
    if opening:
        return opening[0][0] if len(opening[0]) == 1 else None
    shouted = _shouted_headline_city(text) or _head_part_city(text)
    if shouted is not None:  # a headline in capitals: "PFARRBLATT ST. JOHANN IM PONGAU"
        # (or a part of the head's lines that is a town: a masthead's, "Sächsische Landpost ·
        # Meißen · 16.06.2026", an address's, "… · 1040 Wien")
        return _spelt_as_in(text, shouted)
    found = _cities(text)
    named = {c.name: c for _, c, _ in found}
    if named:
        if len(named) > 1:
            kept = _without_asides(found)
            if len(kept) == 1 and any(c is kept[0] and not in_text and pos < _OPENING
                                      for pos, c, in_text in found):
                return kept[0]  # (the one town an address in the opening gives, besides an
                # aside's: "6380 St. Johann in Tirol" … "an Projekte in Guatemala")
            letterhead = _letterhead_city(found) or _headline_city(text, found)
            if letterhead is not None:
                return letterhead
            # (or the town its institutions name, when it names it too: "Pfarrei St. Martin
            # Bingen" … "55411 Bingen am Rhein", past "Einzug in Jerusalem")
            held = _letterhead_institution_city(text)
            if held is None:  # (or the town its institutions name that an address confirms:
                # "Kunstverein Passau zeigt …" … "Kunstverein Passau, Bräugasse 9, 94032 Passau")
                inst = _institutions_city(text)
                return None if inst is None else next(
                    (c for _, c, in_text in found if not in_text
                     and (c.latitude, c.longitude) == (inst.latitude, inst.longitude)), None)
            # (or one the text names only past its opening: "Heimatverein Bredstedt" over
            # its walk "bis nach Breklum und zurück")
            return next((c for c in named.values() if (c.latitude, c.longitude) == (
                held.latitude, held.longitude)), None) or (held if not any(
                    not in_text or pos < _OPENING for pos, _, in_text in found) else None)
        settled = sum(not in_text or pos < _OPENING for pos, _, in_text in found)
        if settled:
            return next(iter(named.values()))
        # (a city named only past the opening gives way to the letterhead's institution's:
        # "Freiwillige Feuerwehr Vilsbiburg" over "… im Gasthaus in Haarbach", "Schützenverein
        # Lindhorst" over its delegation's march "in Stadthagen")
        return _letterhead_institution_city(text) or (
            next(iter(named.values())) if len(found) > 1 else None)
    return _institutions_city(text) or _letterhead_institution_city(text) or frame_city(
        frame, text)


def _spelt_as_in(text: str, city: City) -> City:
    """A town read from capitals as the text writes it elsewhere: "STADTTHEATER GIESSEN" …
    "35390 Gießen" is Gießen (capitals write "ß" as "SS"; a Swiss text writes neither)."""
    if "ss" not in city.name:
        return city
    spelt = city.name.replace("ss", "ß")
    return City(spelt, city.latitude, city.longitude) if spelt in text and (
        lookup_city(spelt) == City(spelt, city.latitude, city.longitude)) else city


def _letterhead_end(text: str) -> int:
    """Where a document's first paragraph (its letterhead, in a letter) ends."""
    end = text.find("\n\n", 0, _OPENING)
    return end if end >= 0 else 0


def _letterhead_institution_city(text: str) -> City | None:
    """The town the institutions of a document's letterhead name ('Freiwillige Feuerwehr
    Vilsbiburg'), or one a city adjective opening it does ('Bremer Ruderverein …')."""
    head = text[: _letterhead_end(text)]
    # a town's own bulletin, opening with it: "Gemeinde Stäfa – Stäfner Nachrichten"
    town = _TOWN_CITY.match(head, len(head) - len(head.lstrip()))
    if town is not None and (city := lookup_city(town["name"])) is not None:
        return City(town["name"], city.latitude, city.longitude)
    found = _institutions_city(head) or next(
        (c for part in _HEAD_PARTS.split(head) if (c := _institution_town(part.strip()))), None)
    if found is not None:
        return found
    for m in _ADJECTIVE_INSTITUTION.finditer(head):
        if m["kind"].endswith(_INSTITUTION_KINDS):
            return city_of_adjective(m.group(0), venue=True)
    return None


# a letterhead's line opening with a city adjective before an institution: "Bremer
# Ruderverein Weserstrand von 1893 e. V."
_ADJECTIVE_INSTITUTION = re.compile(r"^[ \t]*[A-ZÄÖÜ][a-zäöüß]+er[ \t]+(?P<kind>[A-ZÄÖÜ][\w-]+)",
                                    re.MULTILINE)


def _institutions_city(text: str) -> City | None:
    """"Stadtbibliothek Reutlingen", "Universität Bamberg": the city most institutions name
    (one institution named once, past the opening, is an aside: "vom römischen Brückenkopf
    bis zum Wasserkraftwerk Rheinfelden" in a museum's page about Lörrach)."""
    named_at = [(pos, c) for pos, name in _institution_cities(text) if (c := _known(name))]
    cities = [c for _, c in named_at]
    counts = Counter(c.name for c in cities)
    if not counts or (len(named_at) == 1 and named_at[0][0] >= _OPENING):
        return None
    top, count = counts.most_common(1)[0]
    return next(c for c in cities if c.name == top) if count * 2 > len(cities) else None


_HEAD_LINES = 4  # how many lines of a document's head its parts are read in
# what a head's first word in capitals names, before its town: a paper, a club, an office
_HEAD_KINDS = (*(kind.lower() for kind in _INSTITUTION_KINDS), "blatt", "brief", "bote",
               "anzeiger", "nachrichten", "zeitung", "kurier", "rundschau", "amt")
# a part of a head's line, between middle dots or bars, that is its town: "Kevelaer-Wetten",
# "1040 Wien", "37441 Bad Sachsa", "Campus Reutlingen", a club's "Kulturkreis Meldorf e. V.",
# "TuS Blau-Weiß Lohne von 1921 e. V."
_HEAD_PART = re.compile(
    r"(?:[0-9]{4,5}[ \t]+|Campus[ \t]+)?(?P<town>(?:(?:Bad|St\.|Sankt)[ \t]+)?[A-ZÄÖÜ][\w.-]*"
    r"(?:[ \t]+(?:am|an[ \t]+der|im|ob|bei|in)[ \t]+[A-ZÄÖÜ][\w.-]*)?)"
    r"|[^\n·|]{0,60}?[ \t](?P<club>(?:Bad[ \t]+)?[A-ZÄÖÜ][\w-]+)(?:[ \t]+von)?(?:[ \t]+[0-9]{4})?"
    r"[ \t]+e\.[ \t]?V\.")  # ("TC Blau-Weiß Bad Kreuznach e.V.")


def _head_part_city(text: str) -> City | None:
    """The one town the first lines of a document name as a part of their own (between
    middle dots or bars, or a line whole): a masthead's town, a letterhead's address,
    district or campus, a club's name before 'e. V.'."""
    lines = [line for line in text[:_OPENING].splitlines() if line.strip()][:_HEAD_LINES]
    return _parts_city(lines, text)


def frame_city(frame: str, text: str) -> City | None:
    """The one town a web page's frame (its title and footers: ``markup.html_page``) names as
    a part of its own lines: "Programm März 2026 – Kulturkeller Obertor Chur", "Verein … ·
    Postfach 214 · 7000 Chur"; written in full as ``text`` writes it."""
    return _parts_city(frame.splitlines(), text) if frame else None


def _parts_city(lines: list[str], text: str) -> City | None:
    towns: dict[str, City] = {}
    for line in lines:
        for part in _HEAD_PARTS.split(line):
            part = part.strip()
            m = _HEAD_PART.fullmatch(part)
            name = m and (m["town"] or m["club"])
            city = _known(name) if name else _shouted_city(part) if part.isupper() else (
                _institution_town(part))
            if city is None:  # a venue and its town: "Congress Center Rosengarten, Mannheim"
                venue, comma, town = part.partition(", ")  # (not a letterhead's address:
                if comma and "," not in town and is_venue(venue):  # "Stadtverwaltung,
                    city = _known(town)  # Marktplatz 4, 71263 Weil der Stadt")
            if city is None and (held := _HELD_AT.fullmatch(part)) is not None:
                city = city_in_name(held["venue"])  # a line saying where, under the headline:
                # "im Hof des Alten Schlosses Sugenheim"
            if city is not None:
                towns[city.name] = city
    if len(towns) != 1:
        return None
    town = next(iter(towns.values()))
    return fuller_name(text, town) or town


_HELD_AT = re.compile(r"(?:im|in[ \t]+der|auf[ \t]+dem|am)[ \t]+(?P<venue>[A-ZÄÖÜ][^,.;:!?]{2,60})")
_WORD_BEFORE_NAME = re.compile(r"(?<![\w-])([A-ZÄÖÜ][\w.-]{1,20}) $")


def fuller_name(text: str, city: City) -> City | None:
    """The one town the text names in full for ``city``'s shorter name, if any: 'Bingen' of
    "Pfarrei St. Martin Bingen" as "55411 Bingen am Rhein", 'Wasserburg' of "TSV
    Wasserburg" as "Wasserburg am Inn" (not Wasserburg on Lake Constance); 'Hall', a short
    name of Schwäbisch Hall, as "Schwäbisch Hall"."""
    if " " in city.name:
        return None
    # (each place the name stands, then the linking words after it: a pattern made per name
    # cost a compile per document)
    fuller: dict[str, City] = {}
    pos = text.find(city.name)
    while pos >= 0:
        rest = _LINKED_REST.match(text, pos + len(city.name))
        if rest is not None and (found := lookup_city(city.name + rest.group(0))) is not None:
            fuller[found.name] = found
        before = _WORD_BEFORE_NAME.search(text, max(0, pos - 30), pos)
        if before is not None and before[1] not in TOWN_WORDS and (
                found := lookup_city(f"{before[1]} {city.name}")) and (
                found.latitude, found.longitude) == (city.latitude, city.longitude):
            fuller[found.name] = found  # the town's own name, of which it is a short form:
            # "Hall" of "Capitol Filmtheater Schwäbisch Hall"
        pos = text.find(city.name, pos + 1)
    return next(iter(fuller.values())) if len(fuller) == 1 else None


_LINKED_REST = re.compile(rf"(?![\w-])[ \t]+{TOWN_LINK}[ \t]+[A-ZÄÖÜ][\w-]*")
_HEAD_PARTS = re.compile(r"[·|•\n]|[ \t][–—][ \t]")
# an institution's name that ends in its town: "Institut für Oberflächentechnik und Photonik
# (IOP) Jena", "Ev.-luth. Kirchengemeinde Zum Guten Hirten, Celle", "Schwarzwaldverein
# Ortsgruppe Titisee-Neustadt" (its kind among its first two words)
_INSTITUTION_TOWN = re.compile(
    r"(?:[ \t]|,[ \t]*)(?P<town>(?:St\.[ \t]?|Bad[ \t]+)?[A-ZÄÖÜ][\w-]+"
    r"(?:[ \t]+(?:am|an[ \t]+der|im|ob|bei|unter)[ \t]+[A-ZÄÖÜ][\w-]+)?)$")
_OFFICES = ("Institut", "Landratsamt", "Stadtverwaltung", "Gemeindeverwaltung")
# (a stage's name too, in a head's part: "Heimatbühne Kastelruth"; not in capitals, where one
# word after it may be a quarter's, "KAMMERBÜHNE NEUBAU")
_HEAD_INSTITUTION_KINDS = (*_INSTITUTION_KINDS, "bühne",  # and a town's paper or bulletin:
                           "blatt", "bote", "nachrichten", "anzeiger", "zeitung", "kurier")
# ("Gemeindenachrichten Schladming · Ausgabe Feber 2026")
_TWO_WORD_TOWN = re.compile(r",[ \t]*(?P<town>[A-ZÄÖÜ][\w.-]*)[ \t]$")


# a firm's or club's legal form ending its name: "Weinbauverein Rhodt unter Rietburg e.V."
LEGAL_FORM_END = re.compile(r"[ \t]+(?:" + "|".join(
    map(re.escape, sorted(LEGAL_FORMS, key=len, reverse=True))) + r")$")


def _institution_town(part: str) -> City | None:
    """The town that ends a head's part naming an institution, a stage or a sports club
    ("Heimatbühne Kastelruth", "TSV Bad Tölz"; not a state's office: "Landesamt für Umwelt …
    Brandenburg")."""
    words = part.split(None, 3)[:3]
    if len(words) < 3 or words[1] not in ("des", "der"):  # (or in the genitive after a
        words = words[:2]  # bulletin's word: "Mitteilungen des Musikvereins Kematen …")
    kind = next((w for w in words if w[:1].isupper() and (
        w.endswith(_HEAD_INSTITUTION_KINDS) or w.removesuffix("s").endswith(
            _HEAD_INSTITUTION_KINDS) or w in _OFFICES or w in CLUB_ABBREVIATIONS)
        and not w.startswith(("Landes", "Bundes"))), None)
    if kind is None:
        return None
    part = LEGAL_FORM_END.sub("", part)  # ("Weinbauverein Rhodt unter Rietburg e.V.")
    m = _INSTITUTION_TOWN.search(part)
    if m is None or m.start("town") < part.index(kind) + len(kind):
        return None  # (the town after the kind: not "VHS Ladenburg", whose "-burg" is none)
    # (a town of two words after a comma: "Festplatz am Schützenhaus, Schloß Holte-Stukenbrock")
    two = _TWO_WORD_TOWN.search(part, 0, m.start() + 1)
    return (_known(two["town"] + part[m.start("town") - 1 : m.end()]) if two else None) or (
        _known(m["town"]))


def _first_line(text: str) -> str:
    """A document's first line (its headline or masthead), within its opening."""
    return text.lstrip()[:_OPENING].split("\n", 1)[0].strip()


_YEAR_WORD = re.compile(r"(?:19|20)[0-9]{2}")


def _shouted_headline_city(text: str) -> City | None:
    """The one city a headline set in capitals names ('PFARRBLATT ST. JOHANN IM PONGAU',
    'AMTSBLATT DER STADT WOLFRATSHAUSEN'), read in the case a town's name is written."""
    line = _first_line(text)
    found = _shouted_city(line)
    if found is None and _HEAD_DASH.search(line):  # (its parts: "PFARRBLATT DER PFARRE
        cities = {c.name: c for part in _HEAD_DASH.split(line)  # MÖDLING – ST. OTHMAR")
                  if (c := _shouted_city(part.strip())) is not None}
        found = next(iter(cities.values())) if len(cities) == 1 else None
    return found


_HEAD_DASH = re.compile(r"[ \t]+[–—|·][ \t]+")


def _parish_words(words: list[str]) -> bool:
    """Whether the words between a head's kind and its last word name its parish, not a
    place: a saint ('St. Martin') or an article and a kind ('der Pfarre')."""
    between = " ".join(words)
    return bool(_SAINT.fullmatch(between)) or (bool(words) and all(
        w.islower() or w.lower().endswith((*_HEAD_KINDS, "pfarre")) for w in words))


_SAINT = re.compile(r"(?:St\.|Sankt|Hl\.|Heilig|Heiligen?|Maria|"
                    r"Zu[ \t]+Unserer[ \t]+Lieben[ \t]+Frau)(?:[ \t]+[A-ZÄÖÜ][\w-]+)?")


def _shouted_city(line: str) -> City | None:
    """The one city a line set in capitals names (see _shouted_headline_city)."""
    if not line or not line.isupper():
        return None
    words = _capitalised(line).split()
    if len(words) > 1 and _YEAR_WORD.fullmatch(words[-1]):
        words.pop()  # (an edition's year: "WEINFEST OBERKIRCH 2026")
    cities = {c.name: c for _, c in find_cities(" ".join(words))}
    if cities:
        return next(iter(cities.values())) if len(cities) == 1 else None
    # (an institution's town: "STADTTHEATER KEMPTEN"; else the town's name of several words
    # ends the line: "PFARRBLATT ST. JOHANN IM PONGAU"; one word alone may be a quarter's or a
    # stage's: "KAMMERBÜHNE NEUBAU")
    venue = opens_with_venue(" ".join(words))  # (a club's town is not where its tours go:
    # "ALPENVEREIN – SEKTION KUFSTEIN"; a venue's is: "TIERPARK SONNENBERG KRIENS", its town
    # last, not the word of its name "Sonnenberg")
    # (nor is an event's, which ends its name: "DORFFEST TIEFENBRONN", "WEINFEST DEIDESHEIM")
    # (nor is a paper's, a club's or an office's: "AMTSBLATT ANNABERG-BUCHHOLZ",
    # "KOLPINGSFAMILIE LINGEN-ZENTRAL", a district's name after its town's)
    head_kind = words[0].lower().endswith(_HEAD_KINDS)
    last = len(words) if venue or (len(words) == 2 and (is_event_noun(words[0]) or head_kind)) or (
        head_kind and _parish_words(words[1:-1])) else len(words) - 1  # (a parish's saint or
    # kind before its town: "PFARRBRIEF ST. MARTIN LANDSHUT", "PFARRBLATT DER PFARRE MÖDLING")
    return next((city for i in range(1, last)
                 if (city := lookup_city(" ".join(words[i:])) or _known(" ".join(words[i:])))
                 is not None), None) or (
        city_in_name(" ".join(words)) if venue else None)


_NAME_PARTICLES = frozenset({"im", "am", "an", "in", "ob", "bei", "der", "die", "das", "den",
                             "dem", "vor", "auf", "unter", "zu", "zum", "zur", "und", "von"})


def _headline_city(text: str, found: list[tuple[int, City, bool]]) -> City | None:
    """Of several cities named, the one a headline names alone, that the text names again:
    a calendar's "Was ist los in Füssen? – August 2026", over its days in Füssen, Hopfen am
    See and Schwangau."""
    end = text.find("\n")
    end = len(text) if end < 0 or end > _OPENING else end
    heads = {c.name for pos, c, _ in found if pos < end}
    if len(heads) != 1:
        return None
    name = heads.pop()
    return next(c for pos, c, _ in found if c.name == name) if sum(
        c.name == name for _, c, _ in found) > 1 else None


def _without_asides(found: list[tuple[int, City, bool]]) -> list[City]:
    """The cities found less those named only once, with 'in' and past the opening (a news
    article's aside), each once; none if only asides are named."""
    counts = Counter(c.name for _, c, _ in found)
    kept: dict[str, City] = {}
    for pos, c, in_text in found:
        if not (in_text and pos >= _OPENING and counts[c.name] == 1):
            kept.setdefault(c.name, c)
    return list(kept.values())


def _letterhead_city(found: list[tuple[int, City, bool]]) -> City | None:
    """Of several cities named, the one an address in the opening gives ('Gemeindehaus,
    Goethestrasse 16, 8712 Stäfa') when the text names it twice as often as all others
    together: a bulletin's home, whose outing 'nach Einsiedeln' is an aside."""
    counts = Counter(c.name for _, c, _ in found)
    top, count = counts.most_common(1)[0]
    if count < 2 * (len(found) - count):
        return None
    return next((c for pos, c, in_text in found
                 if c.name == top and not in_text and pos < _OPENING), None)


# "öffnet der Heimatverein … die historische Ölmühle": what is opened is the venue
_OPENED = re.compile(
    rf"\b(?:öffnet|öffnen|öffnete|öffneten)\b[^;!?]*?\b(?:die|das|den|seine|ihre|sein|ihr)[ \t]+"
    rf"(?P<name>(?:[a-zäöü]+e[nrs]?[ \t]+)?[A-ZÄÖÜ][\w-]*(?:{'|'.join(VENUE_SUFFIXES)}))\b"
)


def opened_venue(sentence: str) -> str | None:
    """The place a sentence says is opened to visitors.

    >>> opened_venue("Am Sonntag öffnet der Heimatverein die historische Ölmühle an der Straße.")
    'historische Ölmühle'
    """
    m = _OPENED.search(sentence)
    return m["name"] if m else None


def place_line(line: str) -> tuple[tuple[str, ...], City | None]:
    """Venue parts and city of an address line: 'Stadthalle Göttingen, Albaniplatz 2,
    37073 Göttingen', 'Universität Siegen, Campus Unteres Schloss, Raum US-C 112'.

    >>> place_line("IHK-Bildungszentrum, Rheinstraße 14, 56068 Koblenz")
    (('IHK-Bildungszentrum',), City(name='Koblenz', latitude=50.35357, longitude=7.57883))
    """
    if is_online(line):
        return (), None  # "online (Microsoft Teams), Zugangsdaten nach Anmeldung": no place
    first, *others = line.split(" · ")  # (what follows a middle dot is an address's part
    # or none of the place: "Tourismusbüro Klobenstein · Dauer ca. 3 Std. · € 8,00")
    line = ", ".join([first, *takewhile(_address_part, (o.strip() for o in others))])
    venues: list[str] = []
    city: City | None = None
    inside: City | None = None  # a city in a venue's name: the line's own city outranks it
    postal: City | None = None  # the postcode's town outranks a quarter's name before it:
    # "Turnhalle, Reichenau, 6020 Innsbruck"
    parts = [_ASIDE.sub("", p).strip() for p in line.split(",")]  # ("Münster St. Nikolaus,
    # Überlingen": Überlingen)
    city = word_town_opening(parts)
    for part in parts[1:] if city is not None else parts:
        postcode = _POSTCODE_CITY.fullmatch(part)
        if postcode:
            postal = postal or _known(postcode["name"]) or postcode_town(postcode["name"])
        elif not part[-1:].isdigit() and (known := _known(part)) is not None:
            city = city or known  # (a town whose name ends as a street's: "Kaufering")
        elif _STREET.fullmatch(part) or not part[:1].isupper() or CLOCK_TIME.search(part) or (
                part in WEEKDAYS) or _PERFORMER.search(part) or ": " in part:
            continue  # (nor a time: "Kursaal Überlingen, Beginn 20 Uhr"; nor "Samstag"; nor a
            # performer: "Sophia Marquardt (Harfe) und das Kammerorchester Schwerin"; nor a
            # work or a label's value: "Festgottesdienst, Mozart: Spatzenmesse")
        else:
            venues.append(_INTO_VENUE.sub("", part))  # ("Im JuZe, Kapuzinergasse 3")
            inside = inside or city_in_name(part)
    return tuple(venues), postal or city or inside


_INTO_VENUE = re.compile(r"^(?:Im|In[ \t]+der|Ins)[ \t]+(?=[A-ZÄÖÜ])")


def _address_part(part: str) -> bool:
    """Whether a piece of a line is a street, a postcode and town, or a known town."""
    return bool(_STREET.fullmatch(part) or _POSTCODE_CITY.fullmatch(part)) or (
        _known(part) is not None)


_PERFORMER = re.compile(r"[A-ZÄÖÜ][\w.-]*[ \t]+\((?:" + "|".join(PERFORMER_PARTS) + r")\)")


def word_town_opening(parts: list[str]) -> City | None:
    """A town whose name is a word too, opening an address line's parts before a venue and
    a street: "Hof, Bildungszentrum der HWK, Ossecker Straße 52" (a word alone, "Halle,
    Eingang Nord", tells no town)."""
    if len(parts) < 3 or parts[0] not in AMBIGUOUS_PLACE_WORDS or not any(
            _STREET.fullmatch(p.strip()) for p in parts[2:]):
        return None
    return lookup_city(parts[0])


def ends_with_town(line: str) -> bool:
    """Whether a line of several parts ends in its town after a comma, as an address does:
    'Skihang am Schwartenberg, Neuhausen', 'Schwartenberg, Neuhausen (bei Schneemangel …)',
    'Chrämerhuus, Langenthal'."""
    head, _, town = _ASIDE.sub("", line).rpartition(",")
    town = town.strip(" .")
    return bool(head.strip()) and town not in AMBIGUOUS_PLACE_WORDS and _known(town) is not None


def is_address_part(part: str) -> bool:
    """Whether a part of an address line between commas is a street, a postcode and town,
    or a town: 'Klosterweg 1', '29549 Bad Bevensen', 'Medingen'."""
    part = part.strip()
    return bool(_STREET.fullmatch(part) or _POSTCODE_CITY.fullmatch(part) or _known(part))


def without_ensembles(name: str) -> str:
    """``name`` without the performing groups it names, whose towns are no place of the
    event's: "Konzert: Klaviertrio Würzburg" → "Konzert: " (it plays in Ettlingen)."""
    return _ENSEMBLE.sub("", name) if any(s in name.lower() for s in ENSEMBLE_SUFFIXES) else name


_ENSEMBLE = re.compile(  # (its town in parentheses too: "Aurelius Quartett (Rostock)")
    r"[\w-]*(?i:" + "|".join(ENSEMBLE_SUFFIXES) + r")[ \t]+(?:\([A-ZÄÖÜ][\w-]*(?:[ \t]+"
    r"[A-ZÄÖÜ][\w-]*)?\)|[A-ZÄÖÜ][\w-]*(?:[ \t]+[A-ZÄÖÜ][\w-]*)?)")


def is_online(place: str) -> bool:
    """Whether a place line says the event is held online: 'online (Microsoft Teams)'."""
    return _ONLINE_PLACE.match(place) is not None


# ("Online-Seminar" too; but "digital" alone, not a venue's first part: "Digital-Campus")
_ONLINE_PLACE = re.compile(r"[ \t]*(?i:online(?!\w)|(?:virtuell|digital|per[ \t]+(?:zoom|teams"
                           r"|webex)|via[ \t]+(?:zoom|teams|webex)|im[ \t]+livestream)(?![\w-]))")
# "Hafenpromenade Lindau (bei schlechtem Wetter …)"; not a town's own "Waren (Müritz)"
_ASIDE = re.compile(r"[ \t]*\((?![A-ZÄÖÜ][\w-]*\))[^()]*\)")
CLOCK_TIME = re.compile(r"[0-9](?:[.:][0-9]{2})?[ \t]*Uhr(?!\w)")


# a capitalised word on "-er" and the word after it: "Leipziger Buchmesse"
_ADJECTIVE_NOUN = re.compile(r"(?<![\w-])([A-ZÄÖÜ][a-zäöüß]{2,}er)[ \t]+([A-ZÄÖÜ][\w-]*)")


def city_of_adjective(name: str, venue: bool = False) -> City | None:
    """The city a title's city adjective names, right before its event noun ('Leipziger
    Buchmesse', 'Münchner Sicherheitskonferenz'), or a ``venue``'s, opening its name
    ('Linzer Design Center'; not 'Berliner Platz' or 'Hamburger Hof', which many towns have).

    >>> city_of_adjective("Leipziger Buchmesse").name, city_of_adjective("Wiener Opernball").name
    ('Leipzig', 'Wien')
    >>> city_of_adjective("Leipziger Allerlei") is None  # no event
    True
    """
    if venue:
        m = _ADJECTIVE_NOUN.match(name)  # (the street of "Königsbrücker Straße 61" is not a city)
        if m is None or m[2] in NAMESAKE_PLACES or name.rsplit(None, 1)[-1] in NAMESAKE_PLACES or (
                _STREET_WORD.match(name, m.start(2))):  # ("Eisenbacher Str. 4")
            return None
        return _adjective_city(m[1])
    return next((city for m in _ADJECTIVE_NOUN.finditer(name) if is_event_noun(m[2])
                 if (city := _adjective_city(m[1])) is not None), None)


def _adjective_city(adjective: str) -> City | None:
    """'Leipziger' → Leipzig, 'Münchner' → München, 'Göttinger' → Göttingen."""
    name = CITY_ADJECTIVES.get(adjective)
    if name is None:
        stem = adjective[:-2]
        name = stem + "en" if stem.endswith("ing") else stem
        if name in AMBIGUOUS_PLACE_WORDS:  # "Hofer", "Leerer"
            return None
    city = lookup_city(name)
    return None if city is None else City(name, city.latitude, city.longitude)


_TOWN_AT = re.compile(_TOWN_NAME)
_WORD_START = re.compile(r"(?<![\w.-])[A-ZÄÖÜ]")


def _towns(name: str) -> tuple[str, ...]:
    """The names a town's name may be looked up by, longest first."""
    words = name.split()
    return tuple(dict.fromkeys((name, " ".join(words[:2]), words[0])))


_PEAK_BEFORE = re.compile(r"(?<![\w-])(?:" + "|".join(PEAK_ADJECTIVES) + r")[ \t]+$")
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]en|[Dd]em|[Dd]es|zum|zur|vom"
                             r"|beim|im|ins)[ \t]+$")  # (or joined to a preposition: "Fahrt zum
# Fichtelberg nach Oberwiesenthal", a mountain)
_HEIGHT = r"[ \t]*\([0-9][0-9.]*[ \t]*m\)"  # a peak's height after its name: "(1.838 m)"
_ELEVATION = re.compile(_HEIGHT)
_PEAK = re.compile(r"[\w-]+" + _HEIGHT)
# a house number after a street's name (not a year: "Weinfest Nierstein 2026")
_HOUSE_NUMBER = re.compile(r"[ \t]+[0-9]{1,3}[a-z]?(?![\w.:])")
_LIFE_AFTER = re.compile(r"[ \t]+(?:" + "|".join(
    w.replace(" ", r"[ \t]+") for w in LIFE_PLACE_WORDS) + r")\b")
_NAMED_HOUSE = re.compile(r"Haus[ \t]+[A-ZÄÖÜ][\w-]*(?:[ \t]*,|$)")


_FIELD_BEFORE = re.compile(  # (or an area's: "Gebiet Rosenberg", a part of Herisau)
    r"(?<![\w-])(?:Im|Am|Auf[ \t]+der|Auf[ \t]+dem|In[ \t]+der|An[ \t]+der|Gebiet)[ \t]+$")


_TOWN_ADJECTIVE_BEFORE = re.compile(r"(?<![\w-])(?P<town>[A-ZÄÖÜ][a-zäöüß]+)er[ \t]+$")


def _town_adjective_before(name: str, pos: int) -> bool:
    """Whether a town's adjective stands right before ``pos`` in a name ("Ulmer" before
    "Münster"): a town's name that names a building too is then that town's building."""
    m = _TOWN_ADJECTIVE_BEFORE.search(name, 0, pos)
    return m is not None and lookup_city(m["town"]) is not None


def without_peaks(name: str) -> str:
    """A name without the mountains it names by their height: "Bergmesse am Wendelstein
    (1.838 m)" → "Bergmesse am " (the peak's name is no town's)."""
    return _PEAK.sub("", name)


def city_in_name(name: str) -> City | None:
    """A city that is part of a venue's or title's name: 'Landesmesse Stuttgart',
    'Stadtforum Bad Saulgau', 'FC Zell am See – SV Bramberg'."""
    if _NAMED_HOUSE.match(name):
        return None  # a house by its name: "Haus Martfeld" (a manor, not the village)
    for start in _WORD_START.finditer(name):  # (a town's name may start at any word)
        m = _TOWN_AT.match(name, start.start())
        if m is None or (m.group(0).startswith(("St.", "Sankt ")) and name[:m.start()].rstrip(
                ).lower().endswith(PATRON_HOUSE_ENDINGS)) or _FIELD_BEFORE.search(
                name, 0, m.start()) or (m.group(0) in BUILDING_TOWN_NAMES and (
                _town_adjective_before(name, m.start()))):
            continue  # (a church's patron: "Pfarrheim St. Augustin", not Sankt Augustin; nor a
            # field's name: "Sportplatz Im Gries"; nor a town's building after the town's
            # adjective: "Das Ulmer Münster", "der Freiburger Münster")
        if _PEAK_BEFORE.search(name, 0, m.start()) or _ARTICLE_BEFORE.search(name, 0, m.start()):
            continue  # a mountain's name, no town's: "Großer Priel", "Hoher Göll"; nor a
            # river's or a mountain's after its article: "Die Mosel als Grenzfluss", "Fahrt zum
            # Fichtelberg"
        for candidate in _towns(m.group(0)):
            if candidate in AMBIGUOUS_PLACE_WORDS or _HOUSE_NUMBER.match(
                    name, m.start() + len(candidate)) or _ELEVATION.match(
                    name, m.start() + len(candidate)):  # "Bürgerhaus Mitte", "Messe, Halle
                continue  # 3"; a street's name before its number: "Am Lohberg 7"; a peak's
                # before its height: "Schober (1.328 m)"
            city = lookup_city(candidate)
            if city is not None:
                return City(candidate, city.latitude, city.longitude)
    return None
