"""Signing and publishing a kiosk repository with The Update Framework (python-tuf Metadata API).

Roles: `root` and `targets` (offline keys) delegate `content` (topics, articles, guides, contacts),
`alerts` (alerts.json: a tiny role so an urgent alert moves two small files) and `registry` (which hands
its files to hash bins, so a changed agency re-signs one small bin). `snapshot` and `timestamp` use online
keys kept on the server. Consistent snapshots: metadata is `metadata/<version>.<role>.json`, targets are
`targets/<dir>/<sha256>.<name>`, and only `timestamp.json` is ever rewritten under the same name.

The same class runs on a folder (`kiosk-admin`, `kiosk-server`) or in memory (attack tests).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from tuf.api.metadata import (
    DelegatedRole,
    Metadata,
    MetaFile,
    Root,
    Signed,
    Snapshot,
    TargetFile,
    Targets,
    Timestamp,
)
from tuf.api.serialization.json import JSONSerializer

from content.bundle import build_bundle
from content.bundle_format import Manifest
from content.loader import load_source
from content.registry_rows import Rows
from sync import layout
from sync.keys import Keyring
from sync.repo_init import LIFETIMES, Settings, bin_names, bin_of, create_metadata, vacancies_role
from sync.store import RepoStore

Clock = Callable[[], datetime]
_SERIALIZER = JSONSerializer(compact=True)


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class PublishReport:
    """What a publish changed: the roles re-signed and the files that kiosks will download."""

    roles: tuple[str, ...]
    paths: tuple[str, ...]
    timestamp_version: int


class MissingKeyError(Exception):
    """The keys for a role are not on this machine (an offline key on the server, for example)."""


class MissingRoleError(ValueError):
    """The repository was made before a delegated role existed (vacancies): `kiosk-admin add-role` adds it."""

    def __init__(self, role: str) -> None:
        super().__init__(f"this repository was made before the {role} role existed; add it with "
                         f"`kiosk-admin add-role {role}` (needs the targets key), then publish again")
        self.role = role


class Publisher:
    """The current signed state of one repository, and the operations that change it."""

    def __init__(self, store: RepoStore, keys: Keyring, clock: Clock = utcnow) -> None:
        self.store, self.keys, self.clock = store, keys, clock
        self._pending: dict[str, bytes] | None = None  # new files gathered by `_gathered`
        self.reload()

    @contextlib.contextmanager
    def _gathered(self) -> Iterator[None]:
        """New files (targets, role metadata) are gathered and written together at the next `commit`,
        before the snapshot and the timestamp that name them; a failure before then writes none of them."""
        self._pending = {}
        try:
            yield
        finally:
            self._pending = None

    def _put(self, name: str, data: bytes) -> None:
        if self._pending is None:
            self.store.write(name, data)
        else:
            self._pending[name] = data

    def _flush(self) -> None:
        if self._pending:
            self.store.write_many(self._pending)
            self._pending.clear()

    def reload(self) -> None:
        """Read the current state from the store (another process may have published since)."""
        store = self.store
        self.settings = Settings.from_json(store.read("settings.json"))
        self.root = _latest_root(store)
        self.timestamp: Metadata[Timestamp] = Metadata.from_bytes(_need(store, "metadata/timestamp.json"))
        snap_version = self.timestamp.signed.snapshot_meta.version
        self.snapshot: Metadata[Snapshot] = Metadata.from_bytes(
            _need(store, f"metadata/{snap_version}.snapshot.json"))
        self.roles: dict[str, Metadata[Targets]] = {
            name.removesuffix(".json"): Metadata.from_bytes(_need(store, f"metadata/{meta.version}.{name}"))
            for name, meta in self.snapshot.signed.meta.items()
        }

    @classmethod
    def create(cls, store: RepoStore, keys: Keyring, settings: Settings | None = None,
               thresholds: Mapping[str, int] | None = None, clock: Clock = utcnow,
               roles: tuple[str, ...] = layout.DELEGATED_ROLES, *, vacancy_bins: bool = True) -> Publisher:
        """A new repository: version 1 of every role (of `roles`, see `create_metadata`), empty targets.
        Needs every role's keys."""
        settings = settings or Settings()
        with store.lock():
            store.write("settings.json", settings.to_json())
            for name, data in create_metadata(keys, settings, dict(thresholds or {}), clock(),
                                              roles, vacancy_bins=vacancy_bins).items():
                store.write(f"metadata/{name}", data)
        return cls(store, keys, clock)

    def root_bytes(self) -> bytes:
        return self.root.to_bytes(_SERIALIZER)

    def target_bytes(self, path: str) -> bytes | None:
        """The currently published bytes of a travelling file, or None."""
        role = self.roles[self._role_for(path)]
        info = role.signed.targets.get(path)
        return None if info is None else self.store.read(_target_name(info))

    def publish_bundle(self, files: Mapping[str, bytes], manifest: Manifest, rows: Rows | None = None
                       ) -> PublishReport:
        """Sign and publish a built bundle (its targets, without manifest.json): only changes move.

        `rows`, the registry rows the bundle's shards are made of (`content.bundle.Built.rows`), lets the
        registry parts be cut without parsing 16 shards of JSON; the parts are the same bytes either way."""
        digits = self.settings.part_digits
        travelling = (layout.travelling_files(files, digits) if rows is None
                      else layout.travelling_from_rows(files, rows, digits))
        content_paths = sorted(p for p in travelling if layout.role_of(p) == layout.ROLE_CONTENT)
        custom = {
            layout.TOPICS: {"sample": manifest.sample, "languages": list(manifest.languages),
                            "paths": [p for p in content_paths if p != layout.TOPICS]},
            layout.WARNINGS: {"registry_as_of": manifest.registry_as_of,
                              "part_digits": self.settings.part_digits},
        }
        wanted: dict[str, dict[str, TargetFile]] = {name: {} for name in self._target_roles()}
        if any(layout.role_of(p) == layout.ROLE_VACANCIES for p in travelling) and \
                layout.ROLE_VACANCIES not in self.roles:
            raise MissingRoleError(layout.ROLE_VACANCIES)
        for path, data in travelling.items():
            info = TargetFile.from_data(path, data, ["sha256"])
            if path in custom:
                info.unrecognized_fields["custom"] = {layout.CUSTOM: custom[path]}
            wanted[self._role_for(path)][path] = info
        return self._publish(wanted, travelling)

    def publish_alerts(self, alerts_json: bytes) -> PublishReport:
        """Publish a new alerts.json alone: re-signs the alerts role, the snapshot and the timestamp."""
        info = TargetFile.from_data(layout.ALERTS, alerts_json, ["sha256"])
        return self._publish({layout.ROLE_ALERTS: {layout.ALERTS: info}}, {layout.ALERTS: alerts_json})

    def refresh_online(self) -> bool:
        """Re-sign snapshot and timestamp when they are past half their lifetime (the server's job)."""
        with self.store.lock():
            self.reload()
            if self._due(self.snapshot.signed, "snapshot"):
                self.commit([])
                return True
            if self._due(self.timestamp.signed, "timestamp"):
                self._write_timestamp()
                return True
        return False

    def _publish(self, wanted: Mapping[str, dict[str, TargetFile]],
                 data: Mapping[str, bytes]) -> PublishReport:
        with self.store.lock(), self._gathered():
            self.reload()
            changed_paths = []
            for role_name, targets in wanted.items():
                current = self.roles[role_name].signed.targets
                for path, info in targets.items():
                    if path not in current or current[path] != info:
                        changed_paths.append(path)
                        if self.store.read(_target_name(info)) is None:
                            self._put(_target_name(info), data[path])
            changed_roles = [name for name, targets in wanted.items() if self._set_targets(name, targets)]
            changed_roles += self._renew_due(exclude=wanted)
            changed_roles += self._renew_delegators(changed_roles)
            self._renew_root(force=False)
            if changed_roles or self._due(self.snapshot.signed, "snapshot"):
                self.commit(changed_roles)
            else:
                self._flush()  # targets that are there already under another path's name
                if self._due(self.timestamp.signed, "timestamp"):
                    self._write_timestamp()
        return PublishReport(tuple(changed_roles), tuple(sorted(changed_paths)),
                             self.timestamp.signed.version)

    def renew(self, force: bool = False) -> list[str]:
        """Re-sign every role past half its lifetime (every role with `force`) whose keys are on this
        machine; roles whose keys are elsewhere are left for the desk that holds them. Returns the roles
        re-signed (registry bins included by name)."""
        with self.store.lock():
            self.reload()
            renewed = self._renew_due(force=force)
            renewed += self._renew_delegators(renewed, force)
            if self._renew_root(force):
                renewed.insert(0, "root")
            if renewed or force or self._due(self.snapshot.signed, "snapshot"):
                self.commit([r for r in renewed if r != "root"])
            elif self._due(self.timestamp.signed, "timestamp"):
                self._write_timestamp()
            return renewed

    def reaffirm_registry(self) -> PublishReport:
        """The licensing office confirms that the published registry is still current: the registry role
        is re-signed with a new "as of" time, and nothing else changes. Kiosks call a verdict stale when
        this time is older than their limit, so a server cannot keep an old registry looking fresh."""
        with self.store.lock():
            self.reload()
            self._sign_registry()
            self.commit([layout.ROLE_REGISTRY])
        return PublishReport((layout.ROLE_REGISTRY,), (), self.timestamp.signed.version)

    def expiries(self) -> list[tuple[str, int, datetime]]:
        """(role, version, expires) of every role; the registry bins as one line with the earliest."""
        rows: list[tuple[str, int, datetime]] = [("root", self.root.signed.version, self.root.signed.expires)]
        for name in ("targets", layout.ROLE_CONTENT, layout.ROLE_REGISTRY, layout.ROLE_ALERTS,
                     layout.ROLE_VACANCIES):
            if name not in self.roles:  # a repository created before the vacancies role
                continue
            rows.append((name, self.roles[name].signed.version, self.roles[name].signed.expires))
        for prefix in layout.BIN_PREFIXES:
            bins = [md.signed for name, md in self.roles.items() if name.startswith(prefix + "-")]
            if bins:
                first = min(bins, key=lambda b: b.expires)
                rows.append((f"{prefix}-* ({len(bins)})", first.version, first.expires))
        rows.append(("snapshot", self.snapshot.signed.version, self.snapshot.signed.expires))
        rows.append(("timestamp", self.timestamp.signed.version, self.timestamp.signed.expires))
        return rows

    def registry_as_of(self) -> datetime | None:
        """The licensing office's signed "as of" time in the current registry role."""
        return signed_as_of(self.roles[layout.ROLE_REGISTRY].signed)

    def _renew_due(self, exclude: Mapping[str, Any] | None = None, force: bool = False) -> list[str]:
        """Re-sign the target-holding roles (content, alerts, bins) that are due, keys permitting."""
        renewed = []
        for name in self._target_roles():
            role = self.roles[name]
            if name in (exclude or {}) or not self._signable(name):
                continue
            if force or self._due(role.signed, name):
                self.write_role(name, role)
                renewed.append(name)
        return renewed

    def _renew_delegators(self, changed: list[str], force: bool = False) -> list[str]:
        """The registry role pins its bins' versions and carries the signed "as of" time: re-sign it
        when a bin changed or it is due; re-sign `targets` when due. Only with the keys at hand."""
        renewed = []
        vacancies = self.roles.get(layout.ROLE_VACANCIES)
        if vacancies is not None and bin_names(vacancies.signed) and self._signable(layout.ROLE_VACANCIES) \
                and (force or self._due(vacancies.signed, layout.ROLE_VACANCIES)):
            # binned: not a target-holding role itself (its bins are), so renewed here when due; the
            # snapshot pins every bin's version, so a changed bin needs no new vacancies role
            self.write_role(layout.ROLE_VACANCIES, vacancies)
            renewed.append(layout.ROLE_VACANCIES)
        registry = self.roles[layout.ROLE_REGISTRY]
        bins_changed = any(name.startswith(layout.BIN_PREFIX + "-") for name in changed)
        if self._signable(layout.ROLE_REGISTRY) and (
                bins_changed or force or self._due(registry.signed, layout.ROLE_REGISTRY)):
            self._sign_registry()
            renewed.append(layout.ROLE_REGISTRY)
        if self._signable("targets") and (force or self._due(self.roles["targets"].signed, "targets")):
            self.write_role("targets", self.roles["targets"])
            renewed.append("targets")
        return renewed

    def _sign_registry(self) -> None:
        registry = self.roles[layout.ROLE_REGISTRY]
        registry.signed.unrecognized_fields[layout.CUSTOM] = {
            "as_of": self.clock().replace(microsecond=0).isoformat(),
            "bins": {name: self.roles[name].signed.version for name in bin_names(registry.signed)},
        }
        self.write_role(layout.ROLE_REGISTRY, registry)

    def _renew_root(self, force: bool) -> bool:
        """A new root version with the same keys when the current one is past half its lifetime;
        kiosks follow the chain of roots, each signed by the keys of the one before."""
        if not self._signable("root") or not (force or self._due(self.root.signed, "root")):
            return False
        self.write_root(self.root)
        return True

    def write_root(self, root: Metadata[Root], extra_signers: list[Any] | None = None) -> None:
        """Bump, sign and store the next root (key rotation passes the old keys as `extra_signers`)."""
        self._bump(root, "root", [*self.keys.for_role("root"), *(extra_signers or [])])
        self._put(f"metadata/{root.signed.version}.root.json", root.to_bytes(_SERIALIZER))
        self.root = root

    def rotate_key(self, role: str, new_signers: list[Any]) -> None:
        """Replace the keys of a role with `new_signers`.

        A top-level role (root, targets, snapshot, timestamp): the next root lists the new keys and is
        signed by the old root keys and the new ones, so a kiosk that still trusts the old root follows the
        chain: ngclient fetches N+1.root.json, checks it against root N's keys, then against its own.
        A delegated role (content, registry, alerts): `targets` (offline key needed here) lists the new
        keys, and the role is re-signed with them; the registry's key also signs its hash bins, so the
        registry role's bin delegation moves to the new keys and every bin is re-signed.
        """
        if role in layout.DELEGATED_ROLES:
            self._rotate_delegated(role, new_signers)
            return
        if role not in ("root", "targets", "snapshot", "timestamp"):
            raise ValueError(f"no role {role!r} to rotate a key for")
        with self.store.lock():
            self.reload()
            old_root = self.keys.for_role("root")
            root = self.root
            for keyid in list(root.signed.roles[role].keyids):
                root.signed.revoke_key(keyid, role)
            for signer in new_signers:
                root.signed.add_key(signer.public_key, role)
            self.keys.signers[role] = list(new_signers)
            self.write_root(root, extra_signers=old_root if role == "root" else None)
            if role == "targets":
                self.write_role("targets", self.roles["targets"])
            self.commit(["targets"] if role == "targets" else [])

    def _rotate_delegated(self, role: str, new_signers: list[Any]) -> None:
        if not self.keys.has("targets"):
            raise MissingKeyError("rotating a delegated role's key re-signs targets: its key must be here")
        with self.store.lock():
            self.reload()
            targets = self.roles["targets"].signed
            for keyid in list(targets.get_delegated_role(role).keyids):
                targets.revoke_key(keyid, role)
            for signer in new_signers:
                targets.add_key(signer.public_key, role)
            self.keys.signers[role] = list(new_signers)
            changed = ["targets", role]
            if bin_names(self.roles[role].signed):  # the registry, and the vacancies role made with bins
                changed += self._rotate_bins(role, new_signers)
            self.write_role("targets", self.roles["targets"])
            for name in changed[1:]:
                if name != layout.ROLE_REGISTRY:
                    self.write_role(name, self.roles[name])
            if role == layout.ROLE_REGISTRY:  # pins the re-signed bins; the signed "as of" stays as it was
                registry = self.roles[layout.ROLE_REGISTRY]
                custom = registry.signed.unrecognized_fields.get(layout.CUSTOM)
                as_of = custom.get("as_of") if isinstance(custom, dict) else None
                registry.signed.unrecognized_fields[layout.CUSTOM] = {
                    "as_of": as_of or self.clock().replace(microsecond=0).isoformat(),
                    "bins": {name: self.roles[name].signed.version for name in bin_names(registry.signed)},
                }
                self.write_role(layout.ROLE_REGISTRY, registry)
            self.commit(changed)

    def _rotate_bins(self, role: str, new_signers: list[Any]) -> list[str]:
        """Move a binned role's hash-bin delegation to the new keys; returns the bins to re-sign."""
        signed = self.roles[role].signed
        delegations = signed.delegations
        assert delegations is not None and delegations.succinct_roles is not None  # made so by repo_init
        for keyid in list(delegations.succinct_roles.keyids):
            signed.revoke_key(keyid)
        for signer in new_signers:
            signed.add_key(signer.public_key)
        return bin_names(signed)

    def add_role(self, role: str, signers: list[Any]) -> None:
        """Delegate `role`, one this repository was made without (vacancies came later), to `signers`.

        `targets` (its offline key must be here) gains the role's keys and paths, and version 1 of the role,
        empty (for vacancies: delegating to its hash bins, each empty), is signed with the new keys. A
        kiosk needs nothing new: its root is unchanged, and its next poll brings the new targets; until
        then (and with no files of that role) it works as before.
        """
        if role not in layout.DELEGATED_ROLES:
            raise ValueError(f"no delegated role {role!r}")
        if not self.keys.has("targets"):
            raise MissingKeyError("adding a role re-signs targets: its key must be here")
        with self.store.lock():
            self.reload()
            if role in self.roles:
                raise ValueError(f"this repository has the {role} role already")
            targets = self.roles["targets"].signed
            assert targets.delegations is not None and targets.delegations.roles is not None  # repo_init
            targets.delegations.roles[role] = DelegatedRole(role, [], 1, terminating=True,
                                                             paths=list(layout.ROLE_PATHS[role]))
            for signer in signers:
                targets.add_key(signer.public_key, role)
            self.keys.signers[role] = list(signers)
            expires = _expiry(self.clock(), LIFETIMES[role])
            # the vacancies role binned, as a repository made now has it; its bins start empty
            first = (vacancies_role(Keyring({role: list(signers)}), 1, expires)
                     if role == layout.ROLE_VACANCIES else Targets(expires=expires))
            made = {role: first, **{name: Targets(expires=expires) for name in bin_names(first)}}
            for name, signed in made.items():
                metadata = Metadata(signed)
                for signer in signers:
                    metadata.sign(signer, append=True)
                self.store.write(f"metadata/1.{name}.json", metadata.to_bytes(_SERIALIZER))
                self.roles[name] = metadata
            self.write_role("targets", self.roles["targets"])
            self.commit(["targets", *made])

    def bin_role(self, role: str) -> list[str]:
        """Move the flat vacancies role of a repository made before its hash bins to the layout a repository
        made now has; returns the bins.

        A flat role lists every vacancy part itself, so one changed vacancy re-signs (and every kiosk
        fetches) that whole list. Here the role, re-signed with its own offline keys, lists no parts and
        delegates to 2**VACANCY_BIN_BITS succinct hash bins signed with the same keys (version 1), each
        listing the parts that hash to it with the same hashes. The parts and `targets` do not change (the
        role's keys and paths stay as delegated), so a kiosk's next poll fetches the role and the bins and
        downloads no part again: nothing is lost or shown twice. The bins and the role are written before
        the snapshot and the timestamp that name them, and the timestamp is the last write: interrupted
        before it, the flat role stays in force and this can simply run again.
        """
        if role != layout.ROLE_VACANCIES:
            raise ValueError(f"only the vacancies role is moved to hash bins here, not {role!r}")
        if role not in self.roles:  # checked again under the lock; a missing role is said before a key
            raise MissingRoleError(role)
        missing = [name for name in (role, "snapshot", "timestamp") if not self.keys.has(name)]
        if missing:
            raise MissingKeyError(f"moving the {role} role to hash bins re-signs it, the snapshot and the "
                                  f"timestamp, and the {' and '.join(missing)} key is not here")
        with self.store.lock(), self._gathered():
            self.reload()
            if role not in self.roles:
                raise MissingRoleError(role)
            flat = self.roles[role]
            if bin_names(flat.signed):
                raise ValueError(f"the {role} role of this repository is in hash bins already")
            threshold = self.roles["targets"].signed.get_delegated_role(role).threshold
            expires = _expiry(self.clock(), LIFETIMES[role])
            parts, flat.signed.targets = flat.signed.targets, {}
            flat.signed.delegations = vacancies_role(self.keys, threshold, expires).delegations
            bins = bin_names(flat.signed)
            held: dict[str, dict[str, TargetFile]] = {name: {} for name in bins}
            for path, info in parts.items():
                held[bin_of(flat.signed, path)][path] = info
            for name in bins:
                metadata = Metadata(Targets(expires=expires, targets=dict(sorted(held[name].items()))))
                for signer in self.keys.for_role(role):
                    metadata.sign(signer, append=True)
                self._put(f"metadata/1.{name}.json", metadata.to_bytes(_SERIALIZER))
                self.roles[name] = metadata
            self.write_role(role, flat)
            self.commit([role, *bins])
        return bins

    def _signable(self, name: str) -> bool:
        return self.keys.has(layout.key_role(name))

    def _set_targets(self, name: str, targets: dict[str, TargetFile]) -> bool:
        role = self.roles[name]
        if role.signed.targets == targets and not self._due(role.signed, name):
            return False
        role.signed.targets = dict(sorted(targets.items()))
        self.write_role(name, role)
        return True

    def write_role(self, name: str, role: Metadata[Targets], signers: list[Any] | None = None) -> None:
        """Bump, sign and store a targets-type role (tests pass other `signers` to forge one)."""
        self._bump(role, name, signers)
        self._put(f"metadata/{role.signed.version}.{name}.json", role.to_bytes(_SERIALIZER))
        self.roles[name] = role

    def commit(self, changed_roles: list[str]) -> None:
        """A new snapshot listing every role's version, then a new timestamp pointing at it (the files
        they name written first)."""
        self._flush()
        for name in changed_roles:
            self.snapshot.signed.meta[f"{name}.json"] = MetaFile(version=self.roles[name].signed.version)
        self._bump(self.snapshot, "snapshot")
        self.store.write(f"metadata/{self.snapshot.signed.version}.snapshot.json",
                         self.snapshot.to_bytes(_SERIALIZER))
        self._write_timestamp()

    def _write_timestamp(self) -> None:
        snapshot_bytes = self.snapshot.to_bytes(_SERIALIZER)
        meta = MetaFile(version=self.snapshot.signed.version, length=len(snapshot_bytes))
        self.timestamp.signed.snapshot_meta = meta
        self._bump(self.timestamp, "timestamp")
        self.store.write("metadata/timestamp.json", self.timestamp.to_bytes(_SERIALIZER))

    def _bump(self, md: Metadata[Any], name: str, signers: list[Any] | None = None) -> None:
        key_role = layout.key_role(name)
        signers = self.keys.for_role(key_role) if signers is None else signers
        if not signers:
            raise MissingKeyError(f"no key for the {key_role} role on this machine")
        md.signed.version += 1
        md.signed.expires = _expiry(self.clock(), LIFETIMES[key_role])
        md.signatures.clear()
        for signer in signers:
            md.sign(signer, append=True)

    def _due(self, signed: Signed, name: str) -> bool:
        key_role = layout.key_role(name)
        return signed.expires - self.clock() < LIFETIMES[key_role] / 2

    def _role_for(self, path: str) -> str:
        """The role that lists `path`: the hash bin of a binned role (the registry; the vacancies role of a
        repository made with bins), else the delegated role itself."""
        role = layout.role_of(path)
        if role in (layout.ROLE_REGISTRY, layout.ROLE_VACANCIES) and bin_names(self.roles[role].signed):
            return bin_of(self.roles[role].signed, path)
        return role

    def _target_roles(self) -> list[str]:
        vacancies = self.roles.get(layout.ROLE_VACANCIES)
        extra = (bin_names(vacancies.signed) or [layout.ROLE_VACANCIES]) if vacancies is not None else []
        return [layout.ROLE_CONTENT, layout.ROLE_ALERTS, *extra,
                *bin_names(self.roles[layout.ROLE_REGISTRY].signed)]


