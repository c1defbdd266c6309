"""Registry parts looked up again only in the hash bins that changed since the last poll.

The catalogue asks python-tuf for every possible part name (4,096 of them) at every poll that finds a new
snapshot. Each lookup walks the delegation tree (targets -> registry -> one of the registry's 64 hash
bins), and every bin the walk reaches is loaded from the metadata cache and its signature verified again:
70 signature checks and 4,096 walks for a change of one agency, which lies in one bin.

`PartLookup` keeps, in memory and for as long as the sync client lives (the kiosk app keeps one for its
whole run), what the lookups in each bin returned, with the bin's version and expiry. The next poll looks up
again only the parts of bins whose version in the newly verified snapshot differs; for the others it uses
what the earlier, fully verified walk gave. That is python-tuf's own rule for a role it already trusts
(ngclient keeps a verified role for the life of its `TrustedMetadataSet` and accepts a cached file whose
version is the snapshot's), stretched across polls, and it keeps every check that could turn out
differently:

- the snapshot (and with it every bin's version) is verified at every poll, and a bin whose version changed
  is walked and verified again;
- the delegations that lead to the bins (the top-level targets role, pinned by its version, and the
  registry role's delegations, keys included, verified at every poll) must be exactly those of the walks
  that filled the memory, or all of it is dropped;
- a remembered bin counts only until its signed expiry, measured with the poll's clock, as ngclient would;
- the memory is used only for the layout the repository tool makes (`sync.repo_init`): part names routed
  by the targets role to the registry role alone, which holds none of them itself and hands them to
  succinct hash bins that delegate no further. Any other layout is walked in full at every poll.

Nothing is written to disk: after a restart the first poll walks everything, as before.
"""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from tuf.api.metadata import Delegations, TargetFile
from tuf.ngclient import Updater

from sync import layout

Lookup = Callable[[str], TargetFile | None]


@dataclass(frozen=True)
class _Bin:
    version: int
    expires: datetime
    found: dict[str, TargetFile]  # part name -> what the verified walk returned (absent parts left out)


