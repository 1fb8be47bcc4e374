"""The configuration file (TOML) and how command-line options override it.

A crontab line then is ``calendarize export --config /path/calendarize.toml``::

    sources = ["pressemitteilungen"]     # files or folders, relative to this file
    out = "public"                       # the output folder
    name = "Veranstaltungen"             # the feed's name
    description = "Termine aus unseren Pressemitteilungen"
    timezone = "Europe/Berlin"
    refresh = "PT12H"                    # REFRESH-INTERVAL and X-PUBLISHED-TTL
    url = "https://example.org/calendar/calendar.ics"
    keep_cancelled = 30                  # days
    wait = 60                            # seconds to wait for another run
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .ical import Feed

_DURATION = re.compile(
    r"P(?:(?P<weeks>\d+)W|(?:(?P<days>\d+)D)?(?:T(?=\d)(?:(?P<hours>\d+)H)?"
    r"(?:(?P<minutes>\d+)M)?(?:(?P<seconds>\d+)S)?)?)"
)


class ConfigError(Exception):
    """A configuration file or setting that cannot be used; the message says why."""


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything an export needs besides the documents; None where nothing was given."""

    sources: tuple[str, ...] = ()
    out: Path | None = None
    name: str | None = None
    description: str | None = None
    timezone: str | None = None
    refresh: dt.timedelta | None = None
    url: str | None = None
    keep_cancelled: dt.timedelta | None = None
    wait: float | None = None

    def over(self, base: Settings) -> Settings:
        """These settings where given, ``base``'s elsewhere (options over the file)."""
        given = {f.name: getattr(self, f.name) for f in fields(self)}
        return Settings(**{k: v if v not in (None, ()) else getattr(base, k)
                           for k, v in given.items()})

    def feed(self) -> Feed:
        """The feed's properties, defaults where nothing was set."""
        defaults = Feed()
        return Feed(
            name=self.name or defaults.name,
            description=self.description or defaults.description,
            timezone=self.timezone or defaults.timezone,
            refresh=self.refresh or defaults.refresh,
            url=self.url,
        )


def parse_duration(text: str) -> dt.timedelta:
    """An ISO 8601 duration such as ``PT12H`` or ``P1D`` (hours also as a bare number).

    >>> parse_duration("PT12H") == parse_duration("12") == dt.timedelta(hours=12)
    True
    >>> parse_duration("P1DT6H")
    datetime.timedelta(days=1, seconds=21600)
    """
    text = text.strip().upper()
    if text.isdigit():
        text = f"PT{text}H"
    found = _DURATION.fullmatch(text)
    if found is None or not any(found.groups()):
        raise ConfigError(f"{text!r} is not a duration like PT12H, P1D or 12 (hours)")
    duration = dt.timedelta(**{k: int(v) for k, v in found.groupdict().items() if v})
    if duration < dt.timedelta(minutes=1):
        raise ConfigError(f"{text!r}: a refresh interval must be at least a minute")
    return duration


def check_timezone(name: str) -> str:
    """``name`` if it is an IANA time zone such as ``Europe/Berlin``."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"{name!r} is not a time zone like Europe/Berlin") from None
    return name


def check_url(url: str) -> str:
    """``url`` if it is an absolute http(s) or webcal URL."""
    if not re.match(r"(?:https?|webcal)://[^\s/]+", url):
        raise ConfigError(f"{url!r} is not an absolute URL like https://example.org/x.ics")
    return url


def load(path: Path) -> Settings:
    """The settings a TOML file holds; relative paths are read from the file's folder."""
    import tomllib  # only a run with --config reads TOML: ~1% of start-up otherwise

    try:
        with open(path, "rb") as handle:
            raw = tomllib.load(handle)
    except OSError as err:
        raise ConfigError(f"{path}: cannot read the configuration ({err.strerror})") from err
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise ConfigError(f"{path}: not valid TOML ({err})") from err
    try:
        return _settings(raw, path.parent)
    except ConfigError as err:
        raise ConfigError(f"{path}: {err}") from err


def _settings(raw: dict[str, Any], folder: Path) -> Settings:
    known = {f.name for f in fields(Settings)}
    unknown = sorted(set(raw) - known)
    if unknown:
        raise ConfigError(f"unknown setting {unknown[0]!r} (known: {', '.join(sorted(known))})")
    sources = raw.get("sources", ())
    if isinstance(sources, str):
        sources = [sources]
    out = raw.get("out")
    return Settings(
        sources=tuple(s if s == "-" else str(folder / s) for s in _strings("sources", sources)),
        out=folder / _text("out", out) if out is not None else None,
        name=_optional_text(raw, "name"),
        description=_optional_text(raw, "description"),
        timezone=check_timezone(_text("timezone", raw["timezone"]))
        if "timezone" in raw else None,
        refresh=parse_duration(str(raw["refresh"])) if "refresh" in raw else None,
        url=check_url(_text("url", raw["url"])) if "url" in raw else None,
        keep_cancelled=dt.timedelta(days=_number("keep_cancelled", raw["keep_cancelled"]))
        if "keep_cancelled" in raw else None,
        wait=_number("wait", raw["wait"]) if "wait" in raw else None,
    )


def _text(key: str, value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{key!r} must be a non-empty string")
    return value


def _optional_text(raw: dict[str, Any], key: str) -> str | None:
    return _text(key, raw[key]) if key in raw else None


def _strings(key: str, value: object) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ConfigError(f"{key!r} must be a list of paths")
    return value


def _number(key: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise ConfigError(f"{key!r} must be a number of at least 0")
    return float(value)
