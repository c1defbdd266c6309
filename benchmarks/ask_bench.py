"""Ask-a-question benchmark: answer latency per question (p50/p99), index size and build time, and answer
quality on the question table, on the sample content plus generated question/answer pairs. One JSON object.

The generated pairs (default 500) are made of the content's own words in every language, so they compete
with the real answers for every question (a harder test of the ranking than the sample alone). Latency is
measured for the table's questions, each also typed letter by letter (the screen answers per keystroke),
and for bad input (10,000 characters, punctuation, FTS syntax, emoji, mixed scripts). A same-run baseline:
a plain scan that counts shared words in every passage.

    python benchmarks/ask_bench.py [--pairs 500] [--seed 1]

Targets: p99 <= 50 ms per question and per keystroke; top-3 rate on the table reported; start-up impact:
none (the index is built off the UI thread when "Ask" first opens; see benchmarks/ui_bench.py).
"""

from __future__ import annotations

import argparse
import json
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
        "targets": {"p99_ms_max": 50},
    }
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
