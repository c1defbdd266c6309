"""The desk console end to end in a real headless Chromium: log in, revoke an agency with a reason, edit an
article in two languages, read the publish summary, publish, and see a kiosk data folder pick it up
(`kiosk sync --data-dir`); expire an alert and publish again; mark a report handled. Every page is
screenshotted (KIOSK_SCREENSHOTS=DIR keeps them) and checked with axe."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import uuid
from datetime import UTC, datetime
from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from server.operators.reports import list_reports
from tests.console.conftest import ConsoleBrowser
from tests.testkit.serve import write_kiosk_toml

ROOT = Path(__file__).resolve().parents[2]


def _sync(data_dir: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "kiosk", "sync", "--data-dir", str(data_dir), "--no-deliver"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert run.returncode == 0, run.stderr[-2000:]


def _one(data_dir: Path, sql: str, *args: object) -> tuple:
    conn = sqlite3.connect(f"file:{data_dir / 'content.db'}?mode=ro", uri=True)
    try:
        return conn.execute(sql, args).fetchone()
    finally:
        conn.close()


def test_desk_console_end_to_end(console: ConsoleBrowser, tmp_path: Path) -> None:
    browser, desk, d, see, shot = console.browser, console.desk, console.driver, console.see, console.shot
    kiosk = tmp_path / "kiosk"
    write_kiosk_toml(kiosk, desk.server.url, desk.deployment.trust_root())
    _sync(kiosk)
    assert _one(kiosk, "SELECT status FROM agencies WHERE licence_no = '0123'") == ("active",)
    browser.resize((1280, 900))

    browser.open(desk.url + "/")
    assert browser.url.endswith("/login")
    shot("login")
    console.login(shows="If you publish now")
    shot("overview")

    # Revoke an agency, with its reason.
    browser.open(desk.url + "/registry")
    form = d.find_element(By.ID, "agency-form")
    form.find_element(By.NAME, "licence_no").send_keys("0123")
    Select(form.find_element(By.NAME, "action")).select_by_value("revoke")
    form.find_element(By.NAME, "reason").send_keys("Licence revoked: fees taken from workers")
    d.find_element(By.ID, "agency-apply").click()
    see("is now revoked")
    shot("registry")

    # Upload an export with one more agency: the diff is shown, nothing changes until applied.
    export = tmp_path / "agencies.csv"
    csv_text = (desk.source / "registry" / "agencies.csv").read_text(encoding="utf-8")
    export.write_text(csv_text + "L-9,New Agency <b>MChJ</b>,,000000009,active,2026-01-01,2031-01-01,,,"
                      "Toshkent,Addr,+998 00 000 00 00,kr\n", encoding="utf-8")
    browser.open(desk.url + "/registry")
    d.find_element(By.NAME, "file").send_keys(str(export))
    d.find_element(By.ID, "upload").click()
    see("1 added · 0 status changed")
    assert "New Agency <b>MChJ</b>" in browser.text()  # shown as text, never as markup
    shot("registry-diff")

    # Edit an article in two languages.
    browser.open(desk.url + "/articles")
    shot("articles")
    browser.click_link("employer-pays")
    for lang, title in (
        ("en", "The employer pays the fee, not you"),
        ("ru", "Плату вносит работодатель, не вы"),
    ):
        console.type_into(f"lang-{lang}", f"{lang}.title", title)
    d.find_element(By.ID, "save").click()
    see("Saved: en, ru.")
    shot("article")

    # The summary in words, then publish.
    browser.open(desk.url + "/publish")
    text = browser.text()
    assert "1 agency revoked (0123)" in text
    assert "article employer-pays changed in 2 languages (en, ru)" in text
    shot("publish")
    d.find_element(By.ID, "publish").click()
    see("Published bundle")
    shot("published")
    _sync(kiosk)
    assert _one(kiosk, "SELECT status, status_reason FROM agencies WHERE licence_no = '0123'") == (
        "revoked",
        "Licence revoked: fees taken from workers",
    )
    assert _one(kiosk, "SELECT title FROM articles WHERE id = 'employer-pays' AND lang = 'ru'") == (
        "Плату вносит работодатель, не вы",
    )

    # Expire an alert: it stays in the sources, kiosks stop showing it today.
    browser.open(desk.url + "/alerts")
    shot("alerts")
    d.find_element(By.ID, "expire-fake-work-visas").click()
    today = datetime.now(UTC).date().isoformat()
    see(f"expired {today}")
    browser.open(desk.url + "/publish")
    assert "alert fake-work-visas expired" in browser.text()
    d.find_element(By.ID, "publish").click()
    see("Published bundle")
    _sync(kiosk)
    assert _one(kiosk, "SELECT expires_on FROM alerts WHERE id = 'fake-work-visas' AND lang = 'en'") == (
        today,
    )

    # Mark a report handled, through kiosk-server's API.
    desk.db.enrol("kiosk-01")
    desk.db.store_event(
        "kiosk-01",
        str(uuid.uuid4()),
        {
            "kind": "report",
            "created_at": "2026-12-01T09:00:00+00:00",
            "reference": "R-AB12-CD34",
            "payload": {"target": "Golden Visa LLC", "reasons": ["paid_fee"], "language": "ru"},
        },
    )
    browser.open(desk.url + "/fleet")
    assert "kiosk-01" in browser.text()
    shot("fleet")
    browser.open(desk.url + "/reports")
    shot("reports")
    form = d.find_element(By.CSS_SELECTOR, "article.report form")
    Select(form.find_element(By.NAME, "status")).select_by_value("handled")
    form.find_element(By.NAME, "notes").send_keys("Called back")
    form.find_element(By.CSS_SELECTOR, "button").click()
    see("handled")
    (report,) = list_reports(desk.db)
    assert (report["status"], report["notes"], report["updated_by"]) == ("handled", "Called back", "ada")

    browser.open(desk.url + "/audit")
    text = browser.text()
    assert "agency.revoke" in text
    assert "article.edit" in text
    assert "publish" in text
    assert "alert.expire" in text
    assert "was altered" not in text
    shot("audit")
