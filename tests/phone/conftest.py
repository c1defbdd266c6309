"""A deployment with the sample content published once per run, and a real kiosk-server serving its phone
edition on 127.0.0.1 with a fixed calendar. The sample registry is "as of" the day it is published
(`registry_as_of: build-day` in its bundle.yaml), so its data is fresh on that calendar."""

from __future__ import annotations

import csv
import gzip
import http.client
import json
import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from tests.testkit.serve import Deployment, ServerThread, new_deployment

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "content" / "sample"
TODAY = date(2026, 11, 20)  # the phone's calendar: licence expiry dates of the sample are read on this day


@pytest.fixture(scope="session")
def publish_days() -> list[date]:
    """The day(s) `published` was published on (two when the publication ran over midnight)."""
    return []


@pytest.fixture(scope="session")
def published(tmp_path_factory: pytest.TempPathFactory, publish_days: list[date]) -> Deployment:
    dep = new_deployment(tmp_path_factory.mktemp("phone") / "deploy")
    before = date.today()
    dep.publish_source(SAMPLE)
    publish_days.extend({before, date.today()})
    return dep


@pytest.fixture(scope="session")
def published_on(published: Deployment) -> str:
    """The day the sample was published: its registry's "as of" (the manifest as published)."""
    manifest = json.loads((published.root / "build" / "manifest.json").read_text(encoding="utf-8"))
    return str(manifest["registry_as_of"])


# The ways registry rows write an agency's phone (benchmarks/registry_data.py `phone()`, and brackets around
# the code after +998), with the number each dials; and what is no number at all (nothing to dial).
WRITTEN_PHONES = {"998901234567": "+998901234567", "(90) 123 45 67": "+998901234567",
                  "+998 90 123-45-67": "+998901234567", "+998901234567": "+998901234567",
                  "+998 (90) 123-45-67": "+998901234567", "90 123-45-67": "+998901234567"}
NOT_PHONES = ("—", "101")
# A warning-list entry's known numbers (a `;`-list), each a link, and one that is too short to dial.
WARNING_PHONES = {"w-001": ("998901234567", "(91) 234-56-78"), "w-002": ("101",)}


def written_phones() -> dict[str, str]:
    """The sample agency (licence number) that has each of WRITTEN_PHONES and NOT_PHONES as its phone in
    `published_phones`: the first agencies of the sample registry, in that order."""
    with open(SAMPLE / "registry" / "agencies.csv", encoding="utf-8", newline="") as handle:
        licences = [row["licence_no"] for row in csv.DictReader(handle)]
    return dict(zip(licences, [*WRITTEN_PHONES, *NOT_PHONES], strict=False))


def _rewrite(path: Path, key: str, column: str, values: dict[str, str]) -> None:
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        row[column] = values.get(row[key], row[column])
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


@pytest.fixture(scope="session")
def published_phones(tmp_path_factory: pytest.TempPathFactory) -> Deployment:
    """The sample with its first agencies' phones (and two warnings' numbers) written the registry's many
    ways instead of the sample's one."""
    root = tmp_path_factory.mktemp("phones")
    source = root / "source"
    shutil.copytree(SAMPLE, source)
    _rewrite(source / "registry" / "agencies.csv", "licence_no", "phone", written_phones())
    _rewrite(source / "registry" / "warnings.csv", "id", "phones",
             {key: ";".join(numbers) for key, numbers in WARNING_PHONES.items()})
    dep = new_deployment(root / "deploy")
    dep.publish_source(source)
    return dep


@pytest.fixture(scope="session")
def phone(published: Deployment) -> Iterator[Phone]:
    server = ServerThread(published.root, refresh_interval_s=None, today=lambda: TODAY).start()
    yield Phone(server.port)
    server.stop()


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")


@dataclass
class Phone:
    """Raw HTTP to the server: paths are sent exactly as given (no normalising, no redirects followed)."""

    port: int

    def get(self, path: str, headers: dict[str, str] | None = None) -> Answer:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            conn.putrequest("GET", path, skip_accept_encoding=True)
            for name, value in {"Accept-Encoding": "gzip", **(headers or {})}.items():
                conn.putheader(name, value)
            conn.endheaders()
            response = conn.getresponse()
            body = response.read()
            found = {k.lower(): v for k, v in response.getheaders()}
        finally:
            conn.close()
        if found.get("content-encoding") == "gzip":
            body = gzip.decompress(body)
        return Answer(response.status, found, body)


def sample_agencies() -> dict[str, str]:
    """One licence number per verdict the sample registry can give on TODAY."""
    found: dict[str, str] = {}
    with open(SAMPLE / "registry" / "agencies.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            status = row["status"]
            if status == "active" and date.fromisoformat(row["expires_on"]) <= TODAY:
                status = "expired"
            found.setdefault(status, row["licence_no"])
    return found


def until(condition: Callable[[], object], timeout_s: float = 120.0, what: str = "condition") -> None:
    """Wait for `condition` (a server loading, a process starting) without a fixed sleep."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, f"{what}: not met in time"
        time.sleep(0.05)
