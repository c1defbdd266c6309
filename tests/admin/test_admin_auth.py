"""The PIN hash, the lockout that survives a restart, the log of every attempt, and `set_pin`."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from kiosk.app.config import load_config
from kiosk.services import admin_auth
from kiosk.services.admin_auth import (
    LOCK_SECONDS,
    MAX_FAILURES,
    Outcome,
    PinGate,
    hash_pin,
    parse_hash,
    set_pin,
    verify_pin,
)
from kiosk.services.state import StateStore
from tests.admin.conftest import PIN, FakeClock


def test_hash_is_salted_self_describing_scrypt(pin_hash: str) -> None:
    scheme, n, r, p, salt, digest = pin_hash.split("$")
    assert (scheme, n, r, p) == ("scrypt", "16384", "8", "1")
    assert salt
    assert digest
    assert PIN not in pin_hash
    assert hash_pin(PIN) != pin_hash  # a fresh random salt every time


def test_verify_accepts_the_pin_and_nothing_else(pin_hash: str) -> None:
    assert verify_pin(PIN, pin_hash)
    for wrong in ("482917", "48291", "4829160", "", "0000"):
        assert not verify_pin(wrong, pin_hash)


@pytest.mark.parametrize(
    "stored",
    ["", "plain-text-pin", "scrypt$16384$8$1$c2FsdA==",
     "bcrypt$16384$8$1$AAAAAAAAAAA=$AAAAAAAAAAAAAAAAAAAAAA==",
     "scrypt$1073741824$8$1$AAAAAAAAAAA=$AAAAAAAAAAAAAAAAAAAAAA==",  # a tampered cost: minutes and gigabytes
     "scrypt$16384$8$1$not base64!$AAAA", "scrypt$1000$8$1$AAAAAAAAAAA=$AAAAAAAAAAAAAAAAAAAAAA=="],
)  # fmt: skip
def test_malformed_or_dangerous_hashes_match_nothing(stored: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Rejected before any scrypt runs: a tampered cost can never make a check take minutes."""
    def no_scrypt(*_args: object) -> bytes:
        raise AssertionError("scrypt ran for a hash that should have been refused")

    monkeypatch.setattr(admin_auth, "_scrypt", no_scrypt)
    assert parse_hash(stored) is None
    assert not verify_pin(PIN, stored)


@pytest.mark.parametrize("pin", ["12345", "1234567890123", "12a456", "١٢٣٤٥٦", " 123456"])
def test_only_6_to_12_ascii_digits_make_a_pin(pin: str) -> None:
    with pytest.raises(ValueError):
        hash_pin(pin)


def test_five_wrong_pins_lock_for_15_minutes_even_across_a_restart(
    tmp_path: Path, pin_hash: str, caplog: pytest.LogCaptureFixture
) -> None:
    clock = FakeClock()
    state = StateStore(tmp_path)
    gate = PinGate(pin_hash, state, clock=clock)
    with caplog.at_level(logging.WARNING, "kiosk.admin"):
        outcomes = [gate.attempt("000000") for _ in range(MAX_FAILURES)]
        assert outcomes == [Outcome.WRONG] * (MAX_FAILURES - 1) + [Outcome.LOCKED]
        assert gate.attempt(PIN) is Outcome.LOCKED  # even the right PIN, while locked
    assert gate.locked_seconds() == LOCK_SECONDS
    assert gate.locked_minutes() == 15
    failures = [r for r in caplog.records if "wrong" in r.getMessage()]
    assert len(failures) == MAX_FAILURES
    assert all(r.name == "kiosk.admin" for r in caplog.records)
    assert not any(PIN in r.getMessage() or "000000" in r.getMessage() for r in caplog.records)
    state.close()

    clock.now += 14 * 60  # the power was cut; the kiosk starts again 14 minutes later
    state = StateStore(tmp_path)
    gate = PinGate(pin_hash, state, clock=clock)
    assert gate.attempt(PIN) is Outcome.LOCKED
    assert gate.locked_minutes() == 1
    clock.now += 60
    with caplog.at_level(logging.WARNING, "kiosk.admin"):
        assert gate.attempt(PIN) is Outcome.OK
    assert "admin entry" in caplog.records[-1].getMessage()
    assert gate.attempts_left() == MAX_FAILURES
    state.close()


