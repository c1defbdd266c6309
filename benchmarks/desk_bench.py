"""Desk benchmark: a registry of 100,000 agencies uploaded with 100 changes, up to published. Prints JSON.

Set-up (not timed): the desk publishes the 100,000-agency registry once (a full build), and a kiosk data
folder syncs it from a real kiosk-server on 127.0.0.1 through a byte-counting proxy.
Steps, timed with the desk console's own code (`admin.console`, the same calls its pages make):
- diff: check the uploaded CSV (`Desk.check_upload`: rows as last published are not checked again) and
  compare it with the registry in the sources (`Desk.diff_upload`, which reuses the rows the check read):
  what the licensing officer waits for after pressing "Upload and compare" (target ≤ 5 s);
- published: apply the upload to the sources, then publish (summary in words, validation, a bundle build
  that renders only the changed rows, signing, writing the repository): what follows "Sign and publish"
  (target: upload to published ≤ 10 s);
- kiosk bytes: the kiosk's next poll (`sync.client.SyncClient`, the kiosk's own client) against the
  server: bytes on the wire both ways, requests and files downloaded; beside it the size of the whole
  registry on the wire (what replacing it would cost). The kiosk's content.db apply is not part of this
  (`sync_bench.py` measures it): the kiosk here keeps the verified bundle folder only.
Same-run baselines: a bare `csv.reader` pass over the upload (diff_vs_csv_read) and a bare full bundle
build of the same sources (publish_vs_full_build). Compare ratios within one run, not seconds across
machines; report the load average (`load_average` is os.getloadavg() at the start and the end).

Run: `.venv/bin/python benchmarks/desk_bench.py [--agencies 100000] [--changes 100]`.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from admin.console.desk import Desk  # noqa: E402
from admin.console.workspace import write_csv  # noqa: E402
from benchmarks.registry_data import agency_rows  # noqa: E402
from content.bundle import build_source  # noqa: E402
from content.registry_csv import AGENCY_COLUMNS  # noqa: E402
from sync import assemble, keys  # noqa: E402
from sync.client import SyncClient  # noqa: E402
from sync.publisher import Publisher  # noqa: E402
from sync.store import DirStore  # noqa: E402
from tests.testkit.proxy import FaultProxy  # noqa: E402
from tests.testkit.serve import ServerThread  # noqa: E402

FIXTURE = ROOT / "tests" / "content" / "fixtures" / "minimal"
TARGET_DIFF_S, TARGET_PUBLISH_S = 5.0, 10.0


def registry(n: int) -> list[dict[str, str]]:
    rows = []
    for r in agency_rows(n, seed=1):
        row = dict(zip(AGENCY_COLUMNS, r, strict=True))
        row["other_names"] = ";".join(json.loads(row["other_names"]))
        row["countries"] = ";".join(json.loads(row["countries"]))
        row["status_changed_on"] = row["status_changed_on"] or ""
        rows.append(row)
    return rows


def changed(rows: list[dict[str, str]], changes: int) -> list[dict[str, str]]:
    """`changes` edits spread over the file: 40% status changes (with date and reason), 30% details, 20%
    additions, 10% removals."""
    out = [dict(r) for r in rows]
    statuses, details, added = int(changes * 0.4), int(changes * 0.3), int(changes * 0.2)
    removed = changes - statuses - details - added
    step = max(1, len(out) // changes)
    picks = iter(range(0, len(out), step))
    for _ in range(statuses):
        row = out[next(picks)]
        row.update(
            status="revoked" if row["status"] != "revoked" else "active",
            status_changed_on="2026-12-01",
            status_reason="Benchmark: status changed by the licensing office",
        )
    for _ in range(details):
        out[next(picks)]["address"] += " (new office)"
    gone = {next(picks) for _ in range(removed)}
    out = [r for i, r in enumerate(out) if i not in gone]
    for i in range(added):
        out.append(
            {
                **rows[0],
                "licence_no": f"NEW-{i:05d}",
                "name": f'"Yangi Agentlik {i}" MChJ',
                "status": "active",
                "status_changed_on": "",
                "status_reason": "",
            }
        )
    return out


class BundleOnly:
    """A kiosk content sink that keeps the verified bundle folder and no content.db (see the docstring)."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir

    def version(self) -> str | None:
        manifest = assemble.applied_manifest(self.data_dir)
        return manifest.get("version") if manifest else None

    def apply(self, bundle_dir: Path, step: object, check: object) -> None:
        """Nothing to apply: the client swaps the assembled bundle folder in itself."""


