"""A real kiosk-server on 127.0.0.1 in a background thread, and a throw-away deployment to serve."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from server.app import create_app
from server.phone.fastpath import protocol_for
from sync import keys, layout
from sync.publisher import Clock, Publisher, PublishReport, build_files, utcnow
from sync.repo_init import Settings
from sync.store import DirStore
from tests.testkit.appthread import AppThread

ALL_ROLES = ("root", "targets", "snapshot", "timestamp", "content", "registry", "alerts", "vacancies")


class ServerThread(AppThread):
    """uvicorn serving `create_app(deploy_dir)` on a free port until `stop()`."""

    name = "kiosk-server"

    def __init__(self, deploy_dir: Path, *, log_level: str = "warning", phone_shortcut: bool = True,
                 **app_options: object) -> None:
        app = create_app(deploy_dir, **app_options)  # type: ignore[arg-type]
        # As kiosk-server runs it: cached phone pages answered by the HTTP parser (server/phone/fastpath.py)
        super().__init__(app, log_level=log_level, http=protocol_for(app) if phone_shortcut else "auto")


@dataclass
class Deployment:
    """A deployment folder with every key on this machine (as on a one-machine demo)."""

    root: Path
    keyring: keys.Keyring
    clock: Clock = utcnow  # tests that travel in time pass their own

    @property
    def store(self) -> DirStore:
        return DirStore(self.root / "repository")

    def publisher(self) -> Publisher:
        return Publisher(self.store, self.keyring, self.clock)

    def trust_root(self) -> bytes:
        data = self.store.read("metadata/1.root.json")
        assert data is not None
        return data

    def publish_source(self, source_dir: Path) -> PublishReport:
        files, manifest = build_files(source_dir, self.root / "build")
        return self.publisher().publish_bundle(files, manifest)


def new_deployment(root: Path, settings: Settings | None = None,
                   thresholds: dict[str, int] | None = None, key_counts: dict[str, int] | None = None,
                   clock: Clock = utcnow, roles: tuple[str, ...] = layout.DELEGATED_ROLES, *,
                   vacancy_bins: bool = True) -> Deployment:
    """Keys in memory (and saved under `root/keys`), and version 1 of the repository. `roles`: the
    delegated roles made (fewer: a deployment made before a role existed, with no key for it);
    `vacancy_bins` False: a vacancies role that lists its parts itself, as made before its bins."""
    counts = {role: 1 for role in ALL_ROLES
              if role not in layout.DELEGATED_ROLES or role in roles} | (key_counts or {})
    keyring = keys.generate(counts)
    keys.save(keyring, root / "keys" / "offline", keys.OFFLINE_ROLES)
    keys.save(keyring, root / "keys" / "online", keys.ONLINE_ROLES)
    Publisher.create(DirStore(root / "repository"), keyring, settings, thresholds, clock, roles,
                     vacancy_bins=vacancy_bins)
    return Deployment(root, keyring, clock)


def write_kiosk_toml(data_dir: Path, server_url: str, trust_root: bytes, token: str = "",
                     kiosk_id: str = "k1") -> None:
    """A kiosk data folder pointed at `server_url`, trusting `trust_root` (written beside the folder)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    root = data_dir.parent / f"{data_dir.name}-root.json"
    root.write_bytes(trust_root)
    (data_dir / "kiosk.toml").write_text(
        f'server_url = "{server_url}"\ntrust_root = "{root}"\nkiosk_id = "{kiosk_id}"\n'
        f'kiosk_token = "{token}"\n', encoding="utf-8")
