"""`kiosk-server add-operator NAME`: accounts from the command line, above all the first administrator.

The password is read from standard input with `--password-stdin` (for scripts) or asked twice at a terminal;
it is never an argument (process lists and shell history would keep it). The audit log records the change
with actor `cli:<login name>`.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from server.accounts import AccountError, Accounts, Role
from server.db import ServerDB


def add_arguments(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("add-operator", help="create an operator account (the first one: an administrator)")
    p.add_argument("username")
    p.add_argument("--role", choices=[r.value for r in Role],
                   help="default: administrator for the first account, else fleet_viewer")
    p.add_argument("--password-stdin", action="store_true", help="read the password from standard input")


def add_operator(db: ServerDB, args: argparse.Namespace) -> int:
    accounts = Accounts(db)
    role = args.role or (Role.ADMINISTRATOR if accounts.count() == 0 else Role.FLEET_VIEWER)
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass(f"password for {args.username}: ")
        if password != getpass.getpass("again: "):
            print("kiosk-server add-operator: the two passwords differ", file=sys.stderr)
            return 1
    try:
        op = accounts.create(args.username, password, role, actor=f"cli:{getpass.getuser()}")
    except AccountError as exc:
        print(f"kiosk-server add-operator: {exc}", file=sys.stderr)
        return 1
    print(f"account {op.username!r} created with the role {Role(op.role).label}")
    return 0
