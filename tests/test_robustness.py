"""Hostile and odd input through the real CLI: every source is read or named with a reason.

The corpus is generated here (no committed binaries): files in every encoding German
office software writes, web pages, binaries, empty files, pipes, broken links and link
loops, a huge file, a folder of 10,000 files, standard input; output folders that cannot
be written; a parser that fails on one document.
"""

from __future__ import annotations

import errno
import json
import os
import re
import shutil
import tracemalloc
from pathlib import Path
from typing import Any

import icalendar
import pytest
from click.testing import CliRunner, Result

from calendarize import documents, parallel, pipeline
from calendarize.cli import cli
from calendarize.documents import MAX_BYTES, document_of, normalise, read_document, text_of
from calendarize.markup import markdown_text
from calendarize.model import Day, Event, Source

from .conftest import SEEDS, STAMP, run

TEXT = "Die Jahrestagung der Gärtner findet am 12. März 2025 in Göttingen statt. Straße.\n"
TAGUNG = "Jahrestagung der Gärtner"


def export(*sources: str | Path, out: Path) -> Result:
    return run("export", *map(str, sources), "--out", str(out), "--stamp", STAMP, "-j", "1")


def stderr_lines(result: Result) -> list[str]:
    return result.stderr.strip().splitlines()


def listed_json(*sources: str | Path) -> list[dict[str, Any]]:
    result = run("list", *map(str, sources), "--json", "-j", "1")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


# --- encodings and normalising ---------------------------------------------------------

ENCODED = [
    pytest.param(TEXT.encode("utf-8"), id="utf-8"),
    pytest.param(TEXT.encode("utf-8-sig"), id="utf-8 with BOM"),
    pytest.param(TEXT.encode("utf-16"), id="utf-16 with BOM"),
    pytest.param(TEXT.encode("utf-16-be"), id="utf-16-be without BOM"),
    pytest.param(TEXT.encode("utf-16-le"), id="utf-16-le without BOM"),
    pytest.param(TEXT.encode("utf-32"), id="utf-32 with BOM"),
    pytest.param(TEXT.encode("cp1252"), id="windows-1252"),
    pytest.param(TEXT.encode("latin-1"), id="latin-1"),
    pytest.param(TEXT.encode("iso8859-15"), id="latin-9"),
    pytest.param(TEXT.encode("mac_roman"), id="mac roman"),
    pytest.param(TEXT.encode("cp850"), id="dos cp850"),
    pytest.param(TEXT.replace("\n", "\r\n").encode("cp1252"), id="windows line ends"),
    pytest.param("„Grüße“ – 5 € für Öl\r".encode("cp1252"), id="cp1252 quotes, euro, CR"),
]


@pytest.mark.parametrize("data", ENCODED)
def test_every_encoding_decodes_to_the_same_text(data: bytes) -> None:
    text = text_of(data, ".txt")
    assert "\ufffd" not in text
    assert text.strip() in (TEXT.strip(), "„Grüße“ – 5 € für Öl")


@pytest.mark.parametrize("data", ENCODED[:11])
def test_every_encoding_gives_the_event_through_the_cli(tmp_path: Path, data: bytes) -> None:
    (tmp_path / "tagung.txt").write_bytes(data)
    [event] = listed_json(tmp_path / "tagung.txt")
    assert (event["title"], event["start"], event["city"]) == (TAGUNG, "2025-03-12", "Göttingen")


