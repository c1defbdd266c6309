"""A preview of the phone edition's page for an article or a guide, drawn from the draft (the working
sources).

The desk never imports kiosk-server: it builds a bundle from the working sources, signs it into a
throw-away repository with throw-away keys (nothing of the deployment's keys or repository is touched),
and runs the server's own renderer on it as a subprocess, `kiosk-server export-phone`, exactly as the
kiosk preview runs `kiosk screenshot`. The page comes back as the server would send it; its style sheet is
served beside it so that the browser draws it as a phone would.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from content.bundle import build_bundle
from content.errors import ContentError
from content.formats import id_problem
from content.loader import load_source
from content.model import LANGUAGES
from sync import keys
from sync.keys import OFFLINE_ROLES, ONLINE_ROLES
from sync.publisher import Publisher
from sync.store import DirStore

KINDS = {"articles": "article", "guides": "guide"}
TIMEOUT_S = 180


class PhonePreviewError(Exception):
    """No phone preview could be made; the message says why in one line."""


@dataclass(frozen=True)
class PhonePage:
    html: bytes
    css_name: str
    css: bytes


def render_phone(source: Path, kind: str, item_id: str, lang: str) -> PhonePage:
    """The phone edition's page of one article or guide in `lang`, from the sources as saved now."""
    if kind not in KINDS or id_problem(item_id) or lang not in LANGUAGES:  # an id: short, one file name
        raise PhonePreviewError("unknown kind, item or language")
    with tempfile.TemporaryDirectory(prefix="desk-phone-") as tmp:
        root = Path(tmp)
        try:
            manifest = build_bundle(load_source(source), root / "bundle")
        except ContentError as exc:
            first = exc.problems[0] if exc.problems else exc
            raise PhonePreviewError(f"the sources do not build: {first}") from None
        files = {name: (root / "bundle" / name).read_bytes() for name in manifest.targets}
        ring = keys.generate({role: 1 for role in (*OFFLINE_ROLES, *ONLINE_ROLES)})
        store = DirStore(root / "deploy" / "repository")
        Publisher.create(store, ring).publish_bundle(files, manifest)
        out = root / "phone"
        run = subprocess.run([sys.executable, "-m", "server", "export-phone", str(out), "--deploy",
                              str(root / "deploy")], capture_output=True, text=True, timeout=TIMEOUT_S)
        if run.returncode != 0:
            raise PhonePreviewError(f"the phone edition could not draw it: {run.stderr.strip()[-300:]}")
        page = out / lang / KINDS[kind] / f"{item_id}.html"
        if not page.is_file():
            raise PhonePreviewError(f"the phone edition has no {KINDS[kind]} {item_id!r} in {lang}")
        css = next((p for p in out.glob("*.css")), None)
        return PhonePage(page.read_bytes(), css.name if css else "", css.read_bytes() if css else b"")
