"""Which voice reads which language, which voices are installed, and text made ready for the voice.

Pure functions and one blocking discovery call (run it off the UI thread). espeak-ng's Uzbek voice reads
Latin script, so Uzbek Cyrillic is transliterated first (`content.search.translit.to_latin`, the project's
one transliteration: the official rules, keeping case and the oʻ gʻ letters, which the voice pronounces
correctly).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field

# Language tag shown by the kiosk → espeak-ng / SAPI voice code. None: no engine has a voice for it yet.
VOICE_FOR_LANG: dict[str, str | None] = {
    "uz-Latn": "uz", "uz-Cyrl": "uz", "ru": "ru", "en": "en",
    "kk": "kk", "ky": "ky", "tr": "tr",  # ready for languages the content may add later
    "kaa": None, "tg": None,  # Karakalpak, Tajik: espeak-ng 1.51 has no voice
}  # fmt: skip
LANGUAGE_NAMES = {
    "uz-Latn": "Uzbek (Latin)", "uz-Cyrl": "Uzbek (Cyrillic)", "ru": "Russian", "en": "English",
    "kk": "Kazakh", "ky": "Kyrgyz", "tr": "Turkish", "kaa": "Karakalpak", "tg": "Tajik",
}  # fmt: skip
SAMPLES = {
    "uz-Latn": "Chet elga ishga ketyapsizmi? Hech kimga pul toʻlashdan oldin agentlik litsenziyasini "
    "tekshiring.",
    "uz-Cyrl": "Чет элга ишга кетяпсизми? Ҳеч кимга пул тўлашдан олдин агентлик лицензиясини текширинг.",
    "ru": "Едете работать за границу? Проверьте лицензию агентства, прежде чем кому-либо платить.",
    "en": "Going abroad to work? Check your agency's licence before you pay anyone.",
    "kk": "Шетелге жұмысқа барасыз ба? Ешкімге ақша төлемес бұрын агенттіктің лицензиясын тексеріңіз.",
    "ky": "Чет өлкөгө иштегени барасызбы? Эч кимге акча төлөөдөн мурун агенттиктин лицензиясын текшериңиз.",
    "tr": "Yurt dışına çalışmaya mı gidiyorsunuz? Kimseye para ödemeden önce ajansın lisansını kontrol edin.",
}  # fmt: skip


@dataclass(frozen=True)
class VoiceReport:
    """What the speech engine offers on this machine."""

    engine: str
    voices: frozenset[str] = field(default_factory=frozenset)
    error: str | None = None


def engine_name() -> str:
    return "sapi5" if sys.platform == "win32" else "espeak-ng"


def parse_espeak_voices(listing: str) -> frozenset[str]:
    """Language codes from `espeak-ng --voices` (column 2, plus the base code of e.g. "en-gb")."""
    codes: set[str] = set()
    for line in listing.splitlines()[1:]:
        parts = line.split()
        if len(parts) >= 2:
            codes.add(parts[1].lower())
            codes.add(parts[1].lower().split("-")[0])
    return frozenset(codes)


def discover(worker_cmd: list[str], timeout_s: float = 20.0) -> VoiceReport:
    """Ask the engine which voices exist. Blocking (a subprocess): call it off the UI thread."""
    import json  # only this call needs these, in a thread after start-up: not the first paint
    import shutil
    import subprocess

    try:
        if sys.platform != "win32":
            exe = shutil.which("espeak-ng")
            if exe is None:
                return VoiceReport("espeak-ng", error="espeak-ng is not installed")
            out = subprocess.run(
                [exe, "--voices"], capture_output=True, text=True, timeout=timeout_s, check=True
            )
            return VoiceReport("espeak-ng", parse_espeak_voices(out.stdout))
        out = subprocess.run(
            [*worker_cmd, "--list"], capture_output=True, text=True, timeout=timeout_s, check=True
        )
        data = json.loads(out.stdout)
        return VoiceReport(data["engine"], frozenset(data["voices"]), data.get("error"))
    except (OSError, subprocess.SubprocessError, ValueError, KeyError) as exc:
        return VoiceReport(engine_name(), error=f"{type(exc).__name__}: {exc}".strip(": "))


# Why a language cannot be read aloud, as a kind the admin screen words in the technician's language
# (the English wording below is for logs and the command line).
GAP_UNMAPPED = "unmapped"  # no voice is mapped to the language
GAP_NO_VOICE = "no-voice"  # the engine has no voice for the language at all
GAP_NOT_READ = "not-read"  # the list of installed voices has not been read yet
GAP_ENGINE_ERROR = "engine-error"  # the engine cannot be used (detail: its error)
GAP_NOT_INSTALLED = "not-installed"  # the engine has a voice for it, but it is not installed here


@dataclass(frozen=True)
class VoiceGap:
    """Why one language has no voice: `kind` is one of the GAP_ constants; `engine`, `voice` and
    `detail` fill in the wording."""

    kind: str
    engine: str = ""
    voice: str = ""
    detail: str = ""


def voice_gap(lang: str, report: VoiceReport | None) -> VoiceGap | None:
    """Why `lang` cannot be read aloud, or None if it can."""
    if lang not in VOICE_FOR_LANG:
        return VoiceGap(GAP_UNMAPPED)
    voice = VOICE_FOR_LANG[lang]
    if voice is None:
        return VoiceGap(GAP_NO_VOICE, engine=engine_name())
    if report is None:
        return VoiceGap(GAP_NOT_READ)
    if report.error:
        return VoiceGap(GAP_ENGINE_ERROR, engine=report.engine, detail=report.error)
    if voice not in report.voices:
        return VoiceGap(GAP_NOT_INSTALLED, engine=report.engine, voice=voice)
    return None


def missing_reason(lang: str, report: VoiceReport | None) -> str | None:
    """Why `lang` cannot be read aloud, in English (logs, command line), or None if it can."""
    gap = voice_gap(lang, report)
    if gap is None:
        return None
    name = LANGUAGE_NAMES.get(lang, lang)
    return {
        GAP_UNMAPPED: f"no voice is mapped to language {lang!r}",
        GAP_NO_VOICE: f"{gap.engine} has no {name} voice",
        GAP_NOT_READ: "the list of installed voices has not been read yet",
        GAP_ENGINE_ERROR: f"speech engine unavailable: {gap.detail}",
        GAP_NOT_INSTALLED: f"{gap.engine} has no voice {gap.voice!r} for {name} installed",
    }[gap.kind]


def prepare_text(lang: str, text: str) -> str:
    """The text as the voice for `lang` should receive it."""
    if lang == "uz-Cyrl":
        from content.search.translit import to_latin  # with the search's tables: not at start-up

        return to_latin(text)
    return text
