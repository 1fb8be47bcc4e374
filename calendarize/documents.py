"""Read files, folders and standard input into Documents: decoding and normalising text.

Whatever a source holds, reading it gives either a Document or a Problem naming it with
a one-line reason; nothing here raises for bad input. Memory stays bounded: no document
is read beyond ``MAX_BYTES`` (a press release is a few kilobytes; 4 MiB is a thousand of
them, and the parser works through that in seconds), a folder's names are listed and its
files read one at a time, and of each document only its events are kept.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from operator import attrgetter
from pathlib import Path
from typing import BinaryIO, TypeVar

from .markup import declared_encoding, html_page, markdown_text
from .model import Document

_T = TypeVar("_T")

HTML_SUFFIXES = (".html", ".htm")
TEXT_SUFFIXES = (".txt", ".md", *HTML_SUFFIXES)
STDIN = "-"
STDIN_NAME = "<stdin>"
MAX_BYTES = 4 * 1024 * 1024

# Characters that carry no text: soft hyphen, zero-width and bidi marks, BOM, controls.
_INVISIBLE = dict.fromkeys(
    [0x00AD, 0x034F, 0x061C, 0x180E, 0xFEFF, *range(0x200B, 0x2010), *range(0x202A, 0x202F),
     *range(0x2060, 0x2070), *range(0x09), 0x0B, *range(0x0E, 0x20), *range(0x7F, 0xA0),
     0xFFFE, 0xFFFF, *range(0xFFF0, 0xFFFD)],
    None,
)
_SPACES = dict.fromkeys(map(ord, "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
                                  "\u2007\u2008\u2009\u200a\u202f\u205f\u3000"), " ")
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2043\u2212\ufe63\uff0d"), "-")
_LIGATURES = {0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl"}
_LINE_ENDS = dict.fromkeys(map(ord, "\r\x0b\x0c\x85\u2028\u2029"), "\n")  # "\r\n" goes first
_SURROGATES = dict.fromkeys(range(0xD800, 0xE000), "\ufffd")  # halves of a pair, alone
# Line ends win over _INVISIBLE (\x0b, \x85 are both): they are read as line breaks.
_TABLE = {**_SPACES, **_DASHES, **_LIGATURES, **_INVISIBLE, **_SURROGATES, **_LINE_ENDS}


def _character_class(codes: Iterable[int]) -> str:
    """A regex class of ``codes``, consecutive ones as ranges.

    >>> _character_class([0x61, 0x62, 0x63, 0x7A])
    '[a-cz]'
    """
    runs: list[list[int]] = []
    for code in sorted(codes):
        if runs and runs[-1][1] == code - 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return "[" + "".join(re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "")
                         for a, b in runs) + "]"


_ODD = re.compile(_character_class(_TABLE))


def _replacement(match: re.Match[str]) -> str:
    return _TABLE[ord(match.group(0))] or ""


def _marking(codes: Iterable[int]) -> bytes:
    """A byte table (for ``bytes.translate``) that changes ``codes`` and keeps the rest:
    bytes stay the same under it only if none of them is among ``codes``."""
    marked = set(codes)
    assert 0x0A not in marked  # the mark
    return bytes(0x0A if code in marked else code for code in range(256))


# The odd characters of Latin-1.
_MARK_ODD = _marking(code for code in _TABLE if code < 0x100)
# The characters above U+00FF most German text has, most common first: each is NFC
# whatever its neighbours (with Latin-1, U+0100 to U+02FF and one another; checked in
# tests/test_documents.py) and none is odd, so in a text of only these and Latin-1 only
# odd characters of Latin-1 can be changed by normalise.
_PLAIN_WIDE = "–„“’…‘‚”—€•"
# In UTF-8: the odd ASCII characters, and the first bytes of characters from U+0080 to
# U+00BF (C2, where the odd ones of Latin-1 are) and above U+02FF (CC to FF), but for
# those from U+2000 to U+2FFF (E2, as _PLAIN_WIDE's are).
_MARK_ODD_UTF8 = _marking({*(code for code in _TABLE if code < 0x80), 0xC2,
                           *range(0xCC, 0x100)} - {0xE2})
_PLAIN_WIDE_UTF8 = frozenset(char.encode() for char in _PLAIN_WIDE)  # each E2 and two more


# The 8-bit encodings German text comes in, most common first; UTF-8 is tried before.
LEGACY_ENCODINGS = ("cp1252", "mac_roman", "cp850")
# Non-ASCII characters German text uses; any other decoded character counts against.
_GERMAN = frozenset("äöüÄÖÜßẞ«»…€§°²³µ·éèêàâçñíóúÉÈÀ\u00a0\u00ad"
                    "\u201e\u201c\u201d\u201a\u2018\u2019\u2039\u203a\u2013\u2014\u00d7")
_CONTROLS = bytes([*range(0x09), *range(0x0E, 0x1B)])  # rare in text, common in binaries
_MAGIC = (
    (b"%PDF", "a PDF file"), (b"PK\x03\x04", "a ZIP archive (Word, OpenDocument?)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file"), (b"{\\rtf", "an RTF file"),
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"), (b"\x7fELF", "a program"),
)  # fmt: skip
_MAGIC_STARTS = tuple(magic for magic, _ in _MAGIC)
# Byte order marks, the longer of two with the same start first.
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"),
         (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_BOM_STARTS = tuple(bom for bom, _ in _BOMS)  # one test for the common case: none


@dataclass(frozen=True, slots=True)
class Problem:
    """A source that could not be read, with a message a person can act on."""

    name: str
    message: str

    def __str__(self) -> str:
        return f"{self.name}: {self.message}"


class UnreadableDocument(Exception):
    """A document that cannot be turned into text."""


def normalise(text: str) -> str:
    """One form for the same text: NFC, LF line breaks, plain spaces and hyphens,
    no invisible or control characters.

    >>> normalise("Am\\u00a011.\\u00ad Ju\\u200bli\\r\\n\\x07Be\\ufb01nden\\u2011x")
    'Am 11. Juli\\nBefinden-x'
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    if _is_normal(text):  # almost every text: a regex scan costs several times more
        return text
    # One scan for every odd character, the slow part, after NFC (which may make or keep
    # some). Surrogates and line ends are inert in NFC, so they can wait for that scan.
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return _ODD.sub(_replacement, text)


