"""Reading a top-level YAML list file (topics.yaml, contacts.yaml, offices.yaml, ...) entry by entry."""

from __future__ import annotations

from pathlib import Path

from content.errors import Problem
from content.fields import FieldReader
from content.yamlfile import key_lines, read_yaml


def entries(root: Path, rel: str, problems: list[Problem], *, required: bool = True) -> list[FieldReader]:
    """A FieldReader for each entry of `rel`; a missing file is a problem only if it is `required`."""
    if not (root / rel).is_file():
        if required:
            problems.append(Problem(rel, None, "missing file"))
        return []
    parsed = read_yaml(root / rel, rel, problems)
    if parsed is None:
        return []
    if not isinstance(parsed.data, list) or parsed.node is None:
        problems.append(Problem(rel, 1, f"{rel} must be a list of entries, each starting with '- id: ...'"))
        return []
    readers = []
    for value, node in zip(parsed.data, parsed.node.value, strict=True):
        line = node.start_mark.line + 1
        if not isinstance(value, dict):
            problems.append(Problem(rel, line, "each entry must be 'field: value' lines starting with "
                                               "'- id: ...'"))
            continue
        readers.append(FieldReader(value, key_lines(node, 1, rel, problems), rel, line, problems))
    return readers
