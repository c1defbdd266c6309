"""The desk's content sources as the console edits them: articles per language, alerts, the registry.

Every edit is tried on a scratch copy first and validated with the same validator as `python -m content
validate` (`content.validate.check_source`); only an edit with no problem in the files it touches is
written to the real sources (atomically, file by file). Text that did not pass is handed back to the page so
that nothing typed is lost. Alerts live in the sources (`alerts/<id>/<lang>.md`), so a publish of anything
else never drops one; a withdrawn alert's folder is moved to `withdrawn/`, not deleted.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import yaml

from content.checks import Report
from content.errors import Problem, shorten_quoted
from content.formats import id_problem
from content.model import LANGUAGES
from content.registry_csv import AGENCIES_CSV, AGENCY_COLUMNS, agency_of
from content.registry_diff import parse_rows
from content.validate import check_source
from content.validate_registry import check_agency

MAX_TEXT = 1024 * 1024  # a field larger than this is refused before anything else is read
# The per-language text fields of each kind kept as one `<lang>.md` per language (besides the body).
TEXT_FIELDS = {"articles": ("title", "summary"), "guides": ("name", "summary")}
ACTIONS = {"revoke": "revoked", "suspend": "suspended", "reinstate": "active"}
# The single-agency form's fields by the registry column they fill, to show a row's problem at its field.
AGENCY_FORM_FIELDS = {"status_reason": "reason", "status_changed_on": "date"}


class EditError(Exception):
    """An edit that cannot be made; `problems` are (language or "", field or "", message) triples."""

    def __init__(self, message: str, problems: list[tuple[str, str, str]] | None = None) -> None:
        # What was typed is quoted short, as in a validator's problems (a form field may hold 64 KB).
        super().__init__(shorten_quoted(message))
        self.problems = problems or []


@dataclass(frozen=True)
class LangText:
    lang: str
    front: dict[str, Any]
    body: str

    @property
    def fallback(self) -> str | None:
        value = self.front.get("fallback")
        return str(value) if value else None


def split_front(text: str) -> tuple[dict[str, Any], str]:
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---\n", 4)
    if end < 0:
        return {}, text
    front = yaml.safe_load(text[4:end]) or {}
    return (front if isinstance(front, dict) else {}), text[end + 5:]


def join_front(front: dict[str, Any], body: str) -> str:
    head = yaml.safe_dump(front, allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{head}---\n{body.rstrip()}\n" if body.strip() else f"---\n{head}---\n"


def write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class Workspace:
    def __init__(self, source: Path, spare: Path) -> None:
        self.source = Path(source)
        self.spare = Path(spare)  # where withdrawn alerts go (inside the deployment's desk folder)

    # --- validation on a scratch copy -------------------------------------------------------------

    @contextmanager
    def _scratch(self) -> Iterator[Path]:
        with tempfile.TemporaryDirectory(prefix="desk-edit-") as tmp:
            copy = Path(tmp) / "source"
            shutil.copytree(self.source, copy, ignore=shutil.ignore_patterns("registry"))
            if (self.source / "registry").exists():
                shutil.copytree(self.source / "registry", copy / "registry")
            yield copy

    def try_files(self, files: dict[str, bytes], prefix: str) -> list[Problem]:
        """Problems in files under `prefix` if `files` (relative path → bytes) were written."""
        with self._scratch() as copy:
            for rel, data in files.items():
                (copy / rel).parent.mkdir(parents=True, exist_ok=True)
                (copy / rel).write_bytes(data)
            _, problems = check_source(copy)
        return [p for p in problems if p.path.startswith(prefix)]

    def problems(self) -> list[Problem]:
        return check_source(self.source)[1]

    # --- articles and country guides: one `<lang>.md` per language ---------------------------------

    def item_ids(self, kind: str) -> list[str]:
        folder = self.source / kind
        return sorted(p.name for p in folder.iterdir() if p.is_dir()) if folder.is_dir() else []

    def article_ids(self) -> list[str]:
        return self.item_ids("articles")

    def item(self, kind: str, item_id: str) -> dict[str, LangText | None]:
        """Each language's file of an article or guide (None where the language has no file)."""
        folder = self._item_folder(kind, item_id)
        out: dict[str, LangText | None] = {}
        for lang in LANGUAGES:
            path = folder / f"{lang}.md"
            text = path.read_text(encoding="utf-8") if path.exists() else None
            out[lang] = LangText(lang, *split_front(text)) if text is not None else None
        return out

    def article(self, article_id: str) -> dict[str, LangText | None]:
        return self.item("articles", article_id)

    def save_article(self, article_id: str, texts: dict[str, dict[str, str]]) -> list[str]:
        return self.save_item("articles", article_id, texts)

    def save_item(self, kind: str, item_id: str, texts: dict[str, dict[str, str]]) -> list[str]:
        """Set the texts and body per language; returns the languages whose file changed.

        A language written here stops being a fallback: its file gets the shared fields of the item's
        first own-text file, and its own texts."""
        current = self.item(kind, item_id)
        names = TEXT_FIELDS[kind]
        reference = next((t for t in current.values() if t and not t.fallback), None)
        if reference is None:
            raise EditError(f"{kind[:-1]} {item_id!r} has no language file to start from")
        files: dict[str, bytes] = {}
        for lang, fields in texts.items():
            if lang not in LANGUAGES:
                raise EditError(f"unknown language {lang!r}")
            for name, value in fields.items():
                if len(value) > MAX_TEXT:
                    raise EditError(f"{lang} {name}: {len(value):,} characters; the editor takes at most "
                                    f"{MAX_TEXT:,}", [(lang, name, "far too long")])
            shared = {k: v for k, v in reference.front.items() if k not in (*names, "fallback")}
            front = {**shared, **{name: fields.get(name, "").strip() for name in names}}
            data = join_front(front, fields.get("body", "").replace("\r\n", "\n")).encode("utf-8")
            rel = f"{kind}/{item_id}/{lang}.md"
            old = self.source / rel
            if not old.exists() or old.read_bytes() != data:
                files[rel] = data
        if not files:
            return []
        problems = self.try_files(files, f"{kind}/{item_id}/")
        if problems:
            raise EditError("not saved: fix the marked fields", [locate(p) for p in problems])
        for rel, data in files.items():
            write_atomic(self.source / rel, data)
        return sorted(Path(rel).stem for rel in files)

    def _item_folder(self, kind: str, item_id: str) -> Path:
        folder = self.source / kind / item_id
        if "/" in item_id or item_id.startswith(".") or not _is_dir(folder):
            shown = item_id if len(item_id) <= 60 else item_id[:60] + "…"
            raise EditError(f"no {kind[:-1]} {shown!r}")
        return folder

    # --- alerts -----------------------------------------------------------------------------------

    def alerts(self) -> list[dict[str, Any]]:
        folder = self.source / "alerts"
        out = []
        for item in sorted(folder.iterdir()) if folder.is_dir() else []:
            files = {p.stem: split_front(p.read_text(encoding="utf-8")) for p in item.glob("*.md")}
            own = next((f for lang in LANGUAGES if (f := files.get(lang)) and not f[0].get("fallback")), None)
            if own is None:
                continue
            front = own[0]
            out.append({"id": item.name, "severity": front.get("severity"), "title": front.get("title"),
                        "published_on": str(front.get("published_on") or ""),
                        "expires_on": str(front.get("expires_on") or ""),
                        "languages": sorted(k for k, f in files.items() if not f[0].get("fallback"))})
        return out

    def expire_alert(self, alert_id: str, today: date | None = None) -> None:
        """Kiosks stop showing it today (they show an alert while expires_on is after today)."""
        day = (today or datetime.now(UTC).date()).isoformat()
        folder = self._item_folder("alerts", alert_id)
        files = {}
        for path in sorted(folder.glob("*.md")):
            front, body = split_front(path.read_text(encoding="utf-8"))
            front["expires_on"] = day
            if str(front.get("published_on") or "") > day:
                front["published_on"] = day  # scheduled for later and expired now: never shown
            files[f"alerts/{alert_id}/{path.name}"] = join_front(front, body).encode("utf-8")
        problems = self.try_files(files, f"alerts/{alert_id}/")
        if problems:
            raise EditError("cannot expire: " + "; ".join(map(str, problems[:3])))
        for rel, data in files.items():
            write_atomic(self.source / rel, data)

    def withdraw_alert(self, alert_id: str) -> Path:
        folder = self._item_folder("alerts", alert_id)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        target = self.spare / "withdrawn-alerts" / f"{alert_id}-{stamp}"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(folder), target)
        return target

    def compose_alert(self, fields: dict[str, Any]) -> str:
        """A new alert written in one language; every other language is an explicit fallback to it."""
        alert_id, lang = str(fields["id"]).strip(), str(fields["lang"])
        bad_id = id_problem(alert_id)  # also what keeps the id a single folder name
        if bad_id:
            raise EditError("not saved: fix the marked fields", [("", "id", bad_id)])
        if (self.source / "alerts" / alert_id).exists():
            raise EditError(f"an alert {alert_id!r} exists already", [("", "id", "this id is taken")])
        shared = {"id": alert_id, "severity": fields["severity"], "published_on": fields["published_on"],
                  **({"expires_on": fields["expires_on"]} if fields.get("expires_on") else {}),
                  "qr": fields["qr"], "sample": False}
        own = {**shared, "title": fields["title"].strip(), "summary": fields["summary"].strip(),
               "red_flags": [x for x in fields["red_flags"] if x.strip()],
               "actions": [x for x in fields["actions"] if x.strip()]}
        files = {f"alerts/{alert_id}/{lang}.md": join_front(own, fields.get("body", "")).encode("utf-8")}
        for other in LANGUAGES:
            if other != lang:
                files[f"alerts/{alert_id}/{other}.md"] = join_front({**shared, "fallback": lang}, "").encode()
        problems = self.try_files(files, f"alerts/{alert_id}/")
        if problems:
            raise EditError("not saved: fix the marked fields", [locate(p) for p in problems])
        for rel, data in files.items():
            write_atomic(self.source / rel, data)
        return alert_id

    # --- registry ---------------------------------------------------------------------------------

    def registry_rows(self) -> list[dict[str, str]]:
        """The registry in the sources (validated when it was written: parsed, not checked again)."""
        path = self.source / AGENCIES_CSV
        return parse_rows(path.read_bytes()) if path.exists() else []

    def registry_bytes(self) -> bytes:
        path = self.source / AGENCIES_CSV
        return path.read_bytes() if path.exists() else b"licence_no\n"

    def replace_registry(self, data: bytes) -> None:
        write_atomic(self.source / AGENCIES_CSV, data)

    def agency_action(self, licence_no: str, action: str, on: str, reason: str) -> dict[str, str]:
        """Revoke, suspend or reinstate one agency, with the date and reason the kiosks will show."""
        if action not in ACTIONS:
            raise EditError(f"unknown action {action!r}")
        if not reason.strip():
            raise EditError("a status change needs a reason", [("", "reason", "required")])
        try:
            date.fromisoformat(on)
        except ValueError:
            raise EditError("the date must be YYYY-MM-DD", [("", "date", "YYYY-MM-DD")]) from None
        columns, rows = _file_rows(self.registry_bytes())
        row = next((r for r in rows if (r.get("licence_no") or "").strip() == licence_no.strip()), None)
        if row is None:
            raise EditError(f"no agency with licence number {licence_no!r}",
                            [("", "licence_no", "not found")])
        if row["status"].strip() == ACTIONS[action]:
            raise EditError(f"{licence_no} is {row['status'].strip()} already")
        row.update(status=ACTIONS[action], status_changed_on=on, status_reason=reason.strip())
        if "status_reason_code" in row:  # the code worded the previous reason; the new one is the text typed
            row["status_reason_code"] = ""
        _check_row(row)
        self.replace_registry(write_csv(rows, columns))
        return row


