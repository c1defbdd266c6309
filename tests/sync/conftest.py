"""Fixtures for sync tests: a deployment with a published minimal source, a real kiosk-server on a free
port of 127.0.0.1, a fault-injecting proxy in front of it, and kiosk data folders pointed at either."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync.helpers import FIXTURE, Kiosk, make_kiosk
from tests.testkit.proxy import FaultProxy
from tests.testkit.serve import Deployment, ServerThread, new_deployment


@pytest.fixture
def source(tmp_path: Path) -> Path:
    """A copy of the minimal content source that the test may edit and republish."""
    target = tmp_path / "source"
    shutil.copytree(FIXTURE, target)
    return target


@pytest.fixture
def deployment(tmp_path: Path, source: Path) -> Deployment:
    dep = new_deployment(tmp_path / "deploy")
    dep.publish_source(source)
    return dep


@pytest.fixture
def server(deployment: Deployment) -> Iterator[ServerThread]:
    srv = ServerThread(deployment.root).start()
    yield srv
    srv.stop()


@pytest.fixture
def proxy(server: ServerThread) -> Iterator[FaultProxy]:
    fault_proxy = FaultProxy(server.port).start()
    yield fault_proxy
    fault_proxy.stop()


@pytest.fixture
def kiosk(tmp_path: Path, deployment: Deployment, proxy: FaultProxy) -> Iterator[Kiosk]:
    """A kiosk that talks to the server through the proxy and has applied the published content once."""
    k = make_kiosk(tmp_path / "kiosk", proxy.url, deployment)
    result = k.runner.run_once(deliver=False)
    assert result.changed, result.status
    assert result.status["last_error"] is None, result.status
    yield k
    k.close()
