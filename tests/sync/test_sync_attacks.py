"""Forged repositories served by the real server: every attack is rejected, content.db stays byte-identical,
and the error class is recorded where `kiosk status` shows it. The forgeries follow python-tuf's
tests/repository_simulator.py: legitimate publishing, then one thing changed the way an attacker would."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from securesystemslib.signer import CryptoSigner
from tuf.api.metadata import Metadata

from admin.alerts import AlertDraft, with_alert
from sync.errors import REJECTED
from sync.publisher import Publisher, utcnow
from tests.sync.helpers import Kiosk, db_digest, edit_article, make_kiosk, set_agency_status
from tests.testkit.proxy import FaultProxy
from tests.testkit.serve import Deployment, ServerThread, new_deployment


def _new_alerts(publisher: Publisher) -> bytes:
    alert = AlertDraft(
        id="forged",
        lang="en",
        title="Pay us to get a visa",
        summary="Send money to this card.",
        red_flags=["None"],
        actions=["Pay now"],
        qr="https://example.org/alerts/forged",
    )
    return with_alert(publisher.target_bytes("alerts.json"), alert)


def _target_file(deployment: Deployment, path: str) -> Path:
    publisher = deployment.publisher()
    role = publisher.roles[publisher._role_for(path)]  # noqa: SLF001 - the attacker knows the layout
    info = role.signed.targets[path]
    folder, _, base = path.rpartition("/")
    name = f"{folder + '/' if folder else ''}{info.hashes['sha256']}.{base}"
    return deployment.root / "repository" / "targets" / name


def tampered_target(deployment: Deployment, source: Path) -> None:
    """A new alerts.json is published; then its bytes are changed on the server, keeping the length."""
    publisher = deployment.publisher()
    publisher.publish_alerts(_new_alerts(publisher))
    path = _target_file(deployment, "alerts.json")
    data = bytearray(path.read_bytes())
    data[data.index(b"Pay now")] = ord("W")
    path.write_bytes(bytes(data))


def longer_target(deployment: Deployment, source: Path) -> None:
    publisher = deployment.publisher()
    publisher.publish_alerts(_new_alerts(publisher))
    path = _target_file(deployment, "alerts.json")
    path.write_bytes(path.read_bytes() + b" " * 100)


def wrong_key(deployment: Deployment, source: Path) -> None:
    """Someone holding only the server's online keys signs a new alerts role with a key of their own."""
    publisher = deployment.publisher()
    data = _new_alerts(publisher)
    from tuf.api.metadata import TargetFile

    info = TargetFile.from_data("alerts.json", data, ["sha256"])
    publisher.store.write(f"targets/{info.hashes['sha256']}.alerts.json", data)
    role = publisher.roles["alerts"]
    role.signed.targets = {"alerts.json": info}
    publisher.write_role("alerts", role, signers=[CryptoSigner.generate_ed25519()])
    publisher.commit(["alerts"])


def replayed_timestamp(deployment: Deployment, source: Path) -> Callable[[], None]:
    """An old (still unexpired) timestamp is served again after the kiosk has seen a newer one."""
    old = deployment.store.read("metadata/timestamp.json")
    edit_article(source, "A legitimate change the kiosk applies first.")
    deployment.publish_source(source)

    def replay() -> None:
        assert old is not None
        deployment.store.write("metadata/timestamp.json", old)

    return replay


def expired_timestamp(deployment: Deployment, source: Path) -> None:
    """A freeze: the server keeps offering a timestamp that expired yesterday (with a change behind it)."""
    stale = Publisher(deployment.store, deployment.keyring, clock=lambda: utcnow() - timedelta(days=2))
    edit_article(source, "Content the attacker wants to keep hidden behind a frozen timestamp.")
    from sync.publisher import build_files

    files, manifest = build_files(source, deployment.root / "build-stale")
    stale.publish_bundle(files, manifest)


def snapshot_mismatch(deployment: Deployment, source: Path) -> None:
    """The snapshot names alerts version N, but the file served under that name is another version."""
    publisher = deployment.publisher()
    publisher.publish_alerts(_new_alerts(publisher))
    version = publisher.roles["alerts"].signed.version
    role = publisher.roles["alerts"]
    publisher.write_role("alerts", role)  # a legitimately signed version N+1 that no snapshot lists
    deployment.store.write(
        f"metadata/{version}.alerts.json", deployment.store.read(f"metadata/{version + 1}.alerts.json") or b""
    )