def _file_rows(data: bytes) -> tuple[list[str], list[dict[str, str]]]:
    """(columns, rows) of agencies.csv exactly as written: every column it has (the optional reason code
    too), every cell as it is, so that a change of one agency rewrites only that agency's row."""
    reader = csv.DictReader(io.StringIO(data.decode("utf-8-sig")))
    rows = [{column: cell or "" for column, cell in row.items() if isinstance(column, str)} for row in reader
            if any((cell or "").strip() for cell in row.values() if isinstance(cell, str))]
    return list(reader.fieldnames or AGENCY_COLUMNS), rows


def _check_row(row: dict[str, str]) -> None:
    """The changed registry row through the registry's own row rules (`check_agency`: the characters a
    text may hold, the reason's length, ...), as an upload of it would be; a problem is shown at its form
    field, under the field's name, and nothing is saved."""
    problems: list[Problem] = []
    agency = agency_of(0, row)
    assert agency.origin is not None
    check_agency(Report(problems), agency, agency.origin)
    if problems:
        shown = [_at_form_field(p.message) for p in problems]
        raise EditError(f"not saved: {shown[0][1]}", [("", field, message) for field, message in shown])


def _at_form_field(message: str) -> tuple[str, str]:
    """(form field, message naming it) of a problem of a registry column."""
    for column, field in AGENCY_FORM_FIELDS.items():
        if message.startswith(column):
            return field, field + message.removeprefix(column)
    return "", message


