"""Alphabet collation figures (content/collation.py) at 10,000 vacancy rows. Prints one JSON object.

- table_load_s: reading pyuca's table, once per process (the kiosk does it on its worker during warm-up).
- list_order_ms: `content.vacancies.in_list_order` over 10,000 job orders in 72 countries and every type of
  work, the kiosk's and the phone edition's list order, per UI language: `cold` with the language's key
  cache empty (a new process, or the first list in a language), `warm` after that (median of --rounds).
- distinct_names_ms: keying and sorting 10,000 distinct names (employers'), the worst case for a key that
  is computed per name.
- Same-run baselines, the two collations this one replaced: ICU through Qt (`QCollator.compare` under
  `cmp_to_key`, the kiosk's) and plain pyuca (`Collator.sort_key`, the phone edition's), each doing the
  same work: ranks for the distinct names, then the 10,000 rows sorted on them. `ratio_*` = new / baseline.

    .venv/bin/python benchmarks/collation_bench.py [--rows 10000] [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from collections.abc import Callable, Iterable
from functools import cmp_to_key
from pathlib import Path
from typing import NamedTuple

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from content import collation  # noqa: E402
from content.languages import UI_LANGUAGES  # noqa: E402
from content.locale_text import country_name  # noqa: E402
from content.model import COUNTRIES  # noqa: E402
from content.vacancies import OCCUPATIONS, in_list_order  # noqa: E402

# The kiosk's former mapping of its languages to Qt (ICU) locales: Karakalpak took Uzbek Latin's rules.
QT_LOCALE = {"uz-Latn": "uz_Latn", "uz-Cyrl": "uz_Cyrl", "ru": "ru", "en": "en", "kk": "kk", "ky": "ky",
             "tg": "tg", "kaa": "uz_Latn"}


class Row(NamedTuple):
    id: str
    country: str
    occupation: str
    closes_on: str
    employer: str


def rows(count: int) -> list[Row]:
    rng = random.Random(7)
    countries, jobs = sorted(COUNTRIES), sorted(OCCUPATIONS)
    return [Row(f"v{n:05d}", rng.choice(countries), rng.choice(jobs),
                f"2027-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                f"Employer {rng.randint(0, 10**9):09d} {n}") for n in range(count)]


def ranked_sort(items: list[Row], lang: str, order: Callable[[Iterable[str]], list[str]]) -> list[Row]:
    """The rows sorted as in_list_order sorts them, with `order` putting the distinct names in order."""
    names = {c: country_name(c, lang) for c in {r.country for r in items}}
    place = {name: i for i, name in enumerate(order(set(names.values())))}
    jobs = {o: i for i, o in enumerate(order(set(r.occupation for r in items)))}
    return sorted(items, key=lambda r: (place[names[r.country]], jobs[r.occupation], r.closes_on, r.id))


def icu_order(lang: str) -> Callable[[Iterable[str]], list[str]]:
    from PySide6.QtCore import QCollator, QLocale, Qt

    def order(names: Iterable[str]) -> list[str]:
        collator = QCollator(QLocale(QT_LOCALE[lang]))
        collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        return sorted(names, key=cmp_to_key(collator.compare))

    return order


def pyuca_order(names: Iterable[str]) -> list[str]:
    return sorted(names, key=lambda name: tuple(collation._ducet().sort_key(name)))


def ms(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return round((time.perf_counter() - start) * 1000, 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    items = rows(args.rows)
    employers = [r.employer for r in items]

    start = time.perf_counter()
    collation.prepare()
    table_load_s = round(time.perf_counter() - start, 3)
    for lang in UI_LANGUAGES:  # CLDR's names once, so that no figure below includes reading Babel's data
        ranked_sort(items, lang, sorted)

    languages = {}
    for lang in UI_LANGUAGES:
        label = {c: country_name(c, lang) for c in COUNTRIES}.__getitem__
        collation._collations.pop(lang, None)
        cold = ms(lambda: in_list_order(items, label, str, lang))  # noqa: B023 - called at once
        warm = statistics.median(ms(lambda: in_list_order(items, label, str, lang))  # noqa: B023
                                 for _ in range(args.rounds))
        icu = statistics.median(ms(lambda: ranked_sort(items, lang, icu_order(lang)))  # noqa: B023
                                for _ in range(args.rounds))
        plain = statistics.median(ms(lambda: ranked_sort(items, lang, pyuca_order))  # noqa: B023
                                  for _ in range(args.rounds))
        collation._collations.pop(lang, None)
        distinct = ms(lambda: collation.collated(employers, lang))  # noqa: B023
        languages[lang] = {
            "list_order_ms": {"cold": cold, "warm": warm},
            "baseline_icu_qt_ms": icu, "baseline_pyuca_plain_ms": plain,
            "ratio_warm_to_icu_qt": round(warm / icu, 2), "ratio_warm_to_pyuca_plain": round(warm / plain, 2),
            "distinct_names_ms": distinct,
        }
    distinct_icu = ms(lambda: icu_order("kk")(employers))
    distinct_plain = ms(lambda: pyuca_order(employers))
    print(json.dumps({
        "rows": args.rows, "table_load_s": table_load_s, "languages": languages,
        "distinct_names_baselines_kk_ms": {"icu_qt": distinct_icu, "pyuca_plain": distinct_plain},
        "load_average": [round(x, 2) for x in os.getloadavg()], "cpus": os.cpu_count(),
    }, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
