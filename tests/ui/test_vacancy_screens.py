"""Verified vacancies as a traveller uses them: chips by country and job, a search that forgives a typo and
either alphabet, and a job order with its agency's licence verdict inline and a code to apply."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

from kiosk.app.compose import Kiosk
from kiosk.services.locale_text import country_name
from screens.vacancies import FIRST_PAGE, MORE
from screens.widgets.qr_panel import QrPanel
from tests.ui.helpers import held_until_set, settle, tap, until_read, visible_texts


def _open(kiosk: Kiosk, lang: str = "en", **params: object):  # noqa: ANN202
    kiosk.context.clock = lambda: datetime(2026, 12, 1, 12, tzinfo=UTC)
    kiosk.context.i18n.set_language(lang)
    kiosk.navigator.go("vacancies", **params)
    screen = kiosk.navigator.screen("vacancies")
    for _ in range(100):  # a language change posted before may read the list once more
        kiosk.context.background.wait()  # the list is read on the worker ...
        settle()  # ... and shown when its answer reaches the UI thread
        if not screen.loading:
            break
    assert not screen.loading
    return screen


def _chip(screen, group, key: str) -> None:  # noqa: ANN001
    """Scroll the chip into view as a traveller would (the chips scroll with the list), then tap it."""
    button = next(b for b in group.buttons() if b.property("key") == key)
    screen.scroll_area.ensureWidgetVisible(button)
    settle()
    # The page's scroll gesture holds a synthetic press back below the fold, so click as a tap would.
    assert button.isVisible()
    button.click()
    settle()


def test_chips_filter_by_country_and_job(kiosk: Kiosk) -> None:
    screen = _open(kiosk)
    everything = screen.shown()
    assert len(everything) >= 30
    _chip(screen, screen.countries, "de")
    assert {v.country for v in screen.shown()} == {"de"}
    _chip(screen, screen.jobs, "care")
    assert [v.id for v in screen.shown()] == ["de-care-001"]
    assert [t.property("vacancy") for t in screen.tiles()] == ["de-care-001"]


def test_search_forgives_a_typo_and_reads_either_alphabet(kiosk: Kiosk) -> None:
    screen = _open(kiosk, "ru")
    assert not screen.keyboard.isVisible()  # it would cover the chips and the list
    tap(screen.field)
    settle()
    assert screen.keyboard.isVisible()
    screen.field.setText("Полша")  # Польша with a letter missing
    settle()
    assert screen.shown() and {v.country for v in screen.shown()} == {"pl"}
    screen.field.setText("polsha")
    settle()
    assert {v.country for v in screen.shown()} == {"pl"}
    screen.field.setText("сварщик")
    settle()
    assert {v.occupation for v in screen.shown()} == {"welding"}


def test_a_job_order_shows_its_agency_verdict_and_an_apply_code(kiosk: Kiosk) -> None:
    screen = _open(kiosk)
    _chip(screen, screen.countries, "de")
    vacancy_id = screen.tiles()[0].property("vacancy")
    tap(screen.tiles()[0])
    kiosk.context.background.wait()  # the job order is read on the worker
    settle()
    order = kiosk.navigator.screen("vacancy")
    texts = visible_texts(order.text_widget)
    assert "Licensed" in texts
    assert any(t.startswith("•  Apply by: ") and "2027" in t for t in texts), texts  # de-care-001's date
    assert any("SAMPLE-MR-" in t for t in texts)
    # The job order on the phone edition (its status when scanned, then on to the platform to apply).
    base = kiosk.context.config.phone_base_url
    assert order.findChildren(QrPanel)[0].target == f"{base}/en/vacancy/{vacancy_id}"


def _spy_on_threads(kiosk: Kiosk, monkeypatch) -> list[tuple[str, bool]]:  # noqa: ANN001
    """Record, for every content, verdict and freshness query, whether it ran on the UI (main) thread."""
    calls: list[tuple[str, bool]] = []
    for owner, name in ((kiosk.context.store, "vacancies"), (kiosk.context.store, "vacancy"),
                        (kiosk.context.store, "info"), (kiosk.context.verdicts, "freshness"),
                        (kiosk.context.verdicts, "decide")):
        real = getattr(owner, name)

        def spy(*args, _real=real, _name=name, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
            calls.append((_name, threading.current_thread() is threading.main_thread()))
            return _real(*args, **kwargs)

        monkeypatch.setattr(owner, name, spy)
    return calls


def test_the_screen_reads_no_vacancy_on_the_ui_thread(kiosk: Kiosk, qtbot, monkeypatch) -> None:  # noqa: ANN001
    """10,000 vacancies took 1.4 s to read and index on entry at load 16: that is the worker's job."""
    kiosk.context.clock = lambda: datetime(2026, 12, 1, 12, tzinfo=UTC)
    kiosk.context.i18n.set_language("en")
    settle()
    calls = _spy_on_threads(kiosk, monkeypatch)
    kiosk.navigator.go("vacancies")
    screen = kiosk.navigator.screen("vacancies")
    qtbot.waitUntil(lambda: len(screen.tiles()) >= FIRST_PAGE, timeout=10000)
    vacancy_calls = [c for c in calls if c[0] in ("vacancies", "freshness")]
    assert vacancy_calls, "the screen read no vacancies"
    assert not [c for c in vacancy_calls if c[1]], f"queried on the UI thread: {calls}"


