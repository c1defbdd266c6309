"""Kiosk settings: one declared schema with defaults, types and descriptions.

Settings come from `kiosk.toml` in the data directory (written by the installer or an administrator) and
from command-line overrides. UI state (the current language, the open screen) is not a setting and lives
in the session instead.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from kiosk.shell.i18n import LANGUAGE_BY_TAG


class ConfigError(ValueError):
    """A configuration file that cannot be used; the message names the file and the setting."""


@dataclass(frozen=True)
class Config:
    """Every setting the kiosk reads. Field metadata holds each description (the README table mirrors it)."""

    data_dir: Path = field(metadata={"help": "Folder holding content.db, state.db and the applied bundle."})
    kiosk_id: str = field(default="unenrolled", metadata={"help": "This kiosk's id, issued at enrolment."})
    default_language: str = field(
        default="uz-Latn", metadata={"help": "Language shown on the attract screen and after each session."}
    )
    idle_timeout_s: int = field(
        default=60, metadata={"help": "Seconds without a touch before the session is wiped (10-3600)."}
    )
    registry_url: str = field(
        default="https://example.org/kiosk-sample/registry/{licence_no}",
        metadata={"help": "Official registry page of one licence; {licence_no} is replaced."},
    )
    server_url: str = field(default="", metadata={"help": "Central server base URL; empty = offline only."})
    phone_base_url: str = field(
        default="http://127.0.0.1:8470/m",
        metadata={"help": "Phone edition every QR leads to ({phone_base_url}/{lang}/article/{id}, ...); the "
                  "sample default is a kiosk-server on this machine; empty = items' own qr URLs."},
    )
    stale_after_days: int = field(
        default=7, metadata={"help": "Days without a verified refresh before registry results warn."}
    )
    poll_interval_s: int = field(
        default=300, metadata={"help": "Seconds between polls of the central server (30-86400)."}
    )
    kiosk_token: str = field(
        default="", metadata={"help": "Secret issued with kiosk_id at enrolment (`kiosk-admin enrol`)."}
    )
    trust_root: str = field(
        default="",
        metadata={"help": "Path of the bootstrap TUF root.json; empty = deploy/trust/root.json shipped "
                  "with the app."},
    )
    report_seal_key: str = field(
        default="",
        metadata={"help": "The agency's public key (`kiosk-admin seal-keys`): reports and call-back requests "
                  "are sealed to it, so the server holds only ciphertext; empty = not sealed."},
    )
    admin_pin_hash: str = field(
        default="",
        metadata={"help": "scrypt hash of the technician PIN, written by `kiosk set-pin`; empty = no admin."},
    )

    def validate(self) -> None:
        """Reject values that would make the kiosk misbehave, naming the setting."""
        if self.default_language not in LANGUAGE_BY_TAG:
            tags = ", ".join(LANGUAGE_BY_TAG)
            raise ConfigError(f"default_language: {self.default_language!r} is not one of {tags}")
        if not 10 <= self.idle_timeout_s <= 3600:
            raise ConfigError(f"idle_timeout_s: {self.idle_timeout_s} is outside 10-3600 seconds")
        if "{licence_no}" not in self.registry_url or not self.registry_url.startswith(
            ("https://", "http://")
        ):
            raise ConfigError("registry_url: must be an http(s) URL containing {licence_no}")
        if not 1 <= self.stale_after_days <= 365:
            raise ConfigError(f"stale_after_days: {self.stale_after_days} is outside 1-365")
        if self.server_url and not _transport_ok(self.server_url):
            raise ConfigError(f"server_url: {self.server_url!r} must be https:// (plain http:// only to "
                              "127.0.0.1 or [::1]): the kiosk's token and travellers' reports cross it")
        if self.phone_base_url and (not self.phone_base_url.startswith(("https://", "http://"))
                                    or any(ch in self.phone_base_url for ch in " ?#{}")):
            raise ConfigError("phone_base_url: must be empty or an http(s) URL without spaces, ? or #")
        if not 30 <= self.poll_interval_s <= 86400:
            raise ConfigError(f"poll_interval_s: {self.poll_interval_s} is outside 30-86400 seconds")
        if self.report_seal_key:
            from sync.sealing import SealError, public_key

            try:
                public_key(self.report_seal_key)
            except SealError as exc:
                raise ConfigError(f"report_seal_key: {exc}") from None
        if self.kiosk_token and not self.kiosk_token.isascii():
            raise ConfigError("kiosk_token: must be the ASCII token printed by `kiosk-admin enrol`")


CONFIG_FILE = "kiosk.toml"


def _transport_ok(url: str) -> bool:
    """https anywhere; plain http only to this machine (a local proxy or a test server)."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return False
    if parts.scheme == "https" and host:
        return True
    return parts.scheme == "http" and host in ("127.0.0.1", "::1")


def load_config(data_dir: Path, overrides: dict[str, Any] | None = None) -> Config:
    """Read `kiosk.toml` from the data directory (if present), apply overrides, and validate."""
    config = Config(data_dir=data_dir)
    path = data_dir / CONFIG_FILE
    if path.exists():
        try:
            values = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: {exc}") from exc
        config = _merge(config, values, str(path))
    if overrides:
        config = _merge(config, overrides, "command line")
    config.validate()
    return config


def _merge(config: Config, values: dict[str, Any], origin: str) -> Config:
    known = {f.name: f for f in fields(Config) if f.name != "data_dir"}
    changes: dict[str, Any] = {}
    for key, value in values.items():
        if key not in known:
            raise ConfigError(f"{origin}: unknown setting {key!r}")
        expected = type(getattr(config, key))
        if not isinstance(value, expected) or isinstance(value, bool):
            raise ConfigError(f"{origin}: {key} must be a {expected.__name__}, got {value!r}")
        changes[key] = value
    return replace(config, **changes)
