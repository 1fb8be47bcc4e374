"""Split a document into sentences and heading lines, with character offsets.

>>> s = Sentences("Clustertagung in Wetzlar\\n\\n"
...               "Am 11. Juli trafen sich Dr. A. Meier und Bernd. Es war gut.")
>>> [s.text[b:e] for b, e in s.spans]
['Clustertagung in Wetzlar', 'Am 11. Juli trafen sich Dr. A. Meier und Bernd.', 'Es war gut.']
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from .lazy import cached_property
from .vocabulary import ABBREVIATIONS, BULLETS

# A sentence ends at . ! ? followed by space and a capital, unless the dot closes an
# ordinal ("11. Juli"), an initial ("A.") or a common abbreviation ("Dr.", "bzw.").
_ABBREVIATIONS = ABBREVIATIONS

# A dot ends no sentence after no word, a word of one character ('A.') or an abbreviation
# ('Dr.', 'z.B.'), the word being the letters and dots right before it or, when a line break
# stands right before it, before the break. Each test is a look-behind (one per length of
# abbreviation), so the regex engine passes over such dots without Python's help.
_WORD_START = r"(?<![\w.])"
_SHORT_WORDS = [r"[\w.]"] + [
    "(?:" + "|".join(re.escape(w) for w in _ABBREVIATIONS if len(w) == n) + ")"
    for n in sorted({len(w) for w in _ABBREVIATIONS})
]
# (a closing quote is a word's end: "… durch die Ausstellung „Über die Grenze“. Die …")
_NOT_AFTER_WORD = r"(?<!(?<![\w.\n)\"“”»«’])\.)(?<!(?<![\w.])\n\.)" + "".join(
    rf"(?<!{_WORD_START}{word}{gap}\.)" for word in _SHORT_WORDS for gap in ("", "\n"))
# (a dot after a one- or two-digit number is an ordinal or a date's, after a year it ends;
# the mark comes first and the digits are looked for behind it, so the regex engine can skip
# ahead to the next mark instead of testing the look-behinds at every character)
_END = re.compile(
    r"[.!?…](?<!(?<![0-9])[0-9][.!?…])(?<!(?<![0-9])[0-9]{2}[.!?…])" + _NOT_AFTER_WORD
    + r"[\"“”»«'\u2019]?[ \t\n]+(?=[A-ZÄÖÜ0-9„\"»«‹(])"  # (a Swiss quote opening the next: «…»)
)
# a letterhead's line of contact data: its address, phone, mail or office hours
_LETTERHEAD_LINE = re.compile(r"(?:Tel\.|Telefon|Fax|E-Mail|Mail|www\.|Geschäftsstelle|Sprechzeiten"
                              r"|Bürozeiten|Öffnungszeiten|Postfach)\b|[^\n]*@[\w-]+\.")


_LINE = re.compile(r"[^\n]+")
_PARAGRAPH_BREAK = re.compile(r"\n(?=\n)")  # every "\n\n", overlapping ones too
_NEWLINE = re.compile(r"\n")
# Hard-wrapped text (mail, newsletters: no line longer than this, many nearly as long)
# continues its sentences across line breaks.
_WRAP_WIDTH = 100
_WRAPPED_LINE = 50
# a line longer than _WRAP_WIDTH (matched from its start: a longer match would start sooner)
_LONG_LINE = re.compile(rf"[^\n]{{{_WRAP_WIDTH + 1},}}")
# a bullet, a date or a weekday opening a line starts a list item, even in wrapped text
_LIST_ITEM = re.compile(
    rf"[ \t]*(?:[{re.escape(BULLETS)}]{{1,3}}[ \t]|[0-9]{{1,2}}\.[ \t]?[0-9]{{1,2}}\."
    r"|(?:Mo|Di|Mi|Do|Fr|Sa|So)\.,?[ \t])"
)


def _hard_wrapped(text: str) -> bool:
    """Whether ``text`` is broken into lines of a fixed width rather than by paragraph.

    >>> _hard_wrapped(("Der Verein lädt am Dienstag zum Vortrag in den Saal der\\n"
    ...                "Stadtbibliothek ein. Es referiert die Germanistin Dr. Roth\\n") * 3)
    True
    """
    lines = text.split("\n")
    if max(map(len, lines)) > _WRAP_WIDTH:  # (most texts: a paragraph per line)
        return False
    return sum(len(line.strip()) >= _WRAPPED_LINE for line in lines) >= 5


def _soft_break(text: str, pos: int) -> bool:
    """A line break inside a wrapped paragraph: after a long line, before more text."""
    start = text.rfind("\n", 0, pos) + 1
    after = text.find("\n", pos + 1)
    following = text[pos + 1 : len(text) if after < 0 else after]
    return (len(text[start:pos].strip()) >= _WRAPPED_LINE - 10 and bool(following.strip())
            and not _LIST_ITEM.match(following))


def _inside_quote(text: str, begin: int, dot: int) -> bool:
    """Whether a sentence's mark at ``dot`` stands inside a quoted name opened since
    ``begin`` and closed soon after on its line: „Moor. Mensch. Klima.“ is one title."""
    if text.find("„", begin, dot) < 0:
        return False  # (most sentences: no quote)
    if text.count("„", begin, dot) <= text.count("“", begin, dot):
        return False
    close = text.find("“", dot, dot + _QUOTE_REACH)
    return close >= 0 and text.find("\n", dot, close) < 0


_QUOTE_REACH = 80  # how far on a quoted name that holds a sentence's mark may close


class _Line:
    """The sentences of one line, split only as far as callers have asked: a news paragraph
    is one long line, and a caller looking for the first few sentences stops early."""

    __slots__ = ("_begin", "_end", "_quoted", "_stops", "_text", "spans")

    def __init__(self, text: str, begin: int, end: int) -> None:
        self.spans: list[tuple[int, int]] = []
        self._text = text
        self._end = end
        self._begin: int | None = begin  # where the next sentence starts; None: all split
        self._stops = _END.finditer(text, begin, end)
        self._quoted = text.find("„", begin, end) >= 0  # (most lines: no quote to read)

    def more(self) -> bool:
        """Split off the next sentence (stripped, never empty); False once there is none."""
        begin = self._begin
        if begin is None:
            return False
        text = self._text
        stop = next(self._stops, None)
        while self._quoted and stop is not None and _inside_quote(text, begin, stop.start()):
            stop = next(self._stops, None)  # ("Die Schau „Moor. Mensch. Klima.“ ist …")
        if stop is not None:
            dot = stop.start()
            # only the line's first sentence can open with a space: later ones start where
            # _END's look-ahead saw a letter, and each ends in its mark
            self.spans.append(_strip(text, begin, dot + 1) if not self.spans else (begin, dot + 1))
            self._begin = stop.end()
            return True
        self._begin = None
        b, e = _strip(text, begin, self._end)
        if e > b:
            self.spans.append((b, e))
            return True
        return False

    def upto(self, pos: int) -> list[tuple[int, int]]:
        """The sentences split so far, after splitting every one that starts by ``pos``."""
        spans = self.spans
        while (not spans or spans[-1][0] <= pos) and self.more():
            pass
        return spans


@dataclass(frozen=True)
class Sentences:
    """Sentence spans of a text: every line break ends a sentence, so do . ! ?

    ``at``, ``heading``, ``walk`` and ``first`` split only the lines they are asked about,
    and those only as far as they need, so a caller that looks at a few places of a long
    text does not pay for splitting all of it.
    """

    text: str
    _lines: dict[int, _Line] = field(default_factory=dict, init=False, repr=False, compare=False)

    @cached_property
    def spans(self) -> list[tuple[int, int]]:
        return list(self.walk())

    @cached_property
    def _starts(self) -> list[int]:
        return [b for b, _ in self.spans]

    @cached_property
    def _wrapped(self) -> bool:
        return _hard_wrapped(self.text)

    @cached_property
    def _breaks(self) -> list[int]:
        """Offsets of the line breaks that end a sentence (all, unless the text is wrapped)."""
        breaks = [m.start() for m in _NEWLINE.finditer(self.text)]
        if not self._wrapped:
            return breaks
        return [b for b in breaks if not _soft_break(self.text, b)]

    def _line(self, i: int) -> _Line:
        """The ``i``-th line (between sentence-ending breaks), split as far as asked so far."""
        line = self._lines.get(i)
        if line is None:
            breaks = self._breaks
            begin = breaks[i - 1] + 1 if i > 0 else 0
            end = breaks[i] if i < len(breaks) else len(self.text)
            line = self._lines[i] = _Line(self.text, begin, end)
        return line

    def _line_at(self, pos: int) -> _Line:
        """The line holding ``pos``."""
        return self._line(bisect.bisect_left(self._breaks, pos))

    def index_at(self, pos: int) -> int:
        """Index of the sentence holding offset ``pos`` (the one before it, between two)."""
        return max(0, bisect.bisect_right(self._starts, pos) - 1)

    def count_before(self, pos: int) -> int:
        """How many sentences start before offset ``pos``."""
        return bisect.bisect_left(self._starts, pos)

    def at(self, pos: int) -> tuple[int, int]:
        line = self._line_at(pos).upto(pos)
        if line and line[0][0] <= pos:
            return line[max(0, bisect.bisect_right(line, (pos, len(self.text))) - 1)]
        if not self.spans:
            return (0, len(self.text))
        return self.spans[self.index_at(pos)]

    def sentence(self, pos: int) -> str:
        b, e = self.at(pos)
        return self.text[b:e]

    def heading(self) -> tuple[int, int] | None:
        """The first sentence if it is a heading (see ``is_heading_span``), else None."""
        first = _FIRST_TEXT.search(self.text)
        if first is None:
            return None
        line = self._line_at(first.start())
        if not line.spans:
            line.more()
        return line.spans[0] if line.spans and self._heading_span(*line.spans[0]) else None

    def walk(self) -> Iterator[tuple[int, int]]:
        """The sentences in order, each line split only as far as the walk goes."""
        if "spans" in self.__dict__:
            yield from self.spans
            return
        for i in range(len(self._breaks) + 1):
            line = self._line(i)
            k = 0
            while k < len(line.spans) or line.more():
                yield line.spans[k]
                k += 1

    @cached_property
    def _paragraph_breaks(self) -> list[int]:
        return [m.start() for m in _PARAGRAPH_BREAK.finditer(self.text)]

    def paragraph_end(self, pos: int) -> int:
        """``text.find("\\n\\n", pos)``, or the text's length when there is none: the end
        of the paragraph holding ``pos``, looked up rather than searched for."""
        breaks = self._paragraph_breaks
        i = bisect.bisect_left(breaks, pos)
        return breaks[i] if i < len(breaks) else len(self.text)

    def paragraph_break_before(self, pos: int) -> int:
        """``text.rfind("\\n\\n", 0, pos)``, looked up: -1 when there is none."""
        i = bisect.bisect_right(self._paragraph_breaks, pos - 2)
        return self._paragraph_breaks[i - 1] if i > 0 else -1

    @cached_property
    def _long_lines(self) -> list[int]:
        return [m.start() for m in _LONG_LINE.finditer(self.text)]

    def short_lines(self, begin: int, end: int) -> bool:
        """Whether no piece of ``text[begin:end]`` between line breaks is longer than
        ``_WRAP_WIDTH``, ``end`` being a line's end: the pieces after the first are whole
        lines, looked up among the long ones rather than read."""
        if end - begin <= _WRAP_WIDTH:
            return True
        first = self.text.find("\n", begin, begin + _WRAP_WIDTH + 1)
        if first < 0:
            return False
        i = bisect.bisect_left(self._long_lines, first + 1)
        return i == len(self._long_lines) or self._long_lines[i] > end

    def joined(self, end: int, begin: int) -> bool:
        """Whether no line break that ends a sentence stands between ``end`` and ``begin``
        (in wrapped text only paragraph breaks do)."""
        return bisect.bisect_left(self._breaks, end) == bisect.bisect_left(self._breaks, begin)

    def first(self, count: int) -> list[tuple[int, int]]:
        """The first ``count`` sentences, splitting no more of the text than that takes."""
        return list(itertools.islice(self.walk(), count))

    @cached_property
    def has_heading_lines(self) -> bool:
        """Whether any line could hold a heading (short, not empty, no closing stop): in
        texts without one, no sentence need be split to look for headings."""
        return any(self._short_line(b, e) for _, _, b, e in self._text_lines())

    def _text_lines(self) -> Iterator[tuple[int, int, int, int]]:
        """Each line that is not blank: where it starts and ends, and where its text does
        (stripped of the white space around it)."""
        text, start = self.text, 0
        while start <= len(text):
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            b, e = _strip(text, start, end)
            if e > b:
                yield start, end, b, e
            start = end + 1

    def _short_line(self, b: int, e: int) -> bool:
        """Whether stripped line text ``text[b:e]`` is short enough for a heading and ends
        in no closing stop."""
        return e - b <= _HEADING_CHARS and not self.text[b:e].endswith(_NOT_HEADING_ENDS)

    def lead(self) -> int | None:
        """Where the first sentence that is no heading starts (None: there is none).

        In text that is not hard-wrapped, a line's first sentence is a heading exactly when
        the line is a heading line (``_heading_line``): the lines are read, not split.
        """
        if self._wrapped:
            return next((b for b, e in self.walk() if not self._heading_span(b, e)), None)
        return next((b for start, end, b, e in self._text_lines()
                     if not self._heading_line(start, end, b, e)), None)

    def headings_among_first(self, count: int) -> list[tuple[int, int]]:
        """The headings (``is_heading_span``) among the first ``count`` sentences.

        In text that is not hard-wrapped, a heading is a heading line, one sentence; any
        other line holds one sentence more than sentence ends inside it, counted, not split.
        """
        if self._wrapped:
            return [span for span in self.first(count) if self._heading_span(*span)]
        found = []
        for start, end, b, e in self._text_lines():
            if count <= 0:
                break
            if self._heading_line(start, end, b, e):
                found.append((b, e))
                count -= 0 if _LETTERHEAD_LINE.match(self.text, b, e) else 1  # (a letterhead's
                # address, phone or office hours count for no sentence: "Geschäftsstelle: …",
                # "Tel. 02541 …", "Sprechzeiten: …")
            else:
                count -= 1 + sum(1 for _ in itertools.islice(
                    _END.finditer(self.text, start, end), count - 1))
        return found

    def _heading_line(self, start: int, end: int, b: int, e: int) -> bool:
        """Whether the line ``text[start:end]``, stripped to ``text[b:e]``, is one sentence
        and a heading, in text whose every line break ends a sentence: no sentence ends
        inside it (a stop that ends one has a word after it on its line)."""
        return self._short_line(b, e) and _END.search(self.text, start, end) is None

    def heading_at(self, pos: int) -> bool:
        """``is_heading_span(at(pos))``: whether the sentence holding ``pos`` is a heading.

        Where every line break ends a sentence (text that is not hard-wrapped) and ``pos``
        is no white space, the sentence is the whole line exactly when no sentence ends
        inside the line: that is looked for in the one line, and the text is not split.
        (A headline's own date, '… (2005-03-02)', is asked about in most news texts.)
        """
        text = self.text
        if not text[pos : pos + 1].strip() or self._wrapped:
            return self.is_heading_span(self.at(pos))
        line_start = text.rfind("\n", 0, pos) + 1
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        return self._heading_line(line_start, line_end, *_strip(text, line_start, line_end))

    def is_heading_span(self, span: tuple[int, int]) -> bool:
        """A short line of its own without a closing full stop: a headline or caption."""
        return self._heading_span(*span)

    def _heading_span(self, b: int, e: int) -> bool:
        if e - b > _HEADING_CHARS:  # as the whole line, too long; as less of it, no heading
            return False
        text = self.text
        line_start = text.rfind("\n", 0, b) + 1
        line_end = text.find("\n", e)
        line_end = len(text) if line_end < 0 else line_end
        # the sentence is the whole (stripped) line, so the line is text[b:e]
        return (b, e) == _strip(text, line_start, line_end) and not (
            text[b:e].endswith(_NOT_HEADING_ENDS)
        )


_HEADING_CHARS = 140
_NOT_HEADING_ENDS = (".", ":", ",")
_FIRST_TEXT = re.compile(r"\S")


def _strip(text: str, begin: int, end: int) -> tuple[int, int]:
    while begin < end and text[begin].isspace():
        begin += 1
    while end > begin and text[end - 1].isspace():
        end -= 1
    return begin, end