def test_a_calm_loading_state_until_the_list_is_read(kiosk: Kiosk, qtbot) -> None:  # noqa: ANN001
    kiosk.context.clock = lambda: datetime(2026, 12, 1, 12, tzinfo=UTC)
    kiosk.context.i18n.set_language("en")
    settle()
    kiosk.navigator.go("vacancies")  # no event processed yet: the worker's answer cannot have arrived
    screen = kiosk.navigator.screen("vacancies")
    assert screen.loading
    assert screen.notice.isVisible() and screen.notice.text() == "Loading vacancies…"
    assert not screen.tiles() and not screen.filters.isVisible() and not screen.field.isVisible()
    qtbot.waitUntil(lambda: not screen.loading, timeout=10000)
    settle()
    assert len(screen.tiles()) == FIRST_PAGE and screen.filters.isVisible()
    assert screen.notice.text() != "Loading vacancies…"


def test_a_result_for_an_earlier_visit_is_not_shown(kiosk: Kiosk) -> None:
    """Two entries in a row (German, then Russian): only the last one's list is shown."""
    kiosk.context.clock = lambda: datetime(2026, 12, 1, 12, tzinfo=UTC)
    kiosk.context.i18n.set_language("en")
    kiosk.navigator.go("vacancies")
    screen = kiosk.navigator.screen("vacancies")
    kiosk.context.i18n.set_language("ru")
    kiosk.navigator.go("vacancies", country="de")
    kiosk.context.background.wait()
    settle()
    assert not screen.loading
    assert {v.country for v in screen.shown()} == {"de"}
    assert screen.tiles()[0].title.text().endswith("Германия")


def test_the_two_chip_groups_say_which_is_which(kiosk: Kiosk) -> None:
    screen = _open(kiosk, "en")
    first = [screen.countries.buttons()[0].text(), screen.jobs.buttons()[0].text()]
    assert first == ["All countries", "All jobs"]
    for lang in ("uz-Latn", "uz-Cyrl", "ru", "kaa", "kk", "ky", "tg"):
        screen = _open(kiosk, lang)
        labels = [screen.countries.buttons()[0].text(), screen.jobs.buttons()[0].text()]
        english = {"All countries", "All jobs", "All"}
        assert labels[0] != labels[1] and not set(labels) & english, (lang, labels)


