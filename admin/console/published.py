"""The bundle this desk last published, kept so that the next publish renders only what changed.

After each publish the desk keeps, in its state folder: the bundle as built (`published-bundle/`), the
registry text it was built from (`published-registry.csv`) and a record (`published-registry.json`) tying
them together with the rules they were built under (`content.registry_rows.RULES`). `previous()` hands
them to the next build as a `Previous`, but only after checking the record, the text's hash and every
shard's hash against the bundle's manifest; on any doubt it returns None and the next build is a full one
(the same bytes, in more time). The record is written last, so a publish cut short leaves no record that
could be believed.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from content.bundle import Built
from content.bundle_format import MANIFEST, sha256_hex
from content.fsutil import atomic_write, replace_dir
from content.registry_rows import RULES, SHARD_PREFIX, Previous

BUNDLE, TEXT, RECORD = "published-bundle", "published-registry.csv", "published-registry.json"


class PublishedBundle:
    def __init__(self, state: Path) -> None:
        self.state = Path(state)
        self._memo: tuple[bytes, Previous] | None = None  # (record bytes, what they vouch for)

    def previous(self) -> Previous | None:
        """The registry as last published, checked; None when there is none to trust."""
        try:
            record = (self.state / RECORD).read_bytes()
        except FileNotFoundError:
            return None
        if self._memo is not None and self._memo[0] == record:
            return self._memo[1]
        previous = self._load(record)
        self._memo = (record, previous) if previous is not None else None
        return previous

    def _load(self, record_bytes: bytes) -> Previous | None:
        try:
            record = json.loads(record_bytes)
            manifest = json.loads((self.state / BUNDLE / MANIFEST).read_bytes())
            text = (self.state / TEXT).read_bytes()
            if (record.get("rules") != RULES or manifest.get("version") != record.get("version")
                    or sha256_hex(text) != record.get("text_sha256")):
                return None
            shards = {}
            for name, info in manifest["targets"].items():
                if name.startswith(SHARD_PREFIX):
                    data = (self.state / BUNDLE).joinpath(*name.split("/")).read_bytes()
                    if sha256_hex(data) != info["sha256"]:
                        return None
                    shards[name] = data
            return Previous(text.decode("utf-8"), shards)
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    @contextmanager
    def building(self) -> Iterator[Path]:
        """A scratch folder in the state folder to build into (`save` then moves the bundle into place)."""
        self.state.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix=".building-", dir=self.state) as tmp:
            yield Path(tmp) / "bundle"

    def save(self, built: Built, bundle_dir: Path) -> None:
        """Keep `built` (written at `bundle_dir` by the build) as the last published bundle."""
        (self.state / RECORD).unlink(missing_ok=True)
        self._memo = None
        previous = built.previous()
        if previous is None:  # no registry in the sources: nothing to start the next build from
            return
        replace_dir(bundle_dir, self.state / BUNDLE, self.state / f".{BUNDLE}.old")
        text = previous.text.encode("utf-8")
        atomic_write(self.state / TEXT, text)
        record = json.dumps({"rules": RULES, "version": built.manifest.version,
                             "text_sha256": sha256_hex(text)}).encode("utf-8")
        atomic_write(self.state / RECORD, record)
        self._memo = (record, previous)

    def forget(self) -> None:
        shutil.rmtree(self.state / BUNDLE, ignore_errors=True)
        (self.state / RECORD).unlink(missing_ok=True)
        self._memo = None
