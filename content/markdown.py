"""The Markdown subset of article, alert and guide bodies, the splitting of a guide into its sections, and
a body's words for reading aloud.

The kiosk renders a small Markdown subset; raw HTML, images and tables would show as garbage (or, for HTML,
could inject markup into the rich-text view), so they are rejected at the source by the desk and again in
every bundle the kiosk reads (`content.bundle_shape`). The body is parsed by markdown-it-py, a CommonMark
parser, rather than matched line by line: a tag split over two lines (`<span\nstyle=...>`), which Qt
renders, is one `html_inline` token to the parser and was invisible to per-line regular expressions.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from content.model import GUIDE_HEADINGS, GUIDE_SECTIONS

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")



@cache
def _parser() -> MarkdownIt:
    """The parser, imported on first use: a kiosk apply whose bundle changed no body (one agency) does not
    pay for importing markdown-it in its short-lived process."""
    from markdown_it import MarkdownIt

    # HTML on while parsing so that raw HTML comes out as tokens to refuse; tables on so they can be named.
    return MarkdownIt("commonmark", {"html": True}).enable("table")


# (line offset from the first body line, message)
Finding = tuple[int, str]


def body_findings(body: str) -> list[Finding]:
    """Raw HTML, images and tables in a body, by line."""
    found: dict[tuple[int, str], str] = {}  # one finding of each kind per line, the first
    for line, token in _tokens(_parser().parse(body)):
        if token.type in ("html_inline", "html_block"):
            snippet = " ".join(token.content.split())[:60]
            found.setdefault((line, "html"), f"raw HTML is not allowed in the body: '{snippet}'")
        elif token.type == "image":
            found.setdefault((line, "image"), "images are not allowed in the body")
        elif token.type == "table_open":
            found.setdefault((line, "table"), "tables are not allowed in the body")
    for line, text in enumerate(body.split("\n")):  # a lone `| a | b |` row: not a table, still garbage
        if _TABLE_ROW.match(text):
            found.setdefault((line, "table"), "tables are not allowed in the body")
    return sorted((line, message) for (line, _kind), message in found.items())


def _tokens(tokens: list[Token]) -> Iterator[tuple[int, Token]]:
    """Every token with the body line it starts on (inline tokens: their block's line plus line breaks)."""
    for token in tokens:
        line = token.map[0] if token.map else 0
        yield line, token
        for child in token.children or []:
            yield line, child
            line += child.content.count("\n") + (child.type in ("softbreak", "hardbreak"))


def spoken_text(body: str) -> str:
    """A Markdown body as the words a reader sees, one block (heading, paragraph, list item) a line, for
    read aloud: a speech engine says `**`, `#` and `[text](url)` literally. Link text stays and its address
    goes (read letter by letter it is noise), an ordered item keeps its number, a phone stays as written.
    Walks the parser's tokens rather than stripping syntax with patterns of our own, which would also eat
    a '-' or '*' that is part of the words."""
    lines: list[str] = []
    number = ""  # an ordered list item's "3. ", said before its first block
    for token in _parser().parse(body):
        if token.type == "list_item_open" and token.markup in (".", ")"):
            number = f"{token.info}{token.markup} "
        elif token.type == "inline":
            words = "".join(_spoken(child) for child in token.children or []).strip()
            if words:
                lines.append(number + words)
                number = ""
        elif token.type in ("fence", "code_block"):
            lines.extend(line.strip() for line in token.content.splitlines() if line.strip())
    return "\n".join(lines)


def _spoken(token: Token) -> str:
    """What one inline token says: its text; nothing for emphasis marks, link ends and raw HTML."""
    if token.type in ("text", "code_inline"):
        return token.content
    if token.type in ("softbreak", "hardbreak"):
        return " "
    return ""


@dataclass
class GuideBody:
    """A guide body split into its four sections (Markdown without the heading)."""

    sections: dict[str, str] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)


def split_guide(body: str, lang: str, first_line: int = 1) -> GuideBody:
    """Find the four `## ` sections by their exact heading in `lang`; report missing, doubled, unknown ones.

    `first_line` is the file line of the body's first line, used in messages that point at another line.
    """
    headings = {heading: key for key, heading in GUIDE_HEADINGS[lang].items()}
    result = GuideBody()
    chunks: dict[str, list[str]] = {}
    current: list[str] | None = None
    preamble = False
    for offset, line in enumerate(body.split("\n")):
        if line.startswith("## "):
            heading = line.rstrip()
            key = headings.get(heading)
            if key is None:
                expected = ", ".join(f"'{h}'" for h in GUIDE_HEADINGS[lang].values())
                result.findings.append(
                    (offset, f"unknown section heading '{heading}'; the {lang} headings are {expected}"))
                current = None
            elif key in chunks:
                result.findings.append((offset, f"section '{heading}' appears twice (first on line "
                                                f"{first_line + result.lines[key]})"))
                current = None
            else:
                current = chunks[key] = []
                result.lines[key] = offset
            continue
        if current is not None:
            current.append(line)
        elif line.strip() and not chunks and not preamble:
            preamble = True
            result.findings.append(
                (offset, "text before the first section heading is not shown; move it into a section"))
    for key in GUIDE_SECTIONS:
        heading = GUIDE_HEADINGS[lang][key]
        if key not in chunks:
            result.findings.append((0, f"missing section '{heading}'"))
            continue
        text = "\n".join(chunks[key]).strip()
        if not text:
            result.findings.append((result.lines[key], f"section '{heading}' is empty"))
        result.sections[key] = text
    return result