def test_the_list_and_the_chips_are_in_the_order_of_the_country_names_a_traveller_reads(kiosk: Kiosk) -> None:
    for lang in ("ru", "kk", "en"):
        screen = _open(kiosk, lang)
        names = list(dict.fromkeys(country_name(v.country, lang) for v in screen.shown()))
        assert len(names) >= 10
        assert [b.text() for b in screen.countries.buttons()[1:]] == names, lang
        if lang == "kk":  # the Kazakh alphabet: К Қ Л ... Т У Ұ Ү (not Қ and Ұ after every other letter)
            assert names.index("Жапония") < names.index("Қазақстан") < names.index("Латвия"), names
            assert names.index("Түркия") < names.index("Ұлыбритания"), names
        else:
            assert names == sorted(names, key=str.casefold), (lang, names)


def test_the_vacancies_and_offices_screens_share_one_chip_bar(kiosk: Kiosk) -> None:
    from screens.widgets.chip_bar import ChipBar

    screen = _open(kiosk, "en")
    assert isinstance(screen.countries, ChipBar) and isinstance(screen.jobs, ChipBar)
    kiosk.navigator.go("offices")
    offices = kiosk.navigator.screen("offices")
    until_read(kiosk, offices)  # the offices are read on the worker
    assert isinstance(offices.filters, ChipBar)
    bar = offices.filters
    assert next(b.text() for b in bar.buttons() if b.property("key") == "all") == "All regions"
    key = next(str(b.property("key")) for b in bar.buttons() if b.property("key") != "all")
    next(b for b in bar.buttons() if b.property("key") == key).click()
    settle()
    assert bar.chosen() == key


def test_a_keystroke_makes_no_card_it_has_made_before(kiosk: Kiosk) -> None:
    """Making 20 cards per keystroke was most of a keystroke's time on the UI thread (the search itself is
    a few bitset operations): a card is made once per list and shown again when its vacancy comes back."""
    screen = _open(kiosk, "en")
    first = screen.tiles()
    screen.field.setText("germany")
    settle()
    germany = screen.tiles()
    assert {t.property("vacancy") for t in germany} and all(v.country == "de" for v in screen.shown())
    hidden = [t for t in first if t not in germany]
    assert hidden and not any(t.isVisible() for t in hidden)
    screen.field.setText("germanyy")  # a typo: the same vacancies
    settle()
    assert screen.tiles() == germany and all(a is b for a, b in zip(screen.tiles(), germany, strict=True))
    screen.field.clear()
    settle()
    assert all(a is b for a, b in zip(screen.tiles(), first, strict=True))
    assert [t.property("vacancy") for t in screen.tiles()] == [v.id for v in screen.shown()[:FIRST_PAGE]]
    assert all(t.isVisible() for t in screen.tiles())


def test_show_more_realises_the_next_cards_and_a_new_search_starts_again(kiosk: Kiosk) -> None:
    """Only the first cards are made and laid out on a keystroke; the rest come a page at a time."""
    screen = _open(kiosk, "en")
    total = len(screen.shown())
    assert total > FIRST_PAGE + MORE
    assert len(screen.tiles()) == FIRST_PAGE
    assert screen.notice.text().startswith(f"{FIRST_PAGE} of {total} vacancies")
    screen.scroll_area.ensureWidgetVisible(screen.more)
    settle()
    assert screen.more.isVisible()
    screen.more.click()  # as a tap would (the page's scroll gesture holds a synthetic press back)
    settle()
    more = [v.id for v in screen.shown()[:FIRST_PAGE + MORE]]
    assert [t.property("vacancy") for t in screen.tiles()] == more
    assert all(t.isVisible() for t in screen.tiles())
    assert screen.notice.text().startswith(f"{FIRST_PAGE + MORE} of {total} vacancies")
    screen.field.setText("care")  # another search: the first page again
    settle()
    assert len(screen.tiles()) == min(FIRST_PAGE, len(screen.shown()))
    _chip(screen, screen.countries, "de")  # every German vacancy fits: nothing more to show
    screen.field.clear()
    settle()
    assert len(screen.tiles()) == len(screen.shown()) <= FIRST_PAGE
    assert not screen.more.isVisible()


