"""Split a document into sentences and heading lines, with character offsets.

>>> s = Sentences("Clustertagung in Wetzlar\\n\\nAm 11. Juli trafen sich Dr. A. Meier und Bernd. Es war gut.")
>>> [s.text[b:e] for b, e in s.spans]
['Clustertagung in Wetzlar', 'Am 11. Juli trafen sich Dr. A. Meier und Bernd.', 'Es war gut.']
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

# A sentence ends at . ! ? followed by space and a capital, unless the dot closes an
# ordinal ("11. Juli"), an initial ("A.") or a common abbreviation ("Dr.", "bzw.").
_ABBREVIATIONS = (
    "Dr", "Prof", "Nr", "ca", "bzw", "z.B", "u.a", "d.h", "St", "Str", "Tel", "Fax", "Hr",
    "Fr", "Mo", "Di", "Mi", "Do", "Sa", "So", "Jan", "Feb", "Febr", "Apr", "Aug", "Sep",
    "Sept", "Okt", "Nov", "Dez", "Dipl", "Ing", "Mag", "inkl", "zzgl", "evtl", "ggf", "vgl",
    "usw", "etc", "Abs", "Art", "Kap", "geb", "Jh", "Mio", "Mrd", "rd", "max", "min", "bspw",
    "insb", "Verf", "Hrsg", "sog", "u", "v", "z",
)  # fmt: skip
_ABBREVIATION_SET = frozenset(_ABBREVIATIONS)
_END = re.compile(r"(?<![0-9])[.!?…][\"“”»«'’]?[ \t]+(?=[A-ZÄÖÜ0-9„\"»(])")
_WORD_BEFORE = re.compile(r"([\w.]*)$")


def _is_end(text: str, dot: int) -> bool:
    """Whether the punctuation at ``dot`` ends a sentence (not 'Dr.', 'A.', 'z.B.')."""
    if text[dot] != ".":
        return True
    word = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    before = word.group(1) if word else ""
    return len(before) > 1 and before not in _ABBREVIATION_SET


_LINE = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class Sentences:
    """Sentence spans of a text: every line break ends a sentence, so do . ! ?"""

    text: str
    spans: list[tuple[int, int]] = field(init=False)
    _starts: list[int] = field(init=False)

    def __post_init__(self) -> None:
        spans: list[tuple[int, int]] = []
        for line in _LINE.finditer(self.text):
            begin = line.start()
            for end in _END.finditer(self.text, line.start(), line.end()):
                if not _is_end(self.text, end.start()):
                    continue
                spans.append((begin, end.start() + 1))
                begin = end.end()
            spans.append((begin, line.end()))
        spans = [_strip(self.text, b, e) for b, e in spans]
        spans = [(b, e) for b, e in spans if e > b]
        object.__setattr__(self, "spans", spans)
        object.__setattr__(self, "_starts", [b for b, _ in spans])

    def index_at(self, pos: int) -> int:
        """Index of the sentence holding offset ``pos`` (the one before it, between two)."""
        return max(0, bisect.bisect_right(self._starts, pos) - 1)

    def at(self, pos: int) -> tuple[int, int]:
        if not self.spans:
            return (0, len(self.text))
        return self.spans[self.index_at(pos)]

    def sentence(self, pos: int) -> str:
        b, e = self.at(pos)
        return self.text[b:e]

    def is_heading(self, index: int) -> bool:
        """A short line of its own without a closing full stop: a headline or caption."""
        b, e = self.spans[index]
        line_start = self.text.rfind("\n", 0, b) + 1
        line_end = self.text.find("\n", e)
        line_end = len(self.text) if line_end < 0 else line_end
        line = self.text[line_start:line_end].strip()
        return (b, e) == _strip(self.text, line_start, line_end) and len(line) <= 140 and (
            not line.endswith((".", ":", ","))
        )


def _strip(text: str, begin: int, end: int) -> tuple[int, int]:
    while begin < end and text[begin].isspace():
        begin += 1
    while end > begin and text[end - 1].isspace():
        end -= 1
    return begin, end
