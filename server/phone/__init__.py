"""The phone edition: the published content as small server-rendered pages under `/m/` (docs/phone.md)."""

from server.phone.fastpath import protocol_for
from server.phone.routes import install, start, stop

__all__ = ["install", "protocol_for", "start", "stop"]
