"""Web pages and Markdown as the plain text a reader sees: paragraphs kept, markup gone.

HTML is parsed with Beautiful Soup (Python's own ``html.parser`` underneath, so no C
library is needed): it copes with the broken markup scrapers save, and decodes entities.
Scripts, styles, forms and what pages mark as navigation, banners, sidebars, cookie
notices and footers are dropped; block elements become paragraph breaks.
"""

from __future__ import annotations

import re
import warnings
from typing import TYPE_CHECKING

# Beautiful Soup is imported where a web page is read: it takes longer to import (~80 ms)
# than plain text takes to read, and most runs read no web page.
if TYPE_CHECKING:
    from bs4.element import Tag

_INVISIBLE_TAGS = (
    "head", "title", "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object",
    "form", "button", "select", "textarea", "input", "nav", "aside", "dialog", "menu",
)  # fmt: skip
_LANDMARKS = {"navigation", "banner", "contentinfo", "complementary", "search", "menu",
              "menubar", "dialog", "alert"}
# Class or id words that mark page furniture rather than the text of the page.
_FURNITURE = re.compile(
    r"(?:^|[-_ ])(?:nav|navbar|navigation|menu|breadcrumbs?|cookie|cookies|consent|"
    r"skip-?link|sidebar|social|share|footer|site-?header|masthead)(?:$|[-_ ])",
    re.IGNORECASE,
)
_BLOCKS = {
    "address", "article", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure",
    "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p",
    "pre", "section", "table", "ul", "caption", "details", "summary",
}  # fmt: skip
# around elements that are no blocks (\x01: a table's cell, " | " between cells of a row, as
# a text table writes it: "Sa 28.03.2026 | 19:30 | Anatevka – Premiere | Großes Haus")
_EDGES = {"br": "\x00", "tr": "\x00", "td": "\x01", "th": "\x01"}
_CELL_EDGES = re.compile(r"[ \t]*\x01[\x01 \t]*")
_ROW_EDGES = re.compile(r"(?:(?<=\x00)|^)\x01|\x01(?=\x00|$)")
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")  # not \s: a no-break space is text


def declared_encoding(data: bytes) -> str | None:
    """The encoding a page declares in its ``<meta>``, if any.

    >>> declared_encoding(b'<meta charset="windows-1252"><p>x')
    'windows-1252'
    """
    from bs4.dammit import EncodingDetector

    found = EncodingDetector.find_declared_encoding(data[:4096], is_html=True)
    return str(found) if found else None


def html_text(markup: str) -> str:
    """The visible text of a web page, one paragraph per block element.

    >>> html_text("<nav>Start | Presse</nav><h1>Tag&nbsp;der offenen T&uuml;r</h1>"
    ...           "<p>Am 5.&#160;Mai<br>ab 10 Uhr</p><script>var x;</script>")
    'Tag\\xa0der offenen Tür\\n\\nAm 5.\\xa0Mai\\nab 10 Uhr'
    """
    return html_page(markup)[0]


def html_page(markup: str) -> tuple[str, str]:
    """A web page's visible text (as ``html_text``) and its frame: the title and the footers
    around that text, which name whose page it is and where ("Museum am Untermarkt Görlitz",
    "Postfach 214 · 7000 Chur") but hold none of its events.

    >>> html_page("<title>Programm – Kulturkeller Chur</title><p>Am 5. Mai</p>"
    ...           "<footer>Verein · 7000 Chur</footer>")
    ('Am 5. Mai', 'Programm – Kulturkeller Chur\\nVerein · 7000 Chur')
    """
    from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        soup = BeautifulSoup(markup, "html.parser")
    frame = [soup.title] if soup.title is not None else []
    frame += soup.find_all(_is_footer)
    framed = [_joined(_pieces(tag)) for tag in frame if not tag.find_parent(_is_footer)]
    for tag in soup.find_all(_is_furniture):
        if not tag.decomposed:
            tag.decompose()
    return _joined(_pieces(soup)), "\n".join(line for line in framed if line)


def _is_footer(tag: Tag) -> bool:
    return tag.name == "footer" or str(tag.get("role", "")).lower() == "contentinfo"


