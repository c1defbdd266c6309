"""Web assets shared by the two staff web apps: kiosk-server's operator pages and the desk console.

The server and the desk may not import each other, and both read `content/`, so the one stylesheet of the
staff look lives here; each app serves `STATIC` under its own prefix (the operator pages at
`/operator/static/`, the console at `/static/`). The kiosk and the phone edition do not use it.
"""

from __future__ import annotations

from pathlib import Path

STATIC = Path(__file__).resolve().parent / "static"  # served as it is: nothing else belongs in this folder
STYLESHEET = "staff.css"