@dataclass
class PartLookup:
    """What each registry hash bin held at the last poll; see the module docstring for the rules."""

    meta_dir: Path  # python-tuf's metadata cache: the files it verified in this poll
    _trust: str | None = None  # digest of the delegations the remembered walks went through
    _by_bin: dict[str, list[str]] = field(default_factory=dict)  # bin -> the part names it is asked for
    _bins: dict[str, _Bin] = field(default_factory=dict)
    last_lookups: int = 0  # part names the last `find` asked python-tuf for (the rest were remembered)

    def forget(self) -> None:
        """Drop everything (after a failed poll: the next one walks every bin again)."""
        self._trust = None
        self._by_bin.clear()
        self._bins.clear()

    @property
    def remembered(self) -> int:
        return len(self._bins)

    def find(self, updater: Updater, names: list[str], now: datetime,
             check: Callable[[], None]) -> dict[str, TargetFile]:
        """Every part of `names` the verified metadata lists: {name: TargetFile}. Call after the registry
        role has been loaded in this poll (`catalogue.read_catalogue` looks up registry/warnings.json
        first), so that the cached registry.json is the one python-tuf verified."""
        trust = self._trust_digest(names)
        if trust is not None and trust != self._trust:
            self.forget()
            if self._routes_parts_to_bins(names):  # once per change of the delegations, not every poll
                self._trust, self._by_bin = trust, self._group(names)
        if trust is None or trust != self._trust:
            self.forget()
            self.last_lookups = len(names)
            return walk_all(updater, names, check)
        snapshot = _signed(self.meta_dir / "snapshot.json") or {}
        listed = snapshot.get("meta") if isinstance(snapshot.get("meta"), dict) else {}
        found: dict[str, TargetFile] = {}
        self.last_lookups = 0
        for name, paths in self._by_bin.items():
            meta = listed.get(f"{name}.json") if isinstance(listed, dict) else None
            version = meta.get("version") if isinstance(meta, dict) else None
            held = self._bins.get(name)
            if held is not None and held.version == version and now < held.expires:
                found.update(held.found)
                continue
            check()
            self._bins.pop(name, None)
            self.last_lookups += len(paths)
            walked = {path: info for path in paths if (info := updater.get_targetinfo(path)) is not None}
            found.update(walked)
            kept = self._verified_bin(name, version)
            if kept is not None:
                self._bins[name] = _Bin(kept[0], kept[1], walked)
        return found

    def _trust_digest(self, names: list[str]) -> str | None:
        """A digest of everything that decides which role signs a part name (both roles were verified in
        this poll) and of the names asked for, or None when the layout is not the one the memory is for."""
        targets = _signed(self.meta_dir / "targets.json")
        registry = _signed(self.meta_dir / "registry.json")
        if targets is None or registry is None:
            return None
        delegations = registry.get("delegations")
        if not isinstance(delegations, dict) or not isinstance(delegations.get("succinct_roles"), dict):
            return None
        if delegations.get("roles") is not None or _holds_parts(targets) or _holds_parts(registry):
            return None
        top = targets.get("delegations")
        if not isinstance(top, dict):
            return None
        key = {"targets_version": targets.get("version"), "targets_delegations": top,
               "registry_delegations": delegations, "names": names}
        return hashlib.sha256(json.dumps(key, sort_keys=True).encode()).hexdigest()

    def _routes_parts_to_bins(self, names: list[str]) -> bool:
        """The top-level targets role sends every part name to the registry role and to no other role."""
        targets = _signed(self.meta_dir / "targets.json") or {}
        try:
            roles = Delegations.from_dict(copy.deepcopy(targets["delegations"])).roles
        except (KeyError, TypeError, ValueError, AttributeError):
            return False
        if not roles or layout.ROLE_REGISTRY not in roles:
            return False
        for role in roles.values():
            if role.name == layout.ROLE_REGISTRY:
                if not all(role.is_delegated_path(name) for name in names):
                    return False
            elif any(role.is_delegated_path(name) for name in names):
                return False
        return True

    def _group(self, names: Iterable[str]) -> dict[str, list[str]]:
        registry = _signed(self.meta_dir / "registry.json") or {}
        succinct = Delegations.from_dict(copy.deepcopy(registry["delegations"])).succinct_roles
        assert succinct is not None  # checked by _trust_digest
        by_bin: dict[str, list[str]] = {}
        for name in names:
            by_bin.setdefault(succinct.get_role_for_target(name), []).append(name)
        return by_bin

    def _verified_bin(self, name: str, version: Any) -> tuple[int, datetime] | None:
        """(version, expiry) of the bin python-tuf just verified, if it may be remembered: it is at the
        snapshot's version and delegates nothing further."""
        signed = _signed(self.meta_dir / f"{name}.json")
        if signed is None or signed.get("version") != version or not isinstance(version, int):
            return None
        if signed.get("delegations") is not None:
            return None
        try:
            expires = datetime.fromisoformat(str(signed["expires"]).replace("Z", "+00:00"))
        except (KeyError, ValueError):
            return None
        return version, expires


def walk_all(updater: Updater, names: list[str], check: Callable[[], None]) -> dict[str, TargetFile]:
    """Look up every name through the whole delegation tree (python-tuf's walk)."""
    found: dict[str, TargetFile] = {}
    for number, path in enumerate(names):
        if number % 256 == 0:
            check()
        info = updater.get_targetinfo(path)
        if info is not None:
            found[path] = info
    return found


def _holds_parts(signed: dict[str, Any]) -> bool:
    held = signed.get("targets")
    return not isinstance(held, dict) or any(layout.is_part(path) for path in held)


def _signed(path: Path) -> dict[str, Any] | None:
    try:
        doc = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return None
    signed = doc.get("signed") if isinstance(doc, dict) else None
    return signed if isinstance(signed, dict) else None