def _pieces(node: Tag) -> list[str]:
    pieces: list[str] = []
    _collect(node, pieces, preformatted=False)
    return pieces


def _joined(pieces: list[str]) -> str:
    """The text of ``_collect``'s pieces: cells in rows, paragraphs as blank lines."""
    text = _ROW_EDGES.sub("", _CELL_EDGES.sub("\x01", re.sub(r"  +", " ", "".join(pieces))))
    text = re.sub(r"[ \t]*\x00[ \t]*", "\x00", text.replace("\x01", " | "))
    text = re.sub(r"\x00{3,}", "\x00\x00", text).strip("\x00 ")
    return text.replace("\x00", "\n")


def _is_furniture(tag: Tag) -> bool:
    if tag.name in _INVISIBLE_TAGS:
        return True
    if str(tag.get("role", "")).lower() in _LANDMARKS or tag.has_attr("hidden"):
        return True
    if str(tag.get("aria-hidden", "")).lower() == "true":
        return True
    if tag.name == "footer" or (tag.name == "header" and tag.find_parent(("article", "main"))
                                is None and tag.find("h1") is None):
        return True
    names = " ".join([*tag.get_attribute_list("class"), str(tag.get("id") or "")])
    return tag.name in ("div", "ul", "ol", "section", "header", "p", "span") and bool(
        _FURNITURE.search(names)
    )


def _collect(node: Tag, pieces: list[str], preformatted: bool) -> None:
    """Text of ``node`` into ``pieces``; \\x00 marks a line break, two a paragraph break."""
    from bs4.element import Comment, Doctype, NavigableString, ProcessingInstruction, Tag

    for child in node.children:
        if isinstance(child, (Comment, Doctype, ProcessingInstruction)):
            continue
        if isinstance(child, NavigableString):
            text = str(child).replace("\x00", "")
            if preformatted:
                pieces.append(text.replace("\r\n", "\n").replace("\n", "\x00"))
            else:
                pieces.append(_HTML_SPACE.sub(" ", text))
        elif isinstance(child, Tag):
            # blocks are paragraphs, table rows lines, cells words of their row
            edge = _EDGES.get(child.name, "\x00\x00" if child.name in _BLOCKS else "")
            pieces.append(edge)
            _collect(child, pieces, preformatted or child.name == "pre")
            pieces.append("" if child.name == "br" else edge)


_MD_HEADING = re.compile(r"^[ ]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.MULTILINE)
_MD_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)([^\n]*?\S)\1")
_MD_ITALIC = re.compile(r"(?<![*\w])([*_])(?=[^\s*_])([^*_\n]*?[^\s*_])\1(?![*\w])")
_MD_STRIKE = re.compile(r"~~(?=\S)([^\n]*?\S)~~")  # (GitHub's struck text: "~~Do, 14. Mai~~")
_MD_RULE = re.compile(r"^[ ]{0,3}(?:[-*_][ \t]*){3,}$", re.MULTILINE)


def _heading_block(m: re.Match[str]) -> str:
    """A heading as a paragraph of its own, as a web page shows it: a blank line under it
    ("### Info-Abend" / "Realschulabschluss, …" reads as a heading over its text)."""
    start, end = m.start(), m.end()
    above = m.string[max(0, start - 2) : start]
    under = m.string[end + 1 : end + 2]
    return ("\n" if start >= 2 and above[-1:] == "\n" and above != "\n\n" else "") + m.group(
        1) + ("\n" if under not in ("", "\n") else "")


def markdown_text(text: str) -> str:
    """Markdown read as text: heading marks, link targets and bold, italic and strike-through
    marks removed.

    >>> markdown_text("# Sommerfest\\n\\nAm **5. Juli** im [Rathaus](https://x.de).")
    'Sommerfest\\n\\nAm 5. Juli im Rathaus.'
    >>> markdown_text("* 3. Mai: *Seehunde im Wandel* mit Dr_Ina_Lau")
    '* 3. Mai: Seehunde im Wandel mit Dr_Ina_Lau'
    """
    text = _MD_HEADING.sub(_heading_block, text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    text = _MD_ITALIC.sub(r"\2", text)
    text = _MD_STRIKE.sub(r"\1", text) if "~~" in text else text
    return _MD_RULE.sub("", text)