def _is_dir(path: Path) -> bool:
    """Whether `path` is a folder; a name the file system cannot hold (longer than a file name may be) is
    none, not an error."""
    try:
        return path.is_dir()
    except OSError:
        return False


def typed_count(text: str) -> int | None:
    """The number a person typed to confirm a count (of rows an upload removes): digits 0-9 only, at most 8 of
    them; anything else (a superscript, words, a sign) is no count at all, never an error."""
    text = text.strip()
    return int(text) if text.isascii() and text.isdigit() and len(text) < 9 else None


def too_long_message(length: int) -> str:
    """What the editor reads at a field longer than `MAX_TEXT`, which the console does not keep."""
    return (f"{length:,} characters is more than the {MAX_TEXT:,} a field can hold. This text was not kept "
            "and nothing was saved; paste a shorter text.")


def write_csv(rows: list[dict[str, str]], columns: list[str] | tuple[str, ...] = AGENCY_COLUMNS) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def locate(problem: Problem) -> tuple[str, str, str]:
    """(language, field, message) for showing a validator problem at its field."""
    lang = Path(problem.path).stem if problem.path.endswith(".md") else ""
    message = problem.message
    names = ("title", "summary", "body", "red_flags", "actions", "qr", "expires_on", "published_on", "id",
             "severity", "name", "description", "phone", "url")
    field = next((f for f in names if message.startswith(f) or f" {f} " in message or f"'{f}'" in message),
                 "")
    # A problem of a language file that names no front-matter field is in its Markdown (a missing section).
    in_body = "body" in message.lower() or problem.path.endswith(".md")
    field = field or ("body" if in_body else "")
    return lang, field, at_field(field, lang, message)


def at_field(field: str, lang: str, message: str) -> str:
    """A validator's message as shown beside the field it is about, in its language's part of the form: both
    are named there already, so a message that starts by naming them ("title: U+202E …", "name (ru): …") is
    shown without them."""
    if not field:
        return message
    for named in ((f"{field} ({lang}): ",) if lang else ()) + (f"{field}: ",):
        if message.startswith(named):
            return message.removeprefix(named)
    return message
