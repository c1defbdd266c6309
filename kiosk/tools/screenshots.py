"""`kiosk screenshot`: render every screen in every language at each screen size to PNG.

The same list of screen states drives the layout tests, so what the tests check is what an engineer
looks at.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kiosk.services.store import ContentStore, RegistryStore

State = tuple[str, dict[str, Any], str]


def screen_states(
    store: ContentStore, registry: RegistryStore, lang: str, every_item: bool = False
) -> list[State]:
    """(screen, params, file stem) for each screen; with `every_item`, one state per article/alert/guide."""
    alerts = store.alerts(lang)
    topics = store.topics(lang)
    articles = [a for t in topics for a in store.articles(t.id, lang)]
    guides = store.guides(lang)
    states: list[State] = [
        ("attract", {}, "01-attract"),
        ("language", {}, "02-language"),
        ("home", {}, "03-home"),
        ("home", {}, "03-home-read-aloud"),  # with audio-first mode switched on
        ("alerts", {}, "04-alerts"),
    ]
    states += [("alert", {"alert_id": a.id}, f"05-alert-{a.id}") for a in _pick(alerts, every_item)]
    states += [("topics", {}, "06-topics")]
    states += [("articles", {"topic": t.id}, f"07-articles-{t.id}") for t in _pick(topics, every_item)]
    states += [("article", {"article_id": a.id}, f"08-article-{a.id}") for a in _pick(articles, every_item)]
    states += [("countries", {}, "09-countries")]
    states += [("guide", {"country": g.country}, f"10-guide-{g.country}") for g in _pick(guides, every_item)]
    states += [("contacts", {}, "11-contacts"), ("check", {}, "12-check")]
    # The result list with each status at the top (typed: a licence number finds exactly that agency).
    for status in registry.example_per_status():
        states.append(("check", {}, f"12-check-results-{status}"))
    if registry.first_warning():
        states.append(("check", {}, "12-check-results-warning"))
    states.append(("check", {}, "12-check-results-mixed"))
    for status, licence in registry.example_per_status().items():
        states.append(("verdict", {"kind": "agency", "ref": licence}, f"13-verdict-{status}"))
    warning = registry.first_warning()
    if warning:
        states.append(("verdict", {"kind": "warning", "ref": warning}, "13-verdict-warning"))
    states += [("verdict", {"kind": "none", "ref": "", "query": "Tez Ish Chet El"}, "13-verdict-not-found")]
    states += [("report", {}, "14-report")]
    states += [("report", {}, f"14-report-{step}") for step in REPORT_STEPS[1:]]
    states += [("callback", {}, "15-callback")]
    states += [("callback", {}, f"15-callback-{step}") for step in CALLBACK_STEPS[1:]]
    states += [("offices", {}, "18-offices"), ("offices", {"country": "ru"}, "18-offices-abroad")]
    states += [("services", {}, "19-services")]
    states += [("one_stop", {}, "22-one-stop")]
    states += [("vacancies", {}, "20-vacancies"), ("vacancies", {"country": "de"}, "20-vacancies-de")]
    states += [("vacancies", {}, f"20-vacancies-{state}") for state in ("loading", "no-match", "later")]
    states += [("vacancy", {"id": v.id}, "21-vacancy")
               for v in store.vacancies(datetime.now(UTC).astimezone().date(), stale=False)[:1]]
    states += checker_states(store, lang)
    states += [
        ("ask", {"question": ""}, "18-ask"),
        ("ask", {"question": ASK_EXAMPLES.get(lang, "")}, "18-ask-answers"),
        ("ask", {"question": "weather tomorrow"}, "18-ask-no-answer"),
    ]
    states += [("pin", {}, "18-pin"), ("admin", {}, "19-admin")]
    return states


# A question per language whose answers show on the screenshot (the Ask screen's longest realistic page).
ASK_EXAMPLES = {
    "uz-Latn": "Ish beruvchi pasportimni olib qoʻysa boʻladimi?",
    "uz-Cyrl": "Туристик виза билан ишлаш мумкинми?",
    "ru": "Может ли работодатель забрать мой паспорт?",
    "en": "Can I work on a tourist visa?",
    "kaa": "Jumıs ushın agentlikke pul tólewim kerek pe?",
    "kk": "Паспортымды кім ұстай алады?",
    "ky": "Чет өлкөдө паспортумду жоготтум",
    "tg": "Бо раводиди сайёҳӣ кор кардан мумкин аст?",
}


def checker_states(store: ContentStore, lang: str) -> list[State]:
    """Every red-flag question, and the result at each risk level (answers that fire high, medium, none)."""
    checker = store.checker(lang)
    if checker is None:
        return []
    states: list[State] = [
        ("red_flags", {"step": i, "answers": ()}, f"16-red-flags-{i + 1}")
        for i in range(len(checker.questions))
    ]
    ids = [q.id for q in checker.questions]
    everything = tuple((q, "yes") for q in ids)
    unsure = tuple((q, "unsure") for q in ids)
    safe = tuple((q, "yes" if q == "contract-registered" else "no") for q in ids)
    for level, answers in (("high", everything), ("medium", unsure), ("low", safe)):
        states.append(("red_flags_result", {"answers": answers}, f"17-red-flags-result-{level}"))
    return states


REPORT_STEPS = ("1-who", "2-what", "3-consent", "4-phone", "5-review", "6-done")
CALLBACK_STEPS = ("1-phone", "2-language", "3-topic", "4-country", "5-consent", "6-done")
MIXED_QUERY = "Oʻzbek Ish"  # a name shared by agencies of several statuses in the sample registry


def prepare(kiosk: Any, stem: str) -> None:
    """Put a screen into the state its screenshot shows (typed text, a later step), as a traveller would
    have; for states that plain navigation does not reach."""
    from kiosk.tools import screenshot_setup

    screenshot_setup.prepare(kiosk, stem, MIXED_QUERY, REPORT_STEPS, CALLBACK_STEPS)


def _pick(items: list[Any], every_item: bool) -> list[Any]:
    return items if every_item else items[:1]


def iter_rendered(
    kiosk: Any,
    sizes: list[tuple[int, int]],
    langs: list[str],
    every_item: bool = False,
    only: str = "",
    prefixes: tuple[str, ...] = (),
) -> Iterator[tuple[tuple[int, int], str, State]]:
    """Show each state in the kiosk's window at each size and language; yield once it is laid out.

    `only` keeps the one state of that file stem, `prefixes` the states whose stem starts with one of them.
    """
    from PySide6.QtWidgets import QApplication

    window = kiosk.window
    _wait_for_voices(kiosk)
    for width, height in sizes:
        # Fixed: content that needs more room must not silently widen the window past the screen.
        window.setFixedSize(width, height)
        window.show()
        for lang in langs:
            kiosk.context.i18n.set_language(lang)
            for state in screen_states(kiosk.context.store, kiosk.context.registry, lang, every_item):
                name, params, stem = state
                if (only and stem != only) or (prefixes and not stem.startswith(prefixes)):
                    continue
                if name == "ask" and kiosk.context.ask is not None:
                    kiosk.context.ask.build_now()  # answers, not "Preparing…", on the picture
                kiosk.navigator.go(name, **params)
                prepare(kiosk, stem)
                # Layouts settle over a few passes (height-for-width, reflowing grids): a page that grows a
                # scroll bar narrows, and its chip grids reflow one pass after that.
                for _ in range(5):
                    QApplication.processEvents()
                yield (width, height), lang, state


def _wait_for_voices(kiosk: Any, timeout_s: float = 10.0) -> None:
    """Wait (bounded) until the speech service knows its voices: "read aloud" and Home's read-aloud switch
    show whether a language has a voice, and a picture taken before that would say none has."""
    import time

    from PySide6.QtWidgets import QApplication

    kiosk.context.speech.discover_voices()  # the kiosk reads them once its attract screen is up
    deadline = time.monotonic() + timeout_s
    while not kiosk.context.speech.voices_known and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)


def take_screenshots(data_dir: Path, out: Path, sizes: list[tuple[int, int]], langs: list[str],
                     only: str = "") -> int:
    """Write PNGs to OUT/<W>x<H>/<lang>/<stem>.png; print any clipped or cramped text; exit 1 if any.

    `only` keeps the one screen of that file stem (the desk console's preview of one article or alert).
    """
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from kiosk.app.bootstrap import ensure_content
    from kiosk.app.compose import build_kiosk, configure_application, ensure_application
    from kiosk.app.config import load_config
    from kiosk.shell.i18n import LANGUAGES
    from kiosk.tools.layout_check import find_clipped, find_cramped

    ensure_content(data_dir)
    app = ensure_application()
    configure_application(app)
    kiosk = build_kiosk(load_config(data_dir))
    problems = 0
    count = 0
    for (w, h), lang, (_name, _params, stem) in iter_rendered(
        kiosk, sizes, langs or [x.tag for x in LANGUAGES], every_item=bool(only), only=only
    ):
        folder = out / f"{w}x{h}" / lang
        folder.mkdir(parents=True, exist_ok=True)
        kiosk.window.grab().save(str(folder / f"{stem}.png"))
        count += 1
        for clip in find_clipped(kiosk.window):
            problems += 1
            print(f"{w}x{h} {lang} {stem}: {clip}", file=sys.stderr)
        for cramped in find_cramped(kiosk.window):
            problems += 1
            print(f"{w}x{h} {lang} {stem}: cramped {cramped}", file=sys.stderr)
    print(f"wrote {count} screenshots to {out}; {problems} clipped or cramped texts")
    return 1 if problems else 0
