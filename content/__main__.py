"""Command line: `python -m content validate DIR` and `python -m content build DIR --out OUTDIR`.

Both check the source as the desk would publish it today (`--on YYYY-MM-DD` for another day): a vacancy
whose closing date passed or whose agency's licence ended is a problem then (content.validate.validate).

Exit status: 0 on success, 1 when the sources have problems (each printed as `path:line: message` on
stderr) or the bundle cannot be written, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from content.bundle import build_bundle
from content.errors import Problem
from content.validate import check_source


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m content",
                                     description="Validate content sources and build kiosk bundles.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="{validate,build}")
    check = commands.add_parser("validate", help="report every problem in a source folder")
    check.add_argument("dir", type=Path, help="source folder, e.g. content/sample")
    build = commands.add_parser("build", help="validate, then write the bundle (nothing if any problem)")
    build.add_argument("dir", type=Path, help="source folder, e.g. content/sample")
    build.add_argument("--out", type=Path, required=True, help="bundle folder to create or replace")
    for command in (check, build):
        command.add_argument("--on", type=_day, default=None, metavar="YYYY-MM-DD",
                             help="the publishing day the dated rules are checked for (default: today)")
    args = parser.parse_args(argv)
    if not args.dir.is_dir():
        parser.error(f"{args.dir} is not a folder")

    publishing_on = args.on or date.today()
    source, problems = check_source(args.dir, publishing_on)
    if problems:
        _print_problems(args.dir, problems)
        if args.command == "build":
            print(f"nothing was written to {args.out}", file=sys.stderr)
        return 1
    if args.command == "validate":
        print(f"{args.dir}: OK ({len(source.topics)} topics, {len(source.articles)} articles, "
              f"{len(source.alerts)} alerts, {len(source.guides)} guides, {len(source.contacts)} contacts, "
              f"{len(source.agencies)} agencies, {len(source.warnings)} warnings)")
        return 0
    try:
        manifest = build_bundle(source, args.out, publishing_on=publishing_on)
    except OSError as exc:
        print(f"error: cannot write the bundle: {exc}", file=sys.stderr)
        return 1
    print(f"built bundle {manifest.version} ({len(manifest.targets)} targets) into {args.out}")
    return 0


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {text!r}") from None


def _print_problems(root: Path, problems: list[Problem]) -> None:
    for problem in problems:
        shown = Problem((root / problem.path).as_posix(), problem.line, problem.message)
        print(shown, file=sys.stderr)
    count = len(problems)
    print(f"{count} problem{'s' if count != 1 else ''} in {root}", file=sys.stderr)


if __name__ == "__main__":
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    sys.exit(main())
