"""Every install instruction names the same kiosk packages as scripts/setup.sh, xwayland included: cage on
Debian 12 exits with "Cannot find Xwayland binary" without it, and the kiosk service stays down."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
INSTRUCTIONS = (ROOT / "docs" / "install.md", ROOT / "deploy" / "README.md")


def _deploy_packages() -> set[str]:
    text = (ROOT / "scripts" / "setup.sh").read_text(encoding="utf-8")
    block = re.search(r"DEPLOY_PACKAGES=\((.*?)\)", text, re.S)
    assert block, "scripts/setup.sh has no DEPLOY_PACKAGES list"
    return set(block[1].split())


def _instructions(path: Path) -> list[set[str]]:
    text = path.read_text(encoding="utf-8").replace("\\\n", " ")
    return [set(m.split()) for m in re.findall(r"apt-get install ([^\n`]*cage[^\n`]*)", text)]


def test_xwayland_is_in_every_install_instruction_and_the_deploy_list() -> None:
    packages = _deploy_packages()
    assert {"cage", "xwayland"} <= packages
    for path in INSTRUCTIONS:
        found = _instructions(path)
        assert found, f"{path.name}: no apt-get install line for the kiosk"
        for listed in found:
            assert listed == packages, (path.name, listed ^ packages)
