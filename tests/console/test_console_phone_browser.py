"""Every console page with a table, at 360 px in a real headless Chromium: the page itself never scrolls
sideways (a wide table scrolls inside its own box), no word in a table is broken inside, and axe finds
nothing serious. The alerts and fleet tables sat outside any scroll box and made the whole page 480 px
wide on a phone; a wage range broke at its dash."""

from __future__ import annotations

import uuid

from tests.console.conftest import ConsoleBrowser
from tests.console.test_console_vacancies import csv_of, vacancy

PHONE = (360, 800)
PAGES = ("/alerts", "/fleet", "/audit", "/vacancies", "/articles", "/guides", "/contacts", "/topics")


def test_console_tables_fit_a_phone(console: ConsoleBrowser) -> None:
    desk, browser = console.desk, console.browser
    (desk.source / "vacancies.csv").write_bytes(csv_of([vacancy(n) for n in range(1, 4)]))
    kiosk = "kiosk-tashkent-airport-terminal-02"  # a long id, as real ones are
    desk.db.enrol(kiosk)
    desk.db.store_event(kiosk, str(uuid.uuid4()), {
        "kind": "heartbeat", "created_at": "2026-12-01T08:00:00+00:00",
        "payload": {"content_version": "2026.12.01-3", "outbox_depth": 0, "app_version": "0.1.0"}})
    browser.resize(PHONE)
    console.login()
    for page in PAGES:
        browser.open(desk.url + page)
        console.no_traceback()
        console.shot(f"phone{page.replace('/', '-')}")
        assert not browser.scrolls_sideways(), f"{page} is wider than a 360 px phone"
        split = browser.split_words("main table")
        assert not split, f"{page}: words broken inside: {split}"
