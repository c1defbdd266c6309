"""`kiosk-server phone`: the phone edition alone, from several processes on one port (server/phone/pool.py).
Started as a user starts it, as a command; the processes share the port, each keeps its own copy of the
content, one that dies is started again, and all of them stop with the command."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from server.phone.pool import POOL_DIR
from tests.phone.conftest import ROOT, Phone, sample_agencies, until
from tests.testkit.serve import Deployment


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _slot(port: int) -> int | None:
    """Which process answers a new connection (None while it loads or when none listens)."""
    try:
        answer = Phone(port).get("/health")
    except OSError:
        return None
    found = json.loads(answer.body)
    return int(found["slot"]) if found["status"] == "ok" else None


def _wait_for_both_slots(port: int) -> None:
    """Until new connections have reached both processes (the kernel spreads them over the two)."""
    seen: set[int] = set()

    def both() -> bool:
        slot = _slot(port)
        if slot is not None:
            seen.add(slot)
        return seen == {0, 1}

    until(both, what="both processes answering")


def _children(pid: int) -> list[int]:
    return [int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


def _descendants(pid: int) -> list[int]:
    found = []
    for child in _children(pid):
        found += [child, *_descendants(child)]
    return found


def _servers(pid: int) -> list[int]:
    """The command's page-serving processes (not multiprocessing's resource tracker)."""
    return [child for child in _children(pid) if "spawn_main" in _cmdline(child)]


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _command(*args: str) -> list[str]:
    return [sys.executable, "-m", "server", *args]


@pytest.fixture()
def pool(published: Deployment, tmp_path: Path) -> Iterator[tuple[subprocess.Popen[bytes], int, Path]]:
    port = _free_port()
    log = tmp_path / "pool.log"
    with open(log, "wb") as out:
        command = subprocess.Popen(_command("phone", "--deploy", str(published.root), "--port", str(port),
                                            "--processes", "2"), cwd=ROOT, stdout=out, stderr=out,
                                   env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        yield command, port, log
    finally:
        if command.poll() is None:
            command.send_signal(signal.SIGTERM)
            try:
                command.wait(30)
            except subprocess.TimeoutExpired:
                for pid in _descendants(command.pid):
                    os.kill(pid, signal.SIGKILL)
                command.kill()
                command.wait(10)


def test_two_processes_share_the_port_and_serve_the_same_pages(pool, published: Deployment) -> None:
    command, port, log = pool
    _wait_for_both_slots(port)
    assert (published.root / POOL_DIR / "0").is_dir() and (published.root / POOL_DIR / "1").is_dir()
    phone = Phone(port)
    revoked = sample_agencies()["revoked"]
    pages = {path: phone.get(path) for path in ("/m/ru/", "/m/uz-Latn/article/employer-pays",
                                                f"/m/en/agency/{revoked}", "/m/kk/check?q=Istiqbol")}
    for path, answer in pages.items():
        assert answer.status == 200, path
        assert 'class="sample"' in answer.text, path  # labelled SAMPLE in every language
    for _ in range(8):  # whichever process answers, the page is the same
        assert phone.get(f"/m/en/agency/{revoked}").body == pages[f"/m/en/agency/{revoked}"].body
    assert phone.get("/operator/").status == 404  # the staff console stays with kiosk-server
    assert phone.get("/m/xx/").status == 302
    text = log.read_text(encoding="utf-8", errors="replace")
    assert "/m/kk/check" in text  # the access log is on, and scrubbed as kiosk-server's is
    assert "Istiqbol" not in text and "127.0.0.1" not in text and revoked not in text
    assert "Traceback" not in text


def test_a_process_that_dies_is_started_again_and_all_stop_with_the_command(pool) -> None:
    command, port, _log = pool
    _wait_for_both_slots(port)
    servers = _servers(command.pid)
    assert len(servers) == 2
    os.kill(servers[0], signal.SIGKILL)
    until(lambda: servers[0] not in _servers(command.pid) and len(_servers(command.pid)) == 2,
           what="a new process in place of the dead one")
    _wait_for_both_slots(port)  # the new process took the dead one's slot (and its copy of the content)
    everyone = _descendants(command.pid)
    command.send_signal(signal.SIGTERM)
    assert command.wait(60) == 0
    until(lambda: not any(_alive(pid) for pid in everyone), timeout_s=30, what="every process ended")


def test_bad_use_is_one_line_and_starts_nothing(published: Deployment, tmp_path: Path) -> None:
    busy = socket.socket()
    busy.bind(("127.0.0.1", 0))
    busy.listen()
    try:
        port = busy.getsockname()[1]
        cases = {
            "port in use": ["phone", "--deploy", str(published.root), "--port", str(port)],
            "not a deployment": ["phone", "--deploy", str(tmp_path / "nothing"), "--port", str(_free_port())],
            "no processes": ["phone", "--deploy", str(published.root), "--processes", "0"],
        }
        for case, args in cases.items():
            done = subprocess.run(_command(*args), cwd=ROOT, capture_output=True, text=True, timeout=60,
                                  env={**os.environ, "PYTHONPATH": str(ROOT)})
            assert done.returncode == 2, case
            assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr, case
            assert done.stderr.startswith("kiosk-server: "), case
    finally:
        busy.close()
    assert not (tmp_path / "nothing").exists()
