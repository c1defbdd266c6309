"""The phone edition: the published content as small server-rendered pages under `/m/` (docs/phone.md)."""

from server.phone.routes import install

__all__ = ["install"]