NORMALISED = [
    ("a\r\nb\rc\nd", "a\nb\nc\nd", "Windows, old Mac and Unix line ends mixed"),
    ("a\u2028b\u2029c\x85d\x0ce", "a\nb\nc\nd\ne", "Unicode, NEL and form-feed line breaks"),
    ("12.\u00a0März\u202f2025", "12. März 2025", "no-break and narrow no-break spaces"),
    ("a\u2009b\u3000c\td", "a b c d", "thin, ideographic space and tab"),
    ("Veran\u00adstal\u00adtung", "Veranstaltung", "soft hyphens"),
    ("Ta\u200bgung\u200c\u200d\u2060\ufeff", "Tagung", "zero-width characters and BOM"),
    ("\u200eTagung\u200f\u202a\u202c\u2066", "Tagung", "bidi marks"),
    ("Ta\x00g\x07u\x1bng\x7f\x9b", "Tagung", "C0, DEL and C1 control characters"),
    ("Baden\u2011Baden \u2212 5 \u2010 x", "Baden-Baden - 5 - x", "hyphen-like dashes"),
    ("\ufb01nden \ufb02ach", "finden flach", "ligatures from PDF copies"),
    ("„Tag“ \u201ax\u2018 «y» – z — w", "„Tag“ \u201ax\u2018 «y» – z — w",
     "typographic quotes and dashes stay"),
    ("Mu\u0308nchen", "München", "decomposed umlaut composed (NFC)"),
    ("a\ud800b", "a\ufffdb", "a lone surrogate"),
]


@pytest.mark.parametrize(("raw", "expected", "reason"), NORMALISED, ids=[r[2] for r in NORMALISED])
def test_normalise(raw: str, expected: str, reason: str) -> None:
    assert normalise(raw) == expected, reason


def test_normalised_rows_are_unique() -> None:
    assert len({r[0] for r in NORMALISED}) == len(NORMALISED)


def test_noisy_text_still_gives_the_event(tmp_path: Path) -> None:
    noisy = TEXT.replace(" ", "\u00a0", 3).replace("Jahres", "Jah\u00adres\u200b")
    (tmp_path / "noisy.txt").write_text(noisy.replace("\n", "\r\n"), "utf-8")
    [event] = listed_json(tmp_path / "noisy.txt")
    assert (event["title"], event["start"]) == (TAGUNG, "2025-03-12")


# --- web pages and Markdown -----------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="de"><head><meta charset="windows-1252"><title>Presse | Stadt</title>
<style>p { color: red }</style><script>var termin = "01.01.2030 Messe";</script></head>
<body>
<header class="site-header"><a href="/">Stadt Göttingen</a></header>
<nav><ul><li>Startseite</li><li>Termine am 1. Januar 2031: Neujahrsempfang</li></ul></nav>
<div class="breadcrumb">Presse &gt; Meldungen</div>
<main><article>
<h1>Jahrestagung der G&auml;rtner</h1>
<p>Die Jahrestagung der G&auml;rtner findet am 12.&nbsp;M&auml;rz&#160;2025
   in G&ouml;ttingen statt.<br>Eintritt frei &ndash; Anmeldung erbeten.</p>
