"""Pages nested deeper than libxml2 will parse, made shallow enough to extract their article.

libxml2, which lxml and trafilatura parse with, stops at 256 levels of nesting (2,048 with ``huge_tree``) and drops
everything after that point: an article inside 20,000 nested ``<div>`` (generated pages, hostile ones, broken
templates that never close a tag) came out empty. Such a page is rewritten before extraction by a streaming pass
over its markup (the standard library's ``html.parser``, which builds no tree and has no depth limit):

1. beyond ``WRAPPER_DEPTH`` levels, the tags of pure containers (``div``, ``span``, ``font``, ``section``…),
   which say nothing about where the article is, are left out;
2. beyond ``MAX_DEPTH`` levels, every tag is left out;
3. text, character references, comments and the tags kept are written back as they were, so no word of the
   page is lost, and its ``<article>``, paragraphs and headings are still there for the extractors.
"""

from __future__ import annotations

from collections import Counter
from html.parser import HTMLParser

from lxml import etree

LIBXML2_MAX_DEPTH = 256
WRAPPER_DEPTH = 64
MAX_DEPTH = 200
"""Under libxml2's limit with room to spare: the tags a depth counter misses (implied closings) cannot reach it."""

WRAPPERS = frozenset({"div", "span", "font", "section", "center", "b", "i", "u", "em", "strong", "small", "big",
                      "table", "tbody", "thead", "tr", "td", "th", "ul", "ol", "li", "dl", "dd", "dt", "blockquote",
                      "a", "label", "main", "nav", "header", "footer", "aside"})
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
                  "track", "wbr"})


def is_too_deep(html: str) -> bool:
    """Whether libxml2 gives up on the page for its depth (a parse of about 2 ms for a 170 KB page)."""
    parser = etree.HTMLParser(encoding="utf-8")  # bytes: lxml refuses a str that declares an XML encoding
    try:
        etree.fromstring(html.encode("utf-8"), parser)
    except etree.LxmlError:  # nothing to parse: the extractors will say so
        return False
    return any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log)


def flatten(html: str) -> str:
    """The page with the tags past the depth limits left out (see the module docstring)."""
    writer = _ShallowWriter()
    writer.feed(html)
    writer.close()
    return "".join(writer.parts)


class _ShallowWriter(HTMLParser):
    """Writes the markup it reads back into ``parts``, leaving out the start and end tags of elements too deep."""

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.parts: list[str] = []
        self.open: list[tuple[str, bool]] = []  # (tag, written) of the elements open at this point
        self.open_tags: Counter[str] = Counter()
        self.depth = 0  # of the elements written

    def handle_starttag(self, tag: str, attrs) -> None:
        keep = self.depth < MAX_DEPTH and (tag not in WRAPPERS or self.depth < WRAPPER_DEPTH)
        if keep:
            self.parts.append(self.get_starttag_text())
        if tag not in VOID:
            self.open.append((tag, keep))
            self.open_tags[tag] += 1
            self.depth += keep

    def handle_startendtag(self, tag: str, attrs) -> None:
        if self.depth < MAX_DEPTH:
            self.parts.append(self.get_starttag_text())

    def handle_endtag(self, tag: str) -> None:
        if not self.open_tags[tag]:
            return  # a stray end tag: nothing to close
        while self.open:
            name, written = self.open.pop()
            self.open_tags[name] -= 1
            self.depth -= written
            if written:
                self.parts.append(f"</{name}>")
            if name == tag:
                return

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_entityref(self, name: str) -> None:
        self.parts.append(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self.parts.append(f"&#{name};")

    def handle_comment(self, data: str) -> None:
        self.parts.append(f"<!--{data}-->")

    def handle_decl(self, decl: str) -> None:
        self.parts.append(f"<!{decl}>")

    def handle_pi(self, data: str) -> None:
        self.parts.append(f"<?{data}>")

    def unknown_decl(self, data: str) -> None:
        self.parts.append(f"<![{data}]>")