def _is_normal(text: str) -> bool:
    """Whether ``text`` is NFC and has no odd character, told by passes over memory rather
    than a regex scan; False also where it cannot tell (any other character above U+00FF).

    >>> _is_normal("„Grüße“ – 5 €"), _is_normal("Grü\\u00adße"), _is_normal("Gr\\u0075\\u0308ße")
    (True, False, False)
    """
    latin1 = text.encode("latin-1", "ignore")  # (for Latin-1 text, a copy)
    if latin1.translate(_MARK_ODD) != latin1:
        return False
    wide = len(text) - len(latin1)
    for char in _PLAIN_WIDE:
        if not wide:
            break
        if char in text:  # (a fast search; counting is slower)
            wide -= text.count(char)
    return not wide


def _is_normal_utf8(data: bytes) -> bool:
    """Whether the text UTF-8 ``data`` holds is NFC and has no odd character, told from
    the bytes; False also where they cannot tell (any other character above U+02FF).

    >>> _is_normal_utf8("„Đoković“ – 5 €".encode()), _is_normal_utf8("Grü\\u00adße".encode())
    (True, False)
    """
    if data.translate(_MARK_ODD_UTF8) != data:
        return False
    # Each E2 left starts a character from U+2000 to U+2FFF (it is never a later byte).
    at = data.find(0xE2)
    while at >= 0:
        if data[at:at + 3] not in _PLAIN_WIDE_UTF8:
            return False
        at = data.find(0xE2, at + 3)
    return True