def test_a_burst_of_keystrokes_shows_the_last_text_once(kiosk: Kiosk, monkeypatch) -> None:  # noqa: ANN001
    """Typing faster than the screen can draw: one update per event-loop turn, for the latest text, and
    never a list for a text already typed over."""
    screen = _open(kiosk, "en")
    shown: list[str] = []
    real = screen.shown

    def spy():  # noqa: ANN202
        return real()

    monkeypatch.setattr(screen, "shown", spy)
    page = screen._list.finder.page
    monkeypatch.setattr(screen._list.finder, "page",
                        lambda text, *a: shown.append(text) or page(text, *a))
    for end in range(1, len("germany") + 1):
        screen.field.setText("germany"[:end])
    assert shown == []  # nothing drawn before the event loop's turn
    settle()
    assert shown == ["germany"]
    assert {v.country for v in real()} == {"de"}
    assert all(t.title.text().endswith("Germany") for t in screen.tiles())


def test_no_match_says_which_choice_leaves_nothing(kiosk: Kiosk) -> None:
    """The typed text, the chips, or the two together: each says what the traveller can change."""
    screen = _open(kiosk, "en")
    screen.field.setText("qqxzv")  # matches nothing anywhere
    settle()
    assert not screen.shown() and screen.notice.isVisible()
    assert screen.notice.text().startswith("No vacancy matches “qqxzv”. Check the spelling")
    screen.field.clear()
    settle()
    everything = screen.shown()
    pairs = {(v.country, v.occupation) for v in everything}
    country, job = next((c, j) for c in sorted({v.country for v in everything})
                        for j in sorted({v.occupation for v in everything}) if (c, j) not in pairs)
    _chip(screen, screen.countries, country)
    _chip(screen, screen.jobs, job)  # no such vacancy in that country
    assert not screen.shown()
    assert screen.notice.text() == "No vacancy for this job in this country. Choose another country or job."
    _chip(screen, screen.jobs, "all")
    _chip(screen, screen.countries, "de")
    screen.field.setText("Poland")  # found, but not in Germany
    settle()
    assert not screen.shown()
    assert screen.notice.text() == ("“Poland” is found only in other countries or jobs. Choose "
                                    "“All countries” or “All jobs” to see those vacancies.")
    assert "Poland" in screen.speech_text()


def test_an_out_of_date_registry_says_why_since_when_and_what_to_do_instead(kiosk: Kiosk) -> None:
    """Two years on, nothing may be shown: the page says why and since when, and offers the licence check,
    a call back and the hotline instead of a line on an empty page."""
    today = datetime(2026, 12, 1, 12, tzinfo=UTC)
    verified = kiosk.context.verdicts.freshness().verified_at
    assert verified is not None
    kiosk.context.i18n.set_language("en")
    settle()
    kiosk.context.clock = lambda: today + timedelta(days=800)
    kiosk.navigator.go("vacancies")
    screen = kiosk.navigator.screen("vacancies")
    kiosk.context.background.wait()
    settle()
    assert not screen.loading and not screen.shown()
    assert screen.notice.text().startswith("Vacancies are hidden until this kiosk's registry data is up")
    since = f"{verified.astimezone():%B} {verified.astimezone().day}, {verified.astimezone().year}"
    assert screen.help.isVisible() and since in screen.help.detail.text(), screen.help.detail.text()
    assert screen.help.hotline.isVisible() and screen.help.hotline.number.text()
    assert screen.help.check.isVisible() and screen.help.callback.isVisible()
    assert "Check the agency's licence here" in screen.speech_text()
    screen.help.check.click()
    settle()
    assert kiosk.navigator.current_name == "check"


