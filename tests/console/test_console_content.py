"""Guides, contacts and topics edited in the console like articles: saved to the source files only when the
CLI's validator finds nothing wrong in them, refused at the field otherwise (what was typed stays on the
page, the files stay as they were); and a console offers only what the signing keys on its machine allow."""

from __future__ import annotations

import html
import time

import yaml

from content.validate import check_source
from tests.console.conftest import Desk, digest


def _entry(desk: Desk, file: str, entry_id: str) -> dict:
    data = yaml.safe_load((desk.source / file).read_text(encoding="utf-8"))
    return next(e for e in data if e["id"] == entry_id)


def test_a_guide_is_saved_in_two_languages_and_a_fallback_language_is_marked(desk: Desk) -> None:
    cyrillic = desk.source / "guides" / "kr" / "uz-Cyrl.md"
    cyrillic_body = cyrillic.read_text(encoding="utf-8").split("\n---\n", 1)[1]
    cyrillic.write_text("---\nfallback: uz-Latn\n---\n", encoding="utf-8")
    s, csrf = desk.login()
    page = s.get(desk.url + "/guides", timeout=30).text
    assert "fallback to uz-Latn" in page
    assert "kk in ru" in page  # the kiosk languages content is not written in, and what kiosks show
    r = s.get(desk.url + "/guides/kr", timeout=30)
    assert "fallback to uz-Latn" in r.text
    body = (desk.source / "guides" / "kr" / "en.md").read_text(encoding="utf-8").split("\n---\n", 1)[1]
    r = s.post(desk.url + "/guides/kr", data={
        "csrf_token": csrf, "en.edit": "1", "en.name": "South Korea (Republic of Korea)",
        "en.summary": "Work through the state programme only", "en.body": body,
        "uz-Cyrl.edit": "1", "uz-Cyrl.name": "Жанубий Корея",
        "uz-Cyrl.summary": "Фақат давлат дастури орқали",
        "uz-Cyrl.body": cyrillic_body}, timeout=60)
    assert r.status_code == 200, r.text[-2000:]
    assert "Saved: en, uz-Cyrl." in r.text
    en = (desk.source / "guides" / "kr" / "en.md").read_text(encoding="utf-8")
    assert 'name: South Korea (Republic of Korea)' in en and "country: kr" in en
    cyrl = (desk.source / "guides" / "kr" / "uz-Cyrl.md").read_text(encoding="utf-8")
    assert "fallback" not in cyrl and "name: Жанубий Корея" in cyrl and "country: kr" in cyrl
    assert check_source(desk.source)[1] == []
    assert "country guide kr changed in 2 languages (en, uz-Cyrl)" in s.get(desk.url + "/publish").text


def test_a_contact_and_a_topic_are_saved_keeping_the_rest_of_the_file(desk: Desk) -> None:
    contacts = desk.source / "contacts.yaml"
    contacts.write_text("# Contacts of the desk; keep this comment\n" + contacts.read_text(encoding="utf-8"),
                        encoding="utf-8")
    before = contacts.read_text(encoding="utf-8")
    s, csrf = desk.login()
    assert "Консульство в Сеуле" in s.get(desk.url + "/contacts", timeout=30).text
    r = s.post(desk.url + "/contacts/consulate-seoul", data={
        "csrf_token": csrf, "phone": "+82 0 0000 0000", "url": "",
        "ru.edit": "1", "ru.name": "Генеральное консульство в Сеуле",
        "ru.description": "Паспорта и документы"},
        timeout=60)
    assert r.status_code == 200, r.text[-2000:]
    assert "Saved: phone, ru." in r.text
    after = contacts.read_text(encoding="utf-8")
    assert after.startswith("# Contacts of the desk; keep this comment\n")
    hotline = before.split("- id: consulate-seoul")[0]
    assert after.startswith(hotline)  # the entry before it is byte for byte as it was
    seoul = _entry(desk, "contacts.yaml", "consulate-seoul")
    assert seoul["phone"] == "+82 0 0000 0000"
    assert seoul["name"]["ru"] == "Генеральное консульство в Сеуле"
    assert seoul["name"]["en"] == "Consulate in Seoul" and seoul["countries"] == ["kr"]
    r = s.post(desk.url + "/topics/rights", data={
        "csrf_token": csrf, "en.edit": "1", "en.title": "Your rights at work",
        "en.summary": "What you are owed"},
        timeout=60)
    assert "Saved: en." in r.text, r.text[-2000:]
    assert _entry(desk, "topics.yaml", "rights")["title"]["en"] == "Your rights at work"
    assert check_source(desk.source)[1] == []
    audit = s.get(desk.url + "/audit", timeout=30).text
    assert "contact.edit" in audit and "topic.edit" in audit


