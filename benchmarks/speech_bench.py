"""Speech benchmark: time from `Speech.speak()` (the tap on "Read aloud") to the first audio. Prints JSON.

The utterance runs exactly as in the kiosk (the per-utterance worker process, which execs espeak-ng), but
with `--out -` so that the audio streams to a pipe instead of the sound card: the moment the first sample
bytes after the 44-byte WAV header arrive is the moment the sound card would have been given audio. Each
language's sample sentence (an article's first sentence is no shorter) is spoken --runs times; the first,
cold run (file-system caches, Python start-up) is reported apart. Target: first audio within 200 ms.

Run: `.venv/bin/python benchmarks/speech_bench.py [--runs 20]`.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer  # noqa: E402

from kiosk.services.speech import Speech  # noqa: E402
from kiosk.services.voices import SAMPLES  # noqa: E402

TARGET_MS = 200
WAV_HEADER = 44


def first_audio_ms(speech: Speech, text: str, lang: str) -> float:
    """Milliseconds from speak() to the first sample bytes on the worker's stdout."""
    loop = QEventLoop()
    received = 0
    done_at: list[float] = []
    started = time.perf_counter()
    speech.speak(text, lang, out="-")
    process = speech.process
    assert process is not None, "speech did not start"

    def on_output() -> None:
        nonlocal received
        received += len(process.readAllStandardOutput())
        if received > WAV_HEADER and not done_at:
            done_at.append(time.perf_counter())
            loop.quit()

    process.readyReadStandardOutput.connect(on_output)
    QTimer.singleShot(5000, loop.quit)
    loop.exec()
    speech.stop()
    if not done_at:
        raise RuntimeError(f"no audio for {lang} within 5 s")
    return (done_at[0] - started) * 1000


def summary(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    return {
        "median_ms": round(statistics.median(ordered), 1),
        "p95_ms": round(ordered[max(0, round(0.95 * len(ordered)) - 1)], 1),
        "max_ms": round(ordered[-1], 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    if shutil.which("espeak-ng") is None:
        print(json.dumps({"error": "espeak-ng is not installed"}))
        return 1
    QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    speech = Speech(discovery=False)
    cold = first_audio_ms(speech, SAMPLES["uz-Latn"], "uz-Latn")
    per_lang = {
        lang: [first_audio_ms(speech, text, lang) for _ in range(args.runs)] for lang, text in SAMPLES.items()
    }
    everything = [v for values in per_lang.values() for v in values]
    overall = summary(everything)
    result = {
        "benchmark": "speak() to first audio bytes",
        "target_ms": TARGET_MS,
        "runs_per_language": args.runs,
        "cold_first_ms": round(cold, 1),
        "languages": {lang: summary(values) for lang, values in per_lang.items()},
        "overall": overall,
        "meets_target": overall["p95_ms"] <= TARGET_MS and cold <= TARGET_MS,
    }
    print(json.dumps(result, indent=2))
    return 0 if result["meets_target"] else 1


if __name__ == "__main__":
    sys.exit(main())
