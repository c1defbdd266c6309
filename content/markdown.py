"""The Markdown subset of article, alert and guide bodies, and the splitting of a guide into its sections.

The kiosk renders a small Markdown subset; raw HTML, images and tables would show as garbage (or, for HTML,
could inject markup into the rich-text view), so they are rejected at the source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from content.model import GUIDE_HEADINGS, GUIDE_SECTIONS

_HTML = re.compile(r"<!--|<\s*/?\s*[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?\s*>")
_IMAGE = re.compile(r"!\[[^\]]*\]\s*[\[(]")
_TABLE = re.compile(r"^\s*\|.*\|\s*$")

# (line offset from the first body line, message)
Finding = tuple[int, str]


def body_findings(body: str) -> list[Finding]:
    """Raw HTML, images and tables in a body, by line."""
    found: list[Finding] = []
    for offset, line in enumerate(body.split("\n")):
        if m := _HTML.search(line):
            found.append((offset, f"raw HTML is not allowed in the body: '{m.group(0)}'"))
        if _IMAGE.search(line):
            found.append((offset, "images are not allowed in the body"))
        if _TABLE.match(line):
            found.append((offset, "tables are not allowed in the body"))
    return found


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