def test_a_broken_field_is_shown_at_its_language_and_nothing_typed_is_lost(desk: Desk) -> None:
    s, csrf = desk.login()
    before = digest(desk.source)
    typed = "Новое описание, которое не должно потеряться"
    r = s.post(desk.url + "/contacts/consulate-seoul", data={
        "csrf_token": csrf, "phone": "call us", "ru.edit": "1", "ru.name": "", "ru.description": typed},
        timeout=60)
    assert r.status_code == 422
    page = r.text
    ru = page.split('id="lang-ru"')[1].split("</fieldset>")[0]
    assert "has no ru text" in ru  # at the language it belongs to
    assert typed in ru  # what was typed is still in the field
    shared = page.split('id="shared"')[1].split("</fieldset>")[0]
    assert "may contain only digits" in shared and 'value="call us"' in shared
    r = s.post(desk.url + "/topics/rights", data={
        "csrf_token": csrf, "uz-Latn.edit": "1", "uz-Latn.title": "Huquqlar" * 20, "uz-Latn.summary": "x"},
        timeout=60)
    assert r.status_code == 422
    assert "characters long; the limit is" in r.text.split('id="lang-uz-Latn"')[1].split("</fieldset>")[0]
    r = s.post(desk.url + "/guides/kr", data={
        "csrf_token": csrf, "en.edit": "1", "en.name": "", "en.summary": "s",
        "en.body": "## Legal route\n- x\n"},
        timeout=60)
    assert r.status_code == 422
    assert "name" in r.text.split('id="lang-en"')[1].split("</fieldset>")[0]
    assert digest(desk.source) == before


def test_markup_and_20_mb_are_refused_in_every_kind(desk: Desk) -> None:
    evil = '<script>alert(1)</script><img src=x onerror="alert(2)">'
    s, csrf = desk.login()
    before = digest(desk.source)
    posts = {
        "/guides/kr": {"en.edit": "1", "en.name": evil, "en.summary": evil, "en.body": evil},
        "/contacts/agency-hotline": {"en.edit": "1", "en.name": evil, "en.description": evil, "url": evil},
        "/topics/rights": {"en.edit": "1", "en.title": evil * 5, "en.summary": evil},
    }
    for path, fields in posts.items():
        r = s.post(desk.url + path, data={"csrf_token": csrf, **fields}, timeout=60)
        assert r.status_code == 422, (path, r.text[-1500:])
        assert "<script>alert" not in r.text and "<img src=x" not in r.text, path
        assert html.escape(evil, quote=False)[:20] in r.text, path  # shown back as text, not lost
    huge = "x" * (20 * 1024 * 1024)
    for path, field, kept in (("/guides/kr", "en.body", "en.name"),
                              ("/contacts/agency-hotline", "en.description", "en.name")):
        r = s.post(desk.url + path, timeout=120,
                   data={"csrf_token": csrf, "en.edit": "1", kept: "Typed name", field: huge})
        assert r.status_code == 413, path
        box = r.text.split('id="lang-en"')[1].split("</fieldset>")[0]
        assert f"<strong>{field[3:]}</strong>: 20,971,520 characters" in box, path  # at the field
        assert "Typed name" in box, path  # the rest of what was typed is kept
    r = s.post(desk.url + "/alerts", timeout=120, data={
        "csrf_token": csrf, "id": "huge-alert", "lang": "ru", "severity": "warning",
        "published_on": "2026-12-01", "qr": "https://example.org/a", "title": "Typed title", "summary": huge})
    assert r.status_code == 422 and "<strong>summary</strong>: 20,971,520 characters" in r.text
    assert 'value="Typed title"' in r.text and "<option selected>warning</option>" in r.text
    r = s.post(desk.url + "/contacts/agency-hotline", data={"csrf_token": csrf, "en.edit": "1",
                                                           "en.name": "n" * 5000, "en.description": "d"})
    assert r.status_code == 422
    assert "at most 2,000" in r.text
    for path in ("/guides", "/contacts", "/topics"):
        assert "<script>alert" not in s.get(desk.url + path, timeout=30).text
    assert digest(desk.source) == before


