"""Runs that cron repeats forever: same input same bytes, updates as updates, crash safety."""

from __future__ import annotations

import fcntl
import os
import random
import subprocess
import sys
import threading
import types
from pathlib import Path

import icalendar
import pytest

from calendarize import output

from .conftest import DOCUMENTS, ROOT, SEEDS, STAMP, listed, run

LATER = "2026-02-01T00:00:00Z"
FEST, MARKT, VORTRAG_DAY = "2025-07-12", "2025-10-04", "2025-11-20"
SOMMERFEST = (
    "Sommerfest im Domgarten\n\nDas Sommerfest der Stadt Speyer findet am 12. Juli 2025 um "
    "14 Uhr im Domgarten in Speyer statt. Veranstalter ist der Verkehrsverein Speyer.\n"
)
HERBSTMARKT = (
    "Herbstmarkt in Landau\n\nDer Herbstmarkt findet am 4. Oktober 2025 auf dem "
    "Rathausplatz in Landau statt.\n"
)
VORTRAG = (
    "Vortrag über Stadtgeschichte\n\nDer Vortrag zur Stadtgeschichte findet am 20. November "
    "2025 um 19 Uhr in der Stadtbibliothek Worms statt.\n"
)


def write_docs(folder: Path, docs: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.txt"):
        if old.name not in docs:
            old.unlink()
    for name, text in docs.items():
        (folder / name).write_text(text, "utf-8")
    return folder


def export(docs: Path, out: Path, *extra: str, stamp: str = STAMP) -> str:
    result = run("export", str(docs), "--out", str(out), "--stamp", stamp, *extra)
    assert result.exit_code == 0, result.output
    return result.output


def events(feed: Path) -> dict[str, icalendar.Event]:
    """The feed's events by their first day (titles are the title finder's business)."""
    cal = icalendar.Calendar.from_ical(feed.read_bytes())
    return {e.DTSTART.strftime("%Y-%m-%d"): e for e in cal.walk("VEVENT")}


def event_file(out: Path, day: str) -> str:
    """The events/ file of the event on ``day``."""
    (path,) = (out / "events").glob(f"{day}-*.ics")
    return str(path.relative_to(out))


def _tracked(out: Path) -> list[Path]:
    """The feed, the state, every file in events/, and files a user put there."""
    names = ("calendar.ics", output.STATE_NAME, "mine.html")
    return sorted([*(out / n for n in names if (out / n).exists()), *(out / "events").iterdir()])


def snapshot(out: Path) -> dict[str, tuple[bytes, int]]:
    """Every tracked file's bytes and mtime, after setting mtimes far back to see writes."""
    files = {}
    for path in _tracked(out):
        os.utime(path, ns=(10**18, 10**18))
        files[str(path.relative_to(out))] = (path.read_bytes(), path.stat().st_mtime_ns)
    return files


def unchanged(out: Path, before: dict[str, tuple[bytes, int]]) -> dict[str, tuple[bytes, int]]:
    now = {str(p.relative_to(out)): (p.read_bytes(), p.stat().st_mtime_ns) for p in _tracked(out)}
    return {k: v for k, v in now.items() if before.get(k) == v}


# the files of the output folder that an export replaces by writing a temporary file
ROOT_FILES = ["calendar.ics", output.STATE_NAME, "index.html", ".calendarize-page",
              ".calendarize-cache"]


def leftovers(out: Path) -> list[Path]:
    """Temporary files of the feed, state, page, cache or event files (not other writers')."""
    return [*(p for name in ROOT_FILES for p in out.glob(f".{name}.*.tmp")),
            *(out / "events").glob("*.tmp")]


def test_a_killed_runs_temporary_files_are_removed_and_no_others(
        docs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    export(docs, out)
    ours = [out / f".{name}.4242.tmp" for name in ROOT_FILES] + [out / "events" / ".x.ics.7.tmp"]
    theirs = [out / ".notes.txt.4242.tmp", out / "events" / ".notes.txt.7.tmp",
              out / ".index.html.tmp"]
    for path in (*ours, *theirs):
        path.write_bytes(b"half")
    export(docs, out)
    assert [p for p in ours if p.exists()] == []
    assert [p for p in theirs if p.exists()] == theirs


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    return write_docs(tmp_path / "docs", {
        "a.txt": SOMMERFEST, "b.txt": HERBSTMARKT, "c.txt": VORTRAG})


def test_a_rerun_writes_identical_bytes_and_touches_no_file(docs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    export(docs, out)
    before = snapshot(out)
    assert output.FEED_NAME in before
    assert output.STATE_NAME in before
    export(docs, out, stamp=LATER)
    assert unchanged(out, before) == before


def test_a_changed_document_raises_only_its_events_sequence(docs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    export(docs, out)
    old = events(out / "calendar.ics")
    before = snapshot(out)
    (docs / "a.txt").write_text(SOMMERFEST.replace("Verkehrsverein", "Kulturverein"), "utf-8")
    export(docs, out, stamp=LATER)
    new = events(out / "calendar.ics")
    changed = new[FEST]
    assert changed["UID"] == old[FEST]["UID"]
    assert changed["SEQUENCE"] == 1
    assert changed["DTSTAMP"].to_ical() == changed["LAST-MODIFIED"].to_ical() == b"20260201T000000Z"
    for day in (MARKT, VORTRAG_DAY):
        assert new[day].to_ical() == old[day].to_ical()
    kept = unchanged(out, before)
    assert sorted(set(before) - set(kept)) == [
        output.STATE_NAME, "calendar.ics", event_file(out, FEST)]


def test_a_removed_document_leaves_the_feed_and_only_its_file_goes(
        docs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    export(docs, out)
    (out / "events" / "notes.ics").write_bytes(b"mine")
    (out / "mine.html").write_bytes(b"<p>mine</p>")
    before = snapshot(out)
    gone = event_file(out, MARKT)
    (docs / "b.txt").unlink()
    export(docs, out, stamp=LATER)
    assert MARKT not in events(out / "calendar.ics")
    assert not (out / gone).exists()
    kept = unchanged(out, before)
    assert sorted(set(before) - set(kept)) == [output.STATE_NAME, "calendar.ics", gone]


def test_a_foreign_file_with_an_events_name_is_not_overwritten(
        docs: Path, tmp_path: Path) -> None:
    out, first = tmp_path / "out", tmp_path / "first"
    export(docs, first)
    name = event_file(first, MARKT)
    (out / "events").mkdir(parents=True)
    (out / name).write_bytes(b"mine")
    export(docs, out)
    assert (out / name).read_bytes() == b"mine"
    assert (out / name.replace(".ics", "-2.ics")).read_bytes() == (first / name).read_bytes()


@pytest.mark.parametrize(("stamp", "in_feed"), [
    ("2026-02-01T00:00:00Z", True),   # the run that notices: published as cancelled
    ("2026-02-10T00:00:00Z", True),   # still within the ten days, bytes unchanged
    ("2026-02-11T00:00:00Z", False),  # ten days later: gone, its file removed
])
def test_keep_cancelled_publishes_a_vanished_event_as_cancelled_for_a_while(
        docs: Path, tmp_path: Path, stamp: str, in_feed: bool) -> None:
    out = tmp_path / "out"
    export(docs, out, "--keep-cancelled", "10")
    uid = events(out / "calendar.ics")[MARKT]["UID"]
    file = out / event_file(out, MARKT)
    (docs / "b.txt").unlink()
    export(docs, out, "--keep-cancelled", "10", stamp=LATER)
    first = (out / "calendar.ics").read_bytes()
    export(docs, out, "--keep-cancelled", "10", stamp=stamp)
    found = events(out / "calendar.ics").get(MARKT)
    assert file.exists() is in_feed
    if in_feed:
        assert found is not None
        assert (found["UID"], found["STATUS"], found["SEQUENCE"]) == (uid, "CANCELLED", 1)
        assert (out / "calendar.ics").read_bytes() == first
    else:
        assert found is None


KONZERT = SOMMERFEST.replace("Das Sommerfest der Stadt Speyer", "Der Konzertabend im Domgarten")


@pytest.mark.parametrize(("before", "after", "new_key", "reason"), [
    (SOMMERFEST, SOMMERFEST.replace("Verkehrsverein", "Kulturverein"), False,
     "a new organiser"),
    (SOMMERFEST, SOMMERFEST.replace("im Domgarten in", "im Stadtpark in"), False,
     "a corrected place"),
    (KONZERT.replace("Sommerfest im", "Konzertabend im"), SOMMERFEST, True,
     "a better title that changes the event key (same day, same document)"),
    (SOMMERFEST, SOMMERFEST.replace("12. Juli", "19. Juli"), True,
     "a corrected day (same document, same title)"),
])
def test_an_event_keeps_its_uid_when_a_later_run_learns_more(
        tmp_path: Path, before: str, after: str, new_key: bool, reason: str) -> None:
    docs, out = tmp_path / "docs", tmp_path / "out"
    export(write_docs(docs, {"a.txt": before}), out)
    (old,) = events(out / "calendar.ics").values()
    (key_before,) = listed(str(docs))
    export(write_docs(docs, {"a.txt": after}), out, stamp=LATER)
    (new,) = events(out / "calendar.ics").values()
    (key_after,) = listed(str(docs))
    assert (key_before["uid"] != key_after["uid"]) is new_key, "the row tests what it says"
    assert new["UID"] == old["UID"], reason
    assert new["SEQUENCE"] == 1, reason
    assert len(list((out / "events").iterdir())) == 1, reason


@pytest.mark.parametrize(("more", "reason"), [
    ("Domgarten: Sommerfest am 12. Juli\n\nDas Sommerfest am 12. Juli 2025 im Domgarten in "
     "Speyer richtet der Verkehrsverein Speyer gemeinsam mit dem Kulturamt Speyer aus.\n",
     "a second report with another organiser"),
    ("Sommerfest im Domgarten\n\nDas Sommerfest am 12. Juli im Domgarten in Speyer beginnt um "
     "14 Uhr.\n", "a report without the year, which the first document supplies"),
])
def test_an_event_keeps_its_uid_when_another_document_supplies_more(
        tmp_path: Path, more: str, reason: str) -> None:
    docs, out = tmp_path / "docs", tmp_path / "out"
    export(write_docs(docs, {"a.txt": SOMMERFEST}), out)
    (old,) = events(out / "calendar.ics").values()
    export(write_docs(docs, {"a.txt": SOMMERFEST, "z.txt": more}), out, stamp=LATER)
    (new,) = events(out / "calendar.ics").values()
    assert new["UID"] == old["UID"], reason


def test_a_different_event_on_the_same_day_gets_a_new_uid(tmp_path: Path) -> None:
    docs, out = tmp_path / "docs", tmp_path / "out"
    export(write_docs(docs, {"a.txt": SOMMERFEST}), out)
    (old,) = events(out / "calendar.ics").values()
    other = ("Lesung in der Stadtbibliothek\n\nDie Lesung findet am 12. Juli 2025 um 19 Uhr in "
             "der Stadtbibliothek Worms statt.\n")
    export(write_docs(docs, {"b.txt": other}), out, stamp=LATER)
    (new,) = events(out / "calendar.ics").values()
    assert new["UID"] != old["UID"]
    assert new["SEQUENCE"] == 0


class Failing:
    """``os`` for calendarize.output, the ``n``-th call of ``name`` in an export failing."""

    def __init__(self, name: str, n: int) -> None:
        self.name, self.n, self.calls, self.exporting = name, n, 0, False

    def module(self) -> types.SimpleNamespace:
        real = getattr(os, self.name)

        def failing(*args: object) -> object:
            self.calls += self.exporting
            if self.exporting and self.calls == self.n:
                raise OSError(5, "Input/output error (injected)", str(args[-1]))
            return real(*args)

        return types.SimpleNamespace(**{**vars(os), self.name: failing})

    def export(self) -> object:
        """``output._export``, counting calls only while it runs (not the cache's writes)."""
        real = output._export

        def exporting(*args: object, **kwargs: object) -> object:
            self.exporting = True
            try:
                return real(*args, **kwargs)  # type: ignore[arg-type]
            finally:
                self.exporting = False

        return exporting


# The run below writes the state (its plan), two event files, the feed and the state again,
# and removes one file: every one of those calls fails once.
@pytest.mark.parametrize(("name", "n"), [
    *(("replace", n) for n in range(1, 6)), *(("fsync", n) for n in range(1, 6)), ("unlink", 1)])
def test_a_failing_write_leaves_the_previous_feed_complete(
        docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, n: int) -> None:
    out, reference = tmp_path / "out", tmp_path / "reference"
    for folder in (out, reference):
        export(docs, folder)
    old_feed = (out / "calendar.ics").read_bytes()
    write_docs(docs, {"a.txt": SOMMERFEST.replace("Verkehrsverein", "Kulturverein"),
                      "c.txt": VORTRAG, "d.txt": HERBSTMARKT.replace("4. Oktober", "5. Oktober")})
    export(docs, reference, stamp=LATER)
    new_feed = (reference / "calendar.ics").read_bytes()
    failing = Failing(name, n)
    with monkeypatch.context() as patch:
        patch.setattr(output, "os", failing.module())
        patch.setattr(output, "_export", failing.export())
        result = run("export", str(docs), "--out", str(out), "--stamp", LATER, "-q")
    assert failing.calls >= n
    assert result.exit_code == 1, result.output
    assert "cannot write" in result.output
    assert (out / "calendar.ics").read_bytes() in (old_feed, new_feed)
    assert not leftovers(out)
    export(docs, out, stamp=LATER)  # the next run repairs everything
    assert {p.name: p.read_bytes() for p in out.rglob("*.ics")} == \
        {p.name: p.read_bytes() for p in reference.rglob("*.ics")}


def test_a_failing_sync_of_many_files_replaces_none_of_them(
        docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    export(docs, out)
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    write_docs(docs, {"a.txt": SOMMERFEST.replace("14 Uhr", "15 Uhr"),
                      "b.txt": HERBSTMARKT.replace("4. Oktober", "5. Oktober"), "c.txt": VORTRAG})

    def failing(folder: Path) -> bool:
        raise OSError(5, "Input/output error (injected)", str(folder))

    with monkeypatch.context() as patch:
        patch.setattr(output, "SYNC_ONCE", 1)  # the two changed event files: one sync
        patch.setattr(output, "_sync_file_system", failing)
        result = run("export", str(docs), "--out", str(out), "--stamp", LATER, "-q")
    assert result.exit_code == 1, result.output
    assert "cannot write (Input/output error (injected))" in result.output
    assert not leftovers(out)
    changed = {p for p, data in before.items() if p.read_bytes() != data}
    assert changed <= {out / output.STATE_NAME}  # (its plan: the next run renders again)
    export(docs, out, stamp=LATER)
    assert events(out / "calendar.ics").keys() == {FEST, "2025-10-05", VORTRAG_DAY}


def _check_feed(feed: Path, sizes: set[int]) -> None:
    data = feed.read_bytes()
    assert data.endswith(b"END:VCALENDAR\r\n")
    assert len(icalendar.Calendar.from_ical(data).walk("VEVENT")) in sizes


def test_killing_real_runs_at_random_points_never_breaks_the_feed(tmp_path: Path) -> None:
    corpus = sorted([*DOCUMENTS.glob("*.txt"), *SEEDS.glob("*.txt")])
    full, half = tmp_path / "full", tmp_path / "half"
    write_docs(full, {p.name: p.read_text("utf-8") for p in corpus})
    write_docs(half, {p.name: p.read_text("utf-8") for p in corpus[::2]})
    out = tmp_path / "out"
    command = [sys.executable, "-m", "calendarize", "export", "--out", str(out), "-q", "-j1"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    sizes = set()
    for docs in (half, full):  # complete runs: the two feeds a killed run may leave
        subprocess.run([*command, str(docs)], env=env, check=True)
        sizes.add((out / "calendar.ics").read_bytes().count(b"BEGIN:VEVENT"))
    rng = random.Random(5)
    for i in range(6):
        process = subprocess.Popen([*command, str((half, full)[i % 2]), "--stamp",
                                    f"2026-03-0{i + 1}T00:00:00Z"], env=env)
        try:
            process.wait(timeout=rng.uniform(0.2, 2.0))
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        _check_feed(out / "calendar.ics", sizes)
    subprocess.run([*command, str(full)], env=env, check=True)
    _check_feed(out / "calendar.ics", {max(sizes)})
    assert not leftovers(out)
    assert len(list((out / "events").iterdir())) == max(sizes)


def test_a_second_run_exits_3_when_the_first_holds_the_folder(
        docs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    export(docs, out)
    with open(out / output.LOCK_NAME, "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        result = run("export", str(docs), "--out", str(out), "--wait", "0")
    assert result.exit_code == 3
    assert "another calendarize run is writing here" in result.output


def test_a_second_run_waits_for_the_first(docs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    export(docs, out)
    lock = open(out / output.LOCK_NAME, "a")  # noqa: SIM115 - released by the timer
    fcntl.flock(lock, fcntl.LOCK_EX)
    threading.Timer(0.3, lock.close).start()
    export(docs, out, "--wait", "60", stamp=LATER)
    assert lock.closed


def test_two_real_runs_at_once_both_finish(docs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    command = [sys.executable, "-m", "calendarize", "export", str(docs), "--out", str(out),
               "--stamp", STAMP, "-q", "--wait", "60"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    processes = [subprocess.Popen(command, env=env, stderr=subprocess.PIPE) for _ in range(2)]
    results = [(p.wait(timeout=120), p.stderr.read() if p.stderr else b"") for p in processes]
    for process in processes:
        if process.stderr:
            process.stderr.close()
    assert results == [(0, b""), (0, b"")]
    assert len(events(out / "calendar.ics")) == 3


def test_quiet_prints_nothing_on_success(docs: Path, tmp_path: Path) -> None:
    assert export(docs, tmp_path / "out", "--quiet") == ""


def test_verbose_explains_each_document(docs: Path, tmp_path: Path) -> None:
    said = export(docs, tmp_path / "out", "-v")
    for name, day in (("a.txt", FEST), ("b.txt", MARKT)):
        line = next(x for x in said.splitlines() if x.startswith(f"calendarize: {docs / name}"))
        assert "1 event: " in line
        assert f"({day}" in line
        assert "written" in line
    gone = event_file(tmp_path / "out", MARKT)
    (docs / "b.txt").unlink()
    said = export(docs, tmp_path / "out", "-v", stamp=LATER)
    assert f"{gone}: removed" in said


def test_new_feed_settings_rewrite_the_files_but_raise_no_sequence(
        docs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    export(docs, out)
    export(docs, out, "--refresh", "PT6H", stamp=LATER)
    for path in [out / "calendar.ics", *(out / "events").iterdir()]:
        data = path.read_bytes()
        assert b"REFRESH-INTERVAL;VALUE=DURATION:PT6H\r\n" in data, path.name
        assert b"SEQUENCE:1" not in data, path.name


YEARLESS = ("Frühlingsfest in {town}\n\n"
            "Das Frühlingsfest findet am 12. April um 14 Uhr in {town} statt.\n")
UNDATED = "Brunch in {town}\n\nZum Brunch lädt der Verein wieder alle Mitglieder ein.\n"
TOWNS = ("Speyer", "Landau", "Worms", "Mainz")


@pytest.mark.parametrize(("docs", "tail"), [
    ({"pm.txt": SOMMERFEST}, "exported to {out} (0 merged from several documents) from 1 document"),
    ({"a/pm.txt": YEARLESS.format(town="Speyer"), "b/pm.txt": YEARLESS.format(town="Speyer")},
     "from 2 documents; not exported: year-unknown: Frühlingsfest in Speyer (pm.txt)"),
    ({f"{t}.txt": YEARLESS.format(town=t) for t in TOWNS[:3]},
     "; ".join(f"year-unknown: Frühlingsfest in {t} ({t}.txt)" for t in sorted(TOWNS[:3]))),
    ({**{f"{t}.txt": YEARLESS.format(town=t) for t in TOWNS},
      "brunch.txt": UNDATED.format(town="Speyer")},
     "not exported: 1 undated, 4 year-unknown (-v or 'calendarize list' names them)"),
])
def test_summary_names_few_events_not_exported_and_counts_many(
        tmp_path: Path, docs: dict[str, str], tail: str) -> None:
    for name, text in docs.items():
        (tmp_path / "in" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "in" / name).write_text(text, "utf-8")
    out = tmp_path / "out"
    summary = export(tmp_path / "in", out).splitlines()[-1]
    assert summary.endswith(tail.format(out=out)), summary