def test_the_loading_page_says_what_to_do_meanwhile(kiosk: Kiosk, qtbot) -> None:  # noqa: ANN001
    kiosk.context.clock = lambda: datetime(2026, 12, 1, 12, tzinfo=UTC)
    kiosk.context.i18n.set_language("en")
    settle()
    kiosk.navigator.go("vacancies")
    screen = kiosk.navigator.screen("vacancies")
    assert screen.loading and screen.help.isVisible()
    assert screen.help.detail.text().startswith("This takes a few seconds")
    assert screen.help.check.isVisible()
    qtbot.waitUntil(lambda: not screen.loading, timeout=10000)
    settle()
    assert not screen.help.isVisible() and screen.tiles()


def test_the_job_order_is_read_off_the_ui_thread(kiosk: Kiosk, qtbot, monkeypatch) -> None:  # noqa: ANN001
    """Its row, its agency's verdict and the registry's freshness come from the worker, as the list's do;
    an answer for an earlier job order is not shown."""
    kiosk.context.clock = lambda: datetime(2026, 12, 1, 12, tzinfo=UTC)
    kiosk.context.i18n.set_language("en")
    settle()
    calls = _spy_on_threads(kiosk, monkeypatch)
    kiosk.navigator.go("vacancy", id="de-care-001")
    kiosk.navigator.go("vacancy", id="gb-agriculture-018")  # another one before the first answer is here
    screen = kiosk.navigator.screen("vacancy")
    assert screen.loading
    qtbot.waitUntil(lambda: not screen.loading, timeout=10000)
    kiosk.context.background.wait()
    settle()
    reads = [c for c in calls if c[0] in ("vacancy", "freshness", "decide")]
    assert {c[0] for c in reads} == {"vacancy", "freshness", "decide"}, calls
    assert not [c for c in reads if c[1]], f"queried on the UI thread: {calls}"
    titles = [t for t in visible_texts(screen.text_widget) if t.startswith(("Farm work", "Care work"))]
    assert titles == ["Farm work — United Kingdom"], titles


def test_audio_first_reads_the_job_order_once_it_is_shown(kiosk: Kiosk, monkeypatch) -> None:  # noqa: ANN001
    """A traveller who cannot read hears the job order as it opens: once it is shown, not only the words said
    while it is read (the read is held here until the screen has opened, as a slow disk would)."""
    from tests.ui.test_audio_first import recorded

    kiosk.context.clock = lambda: datetime(2026, 12, 1, 12, tzinfo=UTC)
    kiosk.context.i18n.set_language("en")
    spoken = recorded(kiosk)
    kiosk.context.speech.set_audio_first(True)
    opened = held_until_set(monkeypatch, kiosk.context.verdicts, "decide")
    spoken.clear()
    kiosk.navigator.go("vacancy", id="de-care-001")
    screen = kiosk.navigator.screen("vacancy")
    settle()  # the screen has opened (audio-first reads it a turn later) while its job order is being read
    assert screen.loading
    assert spoken and spoken[-1][0] == "Loading vacancies…", spoken
    opened.set()
    until_read(kiosk, screen)
    settle()
    text, lang = spoken[-1]
    assert lang == "en" and text.startswith("Care work — Germany"), spoken  # read last, once shown


def test_audio_first_reads_the_list_once_it_is_shown(kiosk: Kiosk, monkeypatch) -> None:  # noqa: ANN001
    """The list of vacancies, too, is read aloud once it is shown, not only while it says it is loading."""
    from tests.ui.test_audio_first import recorded

    kiosk.context.clock = lambda: datetime(2026, 12, 1, 12, tzinfo=UTC)
    kiosk.context.i18n.set_language("en")
    spoken = recorded(kiosk)
    kiosk.context.speech.set_audio_first(True)
    opened = held_until_set(monkeypatch, kiosk.context.verdicts, "freshness")
    spoken.clear()
    kiosk.navigator.go("vacancies")
    screen = kiosk.navigator.screen("vacancies")
    settle()
    assert screen.loading
    assert spoken and "Loading vacancies…" in spoken[-1][0], spoken
    opened.set()
    until_read(kiosk, screen)
    settle()
    text, lang = spoken[-1]
    assert lang == "en" and "Loading vacancies…" not in text and "Care work" in text, spoken
