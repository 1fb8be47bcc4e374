"""The TOML configuration: what it holds, how options override it, and its errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
import pytest

from calendarize.config import ConfigError, Settings, load, parse_duration

from .conftest import SEEDS, STAMP, run

TIMED = ("Vortrag über Stadtgeschichte\n\nDer Vortrag zur Stadtgeschichte findet am "
         "20. November 2025 um 19 Uhr in der Stadtbibliothek Worms statt.\n")


def write(folder: Path, text: str) -> Path:
    path = folder / "calendarize.toml"
    path.write_text(text, "utf-8")
    return path


def feed(out: Path) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical((out / "calendar.ics").read_bytes())


@pytest.mark.parametrize(("text", "expected", "reason"), [
    ("PT12H", dt.timedelta(hours=12), "hours"),
    ("12", dt.timedelta(hours=12), "a bare number is hours"),
    ("P1D", dt.timedelta(days=1), "days"),
    ("P1W", dt.timedelta(weeks=1), "weeks"),
    ("PT90M", dt.timedelta(minutes=90), "minutes"),
    ("P1DT6H", dt.timedelta(days=1, hours=6), "days and hours"),
    ("pt6h", dt.timedelta(hours=6), "lower case"),
])
def test_parse_duration(text: str, expected: dt.timedelta, reason: str) -> None:
    assert parse_duration(text) == expected, reason


@pytest.mark.parametrize("text", ["", "P", "PT", "12h", "P1H", "PT0S", "soon"])
def test_parse_duration_rejects(text: str) -> None:
    with pytest.raises(ConfigError):
        parse_duration(text)


def test_relative_paths_resolve_against_the_config_files_folder(tmp_path: Path) -> None:
    config = write(tmp_path, 'sources = ["docs", "-"]\nout = "public"\n')
    settings = load(config)
    assert settings.sources == (str(tmp_path / "docs"), "-")
    assert settings.out == tmp_path / "public"


def test_options_override_the_file() -> None:
    base = Settings(sources=("a",), out=Path("x"), name="Datei", refresh=dt.timedelta(hours=6))
    merged = Settings(name="Option").over(base)
    assert (merged.sources, merged.out, merged.name, merged.refresh) == (
        ("a",), Path("x"), "Option", dt.timedelta(hours=6))


def test_export_with_config_writes_every_feed_property(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "vortrag.txt").write_text(TIMED, "utf-8")
    config = write(tmp_path, "\n".join([
        'sources = ["docs"]', 'out = "public"', 'name = "Termine Worms"',
        'description = "Aus unseren Pressemitteilungen"', 'timezone = "Europe/Vienna"',
        'refresh = "PT6H"', 'url = "https://example.org/termine/calendar.ics"', ""]))
    result = run("export", "--config", str(config), "--stamp", STAMP, "-q")
    assert (result.exit_code, result.output) == (0, "")
    data = (tmp_path / "public" / "calendar.ics").read_bytes()
    for line in (b"NAME:Termine Worms", b"X-WR-CALNAME:Termine Worms",
                 b"DESCRIPTION:Aus unseren Pressemitteilungen",
                 b"X-WR-CALDESC:Aus unseren Pressemitteilungen",
                 b"REFRESH-INTERVAL;VALUE=DURATION:PT6H", b"X-PUBLISHED-TTL:PT6H",
                 b"X-WR-TIMEZONE:Europe/Vienna", b"TZID:Europe/Vienna",
                 b"DTSTART;TZID=Europe/Vienna:20251120T190000",
                 b"URL:https://example.org/termine/calendar.ics",
                 b"SOURCE:https://example.org/termine/calendar.ics"):
        assert b"\r\n" + line + b"\r\n" in data, line


def test_defaults_without_config(tmp_path: Path) -> None:
    result = run("export", str(SEEDS), "--out", str(tmp_path), "--stamp", STAMP, "-q")
    assert result.exit_code == 0
    cal = feed(tmp_path)
    assert (cal["REFRESH-INTERVAL"].to_ical(), cal["X-PUBLISHED-TTL"].to_ical()) == (
        b"PT12H", b"PT12H")
    assert cal["REFRESH-INTERVAL"].params["VALUE"] == "DURATION"
    assert "URL" not in cal
    assert "SOURCE" not in cal


def test_command_line_options_override_the_config(tmp_path: Path) -> None:
    config = write(tmp_path, f'sources = ["{SEEDS}"]\nout = "public"\nname = "Datei"\n')
    other = tmp_path / "other"
    result = run("export", "--config", str(config), "--out", str(other), "--name", "Option",
                 "--refresh", "P1D", "--stamp", STAMP, "-q")
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "public").exists()
    cal = feed(other)
    assert (str(cal["NAME"]), cal["X-PUBLISHED-TTL"].to_ical()) == ("Option", b"P1D")


@pytest.mark.parametrize(("text", "message"), [
    ("out = [\n", "not valid TOML"),
    ('ouput = "x"\n', "unknown setting 'ouput'"),
    ('sources = "docs"\nout = 5\n', "'out' must be a non-empty string"),
    ('sources = [1]\n', "'sources' must be a list of paths"),
    ('sources = ["d"]\nout = "o"\ntimezone = "Mars/Olympus"\n', "not a time zone"),
    ('sources = ["d"]\nout = "o"\nrefresh = "soon"\n', "not a duration"),
    ('sources = ["d"]\nout = "o"\nurl = "example.org"\n', "not an absolute URL"),
    ('sources = ["d"]\nout = "o"\nwait = -1\n', "'wait' must be a number"),
    (b"\xff\xfe".decode("latin-1"), "not valid TOML"),
])
def test_an_invalid_config_exits_1_with_a_clear_message(
        tmp_path: Path, text: str, message: str) -> None:
    config = write(tmp_path, text)
    result = run("export", "--config", str(config))
    assert result.exit_code == 1
    assert result.output.startswith(f"calendarize: error: {config}: ")
    assert message in result.output


def test_an_unreadable_config_exits_1(tmp_path: Path) -> None:
    result = run("export", "--config", str(tmp_path / "missing.toml"))
    assert result.exit_code == 1
    assert "cannot read the configuration" in result.output


@pytest.mark.parametrize(("args", "message"), [
    (["--out", "x"], "no SOURCES given"),
    ([str(SEEDS)], "no output folder given"),
    ([str(SEEDS), "--out", "x", "--timezone", "Berlin"], "not a time zone"),
    ([str(SEEDS), "--out", "x", "--url", "calendar.ics"], "not an absolute URL"),
])
def test_missing_or_wrong_options_are_usage_errors(args: list[str], message: str) -> None:
    result = run("export", *args)
    assert result.exit_code == 2
    assert message in result.output