def test_changes_need_the_csrf_token(desk: Desk) -> None:
    s, _ = desk.login()
    before = digest(desk.source)
    r = s.post(desk.url + "/topics/rights", data={"en.edit": "1", "en.title": "x", "en.summary": "y"},
               timeout=30)
    assert r.status_code == 403
    assert digest(desk.source) == before
    assert s.get(desk.url + "/contacts/no-such", timeout=30).status_code == 404


def _keep_only(desk: Desk, *roles: str) -> None:
    for key in (desk.deployment.root / "keys" / "offline").glob("*.pem"):
        role = key.name.split("-")[0]
        if role in ("content", "registry", "alerts", "vacancies") and role not in roles:
            key.unlink()


def test_a_licensing_desk_edits_the_registry_and_no_content(desk: Desk) -> None:
    _keep_only(desk, "registry")
    s, csrf = desk.login()
    home = s.get(desk.url + "/", timeout=30).text
    assert "This is the licensing desk." in home
    assert "Not on this machine: articles, country guides, contacts and topics (no content key); alerts " \
           "(no alerts key); vacancies (no vacancies key)." in home
    assert 'href="/articles"' not in home and 'href="/alerts"' not in home and 'href="/registry"' in home
    before = digest(desk.source)
    for path in ("/articles", "/guides/kr", "/contacts", "/topics/rights", "/alerts",
                 "/preview/articles/employer-pays.png", "/phone-preview/en/article/employer-pays"):
        r = s.get(desk.url + path, timeout=30)
        assert r.status_code == 403, path
        assert "cannot be changed here" in r.text
    r = s.post(desk.url + "/topics/rights", data={"csrf_token": csrf, "en.edit": "1", "en.title": "x",
                                                 "en.summary": "y"}, timeout=30)
    assert r.status_code == 403
    r = s.post(desk.url + "/alerts/fake-work-visas/expire", data={"csrf_token": csrf}, timeout=30)
    assert r.status_code == 403
    assert digest(desk.source) == before
    assert s.get(desk.url + "/registry", timeout=30).status_code == 200


def test_an_alerts_desk_does_alerts_only(desk: Desk) -> None:
    _keep_only(desk, "alerts")
    s, csrf = desk.login()
    home = s.get(desk.url + "/", timeout=30).text
    assert "This is the alerts desk." in home
    assert "the agency registry (no registry key)" in home
    assert s.get(desk.url + "/registry", timeout=30).status_code == 403
    assert s.get(desk.url + "/articles/employer-pays", timeout=30).status_code == 403
    r = s.post(desk.url + "/alerts/fake-work-visas/expire", data={"csrf_token": csrf}, timeout=30)
    assert r.status_code == 200  # redirected back to the alerts page
    run = _publish(s, desk, csrf)
    assert run["failed"] is None and "Published bundle" in run["page"]


def _publish(s, desk: Desk, csrf: str) -> dict:
    """Start a publish and follow its progress page until it is finished; the run's last state."""
    r = s.post(desk.url + "/publish", data={"csrf_token": csrf}, allow_redirects=False, timeout=60)
    assert r.status_code == 303, r.text[-1500:]
    run = desk.url + r.headers["location"]
    state: dict = {"finished": False}
    deadline = time.monotonic() + 300
    while not state["finished"]:  # a condition wait: the run's own page says when it is finished
        assert time.monotonic() < deadline, f"the publish never finished: {state}"
        state.update(s.get(run + ".json", timeout=30).json())
        time.sleep(0.2)
    state["page"] = s.get(run, timeout=30).text
    return state


