"""Ask-a-question benchmark: answer latency per question (p50/p99), index size and build time, and answer
quality on the question table, on the sample content plus generated question/answer pairs. One JSON object.

The generated pairs (default 500) are made of the content's own words in every language, so they compete
with the real answers for every question (a harder test of the ranking than the sample alone). Latency is
measured for the table's questions, each also typed letter by letter (the screen answers per keystroke),
and for bad input (10,000 characters, punctuation, FTS syntax, emoji, mixed scripts). A same-run baseline:
a plain scan that counts shared words in every passage.

Start-up impact, in the same run: `kiosk run`'s cold start (a fresh process until the attract screen's first
paint, benchmarks/ui_bench.py's measurement) as a ratio to a bare PySide6 window, once with "Ask" and once
without it, median of --cold-runs each. Both kiosks start through the same launcher; without "Ask", its
screen is taken out of the kiosk's screen list and its service is not made (nothing of `kiosk.services.ask`,
`content.ask` or `screens.ask` is imported). The runs are interleaved (bare, with, without; the order of the
two kiosks alternating) so that machine load affects all alike, and each start's CPU seconds to its first
paint give a second ratio that the load inflates much less. The Ask modules each kiosk had imported by its
first paint are reported: the index is built off the UI thread when "Ask" is first used, so only imports
and the service's construction could cost start-up time.

    python benchmarks/ask_bench.py [--pairs 500] [--seed 1] [--cold-runs 7]

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
import subprocess
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


LAUNCH = """
import atexit, sys, types
data, variant = sys.argv[1], sys.argv[2]
if variant == "without":
    # No Ask service (ScreenContext.ask is None, as in tools that build screens without it) and no Ask screen.
    stub = types.ModuleType("kiosk.services.ask")
    stub.AskService = lambda *args, **kwargs: None
    sys.modules["kiosk.services.ask"] = stub
from kiosk.app import compose
if variant == "without":
    del compose.SCREENS["ask"]
ASK = ("kiosk.services.ask", "content.ask", "screens.ask")
def loaded():
    names = [m for m in sys.modules if m.startswith(ASK) and getattr(sys.modules[m], "__file__", None)]
    print("ask-modules", *sorted(names), flush=True)
atexit.register(loaded)
from kiosk.app.cli import main
sys.exit(main(["run", "--data-dir", data]))
"""


def _ask_modules(cmd: list[str], env: dict[str, str]) -> list[str]:
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120, cwd=ROOT).stdout
    return next(x for x in out.splitlines() if x.startswith("ask-modules")).split()[1:]


def cold_start(runs: int) -> dict[str, object]:
    """Cold start as a ratio to a bare window, with and without "Ask" (medians of `runs`, interleaved)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from ui_bench import BARE, _first_paint, medians

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_EXIT_AFTER_FIRST_PAINT": "1"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as ui_bench: an installed kiosk starts from bytecode
    with tempfile.TemporaryDirectory() as tmp:
        kiosks = {f"{v}_ask": [sys.executable, "-c", LAUNCH, tmp, v] for v in ("with", "without")}
        _first_paint(kiosks["with_ask"], env)  # the first start applies the sample bundle: not measured
        modules = {name: _ask_modules(cmd, env) for name, cmd in kiosks.items()}
        samples: dict[str, list[tuple[float, float]]] = {"bare": [], "with_ask": [], "without_ask": []}
        for run in range(runs):
            samples["bare"].append(_first_paint([sys.executable, "-c", BARE], env))
            for name in ("with_ask", "without_ask") if run % 2 == 0 else ("without_ask", "with_ask"):
                samples[name].append(_first_paint(kiosks[name], env))
    figures = medians(samples, "bare")
    return {
        **figures,
        "ratio_difference": round(figures["with_ask_ratio"] - figures["without_ask_ratio"], 3),
        "cpu_ratio_difference": round(figures["with_ask_cpu_ratio"] - figures["without_ask_cpu_ratio"], 3),
        "ask_modules_at_first_paint": modules,
        "wall_s_each": {name: [round(wall, 3) for wall, _ in values] for name, values in samples.items()},
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


def _met(cold: object) -> dict[str, bool]:
    """Whether "Ask" leaves the cold-start ratio to a bare window unchanged within 0.1 (wall clock)."""
    if not isinstance(cold, dict):
        return {}
    return {"cold_start_ratio_difference": abs(cold["ratio_difference"]) <= 0.1}


def _load() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pairs", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cold-runs", type=int, default=7, help="cold starts of each kind (0: skip)")
    parser.add_argument("--cold-only", action="store_true", help="only the start-up impact")
    args = parser.parse_args()
    if args.cold_only:
        cold = cold_start(max(1, args.cold_runs))
        print(json.dumps({"cold_start": cold, "met": _met(cold), "load_average": _load()}, indent=1))
        return 0
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
        "load_average": _load(),
        "targets": {"p99_ms_max": 50, "cold_start_ratio_difference_max": 0.1},
    }
    result["met"] = {"p99_ms": latency["question"]["p99_ms"] <= 50, **_met(result["cold_start"])}
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
