"""Real clients read what calendarize writes: three parsers, libical, khal and vdirsyncer."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import icalendar
import pytest
import vobject
from ical.calendar_stream import IcsCalendarStream

from calendarize.serve import make_server

from .conftest import DOCUMENTS, SEEDS, STAMP, run

LATER = "2026-02-01T00:00:00Z"
# khal takes a second per file: the seeds and a few documents with times and ranges
TIMED = ["03_numeric-date-time-range-ihk", "05_iso-date-einlass-tickets",
         "10_range-across-years-museum", "13_three-coordinated-days-church",
         "37_course-catalogue-weekly",  # (weekly hours: an RRULE)
         "38_weekend-camp-continuous"]  # (from a day's start to a later day's end)
LIBICAL_CHECK = r"""
#include <stdio.h>
#include <stdlib.h>
#include <libical/ical.h>

static int report(icalcomponent *c) {  /* every X-LIC-ERROR libical attached */
    int n = 0;
    for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_XLICERROR_PROPERTY), n++)
        printf("%s: %s\n", icalcomponent_kind_to_string(icalcomponent_isa(c)),
               icalproperty_get_xlicerror(p));
    for (icalcomponent *s = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT); s;
         s = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT))
        n += report(s);
    return n;
}

int main(int argc, char **argv) {
    FILE *f = fopen(argv[1], "rb");
    if (!f) return 2;
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    rewind(f);
    char *data = calloc(size + 1, 1);
    if (fread(data, 1, size, f) != (size_t)size) return 2;
    icalcomponent *cal = icalparser_parse_string(data);
    if (!cal || icalcomponent_isa(cal) != ICAL_VCALENDAR_COMPONENT) return 1;
    icalrestriction_check(cal);
    return report(cal) ? 1 : 0;
}
"""


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Seeds and test documents exported: timed and all-day events, a VTIMEZONE."""
    out = tmp_path_factory.mktemp("out")
    timed = [str(DOCUMENTS / f"{name}.txt") for name in TIMED]
    result = run("export", str(SEEDS), *timed, "--out", str(out), "--stamp", STAMP,
                 "--url", "https://example.org/calendar.ics", "-q")
    assert result.exit_code == 0, result.output
    assert b"BEGIN:VTIMEZONE" in (out / "calendar.ics").read_bytes()
    return out


def files(out: Path) -> list[Path]:
    return [out / "calendar.ics", *sorted((out / "events").iterdir())]


def _vobject(data: bytes) -> int:
    return len(vobject.readOne(data.decode("utf-8")).vevent_list)


PARSERS: dict[str, Callable[[bytes], int]] = {
    "icalendar": lambda data: len(icalendar.Calendar.from_ical(data).walk("VEVENT")),
    "vobject": _vobject,
    "ical": lambda data: len(IcsCalendarStream.calendar_from_ics(data.decode("utf-8")).events),
}


@pytest.mark.parametrize("parser", sorted(PARSERS))
def test_every_file_parses(exported: Path, parser: str) -> None:
    counts = {p.name: PARSERS[parser](p.read_bytes()) for p in files(exported)}
    events = len(list((exported / "events").iterdir()))
    assert counts == {p.name: events if p.name == "calendar.ics" else 1 for p in files(exported)}


@pytest.fixture(scope="module")
def libical_check(tmp_path_factory: pytest.TempPathFactory) -> Path:
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        pytest.skip("no C compiler")
    folder = tmp_path_factory.mktemp("libical")
    (folder / "check.c").write_text(LIBICAL_CHECK, "utf-8")
    built = subprocess.run([compiler, "check.c", "-o", "check", "-lical"], cwd=folder,
                           capture_output=True, text=True, check=False)
    if built.returncode != 0:
        pytest.skip(f"libical not installed (apt-get install libical-dev): {built.stderr}")
    return folder / "check"


def test_libical_reports_no_error(exported: Path, libical_check: Path) -> None:
    errors = {}
    for path in files(exported):
        checked = subprocess.run([str(libical_check), str(path)], capture_output=True,
                                 text=True, check=False)
        if checked.returncode != 0 or checked.stdout:
            errors[path.name] = checked.stdout
    assert errors == {}


def test_the_libical_check_sees_the_vtimezone_comment(tmp_path: Path, exported: Path,
                                                      libical_check: Path) -> None:
    data = (exported / "calendar.ics").read_bytes()
    bad = tmp_path / "bad.ics"
    bad.write_bytes(data.replace(b"TZID:Europe/Berlin\r\n",
                                 b"TZID:Europe/Berlin\r\nCOMMENT:only 2017\r\n", 1))
    checked = subprocess.run([str(libical_check), str(bad)], capture_output=True, text=True,
                             check=False)
    assert "COMMENT" in checked.stdout


def khal(tmp_path: Path) -> list[str]:
    if shutil.which("khal") is None:
        pytest.skip("khal not installed (pip install -e '.[test]')")
    (tmp_path / "cal").mkdir()
    (tmp_path / "khal.conf").write_text(textwrap.dedent(f"""\
        [calendars]
        [[feed]]
        path = {tmp_path / "cal"}
        [locale]
        default_timezone = Europe/Berlin
        local_timezone = Europe/Berlin
        [default]
        default_calendar = feed
        """), "utf-8")
    return ["khal", "-c", str(tmp_path / "khal.conf")]