def signed_as_of(registry: Targets) -> datetime | None:
    """The "as of" time the licensing office signed into the registry role, or None."""
    custom = registry.unrecognized_fields.get(layout.CUSTOM)
    value = custom.get("as_of") if isinstance(custom, dict) else None
    try:
        return datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def build_files(source_dir: Path, out: Path) -> tuple[dict[str, bytes], Manifest]:
    """Validate and build a content source folder into `out`: its targets by name, and its manifest."""
    manifest = build_bundle(load_source(source_dir), out)
    return {name: (out / name).read_bytes() for name in manifest.targets}, manifest


def _target_name(info: TargetFile) -> str:
    folder, _, base = info.path.rpartition("/")
    return f"targets/{folder + '/' if folder else ''}{info.hashes['sha256']}.{base}"


def _expiry(now: datetime, lifetime: timedelta) -> datetime:
    return (now + lifetime).replace(microsecond=0)


def _need(store: RepoStore, name: str) -> bytes:
    data = store.read(name)
    if data is None:
        raise FileNotFoundError(f"the repository has no {name}: run `kiosk-admin init` first")
    return data


def _latest_root(store: RepoStore) -> Metadata[Any]:
    versions = [int(n.split(".")[0]) for n in store.names("metadata") if n.endswith(".root.json")
                and n.split(".")[0].isdigit()]
    if not versions:
        raise FileNotFoundError("the repository has no root metadata: run `kiosk-admin init` first")
    return Metadata.from_bytes(_need(store, f"metadata/{max(versions)}.root.json"))


def signed_roles(store: RepoStore) -> frozenset[str]:
    """The roles the repository's current snapshot lists (its delegations and their bins), read without
    verifying anything: enough for a desk to say before a publish that a role is missing (`MissingRoleError`
    is still what refuses the publish)."""
    try:
        timestamp = json.loads(_need(store, "metadata/timestamp.json"))
        version = timestamp["signed"]["meta"]["snapshot.json"]["version"]
        snapshot = json.loads(_need(store, f"metadata/{version}.snapshot.json"))
        return frozenset(name.removesuffix(".json") for name in snapshot["signed"]["meta"])
    except (OSError, ValueError, KeyError, TypeError):
        return frozenset()
