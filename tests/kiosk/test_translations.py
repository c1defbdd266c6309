"""UI translations: complete for every language, placeholders intact, and in sync with the code."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk.shell.i18n import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n")


def messages(tag: str) -> list[tuple[str, str, list[str], bool]]:
    tree = ET.parse(ROOT / "translations" / f"kiosk_{tag}.ts")
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            found.append((name, message.findtext("source"), forms, translation.get("type") == "unfinished"))
    return found


@pytest.mark.parametrize("tag", [lang.tag for lang in LANGUAGES])
def test_every_string_is_translated_with_its_placeholders(tag: str) -> None:
    problems = []
    for context, source, forms, unfinished in messages(tag):
        if unfinished or not all(forms):
            problems.append(f"{context}: {source!r} is not translated")
        for form in forms:
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{context}: {source!r} -> {form!r} changes the placeholders")
        if tag == "uz-Latn" and re.search(r"[A-Za-z]['‘’`]", " ".join(forms)):
            problems.append(f"{context}: {forms!r} uses a quote mark instead of ʻ or ʼ")
    assert not problems, "\n".join(problems)


def test_catalogue_matches_the_code(tmp_path: Path) -> None:
    """lupdate on the current code finds no string that is missing from the catalogue."""
    ts = tmp_path / "check.ts"
    (tmp_path / "check.ts").write_bytes((ROOT / "translations" / "kiosk_ru.ts").read_bytes())
    files = [str(p) for d in ("kiosk", "screens") for p in sorted((ROOT / d).rglob("*.py"))]
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    out = subprocess.run(
        [str(lupdate), "-no-obsolete", "-locations", "none", *files, "-ts", str(ts)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert re.search(r"\(0 new and \d+ already existing\)", out), out
