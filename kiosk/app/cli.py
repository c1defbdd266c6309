"""`kiosk` command line: run the kiosk, take screenshots, search the registry, apply a bundle."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.app.paths import default_data_dir
from sync.cli_errors import closed_pipe_safe

COMMANDS = ("run", "screenshot", "search", "ask", "apply", "set-pin", "status", "sync")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk", description="Airport information kiosk for labour migrants."
    )
    sub = parser.add_subparsers(dest="command", required=True)

    def data_dir_arg(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--data-dir",
            type=Path,
            default=None,
            help="folder for content.db, state.db and kiosk.toml (default: $KIOSK_DATA_DIR or "
            "~/.local/share/migration-kiosk)",
        )

    run = sub.add_parser("run", help="start the kiosk (the default command)")
    data_dir_arg(run)
    run.add_argument("--windowed", action="store_true", help="a desktop window instead of full screen")
    shot = sub.add_parser("screenshot", help="write a PNG of every screen in every language")
    data_dir_arg(shot)
    shot.add_argument("--out", type=Path, required=True, help="folder for the PNGs")
    shot.add_argument("--sizes", default="1920x1080,1080x1920", help="comma-separated WIDTHxHEIGHT list")
    shot.add_argument("--languages", default="", help="comma-separated language tags (default: all)")
    shot.add_argument("--only", default="", help="only screens whose file name is this, e.g. 08-article-ID "
                                                 "(every article, alert and guide is then a candidate)")
    search = sub.add_parser("search", help="search the licensing registry and the warning list")
    data_dir_arg(search)
    search.add_argument("query")
    search.add_argument("--json", action="store_true", help="print JSON instead of a table")
    search.add_argument("--limit", type=int, default=10)
    ask = sub.add_parser("ask", help="the answers the kiosk gives to a question, from verified content")
    data_dir_arg(ask)
    ask.add_argument("question")
    ask.add_argument("--lang", default="en", help="language to show the answers in (default: en)")
    ask.add_argument("--json", action="store_true", help="print JSON instead of text")
    ask.add_argument("--limit", type=int, default=3)
    status = sub.add_parser("status", help="content versions, last verified refresh, errors, outbox")
    data_dir_arg(status)
    status.add_argument("--json", action="store_true", help="print JSON")
    sync = sub.add_parser("sync", help="run the sync cycle headless: poll, apply, deliver; print the status")
    data_dir_arg(sync)
    sync.add_argument("--loop", action="store_true", help="poll every poll_interval_s until interrupted")
    sync.add_argument("--no-deliver", action="store_true", help="poll only; leave the outbox alone")
    sync.add_argument("--print-steps", action="store_true", help="print each step as it starts (tests)")
    pin = sub.add_parser("set-pin", help="set the technician PIN (4-12 digits); only its hash is stored")
    data_dir_arg(pin)
    apply = sub.add_parser("apply", help="verify a bundle folder and make it the current content")
    data_dir_arg(apply)
    apply.add_argument("bundle", type=Path)
    return parser


@closed_pipe_safe
def main(argv: list[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["speech-worker"]:  # how a frozen build starts its speech process
        from kiosk.services.speech_worker import main as speech_worker

        return speech_worker(args_list[1:])
    if "--self-test" in args_list:  # `kiosk --self-test [--data-dir DIR]`: check this installation, offscreen
        from kiosk.tools.selftest import main as self_test

        return self_test([a for a in args_list if a != "--self-test"])
    if not args_list or args_list[0] not in (*COMMANDS, "-h", "--help"):
        args_list.insert(0, "run")
    args = _parser().parse_args(args_list)
    data_dir: Path = (args.data_dir or default_data_dir()).resolve()
    if data_dir.exists() and not data_dir.is_dir():
        print(f"kiosk {args.command}: the data folder {data_dir} is a file, not a folder", file=sys.stderr)
        return 2
    if args.command == "status":
        from kiosk.tools.sync_commands import run_status

        return run_status(data_dir, args.json)
    if args.command == "sync":
        from kiosk.tools.sync_commands import run_sync

        return run_sync(data_dir, args.loop, not args.no_deliver, args.print_steps)
    if args.command == "set-pin":
        return _set_pin(data_dir)
    if args.command == "search":
        from content.search.cli import run as run_search
        from kiosk.app.bootstrap import ensure_content

        ensure_content(data_dir)
        return run_search(data_dir / "content.db", args.query, args.json, args.limit,
                          stale=_registry_stale(data_dir))
    if args.command == "ask":
        from content.ask.cli import run as run_ask
        from kiosk.app.bootstrap import ensure_content

        ensure_content(data_dir)
        return run_ask(data_dir / "content.db", args.question, args.lang, args.json, args.limit)
    if args.command == "apply":
        from kiosk.data.apply import ApplyError, apply_bundle

        try:
            result = apply_bundle(args.bundle, data_dir)
        except ApplyError as exc:
            print(f"kiosk apply: {exc}", file=sys.stderr)
            return 1
        print(f"applied bundle {result.version}: " + ", ".join(f"{k} {v}" for k, v in result.counts.items()))
        return 0
    if args.command == "screenshot":
        from kiosk.tools.screenshots import take_screenshots

        sizes = [tuple(int(v) for v in s.split("x")) for s in args.sizes.split(",") if s]
        langs = [t for t in args.languages.split(",") if t]
        return take_screenshots(data_dir, args.out, sizes, langs, only=args.only)  # type: ignore[arg-type]
    from kiosk.app.main import run_kiosk

    return run_kiosk(data_dir, windowed=args.windowed)


def _registry_stale(data_dir: Path) -> bool:
    """The verdict screen's staleness for this data folder (stale if it cannot be told)."""
    from datetime import UTC, datetime

    from kiosk.app.config import ConfigError, load_config
    from kiosk.services.state import StateStore
    from kiosk.services.verdicts import freshness_from_files

    try:
        days = load_config(data_dir).stale_after_days
    except ConfigError:
        return True
    state = StateStore(data_dir)
    try:
        return freshness_from_files(data_dir, state, datetime.now(UTC).date(), days).stale
    finally:
        state.close()


def _set_pin(data_dir: Path) -> int:
    """Ask twice (not echoed), or read one line from a pipe; write only the hash into kiosk.toml."""
    import getpass

    from kiosk.services.admin_auth import set_pin

    if sys.stdin.isatty():
        pin = getpass.getpass("New admin PIN (6 to 12 digits): ")
        if getpass.getpass("The same PIN again: ") != pin:
            print("kiosk set-pin: the two PINs differ; nothing was changed", file=sys.stderr)
            return 1
    else:
        pin = sys.stdin.readline().strip()
    try:
        path = set_pin(data_dir, pin)
    except ValueError as exc:
        print(f"kiosk set-pin: {exc}; nothing was changed", file=sys.stderr)
        return 1
    print(f"admin PIN set: its hash is in {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
