"""Raw HTML never reaches the kiosk's text: markdown-it-py finds it wherever it is (a tag split over two
lines too, which Qt renders and the old per-line patterns missed), every bundle the kiosk reads is checked
again, and the renderer shows any tag that slipped through as text."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextDocument

from content.markdown import body_findings
from tests.content.test_content_load_bundle import RIGHTS, reject, write_doc

SPLIT_SPAN = "Ask for a <span\nstyle='color:red;font-size:90px'>receipt</span>."


@pytest.mark.parametrize(("body", "line", "word"), [
    (SPLIT_SPAN, 0, "raw HTML"),
    ("First line.\n\n<div\nclass=x>block</div>", 2, "raw HTML"),
    ("Text <!--\ncomment -->", 0, "raw HTML"),
    ("One\ntwo ![map](https://example.org/m.png)", 1, "images"),
    ("| fee | who |\n|---|---|\n| 1 | 2 |", 0, "tables"),
])
def test_the_parser_finds_what_the_kiosk_must_not_render(body: str, line: int, word: str) -> None:
    found = body_findings(body)
    assert found and found[0][0] == line and word in found[0][1], found


def test_ordinary_markdown_passes() -> None:
    assert body_findings("Pay **nothing** up front: 3 < 5, a [link](https://example.org), a list:\n"
                         "\n- one\n- two\n\n> quoted") == []


def test_a_received_bundle_with_raw_html_is_refused(bundle_dir: Path) -> None:
    def inject(doc: dict) -> dict:
        doc["articles"][0]["texts"]["en"]["body"] = SPLIT_SPAN
        return doc

    write_doc(bundle_dir, RIGHTS, inject)
    reject(bundle_dir, "raw HTML is not allowed in the body")


def test_the_renderer_shows_a_tag_as_text(qapp: object) -> None:
    from screens.reader import markdown_label

    label = markdown_label(SPLIT_SPAN)
    doc = QTextDocument()
    doc.setMarkdown(label.text())
    assert "<span style='color:red;font-size:90px'>receipt</span>" in doc.toPlainText()
    assert "#ff0000" not in doc.toHtml()  # rendered raw, Qt would colour the word red