def decode(data: bytes, declared: str | None = None) -> str:
    """Bytes to text: a BOM, else UTF-8, else ``declared``, else the legacy 8-bit encoding
    in which the text reads most like German.

    >>> decode("Grüße: 5 €".encode("cp1252")), decode("Größe".encode("mac_roman"))
    ('Grüße: 5 €', 'Größe')
    """
    return _decoded(data, declared)[0]


def _decoded(data: bytes, declared: str | None, controls: bool = True) -> tuple[str, str]:
    """What ``decode`` gives, and the codec that gave it (``"legacy"``: a guessed one).

    ``controls``: whether ``data`` may have control bytes (False: the caller saw none).
    """
    for bom, codec in _BOMS if data.startswith(_BOM_STARTS) else ():
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError as err:
                raise UnreadableDocument(f"broken {codec.upper()} text ({err.reason})") from err
    utf16 = _utf16_without_bom(data)
    if utf16:
        return utf16, "utf-16"
    _reject_binary(data, controls)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared), declared
        except (LookupError, UnicodeDecodeError):
            pass
    return _legacy(data), "legacy"


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM: mostly Latin text has a zero in every other byte."""
    head = data[:4096]
    if len(head) < 8 or len(data) % 2 or b"\x00" not in head:  # (the common case: no zero)
        return None
    even, odd, half = head[0::2].count(0), head[1::2].count(0), len(head) // 2
    for codec, zeros, others in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros > half * 0.3 and others == 0:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                return None
            sample = text[:2048]
            controls = sum(c < " " and c not in "\t\n\r\f" for c in sample)
            return text if controls <= len(sample) // 100 else None
    return None


def _reject_binary(data: bytes, controls: bool = True) -> None:
    if data.startswith(_MAGIC_STARTS):
        raise UnreadableDocument(f"{next(w for m, w in _MAGIC if data.startswith(m))}, not text")
    head = data[:4096]
    if b"\x00" in head:
        raise UnreadableDocument("binary file, not text")
    if not controls or not any(map(head.__contains__, _CONTROLS)):  # (faster than counting)
        return
    count = len(head) - len(head.translate(None, _CONTROLS))
    if count > max(2, len(head) // 100):
        raise UnreadableDocument("binary file, not text")


def _legacy(data: bytes) -> str:
    """The candidate decoding with the most German and the fewest foreign characters."""
    best, best_score = None, None
    for codec in LEGACY_ENCODINGS:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        odd = {c for c in text if c >= "\x80"}
        score = sum(text.count(c) if c in _GERMAN else -3 * text.count(c) for c in odd)
        if best_score is None or score > best_score:
            best, best_score = text, score
    assert best is not None  # cp850 decodes every byte
    if best_score is not None and best_score < -max(8, len(best) // 50):
        raise UnreadableDocument("not text in UTF-8, UTF-16 or a Western 8-bit encoding")
    return best


def text_of(data: bytes, suffix: str) -> str:
    """A file's bytes as normalised text, by its kind (``.html``, ``.md``, plain)."""
    return _text_and_frame(data, suffix)[0]


def _text_and_frame(data: bytes, suffix: str) -> tuple[str, str]:
    """``text_of`` a file's bytes, and a web page's frame (``markup.html_page``)."""
    if suffix in HTML_SUFFIXES or _looks_like_html(data):
        text, frame = _parsed(html_page, decode(data, declared_encoding(data)), "HTML")
        return normalise(text), normalise(frame)
    return _plain(data, suffix), ""


def _plain(data: bytes, suffix: str) -> str:
    if suffix == ".md":
        return normalise(_parsed(markdown_text, decode(data), "Markdown"))
    normal = _is_normal_utf8(data)  # (if so, it has no control byte for decode to count)
    text, codec = _decoded(data, None, controls=not normal)
    return text if normal and codec == "utf-8" else normalise(text)


def _parsed(parse: Callable[[str], _T], text: str, kind: str) -> _T:
    """``parse(text)``; what its parser rejects ('<![\\x01', tags nested beyond Python's
    recursion limit) is an unreadable document, never a crash of the run."""
    try:
        return parse(text)
    except Exception as err:
        raise UnreadableDocument(f"{kind} that its parser rejects") from err


