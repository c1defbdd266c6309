"""content.db: its one declared schema, and the code that fills it from a verified bundle.

Below the kiosk and the server alike: the kiosk's apply (`kiosk/data/apply.py`, which adds staging, fsync and
the atomic swap) and the server's phone edition build the same tables, and the registry search index
(`content/search/`) over them, through this package. No Qt, no files: everything here works on an open
`sqlite3.Connection` inside the caller's transaction.
"""
