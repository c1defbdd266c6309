"""Verified-vacancy figures at 10,000 job orders. Prints one JSON object.

- per_keystroke_ms: the list screen's work per keystroke (`VacancyFinder.page`, content/search/
  vacancy_find.py: the query's matches within the chips' choice, a count and the first page of 20), p50/p99
  over typing a set of queries letter by letter, typos and both alphabets included, `--rounds` times with a
  new finder each round (as each visit to the screen builds one), with no country chip and with one
  (bar: p99 <= 16 ms, one frame). Wall time, and the thread's CPU time (what the keystroke costs without
  the waits for a core that a loaded machine adds). Same-run baseline, first round only: scoring every
  vacancy's own search text with the licence search's `score` per keystroke (no vocabulary).
- store_query_ms: `ContentStore.vacancies` (the visibility rule over every row, joined with its agency, in
  the list's order by country name), what the screen's worker runs once on entry.
- screen: the real vacancies screen in an offscreen kiosk on the same content.db, in Russian, at 1920x1080:
  on entry, the UI thread's time in `navigator.go` and the time until the list (read on the worker) is
  shown and painted; per keystroke, typing the same queries into its search field (the search, the
  cards, the layout and the paint that follow), wall and the UI thread's CPU time, p50/p99/max. The
  typing starts once the list is painted (the list's first layout is the entry's cost, not a
  keystroke's). Same-run baseline: the same screen realising 20 cards at once, as it did before "Show
  more" (`screen_twenty_cards`).
- one_new_vacancy / one_changed_vacancy: a real publish of the 10,000 plus one (then with one wage
  changed), and a real kiosk poll on 127.0.0.1 through a byte-counting proxy, run as the kiosk runs it:
  in its sync process (`kiosk.services.sync_process.SyncProcess`, a child that applies in a child of its
  own). Bytes and targets moved, the largest part, the sync process's CPU seconds for the cycle and, of
  those, the apply's.

Dates are relative to today (closing dates 30-400 days ahead, agencies licensed beyond that), so the
figures do not depend on the day the benchmark runs.

    .venv/bin/python benchmarks/vacancies_bench.py [--vacancies 10000]
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from content.search.normalize import search_key  # noqa: E402
from content.search.rank import score  # noqa: E402
from content.search.vacancy_find import MIN_SCORE, PAGE, VacancyFinder  # noqa: E402
from content.vacancies import COLUMNS, OCCUPATIONS  # noqa: E402
from kiosk.app.config import load_config  # noqa: E402
from kiosk.services.locale_text import country_name  # noqa: E402
from kiosk.services.state import StateStore  # noqa: E402
from kiosk.services.store import ContentStore  # noqa: E402
from kiosk.services.sync_process import SyncProcess  # noqa: E402
from tests.testkit.proxy import FaultProxy  # noqa: E402
from tests.testkit.serve import Deployment, ServerThread, new_deployment, write_kiosk_toml  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CURRENCY = {"de": "EUR", "pl": "PLN", "lt": "EUR", "lv": "EUR", "kr": "KRW", "jp": "JPY", "gb": "GBP",
            "tr": "TRY", "ae": "AED", "sa": "SAR", "ru": "RUB", "kz": "KZT"}
QUERIES = ("germany", "germny", "Польша", "polsha", "care", "welder", "сварщик", "driver almaty",
           "construction", "gulf builders")
EN_OCCUPATION = {"construction": "construction builder", "agriculture": "farm", "manufacturing": "factory",
                 "warehouse": "warehouse", "driving": "driver", "care": "care", "hospitality": "hotel",
                 "cooking": "cook", "cleaning": "cleaning", "welding": "welder сварщик"}


TODAY = date.today()
LICENSED_UNTIL = (TODAY + timedelta(days=401)).isoformat()


def _closes(i: int) -> str:
    return (TODAY + timedelta(days=30 + i % 370)).isoformat()


def _licensed(source: Path) -> dict[str, list[str]]:
    by_country: dict[str, list[str]] = {}
    with (source / "registry" / "agencies.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["status"] == "active" and row["expires_on"] >= LICENSED_UNTIL:
                for country in row["countries"].split(";"):
                    if country in CURRENCY:
                        by_country.setdefault(country, []).append(row["licence_no"])
    return by_country


def write_vacancies(source: Path, n: int) -> None:
    rnd = random.Random(14)
    licensed = _licensed(source)
    countries = sorted(licensed)
    employers = [f"Employer {i} {rnd.choice(['GmbH', 'LLC', 'Sp. z o.o.', 'UAB', 'SIA', 'Co.'])}"
                 for i in range(600)]
    with (source / "vacancies.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(COLUMNS)
        for i in range(n):
            c = countries[i % len(countries)]
            low = rnd.randint(1000, 3000)
            w.writerow([f"{c}-v{i:05d}", c, OCCUPATIONS[i % len(OCCUPATIONS)], rnd.choice(employers),
                        rnd.choice(licensed[c]), low, low + rnd.randint(0, 800), CURRENCY[c], 40, "none", "",
                        f"MR-{i:06d}", rnd.randint(1, 40), _closes(i),
                        f"https://example.org/kiosk-sample/platform/vacancy/{i}"])


def _poll(runner: SyncProcess, proxy: FaultProxy) -> dict:
    proxy.reset_counts()
    started = time.perf_counter()
    result = runner.run_once(deliver=False)
    assert result.status["last_error"] is None, result.status["last_error"]
    return {"bytes": proxy.bytes_in + proxy.bytes_out, "requests": len(proxy.log),
            "targets": [p for _, p, _ in proxy.log if p.startswith("/targets/")],
            "sync_cpu_s": round(runner.last_cpu_s, 3), "apply_cpu_s": round(runner.last_apply_cpu_s, 3),
            "wall_s": round(time.perf_counter() - started, 3)}


def _moved(report, poll: dict) -> dict:  # noqa: ANN001 - the publisher's PublishReport
    return {"published_paths": list(report.paths), "bytes": poll["bytes"], "requests": poll["requests"],
            "targets_downloaded": len(poll["targets"]), "sync_cpu_s": poll["sync_cpu_s"],
            "apply_cpu_s": poll["apply_cpu_s"],
            "wall_s": poll["wall_s"]}


def _pct(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(len(ordered) * share))], 3)


def keystrokes(store: ContentStore, today: date, rounds: int) -> dict:
    started = time.perf_counter()
    shown = store.vacancies(today, stale=False, lang="ru")
    query_ms = (time.perf_counter() - started) * 1000
    texts = [" ".join((v.employer, EN_OCCUPATION[v.occupation], country_name(v.country, "ru"),
                       country_name(v.country, "en"), v.occupation, v.country)) for v in shown]
    germany = sum(1 << i for i, v in enumerate(shown) if v.country == "de")
    keys = [search_key(t) for t in texts]
    wall, cpu, baseline, builds = [], [], [], []
    for round_number in range(rounds):
        started = time.perf_counter()
        finder = VacancyFinder(texts)
        builds.append((time.perf_counter() - started) * 1000)
        within = finder.everything if round_number % 2 == 0 else germany  # no chip, then the "de" chip
        for query in QUERIES:
            for end in range(1, len(query) + 1):
                typed = query[:end]
                started, started_cpu = time.perf_counter(), time.thread_time()
                page = finder.page(typed, within, PAGE)
                _ = [shown[i] for i in page.first]  # the cards' vacancies
                cpu.append((time.thread_time() - started_cpu) * 1000)
                wall.append((time.perf_counter() - started) * 1000)
                if round_number == 0:
                    started = time.perf_counter()
                    folded = search_key(typed)
                    _ = [i for i, key in enumerate(keys) if score(folded, key) >= MIN_SCORE]
                    baseline.append((time.perf_counter() - started) * 1000)
    return {"visible": len(shown), "store_query_ms": round(query_ms, 1),
            "finder_build_ms": round(statistics.median(builds), 1),
            "per_keystroke_ms": {"p50": _pct(wall, 0.5), "p99": _pct(wall, 0.99), "max": round(max(wall), 3),
                                 "keystrokes": len(wall)},
            "per_keystroke_cpu_ms": {"p50": _pct(cpu, 0.5), "p99": _pct(cpu, 0.99),
                                     "max": round(max(cpu), 3)},
            "baseline_score_every_vacancy_ms": {"p50": _pct(baseline, 0.5), "p99": _pct(baseline, 0.99)},
            "p50_vs_baseline": round(statistics.median(wall) / statistics.median(baseline), 4)}


def _settle(app) -> None:  # noqa: ANN001 - the QApplication
    """Let the posted layout and paint events run (a few passes: height-for-width settles over two)."""
    for _ in range(5):
        app.processEvents()


def screen_keystrokes(data_dir: Path, rounds: int, first_page: int | None = None) -> dict:
    """The screen as a traveller types: the UI thread's work per keystroke, cards and events included.
    `first_page` replaces the screen's number of cards realised at once (the baseline)."""
    from PySide6.QtWidgets import QApplication

    import screens.vacancies as vacancies_screen
    from kiosk.app.compose import build_kiosk, configure_application, ensure_application

    app = ensure_application()
    configure_application(app)
    realised = vacancies_screen.FIRST_PAGE
    if first_page is not None:
        vacancies_screen.FIRST_PAGE = first_page
    kiosk = build_kiosk(load_config(data_dir))
    kiosk.window.setFixedSize(1920, 1080)
    kiosk.window.show()
    kiosk.context.i18n.set_language("ru")
    screen = kiosk.navigator.screen("vacancies")  # built ahead, as `kiosk run` does
    _settle(app)
    started, started_cpu = time.perf_counter(), time.thread_time()
    kiosk.navigator.go("vacancies")
    entry = {"ui_wall_ms": round((time.perf_counter() - started) * 1000, 1),
             "ui_cpu_ms": round((time.thread_time() - started_cpu) * 1000, 1)}
    while screen.loading:
        QApplication.processEvents()
        time.sleep(0.001)
    started_cpu = time.thread_time()
    _settle(app)
    entry["first_paint_cpu_ms"] = round((time.thread_time() - started_cpu) * 1000, 1)
    entry["until_list_ms"] = round((time.perf_counter() - started) * 1000, 1)
    wall, cpu = [], []
    for _ in range(rounds):
        for query in QUERIES:
            for end in range(1, len(query) + 1):
                started, started_cpu = time.perf_counter(), time.thread_time()
                screen.field.setText(query[:end])
                QApplication.processEvents()
                cpu.append((time.thread_time() - started_cpu) * 1000)
                wall.append((time.perf_counter() - started) * 1000)
            screen.field.clear()
            _settle(app)
    cards = len(screen.tiles())
    kiosk.context.background.wait()
    kiosk.context.speech.stop()
    kiosk.window.close()
    vacancies_screen.FIRST_PAGE = realised
    return {"entry": entry, "shown": len(screen.shown()), "cards_realised": cards,
            "per_keystroke_ms": {"p50": _pct(wall, 0.5), "p99": _pct(wall, 0.99), "max": round(max(wall), 3),
                                 "keystrokes": len(wall)},
            "per_keystroke_cpu_ms": {"p50": _pct(cpu, 0.5), "p99": _pct(cpu, 0.99),
                                     "max": round(max(cpu), 3)}}


