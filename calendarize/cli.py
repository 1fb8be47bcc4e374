"""The command line: each command gathers options, calls the library once, and prints."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

import click

from . import __version__, publish
from .config import ConfigError, Settings, check_timezone, check_url, parse_duration
from .config import load as load_config
from .corrections import Correction, CorrectionsError
from .corrections import load as load_corrections
from .documents import Problem, load
from .output import Busy, OutputError, explain
from .parallel import default_jobs
from .pipeline import Extraction, dates_of, extract, mention_json

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


def jobs_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "-j", "--jobs", type=click.IntRange(min=1), default=default_jobs,
        show_default="number of cores",
        help="Processes to read documents with; the output is the same for any number.",
    )(func)


def _read_corrections(_ctx: click.Context, _param: click.Parameter,
                      value: Path | None) -> tuple[Correction, ...] | None:
    if value is None:
        return None
    try:
        return load_corrections(value)
    except CorrectionsError as err:
        _fail(str(err))


def corrections_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--corrections", metavar="FILE", callback=_read_corrections,
        type=click.Path(dir_okay=False, path_type=Path),
        help="TOML file of corrections by event UID, applied on every run.",
    )(func)


def _report_problems(result: Extraction, quiet: bool) -> None:
    for problem in result.problems + result.crashed:
        click.echo(f"calendarize: skipped {problem}", err=True)
    for stale in result.corrections.stale if result.corrections else ():
        click.echo(f"calendarize: {stale}", err=True)
    if not quiet and result.documents == 0 and not result.problems:
        click.echo("calendarize: no documents found", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="calendarize")
def cli() -> None:
    """Extract dated events from German press releases and write iCalendar files."""


def _option(parse: Callable[[Any], Any]) -> Callable[[click.Context, click.Parameter, Any], Any]:
    """A click callback turning a ConfigError of ``parse`` into a usage error."""
    def callback(_ctx: click.Context, _param: click.Parameter, value: Any) -> Any:
        try:
            return None if value is None else parse(value)
        except ConfigError as err:
            raise click.BadParameter(str(err)) from None
    return callback


def _days(value: float) -> dt.timedelta:
    return dt.timedelta(days=value)


@cli.command("export")
@click.argument("sources", nargs=-1)
@click.option("--config", "config", type=click.Path(dir_okay=False, path_type=Path),
              help="TOML file with sources, out, name, timezone, refresh, url (see README).")
@click.option("--out", "out", type=click.Path(file_okay=False, path_type=Path),
              help="Output folder: calendar.ics and events/*.ics are written here.")
@click.option("--name", help="The feed's name.  [default: calendarize]")
@click.option("--description", help="The feed's description.")
@click.option("--timezone", callback=_option(check_timezone), metavar="ZONE",
              help="Time zone of timed events.  [default: Europe/Berlin]")
@click.option("--refresh", callback=_option(parse_duration), metavar="DURATION",
              help="How often clients should refresh, e.g. PT12H.  [default: PT12H]")
@click.option("--url", callback=_option(check_url), help="Public URL of calendar.ics.")
@click.option("--keep-cancelled", "keep_cancelled", type=click.FloatRange(min=0),
              callback=_option(_days), metavar="DAYS",
              help="Keep events whose documents vanished this long as cancelled.")
@click.option("--wait", type=click.FloatRange(min=0), metavar="SECONDS",
              help="How long to wait for another run on DIR.  [default: 30]")
@click.option("--stamp", callback=_parse_stamp, metavar="TIME",
              help="DTSTAMP for changed events (ISO time, UTC); default: now.")
@reference_option
@corrections_option
@jobs_option
@click.option("-q", "--quiet", is_flag=True, help="Print nothing on success.")
@click.option("-v", "--verbose", is_flag=True, help="Explain each document and event.")
def export_command(config: Path | None, stamp: dt.datetime, reference: dt.date | None,
                   corrections: tuple[Correction, ...] | None, jobs: int, quiet: bool,
                   verbose: bool, **given: Any) -> None:
    """Write DIR/calendar.ics, one DIR/events/*.ics per event found in SOURCES, and
    DIR/index.html, a page of the events (upcoming as of the day of --stamp).

    SOURCES are files, folders (their .txt, .md, .html, .htm files, recursively) or - for
    standard input; with --config they may come from the file instead, and options
    override it.
    """
    settings = _settings(config, Settings(**given))
    assert settings.out is not None
    try:
        result, report = publish.run(publish.Job(settings, stamp, reference, corrections, jobs))
    except publish.NothingReadable as err:
        _report_problems(err.args[0], quiet)
        _fail("no source could be read")
    except Busy as err:
        _fail(str(err), EXIT_BUSY)
    except OutputError as err:
        _fail(str(err))
    _report_problems(result, quiet)
    if verbose:
        for line in explain(result.events, report):
            click.echo(f"calendarize: {line}", err=True)
    if not quiet or result.crashed:
        click.echo(_summary(result, len(report.exported), settings.out), err=True)
    if result.crashed:
        sys.exit(EXIT_PARTIAL)


def _settings(config: Path | None, given: Settings) -> Settings:
    """The options over the configuration file; exit 1 when the file is unusable."""
    try:
        settings = given.over(load_config(config)) if config else given
    except ConfigError as err:
        _fail(str(err))
    if not settings.sources:
        raise click.UsageError("no SOURCES given (as arguments or in --config)")
    if settings.out is None:
        raise click.UsageError("no output folder given (--out or out in --config)")
    return settings


# Above this many events not exported, the summary counts them by status instead of naming
# each: a cron run over an archive must still print one readable line (``-v`` names them).
NAMED_SKIPPED = 3


def _summary(result: Extraction, exported: int, out: Path) -> str:
    """The one line an export prints: what it wrote, and what it found but did not export."""
    skipped = [e for e in result.events if not e.exportable]
    line = (
        f"calendarize: {_count(exported, 'event')} exported to {out} "
        f"({result.merged} merged from several documents) "
        f"from {_count(result.documents, 'document')}"
    )
    if len(skipped) > NAMED_SKIPPED:
        statuses = Counter(e.status.value for e in skipped)
        counts = ", ".join(f"{n} {status}" for status, n in sorted(statuses.items()))
        line += f"; not exported: {counts} (-v or 'calendarize list' names them)"
    elif skipped:
        line += "; not exported: " + "; ".join(
            f"{e.status.value}: {e.title} "
            f"({', '.join(sorted({Path(s.file).name for s in e.sources}))})"
            for e in skipped)
    if result.corrections and result.corrections.hidden:
        line += f"; {result.corrections.hidden} hidden by corrections"
    return line


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'s' if n != 1 else ''}"


@cli.command("list")
@click.argument("sources", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array, one object per event.")
@click.option("--out", "out", type=click.Path(file_okay=False, path_type=Path),
              help="An export folder: show the UIDs its feed gave the events.")
@reference_option
@corrections_option
@jobs_option
def list_command(sources: tuple[str, ...], as_json: bool, out: Path | None,
                 reference: dt.date | None, corrections: tuple[Correction, ...] | None,
                 jobs: int) -> None:
    """List every event found in SOURCES, exported or not (corrected fields marked *)."""
    result = extract(sources, reference, corrections, jobs=jobs, published=out)
    _report_problems(result, quiet=as_json)
    if as_json:
        click.echo(json.dumps(result.rows(), ensure_ascii=False, indent=2))
    else:
        for row in result.rows():
            click.echo(_row(row))
    if result.documents == 0 and result.problems:
        sys.exit(EXIT_FAILURE)
    if result.crashed:
        sys.exit(EXIT_PARTIAL)


def _row(event: dict[str, Any]) -> str:
    fixed = set(event.get("corrected", ()))

    def mark(text: str, *keys: str) -> str:
        return f"{text}*" if fixed & set(keys) else text

    when = mark(event["start"] or "undated", "start")
    if event["end"]:
        when += f" – {mark(event['end'], 'end')}"
    where = mark(event["location"] or "–", "location", "venue", "city")
    line = (f"{when:<36} {mark(event['status'], 'status'):<12} {mark(event['title'], 'title')}"
            f"  [{where}]")
    if event.get("repeat"):  # (the hours recur: "weekly", "daily")
        line += f"  ({event['repeat']})"
    if fixed:
        line += f"  (corrected: {', '.join(event['corrected'])})"
    return line


@cli.command("dates")
@click.argument("files", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON: one object per file.")
@reference_option
def dates_command(files: tuple[str, ...], as_json: bool, reference: dt.date | None) -> None:
    """Print every date and time mention in FILES, with where it stands in the text."""
    out: list[dict[str, Any]] = []
    failed = crashed = False
    for item in load(files):
        found = item if isinstance(item, Problem) else dates_of(item, reference)
        if isinstance(found, Problem):
            click.echo(f"calendarize: skipped {found}", err=True)
            failed, crashed = True, crashed or found is not item
            continue
        out.append({"file": item.name, "mentions": [mention_json(m) for m in found]})
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
    if crashed:
        sys.exit(EXIT_PARTIAL)


@cli.command("serve")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port on 127.0.0.1 (0: any free port).")
@click.option("-q", "--quiet", is_flag=True, help="Do not log requests.")
def serve_command(folder: Path, port: int, quiet: bool) -> None:
    """Serve FOLDER (an export's output) on 127.0.0.1 to try a subscription locally."""
    from .serve import make_server  # http.server: only this command needs it

    try:
        server = make_server(folder, port, quiet)
    except OSError as err:
        _fail(f"cannot listen on 127.0.0.1:{port} ({err.strerror})")
    where = f"127.0.0.1:{server.server_port}/calendar.ics"
    click.echo(f"calendarize: serving {folder} at http://{where} (webcal://{where}); "
               "Ctrl-C stops", err=True)
    with server, contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()


def main() -> None:
    cli(prog_name="calendarize")
