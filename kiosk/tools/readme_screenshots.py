"""The screenshots in the README: Home, a verdict and a list, in Uzbek and Russian, from the real screens.

    python -m kiosk.tools.readme_screenshots            # writes docs/screenshots/*.png

Rendered offscreen at 1920x1080 on the bundled sample content (a throw-away data folder) and scaled to
960 px wide, so the pictures stay small in the repository and always show the current screens.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from kiosk.app.paths import resource_root

Shot = tuple[str, str, dict[str, str], str]
SHOTS: tuple[Shot, ...] = (  # (file stem, screen, params, search text typed for a list of results)
    ("home", "home", {}, ""),
    ("verdict", "verdict", {"kind": "agency", "ref": ""}, ""),
    ("results", "check", {}, "Oʻzbek Ish"),
)
LANGUAGES = ("uz-Latn", "ru")
SIZE = (1920, 1080)
WIDTH = 960


def render(out: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from kiosk.app.bootstrap import ensure_content
    from kiosk.app.compose import build_kiosk, configure_application
    from kiosk.app.config import load_config

    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as data:
        ensure_content(Path(data))
        app = QApplication.instance() or QApplication(sys.argv[:1])
        configure_application(app)  # type: ignore[arg-type]
        kiosk = build_kiosk(load_config(Path(data)))
        kiosk.window.setFixedSize(*SIZE)
        kiosk.window.show()
        revoked = kiosk.context.registry.example_per_status().get("revoked", "")
        try:
            for lang in LANGUAGES:
                kiosk.context.i18n.set_language(lang)
                for stem, screen, params, typed in SHOTS:
                    if screen == "verdict":
                        params = {**params, "ref": revoked}
                    kiosk.navigator.go(screen, **params)
                    if typed:
                        kiosk.navigator.screen(screen).field.setText(typed)  # type: ignore[attr-defined]
                    for _ in range(3):
                        app.processEvents()
                    image = kiosk.window.grab().toImage().scaledToWidth(
                        WIDTH, Qt.TransformationMode.SmoothTransformation
                    )
                    path = out / f"{stem}-{lang}.png"
                    image.save(str(path))
                    written.append(path)
        finally:
            kiosk.context.speech.stop()
            kiosk.context.background.wait()
            kiosk.context.state.close()
            kiosk.window.close()
    return written


def main() -> int:
    out = resource_root() / "docs" / "screenshots"
    for path in render(out):
        print(path.relative_to(resource_root()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
