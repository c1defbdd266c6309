"""Issue 11 #13: the sample content must not contradict itself or the public sources it is checked
against (shared facts in DOMAIN terms: the employer pays the placement fee; an agency may take only a
capped consultation fee with a receipt; Germany's police number is 110)."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

SAMPLE = Path(__file__).resolve().parents[2] / "content" / "sample"
# "You pay nothing" contradicts the consultation fee that other pages describe.
PAYS_NOTHING = re.compile(
    r"pays? nothing|ничего не плат|hech narsa toʻlama|ҳеч нарса тўлама", re.IGNORECASE
)


def _texts() -> list[tuple[Path, str]]:
    found = [(p, p.read_text(encoding="utf-8")) for p in sorted(SAMPLE.rglob("*.md"))]
    found += [(SAMPLE / "contacts.yaml", (SAMPLE / "contacts.yaml").read_text(encoding="utf-8"))]
    return found


def test_no_page_says_the_worker_pays_nothing() -> None:
    wrong = [f"{path.relative_to(SAMPLE)}: {m.group()}" for path, text in _texts()
             for m in PAYS_NOTHING.finditer(text)]
    assert not wrong, wrong


def test_the_consultation_fee_is_described_as_capped_wherever_fees_are_explained() -> None:
    """Both halves of the rule, in every language of the rights article."""
    words = {"en": "capped by law", "ru": "ограничен законом", "uz-Latn": "qonun bilan cheklangan",
             "uz-Cyrl": "қонун билан чекланган"}
    for lang, phrase in words.items():
        text = (SAMPLE / "articles" / "worker-rights-abroad" / f"{lang}.md").read_text(encoding="utf-8")
        assert phrase in text, lang


def test_an_emergency_contact_for_germany_gives_the_police_number_110() -> None:
    contacts = yaml.safe_load((SAMPLE / "contacts.yaml").read_text(encoding="utf-8"))
    for contact in contacts:
        if "de" in (contact.get("countries") or []) and "112" in contact["id"]:
            for lang, text in contact["description"].items():
                assert "110" in text, (contact["id"], lang)