@pytest.mark.parametrize("which", ["feed", "event files"])
def test_khal_imports_without_warnings(exported: Path, tmp_path: Path, which: str) -> None:
    command = khal(tmp_path)
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}
    chosen = files(exported)[:1] if which == "feed" else files(exported)[1:]
    said = {}
    for path in chosen:
        done = subprocess.run([*command, "import", "--batch", str(path)], env=env,
                              capture_output=True, text=True, check=False)
        if done.returncode or done.stdout or done.stderr:
            said[path.name] = (done.returncode, done.stdout + done.stderr)
    assert said == {}
    assert len(list((tmp_path / "cal").iterdir())) == len(files(exported)) - 1


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    out = tmp_path / "out"
    out.mkdir()
    server = make_server(out, 0, quiet=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield out, f"http://127.0.0.1:{server.server_address[1]}/calendar.ics"
    server.shutdown()
    server.server_close()
    thread.join()


def test_vdirsyncer_holds_an_updated_event_once(tmp_path: Path,
                                                served: tuple[Path, str]) -> None:
    if shutil.which("vdirsyncer") is None:
        pytest.skip("vdirsyncer not installed (pip install -e '.[test]')")
    out, url = served
    local = tmp_path / "local"
    local.mkdir()
    config = tmp_path / "vdirsyncer.conf"
    config.write_text(textwrap.dedent(f"""\
        [general]
        status_path = "{tmp_path / 'status'}"
        [pair feed]
        a = "remote"
        b = "local"
        collections = null
        conflict_resolution = "a wins"
        [storage remote]
        type = "http"
        url = "{url}"
        [storage local]
        type = "filesystem"
        path = "{local}"
        fileext = ".ics"
        """), "utf-8")
    docs = tmp_path / "docs"
    docs.mkdir()
    text = ("Herbstmarkt in Landau\n\nDer Herbstmarkt findet am 4. Oktober 2025 auf dem "
            "Rathausplatz in Landau statt. Veranstalter ist der Verkehrsverein Landau.\n")
    (docs / "markt.txt").write_text(text, "utf-8")
    (docs / "vortrag.txt").write_text(
        "Vortrag über Stadtgeschichte\n\nDer Vortrag findet am 20. November 2025 um 19 Uhr "
        "in der Stadtbibliothek Worms statt.\n", "utf-8")

    def sync(stamp: str) -> dict[str, icalendar.Event]:
        assert run("export", str(docs), "--out", str(out), "--stamp", stamp, "-q").exit_code == 0
        for step in (["discover", "feed"], ["sync"]):
            done = subprocess.run([sys.executable, "-m", "vdirsyncer", "-c", str(config), *step],
                                  capture_output=True, text=True, check=False, input="")
            assert done.returncode == 0, done.stderr
        held = [icalendar.Calendar.from_ical(p.read_bytes()) for p in local.iterdir()]
        events = [e for cal in held for e in cal.walk("VEVENT")]
        assert len(events) == len(held)
        return {e.DTSTART.strftime("%Y-%m-%d"): e for e in events}

    first = sync(STAMP)
    assert len(first) == 2
    (docs / "markt.txt").write_text(text.replace("Verkehrsverein", "Gewerbeverein"), "utf-8")
    second = sync(LATER)
    assert len(second) == 2
    # vdirsyncer's http storage swaps every UID for a hash of the item, so an update reaches
    # it as one item replaced by another: still the event once, in its new version
    new = second["2025-10-04"]
    assert new["SEQUENCE"] == 1
    assert "Gewerbeverein" in str(new["DESCRIPTION"])


def test_khal_holds_an_updated_event_once(tmp_path: Path) -> None:
    command = khal(tmp_path)
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}
    docs, out = tmp_path / "docs", tmp_path / "out"
    docs.mkdir()
    text = ("Herbstmarkt in Landau\n\nDer Herbstmarkt findet am 4. Oktober 2025 um 10 Uhr auf "
            "dem Rathausplatz in Landau statt. Veranstalter ist der Verkehrsverein Landau.\n")
    for stamp, version in ((STAMP, text), (LATER, text.replace("10 Uhr", "11 Uhr"))):
        (docs / "markt.txt").write_text(version, "utf-8")
        assert run("export", str(docs), "--out", str(out), "--stamp", stamp).exit_code == 0
        done = subprocess.run([*command, "import", "--batch", str(out / "calendar.ics")],
                              env=env, capture_output=True, text=True, check=False)
        assert (done.returncode, done.stderr) == (0, "")
    (held,) = (tmp_path / "cal").glob("*.ics")  # khal 0.14 leaves copies named *.icsXXXX
    (event,) = icalendar.Calendar.from_ical(held.read_bytes()).walk("VEVENT")
    assert (event["SEQUENCE"], event.DTSTART.hour) == (1, 11)
