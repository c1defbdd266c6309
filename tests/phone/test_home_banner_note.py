"""The phone edition's Home banner says which language the urgent alert's title is shown in, as its alert
page and its list pages do (server.phone.pages.list_note): in kk, ky, tg and kaa the sample alert has no
text of its own."""

from __future__ import annotations

import re

import pytest

from server.phone.pages import list_note
from server.phone.words import Words
from tests.phone.conftest import Phone

BANNER = re.compile(r'<a class="banner"[^>]*>(.*?)</a>', re.S)


def _banner(phone: Phone, lang: str) -> str:
    found = BANNER.search(phone.get(f"/m/{lang}/").text)
    assert found, lang
    return found.group(1)


@pytest.mark.parametrize(("lang", "shown_in"), [("kk", "ru"), ("ky", "ru"), ("tg", "ru"), ("kaa", "uz-Latn")])
def test_the_banner_names_the_language_of_a_fallback_title(phone: Phone, lang: str, shown_in: str) -> None:
    note = list_note(Words(lang), [shown_in])
    assert note
    banner = _banner(phone, lang)
    assert f'lang="{shown_in}"' in banner  # the title, marked up in the language it is written in
    assert note in banner, lang


@pytest.mark.parametrize("lang", ["uz-Latn", "uz-Cyrl", "ru", "en"])
def test_no_note_when_the_alert_is_in_the_readers_language(phone: Phone, lang: str) -> None:
    assert list_note(Words(lang), ["ru"]) not in _banner(phone, lang)  # type: ignore[operator]
