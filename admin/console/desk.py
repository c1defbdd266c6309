"""One desk: its sources, the deployment's keys and repository, the last-published copy, the audit log.

`publish()` validates the whole source folder, builds the bundle, signs and writes what changed, then
records who published what in the audit log and makes the working sources the new "last published" copy.
A source with any problem is never signed: the publish is refused with the problems listed.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from admin.console.audit import DeskAudit
from admin.console.progress import ObservedStore
from admin.console.published import PublishedBundle
from admin.console.summary import Summary, summarise
from admin.console.vacancies import VacancyBook
from admin.console.workspace import Workspace
from content.bundle import build_source
from content.errors import ContentError
from content.registry_diff import RegistryDiff, check_upload, diff_files
from sync import keys
from sync.layout import ROLE_VACANCIES
from sync.publisher import MissingKeyError, MissingRoleError, Publisher, signed_roles
from sync.runner import gc_paused
from sync.store import DirStore

DESKS = {"content": "content desk", "registry": "licensing desk", "alerts": "alerts desk",
         "vacancies": "vacancies desk"}
# What each desk's key lets the console change (the words of the page that says what is missing here).
DESK_WORK = {"content": "articles, country guides, contacts and topics", "registry": "the agency registry",
             "alerts": "alerts", "vacancies": "vacancies"}


class PublishRefused(Exception):
    """The sources cannot be published as they are; the message lists why, `step` where it stopped."""

    def __init__(self, message: str, step: str | None = None) -> None:
        super().__init__(message)
        self.step = step


@dataclass(frozen=True)
class PublishResult:
    version: str
    changed_files: int
    roles: list[str]
    timestamp_version: int
    summary: str
    rendered_rows: int | None = None  # registry rows rendered anew; None: the whole bundle was rebuilt


class Desk:
    def __init__(self, source: Path, deploy: Path) -> None:
        self.deploy = Path(deploy)
        self.state = self.deploy / "desk"
        self.workspace = Workspace(Path(source), self.state)
        self.audit = DeskAudit(self.state / "audit.jsonl")
        self.published = self.state / "published-source"
        self.last_bundle = PublishedBundle(self.state)  # lets a publish render only the rows that changed
        self.vacancies = VacancyBook(self.workspace.source, self.state)
        if not self.published.exists():  # first start: what is in the sources now is taken as published
            shutil.copytree(self.workspace.source, self.published)

    def keyring(self) -> keys.Keyring:
        return keys.load(self.deploy / "keys" / "offline").merged(keys.load(self.deploy / "keys" / "online"))

    def desks(self) -> list[str]:
        """Which desks this machine can sign for (by the offline keys present)."""
        ring = keys.load(self.deploy / "keys" / "offline")
        return [name for role, name in DESKS.items() if ring.has(role)]

    def can(self, role: str) -> bool:
        """True if this machine holds the offline key that signs `role` (content, registry, alerts)."""
        return keys.load(self.deploy / "keys" / "offline").has(role)

    def described(self) -> tuple[str, str]:
        """Which desk this is and what it cannot do, in words for the top of every page."""
        ring = keys.load(self.deploy / "keys" / "offline")
        here = [role for role in DESKS if ring.has(role)]
        missing = [role for role in DESKS if role not in here]
        if not here:
            return ("No signing keys here: this console can show the fleet and reports, and change nothing "
                    "that kiosks download.", "")
        desks = [DESKS[r] for r in here]
        names = ", ".join(desks[:-1]) + " and " + desks[-1] if len(desks) > 1 else desks[0]
        lacking = "; ".join(f"{DESK_WORK[r]} (no {r} key)" for r in missing)
        return (f"This is the {names}.", f"Not on this machine: {lacking}." if missing else "")

    def has_vacancies_role(self) -> bool:
        """Whether the repository has the vacancies role (one made before it needs `kiosk-admin add-role`)."""
        return ROLE_VACANCIES in signed_roles(DirStore(self.deploy / "repository"))

    def check_upload(self, data: bytes) -> list[str]:
        """The problems of an uploaded registry export; rows as last published are not checked again."""
        with gc_paused():  # see sync.runner.gc_paused: 100,000 rows in memory make each full pass slow
            return check_upload(data, self.last_bundle.previous())

    def diff_upload(self, data: bytes, confirm_removals: int | None = None) -> RegistryDiff:
        """What an uploaded registry export changes in the sources (after `check_upload` found nothing
        wrong: the rows it read then are compared without reading the file again)."""
        return diff_files(self.workspace.registry_bytes(), data, confirm_removals=confirm_removals,
                          previous=self.last_bundle.previous())

    def summary(self) -> Summary:
        return summarise(self.published, self.workspace.source, self.last_bundle.previous(),
                         self.vacancies.closed_ids())

    def publish(self, actor: str, step: Callable[[str], None] = lambda name: None) -> PublishResult:
        """Validate, build, write and sign; `step` hears each step as it starts (admin.console.progress)."""
        summary = self.summary()
        if summary.empty:
            raise PublishRefused("nothing to publish: the sources are as last published")
        step("validate")
        with gc_paused(), self.last_bundle.building() as out:
            try:
                built = build_source(self.workspace.source, out, self.last_bundle.previous(), step,
                                     publishing_on=date.today())
            except ContentError as exc:  # the build validates first and writes nothing then
                raise PublishRefused(str(exc), step="validate") from exc
            store = ObservedStore(DirStore(self.deploy / "repository"), step)
            try:
                report = Publisher(store, self.keyring()).publish_bundle(built.files, built.manifest,
                                                                         built.rows)
            except MissingKeyError as exc:  # nothing new is pointed at: snapshot and timestamp come last
                raise PublishRefused(f"not signed: {exc}; publish these changes at the desk that holds "
                                     "it", step="sign") from None
            except MissingRoleError as exc:  # a repository made before the vacancies role: one line, no write
                raise PublishRefused(f"not signed: {exc}", step="sign") from None
            self.last_bundle.save(built, out)
        manifest = built.manifest
        self.audit.append(actor, "publish", manifest.version, {
            "summary": summary.lines, "files": len(report.paths),
            "timestamp_version": report.timestamp_version})
        fresh = self.state / "published-source.new"
        shutil.rmtree(fresh, ignore_errors=True)
        shutil.copytree(self.workspace.source, fresh)
        shutil.rmtree(self.published)
        fresh.rename(self.published)
        return PublishResult(manifest.version, len(report.paths), sorted(report.roles),
                             report.timestamp_version, summary.sentence(), built.rendered_rows)
