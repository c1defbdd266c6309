"""The desk publishes a registry upload by rendering only the rows that changed, keeps what it needs for
the next publish, and builds in full whenever that cannot be trusted; kiosks get the same files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from admin.console.desk import Desk, PublishRefused
from admin.console.published import BUNDLE, TEXT
from content.registry_diff import diff_files
from sync import keys
from sync.publisher import Publisher
from sync.store import DirStore
from tests.console.conftest import FIXTURE
from tests.content.test_registry_rows import agency, edited, write


@pytest.fixture
def desk(tmp_path: Path) -> Desk:
    source, deploy = tmp_path / "source", tmp_path / "deploy"
    shutil.copytree(FIXTURE, source)
    ring = keys.generate({r: 1 for r in (*keys.OFFLINE_ROLES, *keys.ONLINE_ROLES)})
    keys.save(ring, deploy / "keys" / "offline", keys.OFFLINE_ROLES)
    keys.save(ring, deploy / "keys" / "online", keys.ONLINE_ROLES)
    Publisher.create(DirStore(deploy / "repository"), ring)
    desk = Desk(source, deploy)
    desk.workspace.replace_registry(write([agency(n) for n in range(300)]))
    assert desk.publish("ada").rendered_rows is None  # nothing kept yet: a full build
    return desk


def published_targets(desk: Desk) -> dict[str, bytes]:
    """The registry files kiosks download, by signed path (the repository's names are content hashes)."""
    publisher = Publisher(DirStore(desk.deploy / "repository"), desk.keyring())
    paths = [p for role in publisher.roles.values() for p in role.signed.targets]
    return {p: publisher.target_bytes(p) or b"" for p in sorted(paths)}


def test_an_upload_is_checked_and_published_row_by_row(desk: Desk, tmp_path: Path) -> None:
    upload = write(edited([agency(n) for n in range(300)]))
    assert desk.check_upload(upload) == []
    assert diff_files(desk.workspace.registry_bytes(), upload).counts["unchanged"] == 297
    desk.workspace.replace_registry(upload)
    result = desk.publish("ada")
    assert result.rendered_rows == 4
    assert "1 agency revoked" in result.summary
    incremental = published_targets(desk)

    other = Desk(shutil.copytree(desk.workspace.source, tmp_path / "again"), tmp_path / "deploy2")
    assert other.last_bundle.previous() is None
    shutil.copytree(desk.deploy / "keys", other.deploy / "keys")
    Publisher.create(DirStore(other.deploy / "repository"), other.keyring())
    shutil.rmtree(other.published)
    shutil.copytree(FIXTURE, other.published)  # its last publish was the fixture: a full build now
    assert other.publish("ada").rendered_rows is None
    assert published_targets(other) == incremental


def test_a_bad_row_in_an_upload_is_found_without_a_full_check(desk: Desk,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("content.registry_diff.read_upload", None)  # the full check must not run
    rows = [agency(n) for n in range(300)]
    rows[7]["tin"] = "12"
    rows[8]["licence_no"] = rows[9]["licence_no"]
    problems = desk.check_upload(write(rows))
    assert any(":9: tin (tax id) must be exactly 9 digits, not '12'" in p for p in problems)
    assert any(":11: duplicate licence number 'LX-00009' (first on line 10)" in p for p in problems)


@pytest.mark.parametrize("spoil", [
    lambda state: (state / BUNDLE / "registry" / "agencies-3.json").write_bytes(b"{}"),
    lambda state: (state / TEXT).write_text("licence_no\n", encoding="utf-8"),
    lambda state: shutil.rmtree(state / BUNDLE),
])
def test_a_spoilt_desk_state_means_a_full_build(desk: Desk, spoil) -> None:
    spoil(desk.state)
    desk.last_bundle = type(desk.last_bundle)(desk.state)  # a console started afresh (a running one
    assert desk.last_bundle.previous() is None               # keeps the copy it checked, in memory)
    rows = [agency(n) for n in range(300)]
    rows[0]["address"] = "Moved"
    desk.workspace.replace_registry(write(rows))
    assert desk.publish("ada").rendered_rows is None
    rows[1]["address"] = "Moved too"
    desk.workspace.replace_registry(write(rows))
    assert desk.publish("ada").rendered_rows == 1  # trusted again after the full build


def test_a_refused_publish_keeps_what_was_published(desk: Desk) -> None:
    kept = desk.last_bundle.previous()
    rows = [agency(n) for n in range(300)]
    rows[5]["tin"] = "bad"
    desk.workspace.replace_registry(write(rows))
    with pytest.raises(PublishRefused, match="tin"):
        desk.publish("ada")
    assert desk.last_bundle.previous() is kept


def test_an_upload_is_read_once_from_check_to_published(desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    """The diff and the publish reuse the rows the upload check read and checked (content.registry_rows
    `Previous.scanned`): the file is read once, and the same diff is not worked out again for the summary."""
    import content.registry_diff as registry_diff
    import content.registry_rows as registry_rows

    reads: list[int] = []
    real_read = registry_rows.read_table
    monkeypatch.setattr(registry_rows, "read_table", lambda text, *a: reads.append(len(text)) or real_read(
        text, *a))
    monkeypatch.setattr(registry_diff, "_raw_rows", None)  # neither file is read by the diff
    upload = write(edited([agency(n) for n in range(300)]))
    assert desk.check_upload(upload) == []
    shown = desk.diff_upload(upload)
    assert shown.counts["unchanged"] == 297 and shown.problems == []
    desk.workspace.replace_registry(upload)
    result = desk.publish("ada")
    assert result.rendered_rows == 4 and "1 agency revoked" in result.summary
    assert len(reads) == 1
    assert desk.diff_upload(upload).empty  # the sources are the upload now


def test_the_diff_shown_is_the_plain_diff(desk: Desk) -> None:
    rows = [agency(n) for n in range(300)]
    upload = write(edited(rows))
    assert desk.check_upload(upload) == []
    fast = desk.diff_upload(upload)
    plain = diff_files(desk.workspace.registry_bytes() + b"\n", upload)  # other bytes: read afresh
    assert fast.counts == plain.counts and fast.problems == plain.problems
    assert [c.key for c in fast.status_changed] == [c.key for c in plain.status_changed]
    assert [c.fields for c in fast.details_changed] == [c.fields for c in plain.details_changed]