<!-- Kommentar: Tagung am 2. Mai 2030 -->
</article></main>
<aside>Weitere Termine: Sommerfest am 3. Juli 2031</aside>
<div id="cookie-banner">Wir verwenden Cookies. <button>OK</button></div>
<footer>Impressum · Kontakt</footer>
</body></html>"""


def test_html_gives_only_the_visible_article_text() -> None:
    text = text_of(PAGE.encode("cp1252"), ".html")
    assert text == (
        "Jahrestagung der Gärtner\n\nDie Jahrestagung der Gärtner findet am 12. März 2025 "
        "in Göttingen statt.\nEintritt frei – Anmeldung erbeten."
    )


HTML_ROWS = [
    ("<p>a</p><p>b</p>", "a\n\nb", "paragraphs"),
    ("a<br>b<br/>c", "a\nb\nc", "line breaks"),
    ("<p>a <b>fett</b> und\n   <i>kursiv</i></p>", "a fett und kursiv", "inline markup, spaces"),
    ("<table><tr><td>12.03.2025</td><td>Tagung</td></tr></table>", "12.03.2025 | Tagung",
     "a table row is one line, its cells apart as a text table writes them"),
    ("<div hidden>x</div><p aria-hidden='true'>z</p>y", "y", "hidden elements"),
    ("<div class='cookie-notice'>Cookies</div><p>y</p>", "y", "cookie banner"),
    ("<ul class='nav-menu'><li>Start</li></ul><div role='navigation'>n</div><p>y</p>", "y",
     "menus and navigation landmarks"),
    ("<header><a>Logo</a></header><article><header><h1>T</h1></header><p>y</p></article>",
     "T\n\ny", "site header dropped, article header kept"),
    ("Caf&eacute; &amp; &#8222;Bar&#8220; &lt;b&gt;", "Café & \u201eBar\u201c <b>", "entities"),
    ("<pre>a\n  b</pre>", "a\nb", "preformatted lines"),
    ("<p>a<!-- 5. Mai 2030 --></p><template>t</template><noscript>n</noscript>", "a",
     "comments, templates, noscript"),
    ("<p>unclosed <b>bold <p>next", "unclosed bold\n\nnext", "broken markup"),
]


@pytest.mark.parametrize(("markup", "expected", "reason"), HTML_ROWS,
                         ids=[r[2] for r in HTML_ROWS])
def test_html_text(markup: str, expected: str, reason: str) -> None:
    assert text_of(markup.encode(), ".html") == expected, reason


# page, its frame (markup.html_page), reason
FRAME_ROWS = [
    ("<title>Programm – Kulturkeller Chur</title><p>a</p>", "Programm – Kulturkeller Chur",
     "the title"),
    ("<p>a</p><footer><p>Verein</p><p>7000 Chur</p></footer>", "Verein\n\n7000 Chur",
     "a footer's paragraphs"),
    ("<p>a</p><div role='contentinfo'>7000 Chur<footer>x</footer></div>", "7000 Chur\n\nx",
     "a footer landmark, a footer inside it read once"),
    ("<nav>Start</nav><p>a</p>", "", "no title or footer: no frame"),
]


@pytest.mark.parametrize(("markup", "frame", "reason"), FRAME_ROWS, ids=[r[2] for r in FRAME_ROWS])
def test_a_page_frame_is_its_title_and_footers(markup: str, frame: str, reason: str) -> None:
    assert document_of(markup.encode(), "a.html", "a.html").frame == frame, reason
    assert document_of(markup.encode(), "a.html", "a.html").text == "a", reason


@pytest.mark.parametrize("suffix", [".html", ".htm", ".HTML"])
def test_html_page_through_the_cli(tmp_path: Path, suffix: str) -> None:
    (tmp_path / f"meldung{suffix}").write_bytes(PAGE.encode("cp1252"))
    events = listed_json(tmp_path)
    assert [(e["title"], e["start"]) for e in events] == [(TAGUNG, "2025-03-12")]


def test_html_on_standard_input_is_recognised() -> None:
    result = CliRunner().invoke(cli, ["list", "-", "--json"], input=PAGE.encode("utf-8"))
    assert result.exit_code == 0, result.output
    assert [e["start"] for e in json.loads(result.stdout)] == ["2025-03-12"]


def test_markdown_reads_as_text(tmp_path: Path) -> None:
    (tmp_path / "tagung.md").write_text(
        "# Jahrestagung der Gärtner\n\nDie **Jahrestagung der Gärtner** findet am "
        "[12. März 2025](https://example.de) in Göttingen statt.\n\n---\n", "utf-8")
    [event] = listed_json(tmp_path)
    assert (event["title"], event["start"], event["city"]) == (TAGUNG, "2025-03-12", "Göttingen")


MARKDOWN_ROWS = [
    ("# Sommerfest", "Sommerfest", "a heading's mark"),
    ("Programm\n### Info-Abend\nRealschulabschluss nachholen", "Programm\n\nInfo-Abend\n\n"
     "Realschulabschluss nachholen", "a heading is a paragraph of its own"),
    ("am **5. Juli** im [Rathaus](https://x.de)", "am 5. Juli im Rathaus", "bold and a link"),
    ("**3. Mai** – Dr. Ina Lau: *Seehunde im Wandel*", "3. Mai – Dr. Ina Lau: Seehunde im Wandel",
     "italics in asterisks"),
    ("der _neue_ Termin", "der neue Termin", "italics in underscores"),
    ("* 3. Mai: Vortrag", "* 3. Mai: Vortrag", "a list's bullet is no italic"),
    ("datei_name_2026.pdf", "datei_name_2026.pdf", "underscores inside a word"),
    ("5 * 3 * 2", "5 * 3 * 2", "asterisks between spaces"),
    ("- ~~Donnerstag, 14. Mai 2026~~ – **entfällt**", "- Donnerstag, 14. Mai 2026 – entfällt",
     "struck text keeps its words"),
    ("ca. 2~3 km", "ca. 2~3 km", "a lone tilde"),
]


@pytest.mark.parametrize(("text", "expected", "reason"), MARKDOWN_ROWS,
                         ids=[r[2] for r in MARKDOWN_ROWS])
def test_markdown_marks_are_removed(text: str, expected: str, reason: str) -> None:
    assert markdown_text(text) == expected, reason


def test_folders_yield_text_markdown_and_web_pages_only(tmp_path: Path) -> None:
    for name in ("a.txt", "b.md", "c.html", "d.htm", "e.TXT"):
        (tmp_path / name).write_text(TEXT, "utf-8")
    for name in ("f.pdf", "g.json", "h.docx", "i.txt~", "j"):
        (tmp_path / name).write_bytes(b"\x00\x01 not text")
    result = run("list", str(tmp_path), "--json", "-j", "1")
    assert result.exit_code == 0
    [event] = json.loads(result.stdout)
    files = [Path(s["file"]).name for s in event["sources"]]
    assert files == ["a.txt", "b.md", "c.html", "d.htm", "e.TXT"]
    assert result.stderr == ""


# --- sources that cannot be read ------------------------------------------------------

def _hostile(folder: Path, pipe: bool = True) -> dict[str, str]:
    """A folder of sources that cannot be read, each with the message it must give."""
    folder.mkdir()
    (folder / "good.txt").write_text(TEXT, "utf-8")
    cases = {
        "binary.txt": (b"\x00\x01\x02\x03" * 100, "binary file, not text"),
        "image.txt": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "a PNG image, not text"),
        "report.txt": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF file, not text"),
        "letter.txt": (b"PK\x03\x04\x14\x00", "a ZIP archive (Word, OpenDocument?), not text"),
        "empty.txt": (b"", "empty file"),
        "blank.txt": (b" \r\n\t\n\xef\xbb\xbf", "empty, no text"),
        "invisible.txt": ("\u200b\u00ad\n".encode(), "empty, no text"),
        "broken-utf16.txt": (b"\xff\xfe\x00\xd8", "broken UTF-16 text (unexpected end of data)"),
        "noise.txt": (bytes(range(0x80, 0x100)) * 40, "not text in UTF-8, UTF-16 or a Western "
                                                       "8-bit encoding"),
        "malformed.html": (b"<![\x01", "HTML that its parser rejects"),
        "nested.html": (b"<div>" * 100_000, "HTML that its parser rejects"),
    }
    expected = {}
    for name, (data, message) in cases.items():
        (folder / name).write_bytes(data)
        expected[name] = message
    (folder / "dangling.txt").symlink_to(folder / "gone.txt")
    expected["dangling.txt"] = "broken symbolic link"
    (folder / "loop-a.txt").symlink_to(folder / "loop-b.txt")
    (folder / "loop-b.txt").symlink_to(folder / "loop-a.txt")
    expected["loop-a.txt"] = expected["loop-b.txt"] = "symbolic link loop"
    (folder / "self").symlink_to(folder)
    expected["self"] = "symbolic link to a folder; not followed"
    if pipe:
        os.mkfifo(folder / "pipe.txt")
        expected["pipe.txt"] = "a named pipe, not a file; not read"
    with open(folder / "huge.txt", "wb") as handle:  # sparse: takes no disk space
        handle.truncate(100 * 1024 * 1024)
    expected["huge.txt"] = "too large (100.0 MiB; a document may have at most 4 MiB)"
    (folder / "secret.txt").write_text(TEXT, "utf-8")
    expected["secret.txt"] = "permission denied"
    return expected


@pytest.fixture
def unreadable_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests run as root, who may read anything: 'secret.txt' is made unreadable here."""
    real_open = documents._open

    def guarded_open(file: Any, nonblocking: bool) -> int:
        if str(file).endswith("secret.txt"):
            raise PermissionError(errno.EACCES, "Permission denied", str(file))
        return real_open(file, nonblocking)

    monkeypatch.setattr(documents, "_open", guarded_open)


