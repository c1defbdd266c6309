"""Keep travellers' traces out of the server's logs.

uvicorn's access log line is `client - "METHOD path HTTP/x" status`. For every request the scrubber
replaces the client address with `-` and drops the query string (where a phone's search text travels);
for phone pages it also cuts the licence number or id from agency and warning paths, so the log can count
page types and languages and nothing about who looked at what.
"""

from __future__ import annotations

import logging
import re

_PRIVATE_REF = re.compile(r"^(/m/[^/]+/(?:agency|warning)/)[^?]*")


class AccessLogScrubber(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) == 5:
            _client, method, path, version, status = args
            path = str(path).partition("?")[0]
            path = _PRIVATE_REF.sub(r"\1…", path)
            record.args = ("-", method, path, version, status)
        return True

    @classmethod
    def install(cls, logger: logging.Logger) -> None:
        if not any(isinstance(f, cls) for f in logger.filters):
            logger.addFilter(cls())
