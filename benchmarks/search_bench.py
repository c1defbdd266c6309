"""Registry search benchmark: index build time and size, per-keystroke latency; prints one JSON object.

For each size it generates a content.db-shaped registry (benchmarks/registry_data.py), builds the search
index as kiosk/data/apply.py does, then replays ~500 realistic queries keystroke by keystroke: names typed
with typos, apostrophe variants and Cyrillic, licence numbers, tax ids, phones in several formats, Telegram
handles, websites and junk. A plain ``LIKE '%query%'`` scan of the agencies table is the baseline.

    python benchmarks/search_bench.py [--sizes 100000,1000000] [--quick] [--queries 500]

Targets: p99 per keystroke <= 16 ms at 100k and <= 50 ms at 1M; build <= 10 s per 100k; index <= 3x base.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import registry_data  # noqa: E402

from content.search.engine import RegistrySearch  # noqa: E402
from content.search.index import build_index  # noqa: E402
from content.search.normalize import search_key  # noqa: E402

BASE_TABLES = ("agencies", "warnings")
LETTERS = "abdefghijklmnopqrstuvxyz"
JUNK = ('"unclosed', "NOT ish", "ish AND servis", "name:ish", "Ish*", "(ish)", "who's", "multi-agent",
        "x" * 300, "🙂 ish 🙂", "\u202eish\u202c")
# The worst inputs the tests feed the engine (tests/search/test_search.py, test_fuzz.py): their run time is a
# figure here rather than a wall-clock assertion there, which a loaded CI machine would fail at random.
HOSTILE = ('"', "NOT x", "NEAR(a b, 2)", "key:value", "*", "\x00", "🙂", "\u200f\u200e", "x" * 10_000,
           "Ўz" * 5_000, "Оʻzbеk Ish Sеrvis «МЧЖ» 🙂 " * 400)
LEGAL_FORMS = set(registry_data.LATIN_FORMS + registry_data.CYRILLIC_FORMS + registry_data.RUSSIAN_FORMS)


def _typo(rng: random.Random, text: str) -> str:
    """One wrong, missing or doubled letter somewhere after the first two characters."""
    if len(text) < 4:
        return text
    i = rng.randrange(2, len(text))
    kind = rng.random()
    if kind < 0.5:
        return text[:i] + rng.choice(LETTERS) + text[i + 1:]
    if kind < 0.75:
        return text[:i] + text[i + 1:]
    return text[:i] + text[i] + text[i:]


def _restyle(rng: random.Random, name: str) -> str:
    """How a traveller might type a registered name: no quotes or legal form, any case, any apostrophe."""
    if "«" in name:
        core = name.split("«", 1)[1].split("»", 1)[0]
    else:
        words = name.split()
        if len(words) > 1 and words[-1] in LEGAL_FORMS:
            words.pop()
        core = " ".join(words).strip('"„“”')
    core = core.replace("ʻ", rng.choice(("ʻ", "'", "‘", "’", "`", "")))
    return rng.choice((core, core.lower(), core.upper(), core.lower()))


def make_queries(conn: sqlite3.Connection, count: int, seed: int) -> list[tuple[str, str | None]]:
    """(full query text, licence number it should find or None); each is replayed one keystroke at a time."""
    rng = random.Random(seed)
    total = conn.execute("SELECT MAX(rowid) FROM agencies").fetchone()[0]
    warnings_total = conn.execute("SELECT MAX(rowid) FROM warnings").fetchone()[0]

    def agency() -> tuple:
        return conn.execute("SELECT licence_no, name, other_names, tin, phone FROM agencies WHERE rowid = ?",
                            (rng.randint(1, total),)).fetchone()

    def warning() -> tuple:
        return conn.execute("SELECT names, phones, telegram, websites FROM warnings WHERE rowid = ?",
                            (rng.randint(1, warnings_total),)).fetchone()

    queries: list[tuple[str, str | None]] = []
    while len(queries) < count:
        kind = rng.random()
        if kind < 0.40:  # a name as typed, often with a typo, sometimes unfinished
            licence_no, name, *_rest = agency()
            text = _restyle(rng, name)
            if rng.random() < 0.35:
                queries.append((_typo(rng, text), licence_no))
            else:
                queries.append((text[: max(3, int(len(text) * rng.uniform(0.6, 1.0)))], None))
        elif kind < 0.55:  # Cyrillic spelling of a Latin name, or another known name
            licence_no, name, others, _tin, _phone = agency()
            names = json.loads(others) or [registry_data.to_cyrillic(_restyle(rng, name))]
            text = _restyle(rng, rng.choice(names))
            queries.append((_typo(rng, text) if rng.random() < 0.25 else text, licence_no))
        elif kind < 0.65:
            licence_no = agency()[0]
            typed = rng.choice((licence_no, licence_no.replace("-", ""), licence_no.lower()))
            queries.append((typed, licence_no))
        elif kind < 0.75:
            phones = json.loads(warning()[1]) or [agency()[4]]
            digits = "".join(ch for ch in rng.choice(phones) if ch.isdigit())[-9:]
            queries.append((rng.choice((f"+998 {digits[:2]} {digits[2:5]}-{digits[5:7]}-{digits[7:]}",
                                        f"998{digits}", digits, f"({digits[:2]}) {digits[2:]}")), None))
        elif kind < 0.80:
            licence_no, _name, _others, tin, _phone = agency()
            queries.append((tin, licence_no))
        elif kind < 0.90:
            _names, _phones, telegram, websites = (json.loads(x) for x in warning())
            handles = telegram + websites
            if handles:
                queries.append((rng.choice(handles), None))
        else:
            queries.append((rng.choice(JUNK), None))
    return queries


def _sizes(conn: sqlite3.Connection) -> dict[str, int]:
    """Bytes per table or index, from the dbstat virtual table (pages actually used)."""
    return dict(conn.execute("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name"))


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)

    def pick(p: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(p * len(ordered)))], 3)

    return {"n": len(ordered), "p50_ms": pick(0.50), "p95_ms": pick(0.95), "p99_ms": pick(0.99),
            "max_ms": round(ordered[-1], 3), "mean_ms": round(statistics.fmean(ordered), 3)}


def _found(conn: sqlite3.Connection, licence_no: str, results: list) -> bool:
    """The agency is listed, or a namesake (same search key) is listed above where it would be."""
    if any(m.licence_no == licence_no for m in results):
        return True
    row = conn.execute("SELECT e.key FROM search_entries e JOIN search_docs d ON d.doc = e.doc"
                       " WHERE d.ref = ? AND d.kind = 0 AND e.field = 0", (licence_no,)).fetchone()
    refs = {m.ref for m in results}
    if not row or not refs:
        return False
    marks = ",".join("?" * len(refs))
    sql = ("SELECT COUNT(*) FROM search_entries e JOIN search_docs d ON d.doc = e.doc"
           f" WHERE e.key = ? AND d.ref IN ({marks})")
    return conn.execute(sql, (row[0], *refs)).fetchone()[0] > 0


def _like_baseline(conn: sqlite3.Connection, queries: list[str]) -> list[float]:
    """The naive search: scan every agency for the raw text anywhere in its name, other names or numbers."""
    sql = ("SELECT licence_no, name FROM agencies WHERE name LIKE ?1 OR other_names LIKE ?1"
           " OR licence_no LIKE ?1 OR tin LIKE ?1 OR phone LIKE ?1")
    samples = []
    for query in queries:
        started = time.perf_counter()
        conn.execute(sql, (f"%{query}%",)).fetchall()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def bench_size(workdir: Path, n: int, queries_count: int, baseline_count: int, seed: int) -> dict:
    path = workdir / f"content-{n}.db"
    path.unlink(missing_ok=True)
    started = time.perf_counter()
    conn = sqlite3.connect(path)
    registry_data.create(conn, n, seed=seed)
    conn.commit()
    generate_s = time.perf_counter() - started
    base_file = path.stat().st_size
    started = time.perf_counter()
    build_index(conn)
    conn.commit()
    build_s = time.perf_counter() - started
    sizes = _sizes(conn)
    base = sum(sizes.get(t, 0) for t in BASE_TABLES)
    index = sum(v for k, v in sizes.items() if k.startswith("search_"))
    entries = conn.execute("SELECT COUNT(*) FROM search_entries").fetchone()[0]
    queries = make_queries(conn, queries_count, seed)
    conn.close()

    ro = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    started = time.perf_counter()
    engine = RegistrySearch(ro)
    open_ms = (time.perf_counter() - started) * 1000
    keystrokes: list[float] = []
    full: list[float] = []
    empty = expected = found = 0
    for query, licence_no in queries:
        for end in range(1, len(query) + 1):
            started = time.perf_counter()
            results = engine.search(query[:end])
            keystrokes.append((time.perf_counter() - started) * 1000)
        full.append(keystrokes[-1])
        empty += not results
        if licence_no:
            expected += 1
            found += _found(ro, licence_no, results)
    hostile = []
    for query in HOSTILE:
        started = time.perf_counter()
        engine.search(query)
        hostile.append((time.perf_counter() - started) * 1000)
    started = time.perf_counter()
    search_key(HOSTILE[-1])
    key_ms = (time.perf_counter() - started) * 1000
    baseline = _like_baseline(ro, [query for query, _ in queries[:baseline_count]])
    ro.close()
    ours = _percentiles(keystrokes)
    like = _percentiles(baseline)
    return {
        "agencies": n, "warnings": max(1, n // 20), "search_entries": entries,
        "generate_s": round(generate_s, 2),
        "index_build_s": round(build_s, 2), "index_build_s_per_100k": round(build_s * 100_000 / n, 2),
        "base_tables_bytes": base, "index_bytes": index, "index_to_base_ratio": round(index / base, 2),
        "index_bytes_by_object": {k: v for k, v in sorted(sizes.items()) if k.startswith("search_")},
        "file_bytes_before_index": base_file, "file_bytes_after_index": path.stat().st_size,
        "engine_open_ms": round(open_ms, 2),
        "queries": len(queries), "queries_with_no_result_at_full_length": empty,
        "typo_cyrillic_licence_tin_queries_finding_their_agency": round(found / max(1, expected), 3),
        "per_keystroke": ours, "full_query": _percentiles(full),
        "hostile_query_worst_ms": round(max(hostile), 2), "search_key_10k_chars_ms": round(key_ms, 2),
        "like_scan_baseline_per_query": like,
        "p99_ratio_to_like_p99": round(ours["p99_ms"] / like["p99_ms"], 4),
        "targets_met": {"p99": ours["p99_ms"] <= (16 if n <= 100_000 else 50),
                        "build": build_s * 100_000 / n <= 10, "size": index / base <= 3},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000", help="comma-separated agency counts")
    parser.add_argument("--quick", action="store_true", help="small sizes (2,000 and 20,000) for a smoke run")
    parser.add_argument("--queries", type=int, default=500)
    parser.add_argument("--baseline-queries", type=int, default=200, help="LIKE scans per size (slow at 1M)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workdir", type=Path, help="keep the generated databases here")
    args = parser.parse_args()
    sizes = [2_000, 20_000] if args.quick else [int(s) for s in args.sizes.split(",") if s.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        workdir = args.workdir or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        results = {}
        for n in sizes:
            print(f"benchmarking {n:,} agencies ...", file=sys.stderr)
            results[str(n)] = bench_size(workdir, n, args.queries, args.baseline_queries, args.seed)
            path = workdir / f"content-{n}.db"
            if not args.workdir:
                path.unlink(missing_ok=True)
    print(json.dumps({"sqlite": sqlite3.sqlite_version, "python": sys.version.split()[0], "sizes": results}))


if __name__ == "__main__":
    main()
