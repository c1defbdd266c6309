"""Version 1 of a kiosk repository's metadata: the trust layout that `kiosk-admin init` sets up once.

Lifetimes follow who signs: offline roles last long because re-signing needs an administrator; the online
snapshot and timestamp are short so that a frozen or replayed repository is noticed within a day, and the
server re-signs them (see `Publisher.refresh_online`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from tuf.api.metadata import (
    DelegatedRole,
    Delegations,
    Metadata,
    MetaFile,
    Root,
    Snapshot,
    SuccinctRoles,
    Targets,
    Timestamp,
)
from tuf.api.serialization.json import JSONSerializer

from sync import layout
from sync.keys import Keyring

LIFETIMES = {
    "root": timedelta(days=365),
    "targets": timedelta(days=365),
    "content": timedelta(days=120),
    "registry": timedelta(days=120),
    "alerts": timedelta(days=60),
    "vacancies": timedelta(days=120),
    "snapshot": timedelta(days=7),
    "timestamp": timedelta(days=1),
}
TOP_ROLES = ("root", "targets", "snapshot", "timestamp")


@dataclass(frozen=True)
class Settings:
    """Repository-wide choices, fixed at init. 64 bins x 3 part digits suit 10k-1M agencies."""

    bin_bits: int = 6
    part_digits: int = layout.DEFAULT_PART_DIGITS

    def to_json(self) -> bytes:
        return json.dumps({"bin_bits": self.bin_bits, "part_digits": self.part_digits}).encode()

    @classmethod
    def from_json(cls, data: bytes | None) -> Settings:
        if not data:
            return cls()
        values = json.loads(data)
        return cls(bin_bits=int(values["bin_bits"]), part_digits=int(values["part_digits"]))


def bin_names(role: Targets) -> list[str]:
    """The hash bins a binned role (registry, vacancies) delegates to; [] for a role without bins."""
    succinct = role.delegations.succinct_roles if role.delegations else None
    return list(succinct.get_roles()) if succinct else []


def bin_of(role: Targets, path: str) -> str:
    assert role.delegations and role.delegations.succinct_roles
    return role.delegations.succinct_roles.get_role_for_target(path)


def binned(role: str, keys: Keyring, threshold: int, bits: int, prefix: str, expires: datetime) -> Targets:
    """A delegated role that holds no files itself and hands them to 2**bits succinct hash bins signed
    with its own keys (TAP 15): a change re-signs one small bin, not the list of every file."""
    ids = [s.public_key.keyid for s in keys.for_role(role)]
    signed = Targets(expires=expires)
    signed.delegations = Delegations(keys={s.public_key.keyid: s.public_key for s in keys.for_role(role)},
                                     roles=None, succinct_roles=SuccinctRoles(ids, threshold, bits, prefix))
    return signed


def vacancies_role(keys: Keyring, threshold: int, expires: datetime) -> Targets:
    """Version 1 of the vacancies role as a repository made now has it: binned."""
    return binned(layout.ROLE_VACANCIES, keys, threshold, layout.VACANCY_BIN_BITS, layout.VACANCY_BIN_PREFIX,
                  expires)


def create_metadata(keys: Keyring, settings: Settings, thresholds: dict[str, int],
                    now: datetime, roles: tuple[str, ...] = layout.DELEGATED_ROLES, *,
                    vacancy_bins: bool = True) -> dict[str, bytes]:
    """Every metadata file of version 1, by file name (`1.root.json`, ..., `timestamp.json`).

    `roles` are the delegated roles made: all of them, or (tests) those of a repository made before a role
    existed, as `kiosk-admin add-role` finds it. `vacancy_bins` False (tests) makes the vacancies role as
    repositories made before its bins have it: listing its parts itself."""
    def expiry(role: str) -> datetime:
        return (now + LIFETIMES[role]).replace(microsecond=0)

    def threshold(role: str) -> int:
        return thresholds.get(role, 1)

    root = Root(expires=expiry("root"), consistent_snapshot=True)
    for role in TOP_ROLES:
        for signer in keys.for_role(role):
            root.add_key(signer.public_key, role)
        root.roles[role].threshold = threshold(role)
    targets = Targets(expires=expiry("targets"))
    public = {s.public_key.keyid: s.public_key for r in roles for s in keys.for_role(r)}
    targets.delegations = Delegations(keys=public, roles={
        role: DelegatedRole(role, [s.public_key.keyid for s in keys.for_role(role)], threshold(role),
                            terminating=True, paths=list(layout.ROLE_PATHS[role]))
        for role in layout.DELEGATED_ROLES if role in roles
    })
    registry_ids = [s.public_key.keyid for s in keys.for_role(layout.ROLE_REGISTRY)]
    registry = Targets(expires=expiry("registry"))
    registry.delegations = Delegations(
        keys={s.public_key.keyid: s.public_key for s in keys.for_role(layout.ROLE_REGISTRY)},
        roles=None,
        succinct_roles=SuccinctRoles(registry_ids, threshold(layout.ROLE_REGISTRY), settings.bin_bits,
                                     layout.BIN_PREFIX),
    )
    registry.unrecognized_fields[layout.CUSTOM] = {  # the licensing office's signed "as of", bins pinned
        "as_of": now.replace(microsecond=0).isoformat(), "bins": {name: 1 for name in bin_names(registry)}}
    signed: dict[str, tuple[Root | Targets, str]] = {
        "root": (root, "root"), "targets": (targets, "targets"),
        layout.ROLE_CONTENT: (Targets(expires=expiry("content")), "content"),
        layout.ROLE_ALERTS: (Targets(expires=expiry("alerts")), "alerts"),
        layout.ROLE_VACANCIES: (vacancies_role(keys, threshold(layout.ROLE_VACANCIES), expiry("vacancies"))
                                if vacancy_bins else Targets(expires=expiry("vacancies")), "vacancies"),
        layout.ROLE_REGISTRY: (registry, "registry"),
    }
    signed = {name: value for name, value in signed.items()
              if name in ("root", "targets") or name in roles}
    for name in bin_names(registry):
        signed[name] = (Targets(expires=expiry("registry")), "registry")
    if layout.ROLE_VACANCIES in signed:
        vacancies = signed[layout.ROLE_VACANCIES][0]
        assert isinstance(vacancies, Targets)
        for name in bin_names(vacancies):
            signed[name] = (Targets(expires=expiry("vacancies")), "vacancies")
    files = {f"1.{name}.json": _sign(payload, keys, role) for name, (payload, role) in signed.items()}
    snapshot = Snapshot(expires=expiry("snapshot"),
                        meta={f"{name}.json": MetaFile(1) for name in signed if name != "root"})
    files["1.snapshot.json"] = _sign(snapshot, keys, "snapshot")
    timestamp = Timestamp(expires=expiry("timestamp"),
                          snapshot_meta=MetaFile(1, length=len(files["1.snapshot.json"])))
    files["timestamp.json"] = _sign(timestamp, keys, "timestamp")
    return files


def _sign(signed: Root | Targets | Snapshot | Timestamp, keys: Keyring, role: str) -> bytes:
    md = Metadata[Any](signed)  # Metadata's type variable takes one role class, not a union of them
    signers = keys.for_role(role)
    if not signers:
        raise ValueError(f"creating a repository needs a key for the {role} role")
    for signer in signers:
        md.sign(signer, append=True)
    return md.to_bytes(JSONSerializer(compact=True))
