"""Voice mapping, the voice list, and Uzbek Cyrillic made readable for the Latin-script voice."""

from __future__ import annotations

import shutil

import pytest

from content.search.translit import to_latin
from kiosk.services.voices import (
    SAMPLES,
    VOICE_FOR_LANG,
    VoiceReport,
    discover,
    missing_reason,
    parse_espeak_voices,
    prepare_text,
)


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Ўзбекистон", "Oʻzbekiston"),
        ("Ғалаба", "Gʻalaba"),
        ("шаҳар", "shahar"),
        ("Шаҳар", "Shahar"),
        ("ШАҲАР", "SHAHAR"),
        ("Ер ва ел", "Yer va yel"),  # е at a word start → ye
        ("меҳнат", "mehnat"),  # е after a consonant → e
        ("поезд", "poyezd"),  # е after a vowel → ye
        ("лицензия", "litsenziya"),  # ц after a vowel → ts
        ("Цех", "Sex"),  # ц at a word start → s
        ("маъно", "maʼno"),  # ъ → ʼ (U+02BC)
        ("объект", "obʼyekt"),
        ("қўшиқ", "qoʻshiq"),
        ("ЧОЙ", "CHOY"),
        ("Чой", "Choy"),
        ("Ёз, Юлдуз, Яхши", "Yoz, Yulduz, Yaxshi"),
        ("Телефон: +998 71 200-00-00", "Telefon: +998 71 200-00-00"),
        ("Already Latin oʻ gʻ", "Already Latin oʻ gʻ"),
    ],
)
def test_uzbek_cyrillic_to_latin(cyrillic: str, latin: str) -> None:
    assert to_latin(cyrillic) == latin


def test_the_cyrillic_sample_reads_as_the_latin_sample() -> None:
    assert prepare_text("uz-Cyrl", SAMPLES["uz-Cyrl"]) == SAMPLES["uz-Latn"]
    assert prepare_text("ru", SAMPLES["ru"]) == SAMPLES["ru"]  # Russian keeps its script


def test_every_shown_language_and_the_next_ones_have_a_voice() -> None:
    assert {k: VOICE_FOR_LANG[k] for k in ("uz-Latn", "uz-Cyrl", "ru", "en", "kk", "ky", "tr")} == {
        "uz-Latn": "uz", "uz-Cyrl": "uz", "ru": "ru", "en": "en", "kk": "kk", "ky": "ky", "tr": "tr",
    }  # fmt: skip


def test_parse_espeak_voices() -> None:
    listing = (
        "Pty Language       Age/Gender VoiceName          File                 Other Languages\n"
        " 5  en-gb           --/M      English_(Great_Britain) gmw/en          (en 2)\n"
        " 5  ru              --/M      Russian            zle/ru               \n"
        " 5  uz              --/M      Uzbek              trk/uz               \n"
    )
    assert parse_espeak_voices(listing) == {"en-gb", "en", "ru", "uz"}


def test_missing_reasons_say_what_a_technician_can_do_about_it() -> None:
    report = VoiceReport("espeak-ng", frozenset({"uz", "ru"}))
    assert missing_reason("uz-Cyrl", report) is None
    assert "no voice 'en' for English installed" in str(missing_reason("en", report))
    assert "no Karakalpak voice" in str(missing_reason("kaa", report))
    assert "not been read yet" in str(missing_reason("en", None))
    assert "espeak-ng is not installed" in str(
        missing_reason("ru", VoiceReport("espeak-ng", error="espeak-ng is not installed"))
    )
    assert "no voice is mapped" in str(missing_reason("xx", report))


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="needs espeak-ng")
def test_discover_finds_the_installed_voices() -> None:
    report = discover([])
    assert report.error is None
    assert {"uz", "ru", "en", "kk", "ky", "tr"} <= report.voices
