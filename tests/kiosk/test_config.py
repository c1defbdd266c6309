"""Configuration: a bad kiosk.toml gives a clear error naming the setting."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.app.config import ConfigError, load_config


def test_defaults_without_a_file(tmp_path: Path) -> None:
    config = load_config(tmp_path)
    assert config.default_language == "uz-Latn"
    assert config.idle_timeout_s == 60
    assert config.stale_after_days == 7


def test_file_and_overrides(tmp_path: Path) -> None:
    (tmp_path / "kiosk.toml").write_text('kiosk_id = "TAS-T2-04"\nidle_timeout_s = 90\n', encoding="utf-8")
    config = load_config(tmp_path, {"default_language": "ru"})
    assert (config.kiosk_id, config.idle_timeout_s, config.default_language) == ("TAS-T2-04", 90, "ru")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("idle_timeout_s = 5", "idle_timeout_s"),
        ('idle_timeout_s = "60"', "must be a int"),
        ('default_language = "fr"', "default_language"),
        ("colour = 1", "unknown setting 'colour'"),
        ('registry_url = "ftp://x/{licence_no}"', "registry_url"),
        ("idle_timeout_s = ", "kiosk.toml"),
    ],
)
def test_bad_values_are_named(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "kiosk.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_config(tmp_path)
