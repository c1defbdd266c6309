"""A kiosk-server and its byte-counting proxy in a process of their own, for benchmarks that measure the
kiosk: served from threads of the measured process, uvicorn and the proxy would hold its GIL and their
stalls would be counted as the kiosk's.

    served = ServerProcess(deploy_dir).start()   # served.url is the proxy's
    served.reset_counts(); ...; counts = served.counts()   # bytes_in, bytes_out, log as FaultProxy's
    served.stop()

The child is `python -m tests.testkit.server_process DEPLOY_DIR`: it prints the proxy's URL, then answers
`reset` and `counts` lines on stdin, and stops at the end of its input.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Counts:
    bytes_in: int  # bytes the kiosk sent (FaultProxy's naming)
    bytes_out: int  # bytes the kiosk received
    log: list[tuple[str, str, str]]  # (method, path, mode) per request


class ServerProcess:
    def __init__(self, deploy_dir: Path) -> None:
        self.deploy_dir = deploy_dir
        self.url = ""
        self._child: subprocess.Popen[str] | None = None

    def start(self) -> ServerProcess:
        self._child = subprocess.Popen([sys.executable, "-m", "tests.testkit.server_process",
                                        str(self.deploy_dir)], cwd=REPO_ROOT, stdin=subprocess.PIPE,
                                       stdout=subprocess.PIPE, text=True)
        self.url = self._ask("")["url"]
        return self

    def reset_counts(self) -> None:
        self._ask("reset")

    def counts(self) -> Counts:
        answer = self._ask("counts")
        return Counts(answer["bytes_in"], answer["bytes_out"], [tuple(entry) for entry in answer["log"]])

    def stop(self) -> None:
        if self._child is not None:
            assert self._child.stdin is not None
            self._child.stdin.close()
            self._child.wait(timeout=30)
            self._child = None

    def _ask(self, command: str) -> dict:
        assert self._child is not None and self._child.stdin is not None and self._child.stdout is not None
        if command:
            self._child.stdin.write(command + "\n")
            self._child.stdin.flush()
        line = self._child.stdout.readline()
        if not line:
            raise RuntimeError(f"the server process ended (exit code {self._child.wait()})")
        return json.loads(line)


def main(deploy_dir: Path) -> None:
    from tests.testkit.proxy import FaultProxy
    from tests.testkit.serve import ServerThread

    server = ServerThread(deploy_dir).start()
    proxy = FaultProxy(server.port).start()

    def say(value: dict) -> None:
        print(json.dumps(value), flush=True)

    say({"url": proxy.url})
    for line in sys.stdin:
        if line.strip() == "reset":
            proxy.reset_counts()
            say({})
        elif line.strip() == "counts":
            say({"bytes_in": proxy.bytes_in, "bytes_out": proxy.bytes_out, "log": proxy.log})
    proxy.stop()
    server.stop()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
