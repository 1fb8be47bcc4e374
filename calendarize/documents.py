"""Read files, folders and standard input into Documents: decoding and normalising text."""

from __future__ import annotations

import os
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .model import Document

TEXT_SUFFIXES = (".txt",)
STDIN = "-"

_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\t"), " ")
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2212"), "-")
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")


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
    """One form for the same text: NFC, LF line breaks, plain spaces, no invisible characters.

    >>> normalise("Am\\u00a011.\\u00ad Juli\\r\\n")
    'Am 11. Juli\\n'
    """
    text = unicodedata.normalize("NFC", text)
    text = _LINE_BREAKS.sub("\n", text)
    return text.translate(_INVISIBLE).translate(_SPACES).translate(_DASHES)


def decode(data: bytes) -> str:
    """Bytes to text: BOMs first, then UTF-8, then the Windows-1252 German office software writes.

    >>> decode("Straße".encode("cp1252"))
    'Straße'
    """
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnreadableDocument("binary file, not text")
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"),
                       (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as err:
                raise UnreadableDocument(f"broken {codec} text ({err.reason})") from err
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")
    if text.count("\ufffd") > max(2, len(text) // 1000):
        raise UnreadableDocument("not text in UTF-8, UTF-16 or Windows-1252")
    return text


def read_document(path: Path, name: str) -> Document:
    try:
        data = path.read_bytes()
    except OSError as err:
        raise UnreadableDocument(err.strerror or str(err)) from err
    text = normalise(decode(data))
    if not text.strip():
        raise UnreadableDocument("empty file")
    return Document(name=name, text=text)


def discover(sources: Iterable[str]) -> Iterator[tuple[str, Path | None] | Problem]:
    """Files to read, in a stable order: folders give their text files, recursively."""
    for source in sources:
        if source == STDIN:
            yield (STDIN, None)
            continue
        path = Path(source)
        if path.is_dir():
            found = sorted(
                p for p in _walk(path) if p.suffix.lower() in TEXT_SUFFIXES
            )
            for p in found:
                yield (str(p), p)
        elif path.is_file():
            yield (str(path), path)
        elif path.is_symlink():
            yield Problem(source, "broken symbolic link")
        else:
            yield Problem(source, "no such file or folder")


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs.sort()
        for f in files:
            yield Path(root, f)


def load(sources: Iterable[str]) -> Iterator[Document | Problem]:
    """Every readable document of ``sources``; a Problem for each one that is not."""
    for found in discover(sources):
        if isinstance(found, Problem):
            yield found
            continue
        name, path = found
        try:
            if path is None:
                text = normalise(decode(sys.stdin.buffer.read()))
                yield Document(name="<stdin>", text=text)
            else:
                yield read_document(path, name)
        except UnreadableDocument as err:
            yield Problem(name, str(err))
