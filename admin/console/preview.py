"""A preview of an article, a guide, the contacts or the topics page as the kiosk draws it: the kiosk's own
`kiosk screenshot`, run as a subprocess.

The desk never imports the kiosk or Qt: it builds a bundle from the working sources, applies it into a
throw-away kiosk data folder with `kiosk apply`, and asks `kiosk screenshot --only STEM` (08-article-ID,
10-guide-CC, 11-contacts, 06-topics) for the one screen, offscreen, at the size asked (1920x1080 landscape
or 1080x1920 portrait). Clipped text that the kiosk's layout check finds comes back with the picture.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from content.bundle import build_bundle
from content.languages import UI_LANGUAGES
from content.loader import load_source

SIZES = ("1920x1080", "1080x1920")
_STEM = re.compile(r"[0-9]{2}-[a-z0-9]+(?:-[a-z0-9]+)*")
TIMEOUT_S = 180


class PreviewError(Exception):
    """No preview could be made; the message says why in one line."""


@dataclass(frozen=True)
class Preview:
    png: bytes
    clipped: list[str]


def screen_stem(kind: str, item_id: str) -> str:
    """The file stem of `kiosk screenshot` that shows this item (a page of them for contacts and topics)."""
    return {"articles": f"08-article-{item_id}", "guides": f"10-guide-{item_id}", "contacts": "11-contacts",
            "topics": "06-topics"}[kind]


def render_article(source: Path, article_id: str, lang: str, size: str) -> Preview:
    return render_screen(source, screen_stem("articles", article_id), lang, size)


def render_screen(source: Path, stem: str, lang: str, size: str) -> Preview:
    """The kiosk's screen `stem` in `lang` (any of the kiosk's eight, fallbacks shown as kiosks show them)."""
    if not _STEM.fullmatch(stem) or lang not in UI_LANGUAGES or size not in SIZES:
        raise PreviewError("unknown screen, language or size")
    kiosk = [sys.executable, "-m", "kiosk"]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory(prefix="desk-preview-") as tmp:
        root = Path(tmp)
        try:
            build_bundle(load_source(source), root / "bundle")
        except Exception as exc:  # the sources do not build: say so instead of drawing old content
            raise PreviewError(f"the sources do not build: {exc}") from None
        steps = [[*kiosk, "apply", str(root / "bundle"), "--data-dir", str(root / "data")],
                 [*kiosk, "screenshot", "--data-dir", str(root / "data"), "--out", str(root / "shots"),
                  "--sizes", size, "--languages", lang, "--only", stem]]
        run = None
        for step in steps:
            run = subprocess.run(step, capture_output=True, text=True, env=env, timeout=TIMEOUT_S)
            if run.returncode not in (0, 1) or (step[3] == "apply" and run.returncode):
                why = (run.stderr or run.stdout).strip()[-300:]
                raise PreviewError(f"the kiosk could not draw it: {why}")
        png = root / "shots" / size / lang / f"{stem}.png"
        if not png.exists():
            raise PreviewError(f"the kiosk has no screen {stem!r} in {lang}")
        clipped = [line for line in (run.stderr if run else "").splitlines() if line.startswith(size)]
        return Preview(png.read_bytes(), clipped)
