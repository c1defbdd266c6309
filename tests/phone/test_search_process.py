"""Searches on the phone: one answer per engine key ("Polsha", "polsha " and "POLSHA" are one search),
kept per registry version (a revocation shows on the next load), bounded; and the server runs a new search
in its search process, whose answer is the same as a search in the server itself."""

from __future__ import annotations

import asyncio
import csv
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from markupsafe import escape

from content.verdict import Kind, agency_verdict
from server import registry_reader
from server.phone import pages
from server.phone import registry as registry_module
from server.phone import searcher as searcher_module
from server.phone.registry import Registry, search_key
from server.phone.searcher import Searcher
from server.phone.site import Site
from server.phone.source import PublishedContent
from tests.phone.conftest import SAMPLE, TODAY, Phone
from tests.testkit.serve import Deployment, new_deployment


def _site(deploy: Path, work: Path) -> Site:
    return Site(PublishedContent(deploy, work_dir=work, check_interval_s=0), clock=lambda: TODAY)


def test_texts_the_engine_reads_alike_share_one_search(published: Deployment, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    assert search_key("Polsha", 20) == search_key("polsha ", 20) == search_key("POLSHA", 20)
    assert search_key("Polsha", 20) != search_key("Polsha", 5)
    site = _site(published.root, tmp_path / "phone")
    registry = site.content.current().registry
    engine_calls: list[str] = []
    real = registry._search.search
    monkeypatch.setattr(registry._search, "search", lambda q, n: engine_calls.append(q) or real(q, n))
    pages = [site.get("en/check", {"q": q}, gzip_ok=False).body.decode() for q in ("Istiqbol", "istiqbol ",
                                                                                   "ISTIQBOL")]
    assert engine_calls == ["Istiqbol"]  # one engine call for the three texts
    assert 'value="istiqbol"' in pages[1] and 'value="ISTIQBOL"' in pages[2]  # each page shows its text
    results = [page[page.index("<ul class=\"list results\">"):] for page in pages]
    assert results[0] == results[1] == results[2]
    assert site.quick("en/check", {"q": "IstiqboL"}) is not None  # a known search renders in the loop


def test_the_kept_searches_and_agencies_are_bounded(published: Deployment, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry_module, "SEARCHES_KEPT", 3)
    monkeypatch.setattr(registry_module, "AGENCIES_KEPT", 5)
    monkeypatch.setattr(registry_module, "LICENCES_KEPT", 7)
    site = _site(published.root, tmp_path / "phone")
    registry = site.content.current().registry
    for q in ("tez", "ish", "servis", "istiqbol", "global"):
        registry.search(q)
        site.get("en/check", {"q": q})
    for licence in registry.licence_numbers(10):
        site.get(f"en/agency/{licence}", {})
    assert len(registry._found) == 3
    assert registry.found("tez") is None and registry.found("global") is not None
    assert 0 < len(registry._rows) <= 5
    assert 0 < len(registry._licences) <= 7


def _revoke(source: Path, licence: str) -> None:
    path = source / "registry" / "agencies.csv"
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        if row["licence_no"] == licence:
            row.update(status="revoked", status_changed_on="2026-11-18", status_reason="Test revocation")
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def test_a_revocation_shows_in_the_next_search_and_agency_page(tmp_path: Path) -> None:
    source = tmp_path / "source"
    shutil.copytree(SAMPLE, source)
    dep = new_deployment(tmp_path / "deploy")
    dep.publish_source(source)
    site = _site(dep.root, tmp_path / "phone")
    registry = site.content.current().registry
    match = next(m for m in registry.search("istiqbol") if m.licence_no and m.status == "active")
    licence = match.licence_no
    assert licence is not None
    before = site.get("en/check", {"q": "istiqbol"}, gzip_ok=False).body.decode()
    agency_before = site.get(f"en/agency/{licence}", {}, gzip_ok=False).body.decode()
    assert 'class="verdict safe"' in agency_before
    _revoke(source, licence)
    dep.publish_source(source)
    after = site.get("en/check", {"q": "istiqbol"}, gzip_ok=False).body.decode()
    agency_after = site.get(f"en/agency/{licence}", {}, gzip_ok=False).body.decode()
    assert after != before and 'class="verdict danger"' in agency_after
    fresh = _site(dep.root, tmp_path / "fresh")
    assert after == fresh.get("en/check", {"q": "istiqbol"}, gzip_ok=False).body.decode()
    assert agency_after == fresh.get(f"en/agency/{licence}", {}, gzip_ok=False).body.decode()


def test_the_search_process_answers_as_the_server_would(published: Deployment, tmp_path: Path) -> None:
    registry = _site(published.root, tmp_path / "phone").content.current().registry
    other = Registry.open(registry.path)
    searcher = Searcher()

    async def run() -> None:
        for q in ("istiqbol", "LX-2021", "+998 71", "tez ish servis toshkent", "", "\"unclosed", "x" * 300):
            await searcher.search(other, q, 20)
            assert other.found(q, 20) == registry.search(q, 20), q
        await asyncio.gather(*(searcher.search(other, "Global", 20) for _ in range(5)))  # asked at once

    try:
        searcher.prepare(other)
        asyncio.run(run())
    finally:
        searcher.close()
    for m in registry.search("istiqbol"):
        if m.licence_no:  # the licences the process sent back are the registry's
            agency = registry.agency(m.licence_no)
            assert agency is not None
            assert other._licences.get(m.licence_no) == (agency.status, agency.expires_on)
            assert other.licence(m.licence_no) == (agency.status, agency.expires_on)


@pytest.mark.parametrize("day", [TODAY, date(2100, 1, 1)], ids=["today", "years-later"])
def test_results_made_from_the_process_answer_are_the_servers_own(published: Deployment, tmp_path: Path,
                                                                  day: date) -> None:
    """The search process sends back only the licence (number, status, end date) of each agency it lists,
    and a results row's verdict is made from that alone: every sample agency, searched by its licence
    number (and a few names listing many), gets the same page from the process's answer as from a search
    made wholly in the server, and its row shows `agency_verdict` of the whole agency. Years later every
    active licence has passed its end date and the registry data is stale: the rows say so."""
    whole = Site(PublishedContent(published.root, work_dir=tmp_path / "whole", check_interval_s=0),
                 clock=lambda: day)
    made = Site(PublishedContent(published.root, work_dir=tmp_path / "made", check_interval_s=0),
                clock=lambda: day)
    snap, registry = whole.content.current(), made.content.current().registry
    licences = registry.licence_numbers(10_000)
    queries = [*licences, "ish", "servis", "tez", "global", "istiqbol", "travel"]
    searcher = Searcher()

    async def run() -> None:
        for q in queries:
            await searcher.search(registry, q, pages.MAX_RESULTS)

    try:
        searcher.prepare(registry)
        asyncio.run(run())
    finally:
        searcher.close()
    for q in queries:
        for lang in ("en", "ru", "uz-Latn"):
            page = made.get(f"{lang}/check", {"q": q}, gzip_ok=False).body
            assert page == whole.get(f"{lang}/check", {"q": q}, gzip_ok=False).body, (q, lang)
    assert len(registry._rows) == 0  # no whole agency was read in the server for these pages
    old = pages.stale(snap, day)
    assert old is (day != TODAY)
    kinds = set()
    for licence in licences:
        agency = snap.registry.agency(licence)
        assert agency is not None
        verdict = agency_verdict(agency, day, stale=old)
        kinds.add(verdict.kind)
        page = made.get("en/check", {"q": licence}, gzip_ok=False).body.decode()
        row = f"<span>{escape(licence)}</span>{pages._pill('en', verdict.kind, old)}</a></li>"
        assert row in page, licence
    expected = {Kind.LICENSED, Kind.EXPIRED, Kind.SUSPENDED, Kind.REVOKED} if day == TODAY else \
        {Kind.EXPIRED, Kind.SUSPENDED, Kind.REVOKED}
    assert kinds == expected


def test_searching_starts_no_thread_in_the_server(published: Deployment, tmp_path: Path) -> None:
    """The event loop itself sends searches to the process and reads the answers: a helper thread in the
    server (a process pool's feeder and manager) would hold the interpreter lock against the loop, and under
    load left the search process idle, waiting for its next search, a quarter of the time."""
    registry = _site(published.root, tmp_path / "phone").content.current().registry
    searcher = Searcher()
    before = threading.active_count()

    async def run() -> list[int]:
        counts = []
        for many in (["istiqbol", "global", "tez", "LX-2021"], ["servis", "ish"]):
            await asyncio.gather(*(searcher.search(registry, q, 20) for q in many))
            counts.append(threading.active_count())
        return counts

    try:
        searcher.prepare(registry)
        assert threading.active_count() == before
        assert asyncio.run(run()) == [before, before]
    finally:
        searcher.close()
    assert registry.found("istiqbol", 20) == registry.search("istiqbol", 20)


def test_a_search_process_that_dies_is_replaced(published: Deployment, tmp_path: Path) -> None:
    """Searches asked while the process dies are answered all the same (in a thread), and the next search
    starts a new process."""
    registry = _site(published.root, tmp_path / "phone").content.current().registry
    other = Registry.open(registry.path)
    searcher = Searcher()
    try:
        first = searcher.process_id()
        os.kill(first, signal.SIGKILL)

        async def run() -> None:
            await asyncio.gather(*(searcher.search(other, q, 20) for q in ("istiqbol", "global")))

        asyncio.run(run())
        assert other.found("istiqbol", 20) == registry.search("istiqbol", 20)
        assert other.found("global", 20) == registry.search("global", 20)
        second = searcher.process_id()
        assert second != first
        asyncio.run(searcher.search(other, "tez", 20))
        assert other.found("tez", 20) == registry.search("tez", 20)
    finally:
        searcher.close()


def test_the_server_searches_in_its_search_process(phone: Phone) -> None:
    first = phone.get("/m/ru/check?q=%D0%A2%D0%B5%D0%B7")  # "Тез"
    assert first.status == 200 and "Traceback" not in first.text
    assert phone.get("/m/ru/check?q=%D1%82%D0%B5%D0%B7%20").text.count("<li><a href=") == \
        first.text.count("<li><a href=")


# A server that starts its search process, says the process's pid, and waits to be killed.
_KILLED_SERVER = """
import os, sys, time
from server.phone import searcher as searcher_module
from server.phone.searcher import Searcher
searcher = Searcher()
print(searcher.process_id(), flush=True)
time.sleep(600)
"""


def test_the_search_process_does_not_outlive_a_killed_server(tmp_path: Path) -> None:
    """A server killed with SIGKILL cannot stop its search process; the process must notice and leave, or
    every crash of the server leaves one more process behind holding an old registry database open."""
    root = Path(__file__).resolve().parents[2]
    server = subprocess.Popen([sys.executable, "-c", _KILLED_SERVER], cwd=root, stdout=subprocess.PIPE,
                              text=True, env={**os.environ, "PYTHONPATH": str(root)})
    try:
        assert server.stdout is not None
        worker = int(server.stdout.readline())
    finally:
        server.send_signal(signal.SIGKILL)
        server.wait()
    deadline = time.monotonic() + 60  # a bound, not a timing: the process leaves within a second or two

    def alive() -> bool:
        try:
            os.kill(worker, 0)
        except ProcessLookupError:
            return False
        with open(f"/proc/{worker}/stat") as stat:  # a zombie waiting for init to reap it has left
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"

    while alive() and time.monotonic() < deadline:
        time.sleep(0.2)
    still = alive()
    if still:
        os.kill(worker, signal.SIGKILL)
    assert not still, "the search process outlived its killed server"


def test_searches_go_on_in_threads_when_no_search_process_starts(published: Deployment, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A process that cannot be started (no memory, no executable) costs each search a log line, never an
    answer, and the server does not spin trying to start it."""
    registry = _site(published.root, tmp_path / "phone").content.current().registry
    other = Registry.open(registry.path)
    searcher = Searcher()
    starts: list[int] = []

    def no_process(*_args: object, **_kwargs: object) -> None:
        starts.append(1)
        raise OSError(12, "Cannot allocate memory")

    monkeypatch.setattr(searcher_module.subprocess, "Popen", no_process)

    async def run() -> None:
        await asyncio.gather(*(searcher.search(other, q, 20) for q in ("istiqbol", "global", "tez")))

    try:
        searcher.prepare(other)
        asyncio.run(run())
    finally:
        searcher.close()
    for q in ("istiqbol", "global", "tez"):
        assert other.found(q, 20) == registry.search(q, 20)
    assert len(starts) <= 1 + 2  # at `prepare`, then the first search and one more try; then threads


def test_a_phone_that_leaves_does_not_cancel_the_search_for_the_others(published: Deployment,
                                                                       tmp_path: Path) -> None:
    registry = _site(published.root, tmp_path / "phone").content.current().registry
    other = Registry.open(registry.path)
    searcher = Searcher()

    async def run() -> None:
        phones = [asyncio.ensure_future(searcher.search(other, "Istiqbol", 20)) for _ in range(3)]
        await asyncio.sleep(0)
        phones[0].cancel()  # the first phone went away while its search ran
        await asyncio.gather(*phones[1:])
        assert phones[0].cancelled()

    try:
        asyncio.run(run())
    finally:
        searcher.close()
    assert other.found("Istiqbol", 20) == registry.search("Istiqbol", 20)


def _burst(searcher: Searcher, registry: Registry, queries: list[str], stopped_pid: int) -> tuple[int, int]:
    """Ask for `queries` all in one turn of a loop while the search process is stopped (SIGSTOP), in a
    thread of its own (a write to a full pipe would block it, not the test); then let the process go on
    and wait for every answer. Returns (requests in the pipe while it was stopped, their bytes)."""
    seen: list[tuple[int, int]] = []

    async def run() -> None:
        answered = asyncio.Event()
        left = set(queries)

        def then(query: str) -> Callable[[bool], None]:
            def done(found: bool) -> None:
                assert found, query
                left.discard(query)
                if not left:
                    answered.set()
            return done

        for query in queries:
            searcher.search_then(registry, query, 20, then(query))
        process = searcher._process
        assert process is not None
        assert process.in_pipe == sum(process.sent.values())
        seen.append((len(process.sent), process.in_pipe))
        os.kill(stopped_pid, signal.SIGCONT)
        await asyncio.wait_for(answered.wait(), 120)

    failed: list[BaseException] = []
    thread = threading.Thread(target=lambda: _record(failed, lambda: asyncio.run(run())), daemon=True)
    thread.start()
    thread.join(150)
    os.kill(stopped_pid, signal.SIGCONT)
    assert not thread.is_alive(), "the loop blocked writing to the search process's pipe"
    if failed:
        raise failed[0]
    return seen[0]


def _burst_while_stopped(published: Deployment, tmp_path: Path,
                         queries: list[str]) -> tuple[Registry, int, int]:
    """`_burst` on the published registry with a search process of its own, stopped first: the registry,
    then the requests in the pipe while the process was stopped and their bytes."""
    registry = _site(published.root, tmp_path / "phone").content.current().registry
    searcher = Searcher()
    try:
        searcher.prepare(registry)
        pid = searcher.process_id()
        os.kill(pid, signal.SIGSTOP)
        return (registry, *_burst(searcher, registry, queries, pid))
    finally:
        searcher.close()


def _record(failed: list[BaseException], run: Callable[[], None]) -> None:
    try:
        run()
    except BaseException as exc:  # noqa: BLE001 - handed to the test's thread
        failed.append(exc)


def test_a_burst_of_new_searches_is_in_the_pipe_at_once(published: Deployment, tmp_path: Path) -> None:
    """The first phones after a start or a publish all ask for new searches at once. They go into the
    pipe in that same turn, not a few at a time as answers come back (one batch per turn of a busy loop,
    some 13 ms each: 16 a turn held a burst of 500 searches for a third of a second and more)."""
    queries = [f"{word} {n}" for n in range(20) for word in ("tez", "ish", "global", "servis", "viza")]
    registry, count, size = _burst_while_stopped(published, tmp_path, queries)
    assert count == len(queries) == 100
    assert size <= searcher_module.PIPE_BYTES
    for query in queries:
        assert registry.found(query, 20) is not None


def test_the_pipe_never_takes_more_than_it_holds(published: Deployment, tmp_path: Path) -> None:
    """However long the searched texts, the requests in the pipe stay within `PIPE_BYTES`, which every
    pipe holds, so the loop never blocks writing one while the process is busy (here: stopped); the rest
    wait in the server and go as answers come back."""
    queries = [f"{n:03d} " + "Ўзбек" * 60 for n in range(300)]  # some 600 UTF-8 bytes each, 180 KB in all
    _registry, count, size = _burst_while_stopped(published, tmp_path, queries)
    assert 0 < size <= searcher_module.PIPE_BYTES < 64 * 1024
    assert count < len(queries)


def _may_raise_priority(step: int) -> bool:
    """Whether a process started here may run `step` nice levels ahead of this one (root, CAP_SYS_NICE or
    RLIMIT_NICE), asked of a throwaway process."""
    probe = ("import os; os.setpriority(os.PRIO_PROCESS, 0, os.getpriority(os.PRIO_PROCESS, 0) - "
             f"{step})")
    return subprocess.run([sys.executable, "-c", probe], capture_output=True, check=False).returncode == 0


def test_the_search_process_runs_ahead_of_the_server(published: Deployment, tmp_path: Path) -> None:
    """Phones asking a new search wait on this one process: on a busy machine it is given the CPU before
    the server's own threads (docs/phone.md, Speed), and it searches as before."""
    if not _may_raise_priority(registry_reader.PRIORITY_STEP):
        pytest.skip("this user may not raise a process's priority (no CAP_SYS_NICE or RLIMIT_NICE)")
    registry = _site(published.root, tmp_path / "phone").content.current().registry
    searcher = Searcher()
    try:
        asyncio.run(searcher.search(registry, "istiqbol", 20))
        pid = searcher.process_id()
        assert os.getpriority(os.PRIO_PROCESS, pid) == \
            os.getpriority(os.PRIO_PROCESS, 0) - registry_reader.PRIORITY_STEP
        assert registry.found("istiqbol", 20) == registry.search("istiqbol", 20)
    finally:
        searcher.close()


def test_a_search_process_not_allowed_to_run_ahead_says_so_once(monkeypatch: pytest.MonkeyPatch,
                                                               caplog: pytest.LogCaptureFixture) -> None:
    """Without the permission the process runs at the server's priority: one line says why, nothing fails."""
    def refuse(_which: int, _who: int, _value: int) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "setpriority", refuse)
    with caplog.at_level("WARNING", logger=registry_reader.__name__):
        assert registry_reader.run_ahead() is False
    assert [r.getMessage() for r in caplog.records] == [
        "search process: runs at the server's priority (raising it by 10 needs CAP_SYS_NICE or "
        "RLIMIT_NICE; docs/phone.md): Permission denied"]
