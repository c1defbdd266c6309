"""Phone edition benchmark: bytes per page type as served, and latency under load; prints one JSON object.

1. Publishes the sample content with a fictional registry of `--agencies` agencies (benchmarks/
   registry_data.py) and `--vacancies` job orders of its licensed agencies, dated today, through the real
   publisher, and starts kiosk-server in its own process on 127.0.0.1.
2. Bytes: every page type in every language, gzipped as the server sends it, plus the style sheet a first
   visit also loads (targets: <= 30 KB, stretch <= 14 KB); and the largest vacancy list page.
3. Load: `wrk` (Debian) with `--connections` concurrent connections for `--seconds` per page type: agency
   pages at random licence numbers, check pages with realistic queries, vacancy list pages (every page
   of the unfiltered list, filtered lists) and job orders at random, and a static article page as the
   same-run baseline (target p99 <= 50 ms). Without wrk, a bounded asyncio client does the same. Each
   is run twice: first with most pages rendered for the first time ("load"), then again ("load_warm").
4. Reload: one agency revoked and published again (one registry shard changes): seconds until the phone
   page says so, and the slowest page answered meanwhile; the server's memory before and after.
5. Restart: the server stopped and started again; seconds until its first page (it takes up the registry
   database it built, server/phone/registry.py `kept`, instead of building it again).
   `--no-shortcut` runs the server without the parser-level answers of server/phone/fastpath.py, for
   comparison.
   `--processes N` (N > 1) measures `kiosk-server phone --processes N` instead (server/phone/pool.py: N
   processes on one port, each with its own page cache and search process); the default, 1, measures
   `kiosk-server` itself.
   The machine's load average is printed with the figures (the client shares the machine's cores), and
   the nice level of the server's child processes relative to its own (its search process runs ahead of
   it where the system allows, server/registry_reader.py `run_ahead`: -10; 0 where it may not).

    python benchmarks/phone_bench.py [--agencies 100000] [--seconds 8] [--connections 200] [--processes N]
                                     [--no-shortcut]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gzip
import http.client
import json
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import registry_data  # noqa: E402

from content.bundle_format import (  # noqa: E402
    SHARDS,
    Manifest,
    TargetInfo,
    bundle_version,
    canonical_json,
    sha256_hex,
    shard_of,
)
from content.languages import UI_LANGUAGES as LANGUAGES  # noqa: E402
from content.vacancies import OCCUPATIONS, vacancy_part, vacancy_target  # noqa: E402
from sync.publisher import build_files  # noqa: E402
from tests.testkit.serve import Deployment, new_deployment  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
FIELDS = ("licence_no", "name", "other_names", "tin", "status", "issued_on", "expires_on",
          "status_changed_on", "status_reason", "region", "address", "phone", "countries")
SERVER = """
import sys, uvicorn
from server.app import create_app
from server.phone import protocol_for
app = create_app(sys.argv[1], refresh_interval_s=None)
http = protocol_for(app) if sys.argv[3] == "shortcut" else "auto"
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[2]), log_level="warning", server_header=False,
            backlog=2048, http=http)
"""


def agencies(n: int) -> list[dict]:
    out = []
    for row in registry_data.agency_rows(n, seed=1):
        agency = dict(zip(FIELDS, row, strict=True))
        agency["other_names"] = json.loads(agency["other_names"])
        agency["countries"] = json.loads(agency["countries"])
        out.append(agency)
    return out


CURRENCY = {"de": "EUR", "pl": "PLN", "lt": "EUR", "lv": "EUR", "kr": "KRW", "jp": "JPY", "gb": "GBP",
            "tr": "TRY", "ae": "AED", "sa": "SAR", "ru": "RUB", "kz": "KZT"}


def vacancies(n: int, rows: list[dict]) -> list[dict]:
    """`n` job orders of agencies licensed for a year and more from today, spread over 12 destinations
    and every type of work, as the vacancies role's targets carry them (content.vacancies.vacancy_json)."""
    rng = random.Random(14)
    until = date.fromordinal(date.today().toordinal() + 400).isoformat()
    licensed = [r["licence_no"] for r in rows if r["status"] == "active" and r["expires_on"] >= until]
    countries = sorted(CURRENCY)
    out = []
    for i in range(n):
        country, low = countries[i % len(countries)], rng.randint(1000, 3000)
        out.append({"id": f"{country}-v{i:05d}", "country": country,
                    "occupation": OCCUPATIONS[i % len(OCCUPATIONS)],
                    "employer": f"Employer {rng.randrange(600)} {rng.choice(['GmbH', 'LLC', 'UAB', 'SIA'])}",
                    "licence_no": rng.choice(licensed), "wage_min": low,
                    "wage_max": low + rng.randint(0, 800),
                    "currency": CURRENCY[country], "hours_per_week": 40, "language": "none",
                    "language_level": None, "contract_no": f"MR-{i:06d}", "places": rng.randint(1, 40),
                    "closes_on": date.fromordinal(date.today().toordinal() + 30 + i % 370).isoformat(),
                    "apply_url": f"https://example.org/kiosk-sample/platform/vacancy/{i}"})
    return out


