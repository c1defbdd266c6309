"""Markdown bodies to HTML, and phone numbers to `tel:` links.

Bodies use a small Markdown subset (content/README.md); markdown-it-py renders it with raw HTML switched
off, so a body can never inject markup even if it slipped past validation. Every international number in a
text (`+998 71 000 00 00`) becomes a tap-to-call link; a phone field (a registry agency's phone) is one
link however it is written (`(90) 123 45 67`), by content.phone_codes' rule.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markupsafe import Markup, escape

from content.phone_codes import home_tel_uri, tel_uri

# "+" then 7-15 digits, single spaces, dashes or brackets between them (E.164 allows 15 digits).
PHONE = re.compile(r"\+\d(?:[ \-()]?\d){6,14}")
SHORT = re.compile(PHONE.pattern + r"|(?<![\w+\-.])\d{3,4}(?![\w\-])")
SHORT3 = re.compile(PHONE.pattern + r"|(?<![\w+\-.])\d{3}(?![\w\-])")
_MD = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).disable("image")


def phone_field(phone: str) -> Markup:
    """A phone field's value (a registry agency's phone, a warning entry's number) as one tap-to-call link,
    shown as written: `(90) 123 45 67` dials +998901234567. Escaped text when it is no number to dial."""
    href = home_tel_uri(phone)
    return link(href, phone) if href else escape(phone)


def link(href: str, text: str) -> Markup:
    """`<a href="{href}">{text}</a>`, both escaped: what `Markup('<a href="{}">{}</a>').format(href, text)`
    gives, without its string.Formatter machinery, which cost more than the rest of a phone field."""
    return Markup(f'<a href="{escape(href)}">{escape(text)}</a>')  # noqa: S704 - both parts escaped


def fill(words: str, **values: str) -> Markup:
    """Translated `words` with their `{name}` fields filled, as HTML: the words and plain values escaped,
    Markup values (a `phone_field` link) kept. (What `escape(words).format(**values)` gives for the plain
    `{name}` fields of the catalogues, by str.format on escaped parts: Markup.format's formatter class is
    several times slower.)"""
    return Markup(str(escape(words)).format_map({name: escape(value) for name, value in values.items()}))


def markdown(text: str, emergency_numbers: bool = False) -> Markup:
    """HTML for a Markdown body; phone numbers become links, and with `emergency_numbers` (a guide's
    contacts section) also three-digit numbers such as 112 or 110."""
    pattern = SHORT3 if emergency_numbers else PHONE
    linked = pattern.sub(lambda m: f"[{m.group(0)}]({tel_uri(m.group(0))})", text)
    return Markup(_MD.render(linked))  # noqa: S704 - markdown-it escapes text; raw HTML is disabled


def phones(text: str, short_numbers: bool = False) -> Markup:
    """Plain text, escaped, with its phone numbers as links; with `short_numbers` (emergency contacts)
    also the 3-4 digit emergency numbers ("Call 112"). Markup is HTML already (a line made with `fill`,
    its phone field linked whole): it is kept as it is."""
    if isinstance(text, Markup):
        return text
    if not short_numbers and "+" not in text:
        return escape(text)  # no number to link (most lines): the same as below, several times quicker
    out, last = [], 0
    for m in (SHORT if short_numbers else PHONE).finditer(text):
        out.append(escape(text[last:m.start()]))
        out.append(link(tel_uri(m.group(0)), m.group(0)))
        last = m.end()
    out.append(escape(text[last:]))
    return Markup("").join(out)