def _looks_like_html(data: bytes) -> bool:
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n")[:14].lower()  # (as long as the longer)
    return head.startswith((b"<!doctype html", b"<html"))


def read_limited(handle: BinaryIO, expected: int = MAX_BYTES) -> bytes:
    """At most ``MAX_BYTES`` of ``handle``; UnreadableDocument if there are more.

    ``expected`` is the size the file system gives: reading just past it finds the end
    without a buffer of ``MAX_BYTES`` for every small file.
    """
    data = handle.read(min(expected, MAX_BYTES) + 1)
    if len(data) > expected:  # it grew, or its size was not told (/proc)
        data += handle.read(MAX_BYTES + 1 - len(data))
    if len(data) > MAX_BYTES:
        raise UnreadableDocument(_too_large())
    return data


def _too_large(size: int | None = None) -> str:
    have = f"{size / 1024 / 1024:.1f} MiB" if size is not None else "more"
    return f"too large ({have}; a document may have at most {MAX_BYTES // 1024 // 1024} MiB)"


def _document(read: tuple[str, str], name: str) -> Document:
    text, frame = read
    if not text or text.isspace():  # (what ``not text.strip()`` tells, without a copy)
        raise UnreadableDocument("empty, no text")
    return Document(name=name, text=text, frame=frame)


def read_bytes(path: str | Path, regular: bool = False) -> bytes:
    """A file's bytes, at most ``MAX_BYTES`` of them; never blocks on a pipe or device.

    Raises UnreadableDocument with a one-line reason for anything but a readable file.
    ``regular``: the caller has just seen a regular file there (Cache.seen), so it is not
    looked at again before it is opened; it is opened without waiting (should it have
    become a pipe since) and checked once open.
    """
    info = None if regular else _check(_stat(path))
    try:
        fd = _open(path, nonblocking=info is None)
        try:
            data = _read_file(fd, (info or _check(os.fstat(fd))).st_size)
        finally:
            os.close(fd)
    except OSError as err:
        raise UnreadableDocument(_os_message(err, path)) from err
    except ValueError as err:  # a name with a NUL byte
        raise UnreadableDocument("not a usable file name") from err
    if not data:
        raise UnreadableDocument("empty file")
    return data


def _open(path: str | Path, nonblocking: bool) -> int:
    """A file descriptor of ``path`` opened for reading; ``nonblocking``: at once even if
    it is a pipe.

    A bare descriptor, read with os.read: a file is read whole in one call, which a
    buffer would only slow down, and a file object would ask the system about the file
    once more (a sixth of the cost of reading a small file here).
    """
    return os.open(path, (os.O_RDONLY | os.O_NONBLOCK) if nonblocking else os.O_RDONLY)


_read = os.read  # (one system call: at most ``size`` bytes, fewer at times)


def _read_file(fd: int, size: int) -> bytes:
    """What ``read_limited`` reads, from a file of ``size`` bytes (as the file system
    told): usually one read, which ends the file at ``size``.

    A read gives what one system call gives, at times less than asked before the end
    (/proc, network file systems), so a short or long read is read on to the end or past
    ``MAX_BYTES``, as a buffered read would.
    """
    data = part = _read(fd, min(size, MAX_BYTES) + 1)
    while part and len(data) != size and len(data) <= MAX_BYTES:
        part = _read(fd, MAX_BYTES + 1 - len(data))
        data += part
    if len(data) > MAX_BYTES:
        raise UnreadableDocument(_too_large())
    return data


def _check(info: os.stat_result) -> os.stat_result:
    """``info``, if it is a regular file small enough to read; else UnreadableDocument."""
    if not stat.S_ISREG(info.st_mode):
        raise UnreadableDocument(_kind(info.st_mode))
    if info.st_size > MAX_BYTES:
        raise UnreadableDocument(_too_large(info.st_size))
    return info


def read_document(path: str | Path, name: str) -> Document:
    """One file as a Document; UnreadableDocument with a one-line reason if it is none."""
    return document_of(read_bytes(path), path, name)