def publish(work: Path, n: int, n_vacancies: int) -> tuple[Deployment, list[dict], list[dict]]:
    """A deployment with the sample content, `n` agencies and `n_vacancies` job orders, published and
    signed."""
    deployment = new_deployment(work / "deploy")
    rows = agencies(n)
    jobs = vacancies(n_vacancies, rows)
    publish_rows(deployment, rows, work, jobs)
    return deployment, rows, jobs


def publish_rows(deployment: Deployment, rows: list[dict], work: Path, jobs: list[dict]) -> None:
    """Publish the sample content with `rows` as the registry and `jobs` as the vacancies (a second call
    publishes what changed). The registry is dated today, so that it is fresh enough to vouch for the
    vacancies' agencies."""
    files, base = build_files(ROOT / "content" / "sample", work / "sample")
    files = {name: data for name, data in files.items() if not name.startswith("vacancies/")}
    parts: dict[tuple[str, str], list[dict]] = {}
    for job in jobs:
        parts.setdefault((job["country"], vacancy_part(job["id"])), []).append(job)
    for (country, part), part_jobs in parts.items():
        files[vacancy_target(country, part)] = canonical_json(
            {"country": country, "part": part, "vacancies": sorted(part_jobs, key=lambda j: j["id"])})
    shards: dict[str, list[dict]] = {s: [] for s in SHARDS}
    for agency in sorted(rows, key=lambda a: a["licence_no"]):
        shards[shard_of(agency["licence_no"])].append(agency)
    for shard, shard_rows in shards.items():
        files[f"registry/agencies-{shard}.json"] = canonical_json({"shard": shard, "agencies": shard_rows})
    targets = {name: TargetInfo(len(data), sha256_hex(data)) for name, data in sorted(files.items())}
    manifest = Manifest(version=bundle_version({k: t.sha256 for k, t in targets.items()}), sample=base.sample,
                        languages=base.languages, registry_as_of=date.today().isoformat(), targets=targets)
    deployment.publisher().publish_bundle(files, manifest)


