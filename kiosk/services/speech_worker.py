"""Speech in a separate process: `python -m kiosk.services.speech_worker VOICE` speaks the text on stdin.

One process per utterance, started by `kiosk.services.speech.Speech`; killing it stops the audio. The text
arrives already prepared for the voice (see `kiosk.services.voices.prepare_text`).

Engines:
- `espeak-ng` (Linux, the default there): the worker replaces itself with the espeak-ng command line
  (`exec`), which streams audio as it synthesises (first sound within milliseconds), reads stdin itself and
  dies with the process Speech kills. pyttsx3 2.99's espeak driver is not used on Linux: it drops the last
  synthesised chunk (a sentence came out 13 % short), replays the previous text on reuse, synthesises the
  whole text before playing (slow first audio for an article) and has crashed in threads.
- `pyttsx3` (Windows SAPI5, the default there; selectable elsewhere with `--engine pyttsx3`).

`--out FILE` writes a WAV instead of playing (tests, the admin "test speech" check); `--out -` streams
the WAV to stdout (espeak-ng only; used by the first-audio benchmark). `--list` prints the installed voice
codes as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from typing import Any

ENGINES = ("auto", "espeak-ng", "pyttsx3")


def pick_voice(engine: Any, lang: str) -> str | None:
    """The id of the first installed voice whose language or id matches `lang` (e.g. "uz", "ru", "en").

    `engine` is a pyttsx3 engine (pyttsx3 has no type information), or a test's stand-in."""
    for voice in engine.getProperty("voices"):
        langs = [str(x).lower().lstrip("\x05") for x in (getattr(voice, "languages", None) or [])]
        ident = str(voice.id).lower()
        if any(code == lang or code.startswith(lang + "-") for code in langs) or ident.split("/")[-1] == lang:
            return str(voice.id)
    return None


def _voice_codes(engine: Any) -> list[str]:
    codes: set[str] = set()
    for voice in engine.getProperty("voices"):
        for code in getattr(voice, "languages", None) or []:
            text = str(code).lower().lstrip("\x05").replace("_", "-")
            codes.update({text, text.split("-")[0]})
    return sorted(codes)


def choose_engine(requested: str) -> str:
    if requested != "auto":
        return requested
    return "espeak-ng" if sys.platform != "win32" and shutil.which("espeak-ng") else "pyttsx3"


def espeak_argv(voice: str, out: str | None) -> list[str]:
    """The espeak-ng command line for one utterance read from stdin (UTF-8)."""
    argv = ["espeak-ng", "-v", voice, "-b", "1", "--stdin"]
    if out == "-":
        argv.append("--stdout")
    elif out:
        argv += ["-w", out]
    return argv


def run_pyttsx3(voice_code: str, out: str | None) -> int:
    text = sys.stdin.read().strip()
    if not text:
        return 0
    if out == "-":
        print("streaming to stdout needs the espeak-ng engine", file=sys.stderr)
        return 2
    import pyttsx3  # imported here: the import alone loads the speech driver

    engine = pyttsx3.init()
    voice = pick_voice(engine, voice_code)
    if voice is None:
        print(f"no voice for language {voice_code!r}", file=sys.stderr)
        return 3
    engine.setProperty("voice", voice)
    if out:
        engine.save_to_file(text, out)
    else:
        engine.say(text)
    engine.runAndWait()
    return 0


def list_voices(engine_name: str) -> int:
    if engine_name == "espeak-ng":
        from kiosk.services.voices import discover

        report = discover([])
        data = {"engine": report.engine, "voices": sorted(report.voices), "error": report.error}
    else:
        try:
            import pyttsx3

            data = {"engine": "pyttsx3", "voices": _voice_codes(pyttsx3.init()), "error": None}
        except Exception as exc:  # any driver failure is a report, not a crash
            data = {"engine": "pyttsx3", "voices": [], "error": f"{type(exc).__name__}: {exc}"}
    print(json.dumps(data))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Speak the text on stdin in one voice, then exit.")
    parser.add_argument("voice", nargs="?", help="voice language code, e.g. uz, ru, en")
    parser.add_argument("--out", help="write a WAV file instead of playing ('-' = stdout)")
    parser.add_argument("--engine", choices=ENGINES, default="auto")
    parser.add_argument("--list", action="store_true", help="print the installed voice codes as JSON")
    args = parser.parse_args(argv)
    engine = choose_engine(args.engine)
    if args.list:
        return list_voices(engine)
    if not args.voice:
        parser.error("a voice is required")
    if engine == "espeak-ng":
        sys.stdout.flush()
        try:
            os.execvp("espeak-ng", espeak_argv(args.voice, args.out))  # replaces this process
        except OSError as exc:
            print(f"cannot run espeak-ng: {exc}", file=sys.stderr)
            return 127
    return run_pyttsx3(args.voice, args.out)


if __name__ == "__main__":
    sys.exit(main())
