"""`kiosk ask "QUESTION" [--lang L] [--json]`: the kiosk's answers to a question, from a terminal, so that
the quality of the answers can be measured (item ids, titles, verbatim paragraphs, scores)."""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

from content.ask.engine import AskEngine, as_json
from content.ask.index import AskIndex
from content.languages import UI_LANGUAGES


def run(db_path: Path, question: str, lang: str, as_json_output: bool, limit: int) -> int:
    """Print the ranked answers; exit status 0 (also when there is no good answer), 1 without a database,
    2 for an unknown language."""
    if lang not in UI_LANGUAGES:
        print(f"kiosk ask: unknown language {lang!r}; use one of {', '.join(UI_LANGUAGES)}", file=sys.stderr)
        return 2
    if not db_path.is_file():
        print(f"no content database at {db_path}", file=sys.stderr)
        return 1
    conn = sqlite3.connect(db_path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        answers = AskEngine(AskIndex.from_connection(conn)).ask(question, lang, limit=limit)
    finally:
        conn.close()
    if as_json_output:
        print(json.dumps(as_json(answers), ensure_ascii=False))
        return 0
    for a in answers:
        print(f"{a.score:5.2f}  {a.kind}/{a.ref}  [{a.lang}] {a.title}")
        for line in a.text.splitlines():
            print(f"       {line}")
    if not answers:
        print("no good answer", file=sys.stderr)
    return 0