def test_a_publish_shows_its_steps_and_the_result(desk: Desk) -> None:
    s, csrf = desk.login()
    s.post(desk.url + "/topics/rights", data={"csrf_token": csrf, "en.edit": "1", "en.title": "Rights",
                                             "en.summary": "What you are owed"}, timeout=60)
    run = _publish(s, desk, csrf)
    assert run["failed"] is None and run["version"]
    assert [(x["step"], x["state"]) for x in run["steps"]] == [
        ("validate", "done"), ("build", "done"), ("write", "done"), ("sign", "done"), ("done", "done")]
    assert "Published bundle " + run["version"] in run["page"]
    assert '<meta http-equiv="refresh"' not in run["page"]  # a finished run stops reloading
    assert "topics changed" in run["page"]


def test_a_publish_that_fails_validation_says_so_and_publishes_nothing(desk: Desk) -> None:
    s, csrf = desk.login()
    article = desk.source / "articles" / "employer-pays" / "en.md"
    article.write_text(article.read_text(encoding="utf-8").replace("title:", "titel:", 1), encoding="utf-8")
    timestamp = desk.deployment.root / "repository" / "metadata" / "timestamp.json"
    before = timestamp.read_bytes()
    run = _publish(s, desk, csrf)
    assert run["failed"].startswith("Validate the sources failed: ")
    assert "articles/employer-pays/en.md" in run["failed"] and "\n" not in run["failed"]
    assert run["step"] == "validate" and run["steps"][0]["state"] == "failed"
    assert "Nothing was published" in run["page"]
    assert timestamp.read_bytes() == before


def test_a_publish_that_needs_a_missing_key_says_which(desk: Desk) -> None:
    s, csrf = desk.login()
    r = s.post(desk.url + "/topics/rights", data={"csrf_token": csrf, "en.edit": "1", "en.title": "Rights",
                                                 "en.summary": "What you are owed"}, timeout=60)
    assert "Saved: en." in r.text
    _keep_only(desk, "registry")
    timestamp = desk.deployment.root / "repository" / "metadata" / "timestamp.json"
    before = timestamp.read_bytes()
    run = _publish(s, desk, csrf)
    assert run["failed"].startswith(
        "Sign it and point kiosks at it failed: not signed: no key for the content role on this machine")
    assert timestamp.read_bytes() == before  # kiosks are still pointed at the last publish
    assert "topics changed" in s.get(desk.url + "/publish", timeout=30).text  # still to be published


def test_the_phone_preview_is_drawn_by_the_server_from_the_draft(desk: Desk) -> None:
    s, csrf = desk.login()
    body = (desk.source / "articles" / "employer-pays" / "en.md").read_text(encoding="utf-8")
    body = body.split("\n---\n", 1)[1]
    r = s.post(desk.url + "/articles/employer-pays", data={
        "csrf_token": csrf, "en.edit": "1", "en.title": "Draft title <not yet published>",
        "en.summary": "The employer pays", "en.body": body}, timeout=60)
    assert "Saved: en." in r.text, r.text[-1500:]
    assert 'href="/phone-preview/en/article/employer-pays"' in r.text
    page = s.get(desk.url + "/phone-preview/en/article/employer-pays", timeout=300)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "<h1>Draft title &lt;not yet published&gt;</h1>" in page.text  # the draft, escaped by the server
    css = page.text.split('rel="stylesheet" href="../../')[1].split('"')[0]
    style = s.get(f"{desk.url}/phone-preview/{css}", timeout=30)
    assert style.status_code == 200 and style.headers["content-type"].startswith("text/css")
    guide = s.get(desk.url + "/phone-preview/ru/guide/kr", timeout=300)
    assert guide.status_code == 200 and "<h1>" in guide.text
    missing = s.get(desk.url + "/phone-preview/en/article/no-such", timeout=300)
    assert missing.status_code == 422 and "has no article" in missing.text
    assert s.get(desk.url + "/phone-preview/xx/article/employer-pays", timeout=30).status_code == 422