def document_of(data: bytes, path: str | Path, name: str) -> Document:
    """The Document of a file's bytes, by the kind its name tells."""
    return _document(_text_and_frame(data, os.path.splitext(path)[1].lower()), name)


def read_stdin(stream: BinaryIO) -> Document:
    return _document(_text_and_frame(read_limited(stream), ""), STDIN_NAME)


def _stat(path: str | Path) -> os.stat_result:
    try:
        return os.stat(path)
    except OSError as err:
        raise UnreadableDocument(_os_message(err, path)) from err
    except ValueError as err:  # a name with a NUL byte
        raise UnreadableDocument("not a usable file name") from err


def _os_message(err: OSError, path: str | Path) -> str:
    if err.errno == errno.ELOOP:
        return "symbolic link loop"
    if err.errno in (errno.ENOENT, errno.ENOTDIR):
        return "broken symbolic link" if os.path.islink(path) else "no such file or folder"
    if err.errno == errno.EACCES or err.errno == errno.EPERM:
        return "permission denied"
    if err.errno == errno.EISDIR:
        return "a folder, not a file"
    return f"cannot read ({err.strerror or err})"


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe, not a file; not read"
    if stat.S_ISSOCK(mode):
        return "a socket, not a file; not read"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device, not a file; not read"
    return "not a regular file; not read"


def discover(sources: Iterable[str]) -> Iterator[tuple[str, str | None] | Problem]:
    """Files to read, as (name, path), in a stable order: folders give their text files,
    recursively, in the order of their paths' parts (what sorting ``Path``s gives)."""
    for source in sources:
        if source == STDIN:
            yield (STDIN_NAME, None)
            continue
        path = os.fspath(Path(source))  # as Path spells it ("a//b/": "a/b"), like its files
        try:
            is_folder = stat.S_ISDIR(_stat(path).st_mode)
        except UnreadableDocument as err:
            yield Problem(source, str(err))
            continue
        if is_folder:
            yield from _folder(path)
        else:
            yield (source, path)


def _folder(folder: str) -> Iterator[tuple[str, str] | Problem]:
    """A folder's text files in name order, and a Problem for what could not be walked."""
    problems: list[Problem] = []
    found: list[tuple[str, bool]] = []  # path, whether it is a file (else a linked folder)
    # Paths as strings, named as Path would name them: a Path per file costs more than
    # answering a cached document.
    _walk(folder, "" if folder == "." else folder if folder.endswith("/") else folder + "/",
          found, problems)
    for path, is_file in found:
        yield (path, path) if is_file else Problem(path, "symbolic link to a folder; not followed")
    yield from problems


def _walk(top: str, under: str, found: list[tuple[str, bool]], problems: list[Problem]) -> None:
    """What os.walk finds below ``top``, in the order sorted Paths have: each folder's
    entries by name, a subfolder's files where its name sorts."""
    try:
        with os.scandir(top) as listing:
            entries = sorted(listing, key=attrgetter("name"))
    except OSError as err:  # like os.walk: an unreadable folder gives nothing
        problems.append(Problem(str(err.filename or top), _os_message(err, top)))
        return
    for entry in entries:
        name = entry.name
        try:
            is_folder = entry.is_dir()
        except OSError:
            is_folder = False
        if not is_folder:
            if name.lower().endswith(TEXT_SUFFIXES):
                found.append((under + name, True))
        elif entry.is_symlink():
            found.append((under + name, False))
        else:
            _walk(os.path.join(top, name), under + name + "/", found, problems)


def load(sources: Iterable[str], stdin: BinaryIO | None = None) -> Iterator[Document | Problem]:
    """Every readable document of ``sources``; a Problem for each one that is not."""
    for found in discover(sources):
        if isinstance(found, Problem):
            yield found
            continue
        name, path = found
        try:
            if path is None:
                yield read_stdin(stdin or sys.stdin.buffer)
            else:
                yield read_document(path, name)
        except UnreadableDocument as err:
            yield Problem(name, str(err))
