"""deploy/: the systemd unit says what the kiosk relies on and agrees with the README and the session."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.shell.lockdown import EXIT_MARKER, EXIT_RESTART, EXIT_TO_DESKTOP

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
UNIT = DEPLOY / "systemd" / "migration-kiosk.service"
SESSION = DEPLOY / "cage" / "kiosk-session"
README = DEPLOY / "README.md"


def parse_unit(path: Path) -> dict[str, dict[str, list[str]]]:
    """systemd's INI dialect: repeated keys add values; `#` and `;` lines are comments."""
    sections: dict[str, dict[str, list[str]]] = {}
    current: dict[str, list[str]] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line[0] in "#;":
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], {})
            continue
        key, sep, value = line.partition("=")
        assert sep, f"not a key=value line: {raw!r}"
        current.setdefault(key.strip(), []).append(value.strip())
    return sections


def one(section: dict[str, list[str]], key: str) -> str:
    assert key in section, f"{key}= missing"
    return section[key][-1]


def test_unit_restarts_watches_and_limits() -> None:
    unit = parse_unit(UNIT)
    service, meta = unit["Service"], unit["Unit"]
    assert one(service, "Type") == "notify"
    assert one(service, "NotifyAccess") == "all"
    assert one(service, "Restart") == "always"
    assert 10 <= int(one(service, "WatchdogSec")) <= 120
    assert 3 <= int(one(meta, "StartLimitBurst")) <= 20
    assert int(one(meta, "StartLimitIntervalSec")) >= 60
    assert str(EXIT_TO_DESKTOP) in one(service, "RestartPreventExitStatus").split()
    assert str(EXIT_RESTART) not in one(service, "RestartPreventExitStatus").split()
    environment = dict(e.split("=", 1) for e in service["Environment"])
    assert environment["KIOSK_DATA_DIR"] == "/var/lib/migration-kiosk"
    assert one(service, "StateDirectory") == "migration-kiosk" == one(service, "LogsDirectory")
    assert one(unit["Install"], "WantedBy") == "graphical.target"


def test_execstart_is_what_the_readme_installs() -> None:
    exec_start = one(parse_unit(UNIT)["Service"], "ExecStart").split()[0]
    readme = README.read_text(encoding="utf-8")
    installed = re.findall(r"install -m 0755 deploy/cage/kiosk-session (\S+)", readme)
    assert installed == [exec_start]
    kiosk = re.search(r'"\$\{CAGE:-/usr/bin/cage\}" -d -- (\S+) run', SESSION.read_text(encoding="utf-8"))
    assert kiosk is not None
    assert f"gives {kiosk.group(1)}" in readme  # the PyInstaller folder's command
    assert f"tee {kiosk.group(1)} " in readme  # the source-checkout wrapper lands on the same path


def test_logrotate_matches_the_logs_directory_and_user() -> None:
    unit = parse_unit(UNIT)["Service"]
    rules = (DEPLOY / "logrotate" / "migration-kiosk").read_text(encoding="utf-8")
    assert f"/var/log/{one(unit, 'LogsDirectory')}/*.log" in rules
    assert f"su {one(unit, 'User')} {one(unit, 'Group')}" in rules


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX shell script")
@pytest.mark.parametrize(
    ("kiosk_exit", "leave_marker", "expected"),
    [(0, False, 0), (EXIT_RESTART, False, EXIT_RESTART), (134, False, 134), (0, True, EXIT_TO_DESKTOP)],
)
def test_session_script_turns_an_admin_exit_into_a_stop(
    tmp_path: Path, kiosk_exit: int, leave_marker: bool, expected: int
) -> None:
    fake_cage = tmp_path / "cage"
    touch = f'touch "$RUNTIME_DIRECTORY/{EXIT_MARKER}"' if leave_marker else ":"
    fake_cage.write_text(f'#!/bin/sh\necho "$@" > "$RUNTIME_DIRECTORY/args"\n{touch}\nexit {kiosk_exit}\n')
    fake_cage.chmod(0o755)
    (tmp_path / EXIT_MARKER).write_text("left over from an earlier run\n")
    env = {**os.environ, "CAGE": str(fake_cage), "RUNTIME_DIRECTORY": str(tmp_path)}
    result = subprocess.run(["sh", str(SESSION)], env=env, timeout=20, check=False)
    assert result.returncode == expected
    assert (tmp_path / "args").read_text().split() == ["-d", "--", "/opt/migration-kiosk/kiosk", "run"]
    assert not (tmp_path / EXIT_MARKER).exists()
