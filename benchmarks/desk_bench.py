"""Desk benchmark: a registry of 100,000 agencies uploaded with 100 changes, up to published. Prints JSON.

Steps, timed with the desk console's own code (`admin.console`, the same calls its pages make):
- diff: read and validate the uploaded CSV (`content.registry_diff.read_upload`) and compare it with the
  registry in the sources (`diff`): what the licensing officer waits for after pressing "Upload and compare"
  (target ≤ 5 s);
- published: apply the upload to the sources, then publish (summary in words, whole-source validation,
  bundle build, signing, writing the repository): what follows "Sign and publish" (target ≤ 10 s);
- kiosk bytes: the size of every repository file the publish wrote (new signed metadata and changed targets),
  which is what a kiosk downloads on its next poll, against the size of the whole registry (what replacing
  it would cost).
Same-run baselines: a bare `csv.reader` pass over the upload (diff_vs_csv_read) and a bare bundle build
(publish_vs_build). Compare ratios within one run, not seconds across machines.

Run: `.venv/bin/python benchmarks/desk_bench.py [--agencies 100000] [--changes 100]`.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
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
from content.registry_csv import AGENCY_COLUMNS  # noqa: E402
from content.registry_diff import check_upload, diff_files  # noqa: E402
from sync import keys  # noqa: E402
from sync.publisher import Publisher, build_files  # noqa: E402
from sync.store import DirStore  # noqa: E402

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--agencies", type=int, default=100_000)
    parser.add_argument("--changes", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="desk-bench-") as tmp:
        root = Path(tmp)
        source, deploy = root / "source", root / "deploy"
        shutil.copytree(FIXTURE, source)
        rows = registry(args.agencies)
        (source / "registry" / "agencies.csv").write_bytes(write_csv(rows))
        ring = keys.generate({r: 1 for r in (*keys.OFFLINE_ROLES, *keys.ONLINE_ROLES)})
        keys.save(ring, deploy / "keys" / "offline", keys.OFFLINE_ROLES)
        keys.save(ring, deploy / "keys" / "online", keys.ONLINE_ROLES)
        publisher = Publisher.create(DirStore(deploy / "repository"), ring)
        files, manifest = build_files(source, root / "b0")
        publisher.publish_bundle(files, manifest)
        registry_bytes = sum(len(data) for name, data in files.items() if name.startswith("registry/"))
        desk = Desk(source, deploy)
        upload = write_csv(changed(rows, args.changes))

        start = time.perf_counter()
        sum(1 for _ in csv.reader(io.StringIO(upload.decode("utf-8"))))
        csv_read_s = time.perf_counter() - start

        start = time.perf_counter()
        problems = check_upload(upload)
        result = diff_files(desk.workspace.registry_bytes(), upload)
        diff_s = time.perf_counter() - start
        assert not problems and not result.problems, (problems, result.problems)

        repo = deploy / "repository"
        before = {p: p.stat().st_mtime_ns for p in repo.rglob("*") if p.is_file()}
        start = time.perf_counter()
        desk.workspace.replace_registry(upload)
        published = desk.publish("benchmark")
        publish_s = time.perf_counter() - start

        written = [p for p in repo.rglob("*") if p.is_file() and before.get(p) != p.stat().st_mtime_ns]
        kiosk_bytes = sum(p.stat().st_size for p in written)
        start = time.perf_counter()
        build_files(source, root / "b1")
        build_s = time.perf_counter() - start
    print(
        json.dumps(
            {
                "agencies": args.agencies,
                "changes": args.changes,
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
                    "bundle_build_s": round(build_s, 3),
                    "diff_vs_csv_read": round(diff_s / csv_read_s, 1),
                    "publish_vs_build": round(publish_s / build_s, 2),
                },
                "kiosk_download": {
                    "bytes": kiosk_bytes,
                    "files": len(written),
                    "whole_registry_bytes": registry_bytes,
                    "fraction_of_registry": round(kiosk_bytes / registry_bytes, 4),
                },
            },
            indent=2,
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