def snapshot_rolls_back_a_role(deployment: Deployment, source: Path) -> Callable[[], None]:
    """After the kiosk saw content role version N, a snapshot signed with the online key lists N-1."""
    edit_article(source, "A legitimate change the kiosk applies first.")
    deployment.publish_source(source)

    def forge() -> None:
        publisher = deployment.publisher()
        meta = publisher.snapshot.signed.meta["content.json"]
        meta.version -= 1
        publisher.commit([])

    return forge


ATTACKS = [
    (tampered_target, "LengthOrHashMismatchError"),
    (longer_target, "DownloadLengthMismatchError"),
    (wrong_key, "UnsignedMetadataError"),
    (expired_timestamp, "ExpiredMetadataError"),
    (snapshot_mismatch, "BadVersionNumberError"),
]
TWO_STEP_ATTACKS = [
    (replayed_timestamp, "BadVersionNumberError"),
    (snapshot_rolls_back_a_role, "BadVersionNumberError"),
]


def _assert_rejected(kiosk: Kiosk, before: str, manifest: bytes, error_class: str) -> None:
    result = kiosk.runner.run_once(deliver=False)
    assert not result.changed
    assert db_digest(kiosk.data_dir) == before
    assert (kiosk.data_dir / "bundle" / "manifest.json").read_bytes() == manifest
    error = result.status["last_error"]
    assert error is not None, error
    assert error["class"] == error_class, error
    assert error["kind"] == REJECTED, error


@pytest.mark.parametrize(("forge", "error_class"), ATTACKS, ids=[a[0].__name__ for a in ATTACKS])
def test_forged_update_is_rejected(
    kiosk: Kiosk,
    deployment: Deployment,
    source: Path,
    forge: Callable[[Deployment, Path], None],
    error_class: str,
) -> None:
    before = db_digest(kiosk.data_dir)
    manifest = (kiosk.data_dir / "bundle" / "manifest.json").read_bytes()
    forge(deployment, source)
    _assert_rejected(kiosk, before, manifest, error_class)


@pytest.mark.parametrize(
    ("forge", "error_class"), TWO_STEP_ATTACKS, ids=[a[0].__name__ for a in TWO_STEP_ATTACKS]
)
def test_replayed_metadata_is_rejected(
    kiosk: Kiosk,
    deployment: Deployment,
    source: Path,
    forge: Callable[[Deployment, Path], Callable[[], None]],
    error_class: str,
) -> None:
    second_step = forge(deployment, source)
    assert kiosk.runner.run_once(deliver=False).changed  # the kiosk sees the newer metadata first
    before = db_digest(kiosk.data_dir)
    manifest = (kiosk.data_dir / "bundle" / "manifest.json").read_bytes()
    second_step()
    _assert_rejected(kiosk, before, manifest, error_class)


def test_too_few_signatures_are_rejected(tmp_path: Path, source: Path) -> None:
    """The registry role needs 2 of its 2 keys; a bin signed with one (a stolen key) is refused."""
    deployment = new_deployment(tmp_path / "deploy2", thresholds={"registry": 2}, key_counts={"registry": 2})
    deployment.publish_source(source)
    server = ServerThread(deployment.root).start()
    proxy = FaultProxy(server.port).start()
    kiosk = make_kiosk(tmp_path / "kiosk2", proxy.url, deployment)
    try:
        assert kiosk.runner.run_once(deliver=False).changed
        before = db_digest(kiosk.data_dir)
        manifest = (kiosk.data_dir / "bundle" / "manifest.json").read_bytes()
        one_key = deployment.keyring.for_role("registry")[:1]
        set_agency_status(source, "0123", "active", reason="")
        publisher = deployment.publisher()
        publisher.keys.signers["registry"] = one_key
        from sync.publisher import build_files

        files, built = build_files(source, tmp_path / "b2")
        publisher.publish_bundle(files, built)
        signed = Metadata.from_bytes(deployment.store.read("metadata/timestamp.json") or b"")
        assert signed.signed.version > 2
        _assert_rejected(kiosk, before, manifest, "UnsignedMetadataError")
    finally:
        kiosk.close()
        proxy.stop()
        server.stop()