def poll(client: SyncClient, proxy: FaultProxy) -> dict:
    proxy.reset_counts()
    started = time.perf_counter()
    result = client.poll()
    return {
        "bytes": proxy.bytes_in + proxy.bytes_out,
        "requests": len(proxy.log),
        "files_downloaded": len(result.downloaded),
        "seconds": round(time.perf_counter() - started, 3),
        "version": result.version,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--agencies", type=int, default=100_000)
    parser.add_argument("--changes", type=int, default=100)
    args = parser.parse_args()
    load_start = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="desk-bench-") as tmp:
        root = Path(tmp)
        source, deploy = root / "source", root / "deploy"
        shutil.copytree(FIXTURE, source)
        ring = keys.generate({r: 1 for r in (*keys.OFFLINE_ROLES, *keys.ONLINE_ROLES)})
        keys.save(ring, deploy / "keys" / "offline", keys.OFFLINE_ROLES)
        keys.save(ring, deploy / "keys" / "online", keys.ONLINE_ROLES)
        publisher = Publisher.create(DirStore(deploy / "repository"), ring)
        desk = Desk(source, deploy)
        rows = registry(args.agencies)
        desk.workspace.replace_registry(write_csv(rows))
        desk.publish("set-up")  # the registry as the desk last published it (a full build)

        server = ServerThread(deploy).start()
        proxy = FaultProxy(server.port).start()
        kiosk = root / "kiosk"
        kiosk.mkdir()
        client = SyncClient(kiosk, proxy.url, publisher.root_bytes(), BundleOnly(kiosk))
        first = poll(client, proxy)  # the kiosk fetches the whole registry once
        upload = write_csv(changed(rows, args.changes))

        start = time.perf_counter()
        sum(1 for _ in csv.reader(io.StringIO(upload.decode("utf-8"))))
        csv_read_s = time.perf_counter() - start

        start = time.perf_counter()
        problems = desk.check_upload(upload)
        result = desk.diff_upload(upload)
        diff_s = time.perf_counter() - start
        assert not problems and not result.problems, (problems, result.problems)

        start = time.perf_counter()
        desk.workspace.replace_registry(upload)
        published = desk.publish("benchmark")
        publish_s = time.perf_counter() - start

        after = poll(client, proxy)
        assert after["version"] == published.version, (after, published.version)
        proxy.stop()
        server.stop()

        start = time.perf_counter()
        build_source(source, root / "full-build")
        build_s = time.perf_counter() - start
    load_end = os.getloadavg()
    print(
        json.dumps(
            {
                "agencies": args.agencies,
                "changes": args.changes,
                "load_average": {"start": [round(x, 2) for x in load_start],
                                 "end": [round(x, 2) for x in load_end]},
                "diff_counts": result.counts,
                "summary": published.summary,
                "seconds": {
                    "upload_to_diff": round(diff_s, 3),
                    "diff_to_published": round(publish_s, 3),
                    "upload_to_published": round(diff_s + publish_s, 3),
                },
                "targets_met": {
                    "diff_le_5s": diff_s <= TARGET_DIFF_S,
                    "published_le_10s": diff_s + publish_s <= TARGET_PUBLISH_S,
                },
                "baseline": {
                    "csv_read_s": round(csv_read_s, 3),
                    "full_build_s": round(build_s, 3),
                    "diff_vs_csv_read": round(diff_s / csv_read_s, 1),
                    "publish_vs_full_build": round(publish_s / build_s, 2),
                },
                "kiosk_poll_after_publish": {k: v for k, v in after.items() if k != "version"},
                "kiosk_first_poll_whole_registry": {k: v for k, v in first.items() if k != "version"},
                "fraction_of_whole": round(after["bytes"] / first["bytes"], 4),
            },
            indent=2,
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
