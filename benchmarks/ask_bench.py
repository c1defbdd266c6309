"""Ask-a-question benchmark: answer latency per question (p50/p99), index size and build time, and answer
quality on the question table, on the sample content plus generated question/answer pairs. One JSON object.

The generated pairs (default 500) are made of the content's own words in every language, so they compete
with the real answers for every question (a harder test of the ranking than the sample alone). Latency is
measured for the table's questions, each also typed letter by letter (the screen answers per keystroke),
and for bad input (10,000 characters, punctuation, FTS syntax, emoji, mixed scripts). A same-run baseline:
a plain scan that counts shared words in every passage.

Start-up impact, in the same run: the kiosk's cold start (a fresh process until its first paint) as a ratio
to a bare PySide6 window (benchmarks/ui_bench.py's measurement), once as built and once with "Ask" taken
out (its screen and service replaced by empty stand-ins before the kiosk is imported, so none of its code
is loaded); runs interleaved so machine load affects all three alike. The index itself is built off the UI
thread when "Ask" first opens, so only the screen's construction and the imports can cost start-up time.

    python benchmarks/ask_bench.py [--pairs 500] [--seed 1] [--cold-runs 5]

Targets: p99 <= 50 ms per question and per keystroke; top-3 rate on the table reported; cold-start ratio
with "Ask" within 0.1 of the ratio without it.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from content.ask.engine import AskEngine  # noqa: E402
from content.ask.index import AskIndex, terms  # noqa: E402
from content.ask.passages import Passage, read_passages  # noqa: E402
from content.ask.quality import rates, read_cases  # noqa: E402
from content.languages import UI_LANGUAGES  # noqa: E402

BAD = [
    "x" * 10_000,
    "?!.,;:" * 20,
    '"unclosed NOT x OR y*',
    "name:pasport",
    "🙂🙂 passport 🙂",
    "пасport vизa",
    "\u202epassport\u202c",
    "   ",
    "Ǵ" * 300,
]


def _generated(passages: list[Passage], count: int, rng: random.Random) -> list[Passage]:
    """`count` question/answer pairs on made-up topics, one phrasing per UI language: each pair has topic
    words of its own and shares two or three words with the real content, as an editor's pairs on other
    subjects would (so they compete for the common words of every question)."""
    words = [w for p in passages for w in p.search.split() if len(w) > 3]
    letters = "abdeghiklmnoprstuvyz"
    pairs = []
    for number in range(count):
        topic = ["".join(rng.choice(letters) for _ in range(rng.randint(5, 9))) for _ in range(3)]
        answer = " ".join(rng.choice([*topic, *words]) for _ in range(rng.randint(15, 40)))
        for lang in UI_LANGUAGES:
            shared = [rng.choice(words) for _ in range(rng.randint(2, 3))]
            question = " ".join(rng.sample(topic, 2) + shared)
            pairs.append(
                Passage(
                    "qa",
                    f"generated-{number}",
                    lang,
                    "q0",
                    question,
                    answer,
                    f"{question}\n{question}\n{answer}",
                    None,
                )
            )
    return pairs


def _scan(passages: list[Passage], question: str) -> int:
    """Baseline: count the question's words in every passage (what a naive search would do)."""
    wanted = set(terms(question[:500]))
    return max((len(wanted & set(terms(p.search))) for p in passages), default=0)


WITHOUT_ASK = """
import sys, types
from PySide6.QtCore import QObject, Signal
class AskService(QObject):
    ready = Signal()
    def __init__(self, *args, parent=None):
        super().__init__(parent)
    def prepare(self): pass
    def build_now(self): pass
    def ask(self, *args, **kwargs): return []
service = types.ModuleType("kiosk.services.ask"); service.AskService = AskService
sys.modules["kiosk.services.ask"] = service
from screens.base import PageScreen
class AskScreen(PageScreen): pass
screen = types.ModuleType("screens.ask"); screen.AskScreen = AskScreen
sys.modules["screens.ask"] = screen
from kiosk.app.cli import main
sys.argv = ["kiosk", "run", "--data-dir", sys.argv[1]]
sys.exit(main())
"""


