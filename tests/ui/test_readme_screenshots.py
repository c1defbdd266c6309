"""The README's screenshots come from one documented command and show today's screens."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QImage

from kiosk.app.paths import resource_root
from kiosk.tools import readme_screenshots


def test_the_readme_shows_each_screenshot_and_names_the_command_that_renders_it() -> None:
    readme = (resource_root() / "README.md").read_text(encoding="utf-8")
    shown = set(re.findall(r"\(docs/screenshots/([^)]+\.png)\)", readme))
    langs = readme_screenshots.LANGUAGES
    expected = {f"{n}-{lang}.png" for n, _s in readme_screenshots.SHOTS for lang in langs}
    assert shown == expected
    assert all((resource_root() / "docs" / "screenshots" / name).is_file() for name in expected)
    assert "scripts/readme-screenshots" in readme
    assert (resource_root() / "scripts" / "readme-screenshots").stat().st_mode & 0o111


def test_the_command_renders_every_picture_from_the_current_screens(tmp_path: Path) -> None:
    written = readme_screenshots.render(tmp_path)
    assert sorted(p.name for p in written) == sorted(
        f"{n}-{lang}.png" for n, _s in readme_screenshots.SHOTS for lang in readme_screenshots.LANGUAGES
    )
    for path in written:
        image = QImage(str(path))
        assert image.width() == readme_screenshots.WIDTH, path.name
    # Each picture in its own language (the same picture twice would mean one language was not applied).
    for name, _state in readme_screenshots.SHOTS:
        assert QImage(str(tmp_path / f"{name}-uz-Latn.png")) != QImage(str(tmp_path / f"{name}-ru.png")), name
