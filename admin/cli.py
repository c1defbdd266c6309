"""kiosk-admin: the publisher's command. Keys, signing, publishing, alerts, enrolment and fleet status.

A deployment folder (`--deploy`, default `$KIOSK_DEPLOY_DIR` or `./kiosk-deploy`) holds:
  keys/offline/   root, targets, content, registry, alerts and vacancies keys: keep them with the
                  administrators
  keys/online/    snapshot and timestamp keys: these go to the server, which re-signs before expiry
  repository/     the signed repository that kiosk-server (or any static web server) serves
  trust/root.json the bootstrap root to ship inside the kiosk app
  server.db       enrolled kiosks and the events they sent (kiosk-server's store)
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from admin.terminal import terminal_safe
from content.model import SEVERITIES
from server.db import EnrolError, ServerDB
from server.storage import DeployError, check_deploy, database_url
from sync import keys, layout, sealing
from sync.cli_errors import closed_pipe_safe
from sync.publisher import MissingKeyError, MissingRoleError, Publisher
from sync.repo_init import Settings
from sync.store import DirStore


def _deploy_default() -> Path:
    return Path(os.environ.get("KIOSK_DEPLOY_DIR", "kiosk-deploy"))


def _publisher(deploy: Path) -> Publisher:
    keyring = keys.load(deploy / "keys" / "offline").merged(keys.load(deploy / "keys" / "online"))
    return Publisher(DirStore(deploy / "repository"), keyring)


def cmd_init(args: argparse.Namespace) -> int:
    deploy: Path = args.deploy
    if (deploy / "repository" / "metadata" / "1.root.json").exists():
        print(f"kiosk-admin: {deploy} already has a repository; refusing to make new keys", file=sys.stderr)
        return 1
    if not os.environ.get(keys.PASSPHRASE_ENV) and not args.unencrypted:
        print(f"kiosk-admin init: set {keys.PASSPHRASE_ENV} to encrypt the new signing keys "
              "(or pass --unencrypted for a throw-away demo)", file=sys.stderr)
        return 1
    keyring = keys.generate({role: 1 for role in (*keys.OFFLINE_ROLES, *keys.ONLINE_ROLES)})
    keys.save(keyring, deploy / "keys" / "offline", keys.OFFLINE_ROLES)
    keys.save(keyring, deploy / "keys" / "online", keys.ONLINE_ROLES)
    publisher = Publisher.create(DirStore(deploy / "repository"), keyring,
                                 Settings(bin_bits=args.bin_bits, part_digits=args.part_digits))
    for target in [deploy / "trust" / "root.json", *([args.trust_out] if args.trust_out else [])]:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(publisher.root_bytes())
        print(f"bootstrap root written to {target}")
    print(f"keys in {deploy / 'keys'}; repository in {deploy / 'repository'}")
    return 0


def cmd_publish(args: argparse.Namespace) -> int:
    from content.bundle import build_source
    from content.errors import ContentError

    with tempfile.TemporaryDirectory(prefix="kiosk-publish-") as tmp:
        source = Path(args.source)
        if args.registry:
            source = Path(tmp) / "source"
            shutil.copytree(args.source, source)
            shutil.copyfile(args.registry, source / "registry" / "agencies.csv")
        try:
            # A publication: the rules that depend on the day (closing dates, licence end dates) apply.
            built = build_source(source, Path(tmp) / "bundle", publishing_on=date.today())
        except ContentError as exc:
            print(f"kiosk-admin publish: {exc}", file=sys.stderr)
            return 1
        manifest = built.manifest
        try:
            report = _publisher(args.deploy).publish_bundle(built.files, manifest, built.rows)
        except MissingRoleError as exc:
            print(f"kiosk-admin publish: {exc}; nothing was published", file=sys.stderr)
            return 1
    roles = _roles_in_words(report.roles)
    print(f"bundle {manifest.version}: {len(report.paths)} file(s) changed, roles re-signed: "
          f"{', '.join(roles) or 'none'}; timestamp version {report.timestamp_version}")
    for path in report.paths:
        print(f"  {path}")
    return 0


def cmd_alert(args: argparse.Namespace) -> int:
    from admin.alerts import AlertDraft, with_alert

    publisher = _publisher(args.deploy)
    alert = AlertDraft(id=args.id, lang=args.lang, title=args.title, summary=args.summary,
                       red_flags=args.red_flag, actions=args.action, qr=args.qr, severity=args.severity,
                       expires_on=args.expires, body=args.body, published_on=date.today().isoformat())
    try:
        data = with_alert(publisher.target_bytes("alerts.json"), alert)
    except ValueError as exc:
        print(f"kiosk-admin alert: {exc}", file=sys.stderr)
        return 1
    report = publisher.publish_alerts(data)
    print(f"alert {args.id!r} published (timestamp version {report.timestamp_version}); kiosks show it "
          f"after their next poll. Add it to the content sources too, or the next publish removes it.")
    return 0


def _server_db(deploy: Path) -> ServerDB:
    """The server's database for this deployment (refuses a wrong folder before creating anything)."""
    return ServerDB(database_url(check_deploy(deploy)))