def cold_start(runs: int) -> dict[str, float]:
    """Cold start as a ratio to a bare window, with and without "Ask" (medians of `runs`, interleaved)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from ui_bench import BARE, _first_paint

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_EXIT_AFTER_FIRST_PAINT": "1"}
    with tempfile.TemporaryDirectory() as tmp:
        with_ask = [sys.executable, "-m", "kiosk", "run", "--data-dir", tmp]
        without_ask = [sys.executable, "-c", WITHOUT_ASK, tmp]
        _first_paint(with_ask, env)  # the first start applies the sample bundle: not measured
        times: dict[str, list[float]] = {"bare": [], "with_ask": [], "without_ask": []}
        for _ in range(runs):
            times["bare"].append(_first_paint([sys.executable, "-c", BARE], env))
            times["with_ask"].append(_first_paint(with_ask, env))
            times["without_ask"].append(_first_paint(without_ask, env))
    median = {name: statistics.median(values) for name, values in times.items()}
    ratio_with = median["with_ask"] / median["bare"]
    ratio_without = median["without_ask"] / median["bare"]
    return {
        **{f"{name}_s": round(value, 3) for name, value in median.items()},
        "ratio_with_ask": round(ratio_with, 3),
        "ratio_without_ask": round(ratio_without, 3),
        "ratio_difference": round(ratio_with - ratio_without, 3),
        "runs": runs,
    }


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "p50_ms": round(statistics.median(ordered) * 1000, 3),
        "p99_ms": round(ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000, 3),
        "max_ms": round(ordered[-1] * 1000, 3),
        "n": len(ordered),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pairs", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cold-runs", type=int, default=5, help="cold starts of each kind (0: skip)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    import sqlite3

    from kiosk.app.bootstrap import ensure_content

    cases = read_cases(ROOT / "tests" / "ask" / "questions.csv")
    with tempfile.TemporaryDirectory() as tmp:
        ensure_content(Path(tmp))
        conn = sqlite3.connect(Path(tmp) / "content.db")
        sample_index = AskIndex.from_connection(conn)
        passages = list(read_passages(conn))
        extra = _generated(passages, args.pairs, rng)
        started = time.perf_counter()
        index = AskIndex.build([*passages, *extra])
        build_s = time.perf_counter() - started
        index.qa_answers, index.qa_fallback = sample_index.qa_answers, sample_index.qa_fallback
        conn.close()
    engine = AskEngine(index)
    questions = [c.question for c in cases]
    keystrokes = [c.question[:n] for c in cases for n in range(3, len(c.question) + 1)]
    timings: dict[str, list[float]] = {"question": [], "keystroke": [], "bad_input": [], "baseline_scan": []}
    for name, batch in (("question", questions), ("keystroke", keystrokes), ("bad_input", BAD)):
        for text in batch:
            started = time.perf_counter()
            engine.ask(text, "ru")
            timings[name].append(time.perf_counter() - started)
    for text in questions[:20]:
        started = time.perf_counter()
        _scan(index.passages, text)
        timings["baseline_scan"].append(time.perf_counter() - started)
    latency = {name: _percentiles(samples) for name, samples in timings.items()}
    result = {
        "generated_pairs": args.pairs,
        "index": {**index.size(), "pickled_bytes": len(pickle.dumps(index)), "build_s": round(build_s, 3)},
        "latency": latency,
        "ratio_p50_to_scan": round(latency["question"]["p50_ms"] / latency["baseline_scan"]["p50_ms"], 4),
        "quality_sample": rates(AskEngine(sample_index), cases),
        "quality_with_generated_pairs": rates(engine, cases),
        "cold_start": cold_start(args.cold_runs) if args.cold_runs else None,
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "targets": {"p99_ms_max": 50, "cold_start_ratio_difference_max": 0.1},
    }
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