@pytest.mark.usefixtures("unreadable_secret")
def test_hostile_folder_names_every_unreadable_file(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    expected = _hostile(folder, pipe=False)  # see test_export_reads_through_the_bounded_reader
    result = export(folder, out=tmp_path / "out")
    assert result.exit_code == 0, result.output
    lines = stderr_lines(result)
    skipped = {line for line in lines if line.startswith("calendarize: skipped ")}
    assert skipped == {f"calendarize: skipped {folder / n}: {m}" for n, m in expected.items()}
    assert lines[-1].startswith("calendarize: 1 event exported to")
    assert len(list((tmp_path / "out" / "events").iterdir())) == 1


@pytest.mark.usefixtures("unreadable_secret")
def test_export_reads_through_the_bounded_reader(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "in"
    whole = Path.read_bytes

    def unbounded(path: Path) -> bytes:
        if folder in path.parents:  # documents; calendarize's own output files may be read
            raise AssertionError(f"{path} read without a size limit")
        return whole(path)

    monkeypatch.setattr(Path, "read_bytes", unbounded)
    _hostile(folder)
    assert export(folder, out=tmp_path / "out").exit_code == 0


@pytest.mark.usefixtures("unreadable_secret")
def test_hostile_files_named_one_by_one(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    expected = _hostile(folder)
    names = sorted(set(expected) - {"self"})  # a link named as a source is followed
    result = run("list", *(str(folder / n) for n in names), str(folder / "good.txt"), "-j", "1")
    assert result.exit_code == 0, result.output
    assert stderr_lines(result) == [f"calendarize: skipped {folder / n}: {expected[n]}"
                                    for n in names]
    assert TAGUNG in result.stdout


@pytest.mark.parametrize(("make", "message"), [
    (lambda p: None, "no such file or folder"),
    (lambda p: p.symlink_to(p.parent / "nowhere"), "broken symbolic link"),
    (lambda p: p.write_bytes(b""), "empty file"),
    (lambda p: p.write_bytes(bytes(4096)), "binary file, not text"),
    (lambda p: os.mkfifo(p), "a named pipe, not a file; not read"),
])
def test_nothing_readable_is_a_failure(tmp_path: Path, make: Any, message: str) -> None:
    source = tmp_path / "only.txt"
    make(source)
    result = run("list", str(source), "-j", "1")
    assert result.exit_code == 1
    assert stderr_lines(result) == [f"calendarize: skipped {source}: {message}"]


def test_export_of_nothing_readable_writes_nothing(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    result = export(tmp_path / "empty.txt", tmp_path / "missing.txt", out=tmp_path / "out")
    assert result.exit_code == 1
    assert stderr_lines(result) == [
        f"calendarize: skipped {tmp_path / 'empty.txt'}: empty file",
        f"calendarize: skipped {tmp_path / 'missing.txt'}: no such file or folder",
        "calendarize: error: no source could be read"]
    assert not (tmp_path / "out").exists()


def test_missing_path_next_to_a_good_one(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(TEXT, "utf-8")
    result = run("list", str(tmp_path / "good.txt"), str(tmp_path / "../../missing"), "-j", "1")
    assert result.exit_code == 0
    assert stderr_lines(result) == [
        f"calendarize: skipped {tmp_path / '../../missing'}: no such file or folder"]


def test_dates_command_names_unreadable_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"\x00" * 10)
    (tmp_path / "b.txt").write_text("Am 5. Mai 2025.", "utf-8")
    result = run("dates", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    assert result.exit_code == 0
    assert stderr_lines(result) == [f"calendarize: skipped {tmp_path / 'a.txt'}: binary file, "
                                    "not text"]


def test_a_folder_of_ten_thousand_files(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(10_000):
        (folder / f"{i:05d}.txt").write_text("" if i % 2500 == 0 else f"Meldung Nr. {i}.")
    (folder / "zz-tagung.txt").write_text(TEXT, "utf-8")
    result = export(folder, out=tmp_path / "out")
    assert result.exit_code == 0
    lines = stderr_lines(result)
    assert lines[:-1] == [f"calendarize: skipped {folder / f'{i:05d}.txt'}: empty file"
                          for i in (0, 2500, 5000, 7500)]
    assert "1 event exported" in lines[-1]
    assert "from 9997 documents" in lines[-1]


def test_a_huge_file_is_not_read_into_memory(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as handle:
        handle.truncate(100 * 1024 * 1024)
    tracemalloc.start()
    try:
        result = run("list", str(huge), str(SEEDS / "000_7e8d774a9cb66ac8.txt"), "-j", "1")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert result.exit_code == 0
    assert "too large (100.0 MiB" in result.stderr
    assert peak < 2 * MAX_BYTES


def test_a_file_that_grows_past_its_size_is_read_no_further(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    """A file whose size the file system does not tell (/proc, a growing log)."""
    big = tmp_path / "growing.txt"
    big.write_text("x")
    monkeypatch.setattr(documents, "_read", lambda _fd, size: b"a" * size)  # endless
    with pytest.raises(documents.UnreadableDocument, match="too large \\(more;"):
        read_document(big, "growing.txt")


# --- standard input -------------------------------------------------------------------

def test_standard_input_as_a_source(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["export", "-", "--out", str(tmp_path), "--stamp", STAMP],
        input=TEXT.encode("cp1252"))
    assert result.exit_code == 0, result.output
    [name] = [p.name for p in (tmp_path / "events").iterdir()]
    assert name == "2025-03-12-jahrestagung-der-gaertner.ics"
    assert "<stdin>" in (tmp_path / "calendar.ics").read_text("utf-8")


@pytest.mark.parametrize(("data", "message"), [
    (b"", "empty, no text"),
    (b"\x00\x00\x00\x00", "binary file, not text"),
    (b"a" * (MAX_BYTES + 1), "too large (more; a document may have at most 4 MiB)"),
])
def test_bad_standard_input(data: bytes, message: str) -> None:
    result = CliRunner().invoke(cli, ["list", "-"], input=data)
    assert result.exit_code == 1
    assert stderr_lines(result) == [f"calendarize: skipped <stdin>: {message}"]


# --- output ---------------------------------------------------------------------------

def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.name.endswith(".lock")}


def test_missing_output_folder_is_created(tmp_path: Path) -> None:
    out = tmp_path / "a" / "b" / "c"
    assert export(SEEDS, out=out).exit_code == 0
    assert (out / "calendar.ics").is_file()


def test_output_folder_that_is_a_file_is_wrong_usage(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("keep me")
    result = export(SEEDS, out=tmp_path / "file")
    assert result.exit_code == 2
    assert "is a file" in result.stderr
    assert (tmp_path / "file").read_text() == "keep me"


@pytest.mark.parametrize(("parent", "reason"), [
    ("file", "Not a directory"),
    ("missing", "Read-only file system"),
])
def test_output_folder_that_cannot_be_made(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           parent: str, reason: str) -> None:
    (tmp_path / "file").write_text("keep me")
    real_mkdir = Path.mkdir

    def read_only(path: Path, *args: Any, **kwargs: Any) -> None:
        if "missing" in str(path):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        real_mkdir(path, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", read_only)
    out = tmp_path / parent / "out"
    result = export(SEEDS, out=out)
    assert result.exit_code == 1
    assert stderr_lines(result)[-1] == (f"calendarize: error: {out}: cannot create output "
                                        f"folder ({reason})")
    assert (tmp_path / "file").read_text() == "keep me"


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS, errno.EACCES, errno.EDQUOT])
def test_unwritable_output_leaves_the_previous_output_untouched(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int) -> None:
    out = tmp_path / "out"
    assert export(SEEDS / "000_7e8d774a9cb66ac8.txt", out=out).exit_code == 0
    before = _files(out)

    def failing_replace(src: Any, dst: Any) -> None:
        raise OSError(code, os.strerror(code), str(dst))

    monkeypatch.setattr(os, "replace", failing_replace)
    result = export(SEEDS, out=out)
    assert result.exit_code == 1
    assert stderr_lines(result)[-1].startswith("calendarize: error: ")
    assert os.strerror(code) in result.stderr
    assert _files(out) == before


def test_write_failing_halfway_leaves_only_whole_files(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Whichever write fails, each calendar file holds either its old or its new bytes,
    and the feed subscribers read stays the old one. (The state file may hold the plan
    in between: the next run finishes the job.)"""
    old, new = tmp_path / "old", tmp_path / "new"
    assert export(SEEDS / "000_7e8d774a9cb66ac8.txt", out=old).exit_code == 0
    shutil.copytree(old, new)
    assert export(SEEDS, out=new).exit_code == 0
    before, after = _files(old), _files(new)
    real_replace = os.replace
    for fail_at in range(1, 5):
        out = tmp_path / f"try{fail_at}"
        shutil.copytree(old, out)
        calls = []

        def replace(src: Any, dst: Any, calls: list[Any] = calls, fail_at: int = fail_at) -> None:
            calls.append(dst)
            if len(calls) == fail_at:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(dst))
            real_replace(src, dst)

        monkeypatch.setattr(os, "replace", replace)
        result = export(SEEDS, out=out)
        monkeypatch.setattr(os, "replace", real_replace)
        assert result.exit_code == 1
        now = _files(out)
        assert now["calendar.ics"] == before["calendar.ics"]
        for name, data in now.items():
            if not name.startswith("."):
                assert data in (before.get(name), after.get(name)), (fail_at, name)


HOSTILE_TITLES = [
    "../../etc/passwd", "..", "/", "CON", "nul", "COM1", "a/b\\c:d*e?f", "\u201e\u201c",
    "Tag der offenen Tür", "Tag der offenen Tuer", "TAG DER OFFENEN TÜR!", "Ärztetag " * 40,
    "Festival \u2603 \U0001f600", "\u0000\u0007", "\u00e6\u00f8\u0142 Łódź",
]


def test_hostile_titles_give_safe_distinct_files_inside_events(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def titled(document: Any, reference: Any = None) -> list[Event]:
        i = int(Path(document.name).stem)
        return [Event(title=HOSTILE_TITLES[i], start=Day(2025, 3, 12),
                      sources=(Source(document.name, f"Dokument {i}"),))]

    monkeypatch.setattr(pipeline, "extract_events", titled)
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(len(HOSTILE_TITLES)):
        (folder / f"{i:02d}.txt").write_text("Text.", "utf-8")
    out = tmp_path / "deep" / "out"
    result = export(folder, out=out)
    assert result.exit_code == 0, result.output
    exported = len(icalendar.Calendar.from_ical((out / "calendar.ics").read_bytes())
                   .walk("VEVENT"))
    names = sorted(p.name for p in (out / "events").iterdir())
    assert len(names) == exported >= 12  # some titles may be one event merged
    for name in names:
        assert re.fullmatch(r"2025-03-12-[a-z0-9]+(-[a-z0-9]+)*\.ics", name), name
        assert len(name) <= len("2025-03-12-") + 80 + len("-99.ics")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deep", "in"]
    assert {p.name for p in out.iterdir()} <= {"events", "calendar.ics", "index.html",
                                               ".calendarize-state.json", ".calendarize.lock",
                                               ".calendarize-cache", ".calendarize-page"}


# --- faults in the parser -------------------------------------------------------------

def test_a_parser_exception_is_reported_and_the_run_goes_on(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch
                                                             ) -> None:
    real = pipeline.extract_events

    def flaky(document: Any, reference: Any = None) -> Any:
        if document.name.endswith("002_99bf29b274c6ee3b.txt"):
            raise RecursionError("maximum recursion depth exceeded")
        return real(document, reference)

    monkeypatch.setattr(pipeline, "extract_events", flaky)
    result = export(SEEDS, out=tmp_path)
    assert result.exit_code == 4
    lines = stderr_lines(result)
    assert lines[0] == (f"calendarize: skipped {SEEDS / '002_99bf29b274c6ee3b.txt'}: internal "
                        "error while reading events: RecursionError('maximum recursion depth "
                        "exceeded')")
    assert "events exported" in lines[-1]
    assert len(list((tmp_path / "events").iterdir())) >= 3
    listed = run("list", str(SEEDS), "-j", "1")
    assert listed.exit_code == 4


def test_a_reading_exception_is_reported_and_the_run_goes_on(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch
                                                              ) -> None:
    """A bug turning one file's bytes into text (not a document's fault) stops no other."""
    real = parallel.document_of

    def flaky(data: bytes, path: Any, name: str) -> Any:
        if name.endswith("a.txt"):
            raise KeyError("x")
        return real(data, path, name)

    monkeypatch.setattr(parallel, "document_of", flaky)
    (tmp_path / "a.txt").write_text("Die Messe ist am 5. Mai 2025.", "utf-8")
    (tmp_path / "b.txt").write_text("Die Messe ist am 6. Juni 2025.", "utf-8")
    result = run("list", str(tmp_path), "--json", "-j", "1")
    assert result.exit_code == 4
    assert stderr_lines(result) == [f"calendarize: skipped {tmp_path / 'a.txt'}: internal error "
                                    "while reading the file: KeyError('x')"]
    assert [e["start"] for e in json.loads(result.stdout)] == ["2025-06-06"]


def test_a_date_finder_exception_is_reported_and_dates_go_on(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch
                                                             ) -> None:
    real = pipeline.find_dates

    def flaky(text: str, reference: Any = None) -> Any:
        if "Mai" in text:
            raise IndexError("list index out of range")
        return real(text, reference)

    monkeypatch.setattr(pipeline, "find_dates", flaky)
    (tmp_path / "a.txt").write_text("Am 5. Mai 2025.", "utf-8")
    (tmp_path / "b.txt").write_text("Am 6. Juni 2025.", "utf-8")
    result = run("dates", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--json")
    assert result.exit_code == 4
    assert stderr_lines(result) == [f"calendarize: skipped {tmp_path / 'a.txt'}: internal error "
                                    "while reading dates: IndexError('list index out of range')"]
    assert [d["file"] for d in json.loads(result.stdout)] == [str(tmp_path / "b.txt")]


# --- text from documents in the calendar ----------------------------------------------

HOSTILE_LINES = [
    "Die Jahrestagung „A;B,C\\D“ findet am 12. März 2025 im Haus; Raum 3, Etage\\2 in Köln statt.",
    "Die Tagung findet am 13. März 2025 statt.\x07\x1b[31m\x00 Kontakt: a;b@example.de",
    "Die Konferenz " + "sehr lange " * 600 + "findet am 14. März 2025 in Berlin statt.",
    "BEGIN:VEVENT\nSUMMARY:Fake\nEND:VEVENT\nDie Messe findet am 15. März 2025 statt.",
    "Das Fest\r\nEND:VCALENDAR\r\nfindet am 16. März 2025 in Ulm statt.",
]


def test_text_from_documents_never_breaks_the_calendar(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i, line in enumerate(HOSTILE_LINES):
        (folder / f"{i}.txt").write_text(line, "utf-8", newline="")
    result = export(folder, out=tmp_path / "out")
    assert result.exit_code == 0, result.output
    listed = {e["uid"]: e for e in listed_json(folder)}
    for path in [tmp_path / "out" / "calendar.ics", *(tmp_path / "out" / "events").iterdir()]:
        data = path.read_bytes()
        for line in data.split(b"\r\n")[:-1]:
            assert len(line) <= 75
            assert not any(b < 0x20 and b != 0x09 for b in line), line
        parsed = icalendar.Calendar.from_ical(data)
        for component in parsed.walk("VEVENT"):
            event = listed[str(component["UID"])]
            assert str(component["SUMMARY"]) == event["title"]
            assert str(component.get("LOCATION") or "") == (event["location"] or "")
    assert len(icalendar.Calendar.from_ical(
        (tmp_path / "out" / "calendar.ics").read_bytes()).walk("VEVENT")) == len(listed)
