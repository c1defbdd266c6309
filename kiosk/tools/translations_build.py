"""Compile `translations/*.ts` to `.qm` with Qt's lrelease (shipped in PySide6), when a .ts is newer.

`python -m kiosk.tools.translations_build` is run by the set-up scripts;
`python -m kiosk.tools.translations_build --update` refreshes the .ts files from the source code
with lupdate (for translators).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from kiosk.app.paths import resource_root, translations_dir
from kiosk.shell.i18n import LANGUAGES

SOURCE_DIRS = ("kiosk", "screens")
# Qt's lupdate knows no Karakalpak (it refuses to update such a catalogue); its plural rules are those of
# Uzbek, a close Turkic relative, so the catalogue is declared as Uzbek Latin for the tools.
TS_LANGUAGE = {"kaa": "uz_Latn_UZ"}


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(f"pyside6-{name}")
    return str(exe) if exe.exists() else f"pyside6-{name}"


def compile_all(folder: Path | None = None) -> list[Path]:
    """Compile every .ts that is newer than its .qm; return the .qm files written."""
    folder = folder or translations_dir()
    written = []
    for ts in sorted(folder.glob("kiosk_*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def update_sources() -> None:
    """Re-extract every tr() string from the code into each language's .ts file."""
    root = resource_root()
    files = [str(p.relative_to(root)) for d in SOURCE_DIRS for p in sorted((root / d).rglob("*.py"))]
    for lang in LANGUAGES:
        ts = f"translations/kiosk_{lang.tag}.ts"
        target = ["-target-language", TS_LANGUAGE[lang.tag]] if lang.tag in TS_LANGUAGE else []
        subprocess.run(
            [_tool("lupdate"), "-no-obsolete", "-locations", "none", *target, *files, "-ts", ts],
            check=True,
            cwd=root,
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--update", action="store_true", help="run lupdate before compiling")
    args = parser.parse_args()
    if args.update:
        update_sources()
    compile_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
