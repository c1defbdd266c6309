"""The hotline on a verdict, a not-found search and a job order says when its name is in another language,
as the kiosk's hotline panel does ("Not yet translated… Shown in: Русский"): the sample's hotline has names
in uz-Latn, uz-Cyrl, ru and en only, so a Kazakh reader sees the Russian name, and must be told why."""

from __future__ import annotations

import re

import pytest

from content.languages import DEFAULT_FALLBACKS
from content.languages import UI_LANGUAGES as LANGUAGES
from server.phone.words import NAMES, Words
from tests.phone.conftest import Phone, sample_agencies

PAGES = {"agency": f"agency/{sample_agencies()['revoked']}", "not-found": "check?q=zzzzqqqq",
         "vacancy": "vacancy/de-care-001", "warning": "warning/w-001"}
SHOWN_IN = {lang: NAMES[shown] for lang, shown in DEFAULT_FALLBACKS.items()}  # the sample keeps the defaults


def hotline_card(html: str) -> str:
    """The part of the page from the first hotline number's paragraph start back to its card's heading."""
    call = html.index('class="call"')
    start = html.rindex("<h2", 0, call)
    return html[start:call]


@pytest.mark.parametrize("page", sorted(PAGES))
@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_hotline_named_in_another_language_says_so(phone: Phone, lang: str, page: str) -> None:
    html = phone.get(f"/m/{lang}/{PAGES[page]}").text
    card = hotline_card(html)
    note = Words(lang).kiosk("ReaderScreen", "Not yet translated into your language. Shown in: {language}",
                             language=SHOWN_IN.get(lang, "—"))
    names = re.findall(r'<span(?: lang="([^"]+)")?>', card)
    if lang in SHOWN_IN:
        assert names and names[0], f"{lang} {page}: the name is marked as another language"
        assert note in card, f"{lang} {page}: no note that the hotline's name is not translated"
    else:
        assert "Shown in" not in card and Words(lang).kiosk(
            "ReaderScreen", "Not yet translated into your language. Shown in: {language}",
            language="X").split("X")[0] not in card, f"{lang} {page}: a note where the name is translated"
