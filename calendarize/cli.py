"""The command line: each command gathers options, calls the library once, and prints."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

import click

from . import __version__
from .documents import Problem, load
from .ical import Feed
from .output import Busy, OutputError, export
from .pipeline import Extraction, dates_of, event_json, extract, mention_json

EXIT_OK = 0
EXIT_FAILURE = 1  # output not writable, no source readable
EXIT_BUSY = 3  # another run holds the output folder
EXIT_PARTIAL = 4  # finished, but a document made the parser fail


def _fail(message: str, code: int = EXIT_FAILURE) -> NoReturn:
    click.echo(f"calendarize: error: {message}", err=True)
    sys.exit(code)


def _parse_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def _parse_stamp(_ctx: click.Context, _param: click.Parameter, value: str | None) -> dt.datetime:
    if value is None:
        return dt.datetime.now(dt.UTC).replace(microsecond=0)
    try:
        stamp = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a time like 2026-01-01T00:00:00Z") from None
    return (stamp if stamp.tzinfo else stamp.replace(tzinfo=dt.UTC)).astimezone(dt.UTC)


def reference_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--reference-date", "reference", metavar="YYYY-MM-DD", callback=_parse_date,
        help="Date to read year-less dates against (the nearest year that fits the tense).",
    )(func)


def _report_problems(result: Extraction, quiet: bool) -> None:
    for problem in result.problems + result.crashed:
        click.echo(f"calendarize: skipped {problem}", err=True)
    if not quiet and result.documents == 0 and not result.problems:
        click.echo("calendarize: no documents found", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="calendarize")
def cli() -> None:
    """Extract dated events from German press releases and write iCalendar files."""


@cli.command("export")
@click.argument("sources", nargs=-1, required=True)
@click.option("--out", "out", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Output folder: calendar.ics and events/*.ics are written here.")
@click.option("--name", default="calendarize", show_default=True, help="The feed's name.")
@click.option("--stamp", callback=_parse_stamp, metavar="TIME",
              help="DTSTAMP for changed events (ISO time, UTC); default: now.")
@reference_option
@click.option("-q", "--quiet", is_flag=True, help="Print nothing on success.")
def export_command(sources: tuple[str, ...], out: Path, name: str, stamp: dt.datetime,
                   reference: dt.date | None, quiet: bool) -> None:
    """Write DIR/calendar.ics and one DIR/events/*.ics per event found in SOURCES.

    SOURCES are files, folders (their .txt files, recursively) or - for standard input.
    """
    result = extract(sources, reference)
    _report_problems(result, quiet)
    if result.documents == 0 and result.problems:
        _fail("no source could be read")
    try:
        report = export(result.events, out, Feed(name=name), stamp)
    except Busy as err:
        _fail(str(err), EXIT_BUSY)
    except OutputError as err:
        _fail(str(err))
    if not quiet or result.crashed:
        click.echo(_summary(result, len(report.exported), out), err=True)
    if result.crashed:
        sys.exit(EXIT_PARTIAL)


def _summary(result: Extraction, exported: int, out: Path) -> str:
    skipped = [
        f"{e.status.value}: {e.title} ({', '.join(Path(s.file).name for s in e.sources)})"
        for e in result.events if not e.exportable
    ]
    line = (
        f"calendarize: {exported} events exported to {out} "
        f"({result.merged} merged from several documents) from {result.documents} documents"
    )
    if skipped:
        line += "; not exported: " + "; ".join(skipped)
    return line


@cli.command("list")
@click.argument("sources", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array, one object per event.")
@reference_option
def list_command(sources: tuple[str, ...], as_json: bool, reference: dt.date | None) -> None:
    """List every event found in SOURCES, exported or not."""
    result = extract(sources, reference)
    _report_problems(result, quiet=as_json)
    if as_json:
        rows = [event_json(e) for e in result.events]
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for event in result.events:
            click.echo(_row(event_json(event)))
    if result.documents == 0 and result.problems:
        sys.exit(EXIT_FAILURE)
    if result.crashed:
        sys.exit(EXIT_PARTIAL)


def _row(event: dict[str, Any]) -> str:
    when = event["start"] or "undated"
    if event["end"]:
        when += f" – {event['end']}"
    where = event["location"] or "–"
    return f"{when:<36} {event['status']:<12} {event['title']}  [{where}]"


@cli.command("dates")
@click.argument("files", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON: one object per file.")
@reference_option
def dates_command(files: tuple[str, ...], as_json: bool, reference: dt.date | None) -> None:
    """Print every date and time mention in FILES, with where it stands in the text."""
    out = []
    failed = False
    for item in load(files):
        if isinstance(item, Problem):
            click.echo(f"calendarize: skipped {item}", err=True)
            failed = True
            continue
        mentions = [mention_json(m) for m in dates_of(item, reference)]
        out.append({"file": item.name, "mentions": mentions})
    if as_json:
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        for doc in out:
            for m in doc["mentions"]:
                end = f" – {m['end']}" if m["end"] else ""
                click.echo(f"{doc['file']}:{m['span'][0]}-{m['span'][1]}  "
                           f"{m['start']}{end}  {m['text']!r}")
    if failed and not out:
        sys.exit(EXIT_FAILURE)


def main() -> None:
    cli(prog_name="calendarize")