def reload_after_one_revocation(deployment: Deployment, rows: list[dict], port: int, work: Path,
                                jobs: list[dict], in_a_row: int = 1) -> dict:
    """Revoke one agency and publish again (one registry shard changes): how long until the phone page
    says so (`in_a_row` times running, each on a new connection: with several processes, every one of
    them), and the slowest page the server answered meanwhile (the old content goes on being served)."""
    today = date.today().isoformat()
    victim = next(r for r in rows if r["status"] == "active" and r["expires_on"] > today)
    path = f"/m/en/agency/{quote(victim['licence_no'], safe='')}"
    assert b"verdict danger" not in gzip.decompress(get(port, path)[2])  # licensed (perhaps "out of date")
    victim.update(status="revoked", status_changed_on=victim["issued_on"], status_reason="Benchmark")
    started = time.perf_counter()
    publish_rows(deployment, rows, work, jobs)
    published = time.perf_counter()
    slowest = 0.0
    row = 0
    while True:
        asked = time.perf_counter()
        body = gzip.decompress(get(port, path)[2])
        slowest = max(slowest, time.perf_counter() - asked)
        row = row + 1 if b"verdict danger" in body else 0
        if row >= in_a_row:
            break
        if time.perf_counter() - published > 600:
            raise SystemExit("the new publish never showed")
        if row == 0:
            time.sleep(0.05)
    return {"publish_s": round(published - started, 1),
            "new_page_after_publish_s": round(time.perf_counter() - published, 1),
            "slowest_page_meanwhile_ms": round(slowest * 1000, 1),
            "note": "includes up to 5 s until the server's next check of timestamp.json"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def get(port: int, path: str) -> tuple[int, dict[str, str], bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    try:
        conn.request("GET", path, headers={"Accept-Encoding": "gzip"})
        response = conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        conn.close()


def page_bytes(port: int, pages: dict[str, str]) -> dict:
    """Per page type: the largest gzipped HTML over the eight languages, and with the style sheet."""
    css_path = None
    out: dict[str, dict] = {}
    for kind, path in pages.items():
        sizes = []
        for lang in LANGUAGES:
            status, headers, body = get(port, f"/m/{lang}/{path}")
            assert status == 200 and headers.get("content-encoding") == "gzip", (kind, lang, status)
            sizes.append(len(body))
            css_path = css_path or re.search(rb'href="((?:\.\./)+)(phone-[0-9a-f]+\.css)"',
                                             gzip.decompress(body)).group(2).decode()
        out[kind] = {"html_gzip_max": max(sizes), "html_gzip_min": min(sizes)}
    _, _, css = get(port, f"/m/{css_path}")
    for entry in out.values():
        entry["first_visit_with_css"] = entry["html_gzip_max"] + len(css)
    return {"css_gzip": len(css), "pages": out,
            "largest_first_visit": max(e["first_visit_with_css"] for e in out.values())}


def wrk_run(port: int, paths: list[str], seconds: int, connections: int, work: Path) -> dict:
    """wrk with a Lua script that picks a random path from `paths` for every request."""
    script = work / f"paths-{len(paths)}-{random.random():.6f}.lua"
    listed = ",".join(json.dumps(p) for p in paths)
    script.write_text(
        f"local paths = {{{listed}}}\n"
        "math.randomseed(os.time())\n"
        "wrk.headers['Accept-Encoding'] = 'gzip'\n"
        "request = function() return wrk.format('GET', paths[math.random(#paths)]) end\n"
        "done = function(summary, latency, requests)\n"
        "  io.write(string.format('JSON {\"p50\":%d,\"p99\":%d,\"requests\":%d,\"non2xx\":%d,"
        "\"errors\":%d}\\n', latency:percentile(50), latency:percentile(99), summary.requests,"
        " summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write"
        " + summary.errors.timeout))\n"
        "end\n", encoding="utf-8")
    result = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", "-s",
                             str(script), f"http://127.0.0.1:{port}"], capture_output=True, text=True,
                            timeout=seconds + 60, check=True)
    line = next(x for x in result.stdout.splitlines() if x.startswith("JSON "))
    raw = json.loads(line[5:])
    return {"p50_ms": round(raw["p50"] / 1000, 2), "p99_ms": round(raw["p99"] / 1000, 2),
            "requests_per_s": round(raw["requests"] / seconds, 1), "requests": raw["requests"],
            "non_2xx": raw["non2xx"], "socket_errors": raw["errors"], "client": "wrk"}


async def _client(port: int, paths: list[str], deadline: float, latencies: list[float], rng: random.Random,
                  failures: list[int]) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        while time.perf_counter() < deadline:
            path = rng.choice(paths)
            started = time.perf_counter()
            writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: gzip\r\n\r\n".encode())
            head = await reader.readuntil(b"\r\n\r\n")
            length = int(re.search(rb"(?i)content-length: *(\d+)", head).group(1))
            await reader.readexactly(length)
            latencies.append(time.perf_counter() - started)
            if not head.startswith(b"HTTP/1.1 2"):
                failures.append(1)
    finally:
        writer.close()


def asyncio_run(port: int, paths: list[str], seconds: int, connections: int) -> dict:
    """The same measurement without wrk: `connections` keep-alive clients in one asyncio loop."""
    latencies: list[float] = []
    failures: list[int] = []

    async def main() -> None:
        deadline = time.perf_counter() + seconds
        await asyncio.gather(*(_client(port, paths, deadline, latencies, random.Random(i), failures)
                               for i in range(connections)))

    asyncio.run(main())
    ordered = sorted(latencies)
    return {"p50_ms": round(statistics.median(ordered) * 1000, 2),
            "p99_ms": round(ordered[int(len(ordered) * 0.99) - 1] * 1000, 2),
            "requests_per_s": round(len(ordered) / seconds, 1), "requests": len(ordered),
            "non_2xx": len(failures), "client": "asyncio (the client shares the 2 cores)"}