def cmd_enrol(args: argparse.Namespace) -> int:
    try:
        token = _server_db(args.deploy).enrol(args.kiosk_id, rotate=args.rotate,
                                              overlap=timedelta(hours=args.overlap_hours))
    except EnrolError as exc:
        print(f"kiosk-admin enrol: {exc}", file=sys.stderr)
        return 1
    if args.rotate:
        print(f"# the previous token of {args.kiosk_id} keeps working for {args.overlap_hours:g} h")
    print(f"# kiosk.toml for {args.kiosk_id} (the token is shown only now)")
    print(f'kiosk_id = "{args.kiosk_id}"\nkiosk_token = "{token}"\nserver_url = "{args.server_url}"')
    return 0


def _expiry_warnings(deploy: Path) -> list[str]:
    """One line per offline-signed role that every kiosk depends on and that expires within 30 days."""
    from sync.trust_expiry import WARN_BEFORE

    try:
        publisher = _publisher(deploy)
    except FileNotFoundError:
        return []
    now = datetime.now(UTC)
    return [f"WARNING: the {role} role expires {expires.isoformat()}: kiosks stop updating then "
            "(kiosk-admin renew)" for role, _v, expires in publisher.expiries()
            if role not in ("snapshot", "timestamp") and expires - now <= WARN_BEFORE]


def cmd_fleet(args: argparse.Namespace) -> int:
    from server.fleet import judge

    db = _server_db(args.deploy)
    now = db.clock()
    kiosks = [judge(k, now) for k in db.fleet()]
    warnings = _expiry_warnings(args.deploy)
    if args.json:
        print(json.dumps(kiosks, indent=2))  # ensure_ascii: every control character is a \u escape
        for line in warnings:
            print(line, file=sys.stderr)
        return 0
    for line in warnings:
        print(line)
    print(terminal_safe(f"server time {db.now()}; ages by this clock"))
    print(f"{'kiosk':<16} {'age':>10}  {'content':<17} {'outbox':>6}  flags")
    for k in kiosks:
        flags = "; ".join(f"{f['name']}: {f['message']}" for f in k["flags"]) or "ok"
        depth = k["outbox_depth"] if k["outbox_depth"] is not None else "-"
        print(terminal_safe(f"{k['kiosk_id']:<16} {k['age']:>10}  {k['content_version'] or '-':<17} "
                            f"{depth:>6}  {flags}"))
    return 0


def cmd_events(args: argparse.Namespace) -> int:
    events = _server_db(args.deploy).events(args.kind)
    private = _seal_private_key(args.key) if args.key else None
    if args.key and private is None:
        return 1
    unopened = 0
    for event in events:
        if private is not None and sealing.is_sealed(event.get("payload")):
            try:
                event = {**event, "payload": sealing.open_sealed(event["payload"], private)}
            except sealing.SealError as exc:
                unopened += 1
                event = {**event, "unopened": str(exc)}
        print(terminal_safe(json.dumps(event, ensure_ascii=False, sort_keys=True)))
    if unopened:
        print(f"kiosk-admin: {unopened} sealed payload(s) not opened by this key", file=sys.stderr)
    return 0


def _seal_private_key(path: Path) -> str | None:
    """The private key in `path`, or None after a one-line error."""
    try:
        text = path.read_text(encoding="ascii").strip()
        sealing.private_key(text)
    except OSError as exc:
        print(f"kiosk-admin: cannot read the private key {path}: {exc.strerror}", file=sys.stderr)
        return None
    except (UnicodeDecodeError, sealing.SealError) as exc:
        print(f"kiosk-admin: {path}: {exc}", file=sys.stderr)
        return None
    return text


