"""The publish summary in words: what signing now would change, compared with the last publish.

The console keeps a copy of the sources as they were last published (`desk/published-source/` in the
deployment); the summary compares the working sources with it file by file, and the registry row by row
("1 agency revoked, 1 article changed in 2 languages, alert x expired").
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from admin.console.workspace import split_front
from content.registry_csv import AGENCIES_CSV
from content.registry_diff import RegistryDiff, diff_files
from content.registry_rows import Previous
from content.vacancies import VACANCIES_CSV
from content.vacancy_diff import VacancyDiff, read_rows
from content.vacancy_diff import diff as vacancy_diff
from content.vacancy_diff import summary_lines as vacancy_summary

STATUS_WORDS = {"revoked": "revoked", "suspended": "suspended", "active": "reinstated", "expired": "expired"}


@dataclass
class Summary:
    lines: list[str] = field(default_factory=list)
    registry: RegistryDiff | None = None
    vacancies: VacancyDiff | None = None

    @property
    def empty(self) -> bool:
        return not self.lines

    def sentence(self) -> str:
        return "; ".join(self.lines) or "nothing to publish: the sources are as last published"


def _n(count: int, word: str) -> str:
    return f"{count} {word if count == 1 else _plural(word)}"


def _plural(word: str) -> str:
    return word[:-1] + "ies" if word.endswith("y") and word[-2] not in "aeiou" else word + "s"


def _files(root: Path, kind: str) -> dict[str, dict[str, bytes]]:
    out: dict[str, dict[str, bytes]] = {}
    folder = root / kind
    for item in sorted(folder.iterdir()) if folder.is_dir() else []:
        if item.is_dir():
            out[item.name] = {p.stem: p.read_bytes() for p in item.glob("*.md")}
    return out


def summarise(published: Path, working: Path, previous: Previous | None = None,
              closed_vacancies: frozenset[str] = frozenset()) -> Summary:
    """`previous` is the registry as last published (`content.registry_rows.Previous`): with it the
    registry files are compared without reading them again when it holds them. `closed_vacancies`: the
    ids the desk closed (a vacancy gone from the sources is "closed" then, else "removed")."""
    summary = Summary()
    _registry(summary, published, working, previous)
    _vacancies(summary, published, working, closed_vacancies)
    for kind, word in (("articles", "article"), ("guides", "country guide")):
        _items(summary, _files(published, kind), _files(working, kind), word)
    _alerts(summary, _files(published, "alerts"), _files(working, "alerts"))
    for name, word in (("contacts.yaml", "contacts"), ("topics.yaml", "topics"),
                       ("registry/warnings.csv", "warning list")):
        old, new = published / name, working / name
        if (old.read_bytes() if old.exists() else None) != (new.read_bytes() if new.exists() else None):
            summary.lines.append(f"{word} changed")
    return summary


def _registry(summary: Summary, published: Path, working: Path, previous: Previous | None) -> None:
    old_path, new_path = published / AGENCIES_CSV, working / AGENCIES_CSV
    if not new_path.exists() or (old_path.exists() and old_path.read_bytes() == new_path.read_bytes()):
        return
    old = old_path.read_bytes() if old_path.exists() else new_path.read_bytes()[:0]
    try:
        # removals were confirmed when uploaded
        result = diff_files(old or b"licence_no\n", new_path.read_bytes(), confirm_removals=-1,
                            previous=previous)
    except (UnicodeDecodeError, csv.Error) as exc:
        summary.lines.append(f"the registry cannot be read: {exc}")
        return
    summary.registry = result
    by_status: dict[str, list[str]] = {}
    for change in result.status_changed:
        assert change.new is not None
        by_status.setdefault(STATUS_WORDS.get(change.new["status"], change.new["status"]), []).append(
            change.key)
    for word, keys in sorted(by_status.items()):
        summary.lines.append(f"{_n(len(keys), 'agency')} {word} ({', '.join(keys[:5])}"
                             f"{', ...' if len(keys) > 5 else ''})")
    for items, word in ((result.added, "added to"), (result.removed, "removed from"),
                        (result.details_changed, "with changed details in")):
        if items:
            summary.lines.append(f"{_n(len(items), 'agency')} {word} the registry")


def _vacancies(summary: Summary, published: Path, working: Path, closed: frozenset[str]) -> None:
    old_path, new_path = published / VACANCIES_CSV, working / VACANCIES_CSV
    old = old_path.read_bytes() if old_path.exists() else b""
    new = new_path.read_bytes() if new_path.exists() else b""
    if old == new:
        return
    (old_rows, old_problems), (new_rows, new_problems) = read_rows(old), read_rows(new)
    if old_problems or new_problems:
        summary.lines.append(f"vacancies changed (cannot compare: {(new_problems or old_problems)[0]})")
        return
    result = vacancy_diff([r for _, r in old_rows], [r for _, r in new_rows], date.today(), closed_ids=closed,
                          confirm_removals=-1)
    summary.vacancies = result
    summary.lines.extend(vacancy_summary(result))


def _items(summary: Summary, old: dict[str, dict[str, bytes]], new: dict[str, dict[str, bytes]],
           word: str) -> None:
    for item_id in sorted(set(old) | set(new)):
        if item_id not in old:
            summary.lines.append(f"{word} {item_id} added")
        elif item_id not in new:
            summary.lines.append(f"{word} {item_id} removed")
        else:
            langs = sorted(lang for lang in set(old[item_id]) | set(new[item_id])
                           if old[item_id].get(lang) != new[item_id].get(lang))
            if langs:
                summary.lines.append(f"{word} {item_id} changed in {_n(len(langs), 'language')} "
                                     f"({', '.join(langs)})")


def _alerts(summary: Summary, old: dict[str, dict[str, bytes]], new: dict[str, dict[str, bytes]]) -> None:
    today = datetime.now(UTC).date().isoformat()
    for alert_id in sorted(set(old) | set(new)):
        if alert_id not in new:
            summary.lines.append(f"alert {alert_id} withdrawn")
        elif alert_id not in old:
            summary.lines.append(f"alert {alert_id} added")
        elif old[alert_id] != new[alert_id]:
            fronts = [split_front(data.decode("utf-8"))[0] for data in new[alert_id].values()]
            expires = {str(f.get("expires_on") or "") for f in fronts}
            if expires and all(e and e <= today for e in expires):
                summary.lines.append(f"alert {alert_id} expired (kiosks stop showing it today)")
            else:
                summary.lines.append(f"alert {alert_id} changed")