def ready(port: int, timeout_s: float = 900.0, in_a_row: int = 1) -> float:
    """Seconds until Home answers 200 `in_a_row` times, each on a new connection (while a process loads
    its content it answers a 503 "being updated" page; with several processes a new connection may reach
    any of them)."""
    started = time.perf_counter()
    row = 0
    while row < in_a_row:
        try:
            row = row + 1 if get(port, "/m/en/")[0] == 200 else 0
        except OSError:
            row = 0
        if row == 0:
            if time.perf_counter() - started > timeout_s:
                raise SystemExit("the phone edition never became ready")
            time.sleep(0.2)
    return time.perf_counter() - started


def largest_list_page(port: int, jobs: list[dict]) -> dict:
    """The largest vacancy list page over the eight languages, HTML and gzipped: every filter's first page
    and the unfiltered list's first and last."""
    last = -(-len(jobs) // 20)
    paths = ["vacancies", f"vacancies/all/all/{last}",
             *(f"vacancies/{c}/all" for c in sorted({j['country'] for j in jobs})),
             *(f"vacancies/all/{o}" for o in OCCUPATIONS), "vacancies/de/care"]
    html = packed = 0
    for lang in LANGUAGES:
        for path in paths:
            status, _, body = get(port, f"/m/{lang}/{path}")
            assert status == 200, (lang, path, status)
            packed, html = max(packed, len(body)), max(html, len(gzip.decompress(body)))
    return {"pages_measured": len(paths) * len(LANGUAGES), "html_max": html, "html_gzip_max": packed}


def start_server(deploy: Path, port: int, mode: str, processes: int = 1) -> subprocess.Popen:
    """kiosk-server in a process of its own (or, with several `processes`, `kiosk-server phone`), once it
    accepts connections."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if processes > 1:
        command = [sys.executable, "-m", "server", "phone", "--deploy", str(deploy), "--port", str(port),
                   "--processes", str(processes), "--log-level", "warning"]
        server = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL)
    else:
        server = subprocess.Popen([sys.executable, "-c", SERVER, str(deploy), str(port), mode], env=env,
                                  cwd=ROOT)
    deadline = time.monotonic() + 60
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return server
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                raise SystemExit("kiosk-server did not start") from None
            time.sleep(0.1)


def _rss_mb(pid: int) -> float | None:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    found = re.search(r"VmRSS:\s+(\d+) kB", status)
    return round(int(found.group(1)) / 1024, 1) if found else None


def _children_rss_mb(pid: int) -> float | None:
    """The memory of every process under the server's (its search process, server/phone/searcher.py;
    with several processes, each of them and its search process)."""
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return None
    sizes = [_rss_mb(int(child)) for child in children]
    deeper = [_children_rss_mb(int(child)) for child in children]
    return round(sum(size for size in sizes + deeper if size is not None), 1)


def _descendants_nice(pid: int, base: int | None = None) -> list[int] | None:
    """The nice level of every process under the server's, relative to the server's own (its search
    process runs ahead of it where the system allows: server/registry_reader.py `run_ahead`)."""
    try:
        own = os.getpriority(os.PRIO_PROCESS, pid)
        children = [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return None
    base = own if base is None else base
    levels = []
    for child in children:
        with contextlib.suppress(OSError):
            levels.append(os.getpriority(os.PRIO_PROCESS, child) - base)
        levels += _descendants_nice(child, base) or []
    return levels


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--agencies", type=int, default=100_000)
    parser.add_argument("--vacancies", type=int, default=10_000)
    parser.add_argument("--seconds", type=int, default=8)
    parser.add_argument("--connections", type=int, default=200)
    parser.add_argument("--no-shortcut", action="store_true", help="every phone request through the app")
    parser.add_argument("--processes", type=int, default=1,
                        help="1: kiosk-server itself (default); N > 1: kiosk-server phone --processes N")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="phone-bench-") as tmp:
        work = Path(tmp)
        started = time.perf_counter()
        deployment, rows, jobs = publish(work, args.agencies, args.vacancies)
        deploy = deployment.root
        publish_s = time.perf_counter() - started
        port = free_port()
        mode = "plain" if args.no_shortcut else "shortcut"
        in_a_row = 1 if args.processes == 1 else 10 * args.processes  # every process has loaded
        server = start_server(deploy, port, mode, args.processes)
        try:
            first_load_s = ready(port, in_a_row=in_a_row)
            rng = random.Random(7)
            sample_licence = rows[0]["licence_no"]
            pages = {"home": "", "topics": "topics", "article": "article/employer-pays", "alerts": "alerts",
                     "alert": "alert/upfront-fees-no-job", "countries": "countries", "guide": "guide/kr",
                     "contacts": "contacts", "check": "check?q=" + quote("Oʻzbek Ish"),
                     "agency": f"agency/{quote(sample_licence, safe='')}", "not_found": "article/none",
                     "vacancies": "vacancies", "vacancy": f"vacancy/{jobs[0]['id']}"}
            pages.pop("not_found")
            sizes = page_bytes(port, pages)
            sizes["largest_vacancy_list_page"] = largest_list_page(port, jobs)
            pages_per_list = -(-len(jobs) // 20)
            lists = [f"/m/ru/vacancies/all/all/{n}" for n in range(2, pages_per_list + 1)]
            lists += [f"/m/ru/vacancies/{j['country']}/{j['occupation']}" for j in jobs[:120]]
            job_pages = [f"/m/ru/vacancy/{j['id']}" for j in rng.sample(jobs, min(len(jobs), 5000))]
            licences = [f"/m/ru/agency/{quote(r['licence_no'], safe='')}"
                        for r in rng.sample(rows, min(len(rows), 20_000))]
            words = [w for r in rng.sample(rows, 400) for w in r["name"].replace('"', " ").split()[:2]]
            queries = [f"/m/ru/check?q={quote(w[:rng.randint(3, max(3, len(w)))])}" for w in words]
            queries += [f"/m/ru/check?q={quote(r['licence_no'])}" for r in rng.sample(rows, 100)]
            runs = {"article_baseline": ["/m/ru/article/employer-pays"], "agency": licences, "check": queries,
                    "vacancy_list": lists, "vacancy": job_pages}
            run = wrk_run if shutil.which("wrk") else (lambda p, paths, s, c, _w: asyncio_run(p, paths, s, c))
            load_before = os.getloadavg()
            # First pass: most agency pages and searches are rendered for the first time. Second pass: the
            # same paths again, now mostly from the page cache.
            load = {name: run(port, paths, args.seconds, args.connections, work)
                    for name, paths in runs.items()}
            warm = {name: run(port, paths, args.seconds, args.connections, work)
                    for name, paths in runs.items()}
            load_after = os.getloadavg()
            rss_mb = _rss_mb(server.pid)
            children_rss_mb = _children_rss_mb(server.pid)
            children_nice = _descendants_nice(server.pid)
            reload = reload_after_one_revocation(deployment, rows, port, work, jobs, in_a_row)
            rss_after_reload_mb = _rss_mb(server.pid)
            children_rss_after_reload_mb = _children_rss_mb(server.pid)
            server.terminate()
            server.wait(timeout=30)
            started = time.perf_counter()
            server = start_server(deploy, port, mode, args.processes)
            ready(port, in_a_row=in_a_row)
            restart_s = time.perf_counter() - started
        finally:
            server.terminate()
            server.wait(timeout=30)

    def ratios(runs: dict) -> dict:
        return {name: {"p99": round(runs[name]["p99_ms"] / max(runs["article_baseline"]["p99_ms"], 0.01), 2),
                       "requests_per_s": round(runs[name]["requests_per_s"]
                                               / max(runs["article_baseline"]["requests_per_s"], 0.1), 2)}
                for name in ("agency", "check", "vacancy_list", "vacancy")}

    print(json.dumps({
        "agencies": args.agencies, "vacancies": args.vacancies, "connections": args.connections,
        "seconds_per_run": args.seconds,
        "publish_s": round(publish_s, 1), "server_first_page_after_publish_s": round(first_load_s, 1),
        "server_restart_to_first_page_s": round(restart_s, 1), "parser_shortcut": not args.no_shortcut,
        "server_processes": args.processes,
        "server_rss_mb": rss_mb, "server_child_processes_rss_mb": children_rss_mb,
        "server_child_processes_nice_relative": children_nice, "bytes": sizes,
        "load": load, "load_warm": warm,
        "ratios_to_article_baseline": ratios(load), "ratios_to_article_baseline_warm": ratios(warm),
        "reload_one_revocation": reload, "server_rss_after_reload_mb": rss_after_reload_mb,
        "server_child_processes_rss_after_reload_mb": children_rss_after_reload_mb,
        "machine_load_average_before_after": [round(load_before[0], 2), round(load_after[0], 2)],
        "targets": {"bytes_max": 30 * 1024, "bytes_stretch": 14 * 1024, "p99_ms_max": 50},
    }, indent=2))


if __name__ == "__main__":
    main()