def cmd_seal_keys(args: argparse.Namespace) -> int:
    """A key pair for sealing reports: the private key into a new file only its owner can read, the public
    key printed for every kiosk's `report_seal_key`."""
    private, public = sealing.new_keypair()
    try:
        fd = os.open(args.out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        print(f"kiosk-admin: {args.out} exists; a sealing key is never overwritten", file=sys.stderr)
        return 1
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(private + "\n")
    print(f"private key (keep it at the desk; whoever holds it reads every sealed report): {args.out}")
    print(f'in each kiosk.toml:  report_seal_key = "{public}"')
    return 0


def cmd_console(args: argparse.Namespace) -> int:
    import uvicorn

    from admin.console.app import create_console

    check_deploy(args.deploy)
    if not (args.source / "bundle.yaml").is_file():
        print(f"kiosk-admin console: {args.source} is not a content source folder (no bundle.yaml)",
              file=sys.stderr)
        return 2
    app = create_console(args.source, args.deploy, args.server_url)
    print(f"desk console on http://127.0.0.1:{args.port}/ (log in with your kiosk-server account)")
    uvicorn.run(app, host="127.0.0.1", port=args.port, server_header=False, log_level="warning")
    return 0


def cmd_refresh(args: argparse.Namespace) -> int:
    changed = _publisher(args.deploy).refresh_online()
    print("re-signed" if changed else "snapshot and timestamp are fresh; nothing to do")
    return 0


WARN_DAYS = 30


def cmd_status(args: argparse.Namespace) -> int:
    """Every role's version and expiry, marking those within 30 days, and the registry's signed "as of"."""
    publisher = _publisher(args.deploy)
    now = datetime.now(UTC)
    print(f"{'role':<22} {'version':>7}  {'expires':<26} keys here")
    for role, version, expires in publisher.expiries():
        days = (expires - now).days
        mark = "EXPIRED" if expires <= now else f"in {days} d" + ("  RENEW SOON" if days < WARN_DAYS else "")
        key_role = layout.key_role(role)
        here = "yes" if publisher.keys.has(key_role) else "no"
        print(f"{role:<22} {version:>7}  {expires.isoformat():<26} {here:<4} {mark}")
    as_of = publisher.registry_as_of()
    print(f"registry signed as of {as_of.isoformat() if as_of else 'unknown'}: verdicts on kiosks turn stale "
          "when this is older than their stale_after_days (kiosk-admin registry reaffirm)")
    return 0


def _roles_in_words(roles: Iterable[str]) -> list[str]:
    """Role names as printed: each role's hash bins counted on one entry ("64 registry bin(s)")."""
    roles = list(roles)
    counts = {role: sum(1 for name in roles if layout.key_role(name) == role and name != role)
              for role in layout.BIN_PREFIXES.values()}
    return [name for name in roles if layout.key_role(name) == name] + [
        f"{n} {role} bin(s)" for role, n in counts.items() if n]


def cmd_renew(args: argparse.Namespace) -> int:
    """Re-sign every role past half its lifetime (or all with --force) whose keys are on this machine."""
    publisher = _publisher(args.deploy)
    renewed = publisher.renew(force=args.force)
    names = _roles_in_words(renewed)
    print(f"re-signed: {', '.join(names) or 'nothing was due'}")
    missing = [r for r in keys.OFFLINE_ROLES if not publisher.keys.has(r)]
    if missing:
        print(f"no key here for {', '.join(missing)}: renew those on the desk that holds them")
    return 0


def cmd_reaffirm(args: argparse.Namespace) -> int:
    publisher = _publisher(args.deploy)
    report = publisher.reaffirm_registry()
    as_of = publisher.registry_as_of()
    print(f"registry reaffirmed as of {as_of.isoformat() if as_of else '?'} "
          f"(timestamp version {report.timestamp_version}); nothing else changed")
    return 0


def cmd_rotate_key(args: argparse.Namespace) -> int:
    """A new key for a role; the old key file moves to keys/retired/ (keep it until every kiosk has updated,
    then destroy it). A top-level role's new key goes into a new root; a delegated role's (content,
    registry, alerts) into targets, which needs the targets key here."""
    role: str = args.role
    folder = args.deploy / "keys" / ("offline" if role in keys.OFFLINE_ROLES else "online")
    publisher = _publisher(args.deploy)
    if role not in ("root", "targets", "snapshot", "timestamp") and not publisher.keys.has("targets"):
        print(f"kiosk-admin: rotating the {role} key re-signs targets, and its key is not in "
              f"{args.deploy / 'keys' / 'offline'}; nothing was changed", file=sys.stderr)
        return 1
    new = keys.generate({role: 1})
    retired = args.deploy / "keys" / "retired" / datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    retired.mkdir(parents=True, exist_ok=True)
    for path in sorted(folder.glob(f"{role}-*.pem")):
        path.rename(retired / path.name)
    keys.save(new, folder, (role,))
    publisher.rotate_key(role, new.for_role(role))
    if role in ("root", "targets", "snapshot", "timestamp"):
        print(f"{role}: new key in {folder}, old key in {retired}; root version "
              f"{publisher.root.signed.version}. Kiosks follow the chain of roots on their next poll.")
    else:
        print(f"{role}: new key in {folder}, old key in {retired}; targets version "
              f"{publisher.roles['targets'].signed.version} lists it. Kiosks follow on their next poll.")
    return 0


def cmd_add_role(args: argparse.Namespace) -> int:
    """A delegated role the repository was made without (vacancies came after some repositories were
    made): its key goes into keys/offline (a key already there is used), targets lists it, and version 1 of
    the role is signed. Needs the targets key here; kiosks need no new root and follow on their next poll."""
    role: str = args.role
    folder = args.deploy / "keys" / "offline"
    publisher = _publisher(args.deploy)
    if role in publisher.roles:
        print(f"kiosk-admin: this repository has the {role} role already; nothing was changed",
              file=sys.stderr)
        return 1
    if not publisher.keys.has("targets"):
        print(f"kiosk-admin: adding the {role} role re-signs targets, and its key is not in {folder}; "
              "nothing was changed", file=sys.stderr)
        return 1
    if not publisher.keys.has(role):
        keys.save(keys.generate({role: 1}), folder, (role,))
    signers = keys.load(folder).for_role(role)
    publisher.add_role(role, signers)
    print(f"{role}: role added with the key in {folder}; targets version "
          f"{publisher.roles['targets'].signed.version} lists it. Kiosks follow on their next poll.")
    return 0


def cmd_bin_role(args: argparse.Namespace) -> int:
    """Move the flat vacancies role of a repository made before its hash bins to the bins, so that a
    changed vacancy re-signs one small bin, not the list of every part (vacancy_bins_move_bench.py).
    Signed with the vacancies key in keys/offline (and the snapshot and timestamp keys); no part is published
    again, and kiosks follow on their next poll. Interrupted, it leaves the flat role in force and can be run
    again."""
    role: str = args.role
    publisher = _publisher(args.deploy)
    try:
        bins = publisher.bin_role(role)
    except (MissingKeyError, MissingRoleError, ValueError) as exc:
        print(f"kiosk-admin: {exc}; nothing was changed", file=sys.stderr)
        return 1
    parts = sum(len(publisher.roles[name].signed.targets) for name in bins)
    print(f"{role}: {parts} parts moved to {len(bins)} hash bins; snapshot version "
          f"{publisher.snapshot.signed.version} lists them. Kiosks follow on their next poll.")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk-admin", description=__doc__.split("\n\n")[0],
                                     epilog=__doc__.split("\n\n", 1)[1],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--deploy", type=Path, default=_deploy_default(), help="deployment folder")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("init", help="make keys and an empty signed repository")
    p.add_argument("--trust-out", type=Path,
                   help="also write the bootstrap root here (e.g. deploy/trust/root.json)")
    p.add_argument("--bin-bits", type=int, default=6, help="registry hash bins = 2**N (default 6)")
    p.add_argument("--part-digits", type=int, default=3, help="hex digits naming a registry part (default 3)")
    p.add_argument("--unencrypted", action="store_true",
                   help=f"write keys without a passphrase (demos only; else set {keys.PASSPHRASE_ENV})")
    p.set_defaults(run=cmd_init)
    p = sub.add_parser("publish", help="build a content source folder, sign and publish what changed")
    p.add_argument("source", type=Path)
    p.add_argument("--registry", type=Path, help="use this agencies.csv instead of the source's")
    p.set_defaults(run=cmd_publish)
    p = sub.add_parser("alert", help="broadcast an urgent alert written in one language")
    for flag in ("--id", "--title", "--summary", "--qr"):
        p.add_argument(flag, required=True)
    p.add_argument("--red-flag", action="append", required=True, help="a warning sign (repeat for more)")
    p.add_argument("--action", action="append", required=True, help="what to do (repeat for more)")
    p.add_argument("--lang", default="uz-Latn", help="language of the text (default uz-Latn)")
    p.add_argument("--severity", default="urgent", choices=SEVERITIES)
    p.add_argument("--expires", help="YYYY-MM-DD after which kiosks stop showing it")
    p.add_argument("--body", default="", help="optional longer text")
    p.set_defaults(run=cmd_alert)
    p = sub.add_parser("enrol", help="issue a kiosk's token (prints its kiosk.toml lines)")
    p.add_argument("kiosk_id")
    p.add_argument("--server-url", default="http://127.0.0.1:8470")
    p.add_argument("--rotate", action="store_true",
                   help="the kiosk is enrolled already: issue a new token, the old one works for the overlap")
    p.add_argument("--overlap-hours", type=float, default=24.0,
                   help="with --rotate: hours the old token keeps working (default 24)")
    p.set_defaults(run=cmd_enrol)
    p = sub.add_parser("fleet", help="every kiosk's last heartbeat: seen, content version, outbox, error")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_fleet)
    p = sub.add_parser("events", help="events received from kiosks, one JSON object a line")
    p.add_argument("--kind", help="only this kind (report, usage, heartbeat)")
    p.add_argument("--key", type=Path,
                   help="private key file (`seal-keys`): open sealed reports and call-backs")
    p.set_defaults(run=cmd_events)
    p = sub.add_parser("seal-keys", help="make the key pair that kiosks seal reports and call-backs to")
    p.add_argument("--out", type=Path, required=True, help="new file for the private key (mode 600)")
    p.set_defaults(run=cmd_seal_keys)
    p = sub.add_parser("console", help="the desk's web console on 127.0.0.1 (content, registry, alerts, "
                                       "publish, fleet, reports)")
    p.add_argument("--source", type=Path, required=True, help="the content source folder this desk edits")
    p.add_argument("--server-url", default="http://127.0.0.1:8470",
                   help="kiosk-server whose accounts log in here and whose fleet and reports are shown")
    p.add_argument("--port", type=int, default=8471, help="port on 127.0.0.1 (default 8471)")
    p.set_defaults(run=cmd_console)
    p = sub.add_parser("refresh", help="re-sign snapshot and timestamp if due (the server does this too)")
    p.set_defaults(run=cmd_refresh)
    p = sub.add_parser("status", help="every signed role's version and expiry, and the registry's 'as of'")
    p.set_defaults(run=cmd_status)
    p = sub.add_parser("renew", help="re-sign the roles past half their lifetime whose keys are here")
    p.add_argument("--force", action="store_true", help="re-sign every role whose key is here")
    p.set_defaults(run=cmd_renew)
    p = sub.add_parser("registry", help="the licensing office's registry commands")
    reg = p.add_subparsers(dest="registry_command", required=True)
    r = reg.add_parser("reaffirm", help="sign the published registry as current now (nothing else changes)")
    r.set_defaults(run=cmd_reaffirm)
    p = sub.add_parser("add-role", help="add a delegated role this repository was made without (vacancies)")
    p.add_argument("role", choices=layout.DELEGATED_ROLES)
    p.set_defaults(run=cmd_add_role)
    p = sub.add_parser("bin-role", help="move a flat vacancies role (a repository made before its hash bins) "
                                        "to hash bins, so a changed vacancy re-signs one small bin")
    p.add_argument("role", choices=(layout.ROLE_VACANCIES,))
    p.set_defaults(run=cmd_bin_role)
    p = sub.add_parser("rotate-key", help="replace a role's key (top-level or delegated)")
    p.add_argument("role", choices=("root", "targets", "snapshot", "timestamp", *layout.DELEGATED_ROLES))
    p.set_defaults(run=cmd_rotate_key)
    return parser


@closed_pipe_safe
def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return int(args.run(args))
    except (DeployError, keys.KeyFileError, FileNotFoundError, NotADirectoryError) as exc:
        print(f"kiosk-admin: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
