"""The desk's hash-chained audit file (admin/console/audit.py): it says "edited" only when a line was, and
a damaged file is reported on the audit page, not a crash."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from admin.console.audit import DeskAudit
from tests.console.conftest import ConsoleBrowser, Desk
from tests.console.test_staff_audit import desk_audit
from tests.server.test_server_operator_tables_browser import DESKTOP, PHONE


def test_changes_saved_at_the_same_moment_keep_the_chain_whole(tmp_path: Path) -> None:
    """The console answers requests in several threads: two changes saved at once both read the same last
    line and chained to it, and the audit page then said the log had been edited when nobody had."""
    audit = DeskAudit(tmp_path / "audit.jsonl")
    start = threading.Barrier(8)

    def save(worker: int) -> None:
        start.wait()
        for n in range(40):
            audit.append("ada", "alert.compose", f"w{worker}-{n}", {})

    threads = [threading.Thread(target=save, args=(w,)) for w in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert audit.count() == 320
    assert audit.verify() is None


@pytest.mark.parametrize("damage", ["cut short", "not json", "not an object"])
def test_a_damaged_line_is_reported_where_it_is(tmp_path: Path, damage: str) -> None:
    """A line cut short (the machine lost power while it was written) or replaced by something else: the log
    says which line, shows the others, and the next change starts on a line of its own."""
    audit = DeskAudit(tmp_path / "audit.jsonl")
    for n in range(3):
        audit.append("ada", "alert.compose", f"line-{n}", {})
    bad = {"cut short": b'{"action": "alert.co', "not json": b"\x00\xff garbage",
           "not an object": b"[1, 2, 3]"}[damage]
    with audit.path.open("ab") as handle:
        handle.write(bad + (b"" if damage == "cut short" else b"\n"))
    assert "line 4" in (audit.verify() or ""), audit.verify()
    shown = audit.entries(10)
    assert [e["target"] for e in shown[1:]] == ["line-2", "line-1", "line-0"]
    assert shown[0]["action"] == "unreadable line" and shown[0]["details"]["line"] == 4
    audit.append("ada", "alert.expire", "after", {})
    assert json.loads(audit.path.read_bytes().splitlines()[-1])["target"] == "after"  # a line of its own
    assert audit.count() == 5


def test_the_audit_page_shows_a_damaged_log_and_reads_it_once(desk: Desk,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    audit = desk_audit(desk)
    audit.append("ada", "alert.compose", "first", {})
    with audit.path.open("ab") as handle:
        handle.write(b'{"cut": ')
    reads: list[Path] = []
    real = Path.read_bytes

    def read_bytes(path: Path) -> bytes:
        if path.name == "audit.jsonl":
            reads.append(path)
        return real(path)

    s, _ = desk.login()
    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    r = s.get(desk.url + "/audit", timeout=30)
    assert r.status_code == 200, r.text[:500]
    assert "line 2" in r.text and "first" in r.text and "Traceback" not in r.text
    assert len(reads) == 1, f"the audit file was read {len(reads)} times for one page"


def test_a_browser_shows_where_a_damaged_log_breaks(console: ConsoleBrowser) -> None:
    """In a real Chromium, at desk and phone width: the warning names the line, the damaged line is listed
    among the others with its text, and axe finds nothing serious."""
    console.login()
    audit = desk_audit(console.desk)
    audit.append("ada", "alert.compose", "fake-work-visas", {"lang": "ru"})
    with audit.path.open("ab") as handle:
        handle.write(b'{"action": "agency.revoke", "tar')
    lines = audit.count()
    for size in (DESKTOP, PHONE):
        console.browser.resize(size)
        console.browser.open(console.desk.url + "/audit")
        console.see("Desk audit log")
        console.shot(f"audit-damaged-{size[0]}")
        text = " ".join(console.browser.text().split())
        assert f"line {lines} is not a log line" in text, text[:1500]
        assert "unreadable line" in text and '"agency.revoke", "tar' in text and "fake-work-visas" in text
        assert "never" not in text, "a damaged line's time is not known, it is not 'never'"
        assert not console.browser.scrolls_sideways()