def test_a_right_pin_resets_the_failure_count(tmp_path: Path, pin_hash: str) -> None:
    state = StateStore(tmp_path)
    gate = PinGate(pin_hash, state, clock=FakeClock())
    for _ in range(MAX_FAILURES - 1):
        assert gate.attempt("111111") is Outcome.WRONG
    assert gate.attempts_left() == 1
    assert gate.attempt(PIN) is Outcome.OK
    assert gate.attempt("111111") is Outcome.WRONG
    assert gate.attempts_left() == MAX_FAILURES - 1
    state.close()


def test_a_clock_set_back_never_lengthens_the_lock(tmp_path: Path, pin_hash: str) -> None:
    clock = FakeClock()
    state = StateStore(tmp_path)
    gate = PinGate(pin_hash, state, clock=clock)
    for _ in range(MAX_FAILURES):
        gate.attempt("000000")
    clock.now -= 365 * 86400  # the RTC battery died
    assert gate.locked_seconds() == LOCK_SECONDS
    state.close()


def test_no_pin_configured_disables_admin_entry_and_says_so(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    state = StateStore(tmp_path)
    with caplog.at_level(logging.WARNING, "kiosk.admin"):
        gate = PinGate("", state)
        assert not gate.enabled
        assert gate.attempt("1234") is Outcome.DISABLED
    assert "admin entry disabled" in caplog.records[0].getMessage()
    state.close()


def test_set_pin_keeps_every_other_line(data_dir: Path) -> None:
    original = '# installed by the technician\nkiosk_id = "TAS-T2-04"\n\nidle_timeout_s = 90  # busy hall\n'
    (data_dir / "kiosk.toml").write_text(original, encoding="utf-8")
    set_pin(data_dir, "246810")
    text = (data_dir / "kiosk.toml").read_text(encoding="utf-8")
    assert text.startswith(original)
    config = load_config(data_dir)
    assert config.kiosk_id == "TAS-T2-04"
    assert config.idle_timeout_s == 90
    assert verify_pin("246810", config.admin_pin_hash)

    set_pin(data_dir, "9753102")  # a second time replaces the line, keeps the rest
    text = (data_dir / "kiosk.toml").read_text(encoding="utf-8")
    assert text.count("admin_pin_hash") == 1
    assert text.startswith(original)
    assert verify_pin("9753102", load_config(data_dir).admin_pin_hash)
    assert sorted(p.name for p in data_dir.iterdir()) == ["kiosk.toml"]  # no temporary file left


def test_set_pin_creates_the_file_and_puts_the_key_before_any_table(data_dir: Path) -> None:
    set_pin(data_dir, "135791")
    assert verify_pin("135791", load_config(data_dir).admin_pin_hash)
    (data_dir / "kiosk.toml").write_text('kiosk_id = "X"\n[future]\nkey = 1\n', encoding="utf-8")
    set_pin(data_dir, "135791")
    lines = (data_dir / "kiosk.toml").read_text(encoding="utf-8").splitlines()
    assert lines.index("[future]") > next(i for i, x in enumerate(lines) if x.startswith("admin_pin_hash"))


def test_set_pin_refuses_a_bad_pin_and_leaves_the_file_alone(data_dir: Path) -> None:
    (data_dir / "kiosk.toml").write_text('kiosk_id = "X"\n', encoding="utf-8")
    with pytest.raises(ValueError):
        set_pin(data_dir, "12")
    assert (data_dir / "kiosk.toml").read_text(encoding="utf-8") == 'kiosk_id = "X"\n'


def test_lockouts_in_a_row_grow_15_minutes_1_hour_4_hours(tmp_path: Path, pin_hash: str) -> None:
    """Old code locked for 15 minutes every time: five tries per 15 minutes let a 4-digit PIN fall in
    about ten days. Now each lockout in a row is four times longer, until a correct PIN."""
    clock = FakeClock()
    state = StateStore(tmp_path)
    gate = PinGate(pin_hash, state, clock=clock)
    for minutes in (15, 60, 240, 960, 1440, 1440):
        for _ in range(MAX_FAILURES):
            gate.attempt("000000")
        assert gate.locked_minutes() == minutes
        clock.now += minutes * 60
        assert gate.locked_seconds() == 0
    assert gate.attempt(PIN) is Outcome.OK  # the right PIN ends the escalation
    for _ in range(MAX_FAILURES):
        gate.attempt("000000")
    assert gate.locked_minutes() == 15
    state.close()


def test_a_new_technician_pin_has_at_least_6_digits(data_dir: Path) -> None:
    with pytest.raises(ValueError, match="6 to 12 digits"):
        set_pin(data_dir, "1234")
    set_pin(data_dir, "123456")
