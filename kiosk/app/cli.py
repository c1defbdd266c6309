"""`kiosk` command line: plain argparse sub-commands (run, screenshot, search, apply, status, sync,
set-pin, self-test). `kiosk` alone runs the kiosk; `kiosk --self-test` is kept as an alias of
`kiosk self-test`. A bad argument gets argparse's usage line and exit status 2, never a traceback."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.app.paths import default_data_dir
from sync.cli_errors import closed_pipe_safe


def _sizes(text: str) -> list[tuple[int, int]]:
    """`1920x1080,1080x1920` → [(1920, 1080), (1080, 1920)]; anything else is a usage error."""
    sizes = []
    for item in filter(None, text.split(",")):
        width, x, height = item.strip().partition("x")
        if not (x and width.isdigit() and height.isdigit() and int(width) > 0 and int(height) > 0):
            raise argparse.ArgumentTypeError(f"{item!r} is not WIDTHxHEIGHT, e.g. 1920x1080")
        sizes.append((int(width), int(height)))
    if not sizes:
        raise argparse.ArgumentTypeError("give at least one WIDTHxHEIGHT")
    return sizes


def _tags(text: str) -> list[str]:
    return [tag.strip() for tag in text.split(",") if tag.strip()]


def _data_dir_arg(p: argparse.ArgumentParser, default: object = argparse.SUPPRESS) -> None:
    # Sub-commands leave the value alone unless given (SUPPRESS), so `kiosk --data-dir D run` works too.
    p.add_argument(
        "--data-dir",
        type=Path,
        default=default,
        help="folder for content.db, state.db and kiosk.toml (default: $KIOSK_DATA_DIR or "
        "~/.local/share/migration-kiosk)",
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk",
        description="Airport information kiosk for labour migrants. Without a command: `kiosk run`.",
    )
    _data_dir_arg(parser, default=None)
    parser.add_argument("--windowed", action="store_true", help="with no command: run in a desktop window")
    parser.add_argument("--self-test", action="store_true", help="the same as `kiosk self-test`")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    run = sub.add_parser("run", help="start the kiosk (the default command)")
    _data_dir_arg(run)
    run.add_argument("--windowed", action="store_true", default=argparse.SUPPRESS,
                     help="a desktop window instead of full screen")
    shot = sub.add_parser("screenshot", help="write a PNG of every screen in every language")
    _data_dir_arg(shot)
    shot.add_argument("--out", type=Path, required=True, help="folder for the PNGs")
    shot.add_argument("--sizes", type=_sizes, default="1920x1080,1080x1920",
                      help="comma-separated WIDTHxHEIGHT list")
    shot.add_argument("--languages", type=_tags, default="",
                      help="comma-separated language tags (default: all)")
    shot.add_argument("--only", default="", help="only screens whose file name is this, e.g. 08-article-ID "
                                                 "(every article, alert and guide is then a candidate)")
    search = sub.add_parser("search", help="search the licensing registry and the warning list")
    _data_dir_arg(search)
    search.add_argument("query", help="what to look for (put -- before a query that starts with -)")
    search.add_argument("--json", action="store_true", help="print JSON instead of a table")
    search.add_argument("--limit", type=_positive, default=10, help="at most this many results (default 10)")
    ask = sub.add_parser("ask", help="the answers the kiosk gives to a question, from verified content")
    _data_dir_arg(ask)
    ask.add_argument("question")
    ask.add_argument("--lang", default="en", help="language to show the answers in (default: en)")
    ask.add_argument("--json", action="store_true", help="print JSON instead of text")
    ask.add_argument("--limit", type=int, default=3)
    apply = sub.add_parser("apply", help="verify a bundle folder and make it the current content")
    _data_dir_arg(apply)
    apply.add_argument("bundle", type=Path)
    status = sub.add_parser("status", help="content versions, last verified refresh, errors, outbox")
    _data_dir_arg(status)
    status.add_argument("--json", action="store_true", help="print JSON")
    sync = sub.add_parser("sync", help="run the sync cycle headless: poll, apply, deliver; print the status")
    _data_dir_arg(sync)
    sync.add_argument("--loop", action="store_true", help="poll every poll_interval_s until interrupted")
    sync.add_argument("--no-deliver", action="store_true", help="poll only; leave the outbox alone")
    sync.add_argument("--print-steps", action="store_true", help="print each step as it starts (tests)")
    pin = sub.add_parser("set-pin", help="set the technician PIN (4-12 digits); only its hash is stored")
    _data_dir_arg(pin)
    test = sub.add_parser("self-test", help="check this installation offscreen: content, screens, search, "
                          "speech")
    _data_dir_arg(test)
    return parser


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of at least 1")
    return int(text)


@closed_pipe_safe
def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    if arguments[:1] == ["speech-worker"]:
        # How a frozen build starts its own speech process (`-m` does not exist there): the worker parses
        # the rest itself (its options, e.g. --list, are not the kiosk's). Not a command for people.
        from kiosk.services.speech_worker import main as speech_worker

        return speech_worker(list(arguments[1:]))
    if arguments[:1] == ["sync-worker"]:  # the app's sync process (kiosk/services/sync_process.py), as above
        from kiosk.services.sync_worker import main as sync_worker

        return sync_worker(list(arguments[1:]))
    args = _parser().parse_args(arguments)
    command = "self-test" if args.self_test else (args.command or "run")
    if args.self_test and args.command not in (None, "self-test"):
        _parser().error(f"--self-test is a command of its own; it cannot be combined with {args.command}")
    if command == "self-test":  # offscreen: checks this installation as the kiosk would use it
        from kiosk.tools.selftest import run_self_test

        return run_self_test(args.data_dir.resolve() if args.data_dir else None)
    data_dir: Path = (args.data_dir or default_data_dir()).resolve()
    if data_dir.exists() and not data_dir.is_dir():
        print(f"kiosk {command}: the data folder {data_dir} is a file, not a folder", file=sys.stderr)
        return 2
    return _run_command(command, args, data_dir)


def _run_command(command: str, args: argparse.Namespace, data_dir: Path) -> int:
    if command == "status":
        from kiosk.tools.sync_commands import run_status

        return run_status(data_dir, args.json)
    if command == "sync":
        from kiosk.tools.sync_commands import run_sync

        return run_sync(data_dir, args.loop, not args.no_deliver, args.print_steps)
    if command == "set-pin":
        return _set_pin(data_dir)
    if command == "search":
        from content.search.cli import run as run_search
        from kiosk.app.bootstrap import ensure_content

        ensure_content(data_dir)
        return run_search(data_dir / "content.db", args.query, args.json, args.limit,
                          stale=_registry_stale(data_dir))
    if command == "ask":
        from content.ask.cli import run as run_ask
        from kiosk.app.bootstrap import ensure_content

        ensure_content(data_dir)
        return run_ask(data_dir / "content.db", args.question, args.lang, args.json, args.limit)
    if command == "apply":
        return _apply(args.bundle, data_dir)
    if command == "screenshot":
        from kiosk.tools.screenshots import take_screenshots

        return take_screenshots(data_dir, args.out, args.sizes, args.languages, only=args.only)
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


def _apply(bundle: Path, data_dir: Path) -> int:
    from kiosk.data.apply import ApplyError, apply_bundle

    try:
        result = apply_bundle(bundle, data_dir)
    except ApplyError as exc:
        print(f"kiosk apply: {exc}", file=sys.stderr)
        return 1
    print(f"applied bundle {result.version}: " + ", ".join(f"{k} {v}" for k, v in result.counts.items()))
    return 0


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
