"""A poll looks registry parts up again only in the hash bins whose signed version changed; what it
remembers of the others never outlives their expiry, a change of the delegations or a failed poll."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from tuf.ngclient import Updater

from sync import layout
from sync.bins import PartLookup
from sync.repo_init import Settings
from tests.sync.helpers import Kiosk, query, set_agency_status
from tests.testkit.serve import Deployment


def _part_lookups(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every registry part name python-tuf is asked for."""
    asked: list[str] = []
    plain = Updater.get_targetinfo

    def counting(self: Updater, path: str):  # noqa: ANN202 - Updater's own signature
        if layout.is_part(path):
            asked.append(path)
        return plain(self, path)

    monkeypatch.setattr(Updater, "get_targetinfo", counting)
    return asked


def _parts(kiosk: Kiosk) -> PartLookup:
    client = kiosk.runner._client  # noqa: SLF001 - the lookup memory of the kiosk's one client
    assert client is not None
    return client.parts


def test_a_one_agency_change_looks_up_the_parts_of_one_bin(
    kiosk: Kiosk, deployment: Deployment, source: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _part_lookups(monkeypatch)
    set_agency_status(source, "0123", "revoked")
    report = deployment.publish_source(source)
    assert kiosk.runner.run_once(deliver=False).changed
    resigned = [role for role in report.roles if role.startswith(layout.BIN_PREFIX)]
    assert 1 <= len(resigned) <= 2  # the changed part's bin (and registry/warnings.json's, for its "as of")
    by_bin = _parts(kiosk)._by_bin  # noqa: SLF001 - which part names each bin is asked for
    assert sorted(asked) == sorted(name for role in resigned for name in by_bin.get(role, []))
    assert len(asked) < 16**layout.DEFAULT_PART_DIGITS / 10  # was: every part name, 4,096
    assert query(kiosk.data_dir, "SELECT status FROM agencies WHERE licence_no = '0123'") == [("revoked",)]
    assert _parts(kiosk).remembered == 2 ** Settings().bin_bits


def test_a_remembered_bin_past_its_expiry_is_looked_up_again(kiosk: Kiosk) -> None:
    parts = _parts(kiosk)
    names = [layout.part_path(p) for p in layout.part_prefixes(layout.DEFAULT_PART_DIGITS)]
    asked: list[str] = []

    class Walker:  # stands in for python-tuf, which would refuse the expired bin
        def get_targetinfo(self, path: str) -> None:
            asked.append(path)

    now = datetime.now(UTC)
    parts.find(Walker(), names, now, lambda: None)  # type: ignore[arg-type]
    assert asked == []  # nothing changed: every bin remembered
    parts.find(Walker(), names, now + timedelta(days=3660), lambda: None)  # type: ignore[arg-type]
    assert sorted(asked) == sorted(names)


def test_a_failed_poll_forgets_every_bin(kiosk: Kiosk, deployment: Deployment, source: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    assert _parts(kiosk).remembered > 0
    set_agency_status(source, "0123", "revoked")
    deployment.publish_source(source)

    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("sync.assemble.assemble", broken)
    result = kiosk.runner.run_once(deliver=False)
    assert result.status["last_error"] is not None
    assert _parts(kiosk).remembered == 0
    monkeypatch.undo()
    asked = _part_lookups(monkeypatch)
    assert kiosk.runner.run_once(deliver=False).changed
    assert len(asked) == 16**layout.DEFAULT_PART_DIGITS
