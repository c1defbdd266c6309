"""The screenshots in the README: Home, a verdict and a list, in Uzbek and Russian, from the real screens.

    scripts/readme-screenshots                      # sets up .venv first, then writes docs/screenshots/*.png
    python -m kiosk.tools.readme_screenshots [--out DIR]

Rendered offscreen at 1920x1080 on the bundled sample content (a throw-away data folder), through the same
screen states as `kiosk screenshot` (so a picture here is one the layout checks have seen), and scaled to
960 px wide, so the pictures stay small in the repository and always show the current screens. The
translations are compiled first: a stale .qm would put English on an Uzbek picture.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from kiosk.app.paths import resource_root

# (file stem in docs/screenshots, the `kiosk screenshot` state it shows)
SHOTS: tuple[tuple[str, str], ...] = (
    ("home", "03-home"),
    ("verdict", "13-verdict-revoked"),
    ("results", "12-check-results-mixed"),
)
LANGUAGES = ("uz-Latn", "ru")
SIZE = (1920, 1080)
WIDTH = 960


def render(out: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, Qt, QTranslator

    from kiosk.app.bootstrap import ensure_content
    from kiosk.app.compose import build_kiosk, configure_application, ensure_application
    from kiosk.app.config import load_config
    from kiosk.tools.screenshots import iter_rendered
    from kiosk.tools.translations_build import compile_all

    compile_all()
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as data:
        ensure_content(Path(data))
        app = ensure_application()
        configure_application(app)
        kiosk = build_kiosk(load_config(Path(data)))
        try:
            for name, state in SHOTS:
                for _size, lang, _state in iter_rendered(kiosk, [SIZE], list(LANGUAGES), only=state):
                    image = kiosk.window.grab().toImage().scaledToWidth(
                        WIDTH, Qt.TransformationMode.SmoothTransformation
                    )
                    path = out / f"{name}-{lang}.png"
                    if not image.save(str(path)):
                        raise OSError(f"could not write {path}")
                    written.append(path)
        finally:
            kiosk.context.speech.stop()
            kiosk.context.background.wait()
            kiosk.context.state.close()
            kiosk.window.close()
            # The window outlives this call in the process that asked for it, and so would its language:
            # take its translators out of the application, or every later window would speak Russian.
            for translator in kiosk.window.findChildren(QTranslator):
                QCoreApplication.removeTranslator(translator)
    wanted = [f"{n}-{lang}" for n, _s in SHOTS for lang in LANGUAGES]
    missing = [stem for stem in wanted if out / f"{stem}.png" not in written]
    if missing:
        raise RuntimeError(f"these screen states no longer exist: {', '.join(missing)}")
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=resource_root() / "docs" / "screenshots")
    args = parser.parse_args(argv)
    try:
        paths = render(args.out)
    except (OSError, RuntimeError) as exc:
        print(f"readme screenshots: {exc}", file=sys.stderr)
        return 1
    for path in paths:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