@dataclass
class Bench:
    """`n` vacancies from the sample source published, and a kiosk's sync runner behind a byte-counting
    proxy on 127.0.0.1 (not yet polled)."""

    source: Path
    deployment: Deployment
    proxy: FaultProxy
    runner: SyncProcess  # the kiosk's sync process, as the kiosk runs it
    data_dir: Path
    publish_s: float


@contextlib.contextmanager
def published(n: int, *, vacancy_bins: bool = True) -> Iterator[Bench]:
    """A `Bench` in a temporary folder; `vacancy_bins` False: a repository made before the vacancy bins."""
    with tempfile.TemporaryDirectory(prefix="vacancies-bench-") as tmp:
        work = Path(tmp)
        source = work / "source"
        shutil.copytree(ROOT / "content" / "sample", source)
        write_vacancies(source, n)
        deployment = new_deployment(work / "deploy", vacancy_bins=vacancy_bins)
        started = time.perf_counter()
        deployment.publish_source(source)
        publish_s = time.perf_counter() - started
        server = ServerThread(deployment.root).start()
        proxy = FaultProxy(server.port).start()
        data_dir = work / "kiosk"
        write_kiosk_toml(data_dir, proxy.url, deployment.trust_root())
        state = StateStore(data_dir)
        runner = SyncProcess(load_config(data_dir), state)  # the kiosk's own sync process
        try:
            yield Bench(source, deployment, proxy, runner, data_dir, publish_s)
        finally:
            runner.close()
            state.close()
            proxy.stop()
            server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--vacancies", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=10, help="times the queries are typed (default 10)")
    args = parser.parse_args()
    with published(args.vacancies) as bench:
        source, deployment, proxy, runner = bench.source, bench.deployment, bench.proxy, bench.runner
        data_dir, publish_s = bench.data_dir, bench.publish_s
        first = _poll(runner, proxy)
        store = ContentStore(data_dir)
        typing = keystrokes(store, TODAY, args.rounds)
        store.reload()
        screen_rounds = max(2, args.rounds // 2)
        twenty = screen_keystrokes(data_dir, screen_rounds, first_page=20)
        on_screen = screen_keystrokes(data_dir, screen_rounds)
        on_screen["p99_cpu_vs_twenty_cards"] = round(
            on_screen["per_keystroke_cpu_ms"]["p99"] / twenty["per_keystroke_cpu_ms"]["p99"], 3)
        new_row = ["de-new-1", "de", "care", "New Employer GmbH", _licensed(source)["de"][0], 2400, 2900,
                   "EUR", 40, "de", "B1", "MR-NEW-1", 3, _closes(7),
                   "https://example.org/kiosk-sample/platform/vacancy/new"]
        with (source / "vacancies.csv").open("a", encoding="utf-8", newline="") as f:
            csv.writer(f, lineterminator="\n").writerow(new_row)
        report = deployment.publish_source(source)
        one = _poll(runner, proxy)
        text = (source / "vacancies.csv").read_text(encoding="utf-8")
        new_line = ",".join(str(cell) for cell in new_row)
        changed_line = new_line.replace(",2400,2900,", ",2500,2900,")
        (source / "vacancies.csv").write_text(text.replace(new_line, changed_line), encoding="utf-8")
        changed_report = deployment.publish_source(source)
        changed = _poll(runner, proxy)
        parts = sorted((deployment.root / "build" / "vacancies").glob("*.json"))
        largest = max(path.stat().st_size for path in parts)
    out = {
        "vacancies": args.vacancies,
        "load_average": os.getloadavg(),
        "publish_all_s": round(publish_s, 2),
        "first_sync": {k: first[k] for k in ("bytes", "requests", "sync_cpu_s", "apply_cpu_s", "wall_s")},
        **typing,
        "screen": on_screen,
        "screen_twenty_cards": twenty,
        "vacancy_parts": {"files": len(parts), "largest_bytes": largest},
        "one_new_vacancy": _moved(report, one),
        "one_changed_vacancy": _moved(changed_report, changed),
        "bars": {"per_keystroke_p99_ms_max": 16},
    }
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
