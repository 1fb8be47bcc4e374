"""The export use case: extract the events, then write feed, event files, page and cache
while holding the output folder, so that two runs never interleave their writes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from . import site
from .cache import load_cache, save_cache
from .config import Settings
from .corrections import Correction
from .output import Report, exclusive, write_all
from .pipeline import Extraction, extract


class NothingReadable(Exception):
    """No source could be read: the previous output is left as it was."""


@dataclass(frozen=True, slots=True)
class Job:
    """One export run: the settings plus what varies per run."""

    settings: Settings
    stamp: dt.datetime
    reference: dt.date | None = None
    corrections: tuple[Correction, ...] | None = None
    jobs: int = 1


def run(job: Job) -> tuple[Extraction, Report]:
    """Export ``job``; raises OutputError (or Busy) when the folder cannot be written."""
    settings = job.settings
    assert settings.out is not None
    folder = settings.out
    feed = settings.feed()
    wait = 30.0 if settings.wait is None else settings.wait
    cache = load_cache(folder, job.reference)  # unchanged documents are not read again
    result = extract(settings.sources, job.reference, job.corrections, jobs=job.jobs,
                     cache=cache, published=folder)
    if result.documents == 0 and result.problems:
        raise NothingReadable(result)  # before the folder is even created
    with exclusive(folder, wait):
        report = write_all(result.events, folder, feed, job.stamp, settings.keep_cancelled)
        page = site.Site(feed.name, feed.description, settings.url, feed.timezone)
        site.publish(folder, report, site.day_of(job.stamp, page.timezone), page)
        save_cache(cache, folder)
    return result, report
