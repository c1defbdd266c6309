"""`kiosk --self-test`: prove that this installation (a source checkout or the PyInstaller build) works.

What gets installed on a kiosk is a frozen build, and a build can be broken in ways no unit test sees: a
translation, a Qt plugin, the sample content or the speech worker left out of the bundle. So the self-test
drives the same code paths the kiosk does, offscreen, and prints one line per check:

    content       the content opens (the shipped sample is applied first when the folder is empty)
    config        kiosk.toml is valid; shows the kiosk id, the server and whether an admin PIN is set
    fonts         a font that has oʻ and ў қ ғ ҳ is installed (without one every such glyph is a box)
    screens       every screen in every language is rendered once at 1920x1080 with no clipped text
    search        the licence search finds "Oʻzbek Ish Servis" for "ozbek ish servis"
    speech        the speech worker writes one sentence to a WAV (skipped where there is no engine/voice)
    trust         the bootstrap root.json for signed updates parses and its signatures verify (skipped when
                  there is none and no server_url: an offline-only kiosk)

Exit 0 when nothing failed, 1 otherwise. Without `--data-dir` it uses a temporary folder, so it never
touches a kiosk's real content; with one, it checks that folder's content (search then only has to work).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import wave
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

QUERY = "ozbek ish servis"  # an agency in the sample registry, typed without the oʻ and the quotes
SIZE = (1920, 1080)
SPEECH_LANGS = ("uz-Latn", "ru", "en")  # the first of these with an installed voice is spoken
MIN_AUDIO_S = 1.0  # a sentence of speech; less means truncated or empty audio
MAX_REPORTED = 3  # clipped texts listed in a failure line


class CheckFailed(Exception):
    """A check found a problem; the message is what the report line says."""


class Skipped(Exception):
    """A check cannot run here (no speech engine, no content); not a failure."""


@dataclass
class _Run:
    """State shared by the checks of one self-test run."""

    data_dir: Path
    out: TextIO
    results: list[tuple[str, str]] = field(default_factory=list)  # (check, "ok" | "FAIL" | "skip")
    store: Any = None  # kiosk.services.store.ContentStore once the content opened
    config: Any = None  # kiosk.app.config.Config once kiosk.toml was read

    def check(self, name: str, func: Callable[[_Run], str]) -> None:
        start = time.perf_counter()
        try:
            status, detail = "ok", func(self)
        except Skipped as exc:
            status, detail = "skip", str(exc)
        except CheckFailed as exc:
            status, detail = "FAIL", str(exc)
        except Exception as exc:  # any crash of a check is that check's failure, never the whole report's
            status, detail = "FAIL", f"{type(exc).__name__}: {exc}"
        self.results.append((name, status))
        took = time.perf_counter() - start
        print(f"{status:<4} {name:<8} {detail} ({took:.1f} s)", file=self.out, flush=True)


def check_content(run: _Run) -> str:
    from kiosk.app.bootstrap import ensure_content
    from kiosk.services.store import ContentStore
    from kiosk.shell.i18n import LANGUAGES

    applied = ensure_content(run.data_dir)
    store = ContentStore(run.data_dir)
    try:
        (integrity,) = store.connection().execute("PRAGMA quick_check").fetchone()
        if integrity != "ok":
            raise CheckFailed(f"{store.path} is damaged: {integrity}")
        info = store.info()
        empty = [lang.tag for lang in LANGUAGES if not store.topics(lang.tag)]
    except Exception as exc:
        store.reload()  # close it: the folder may be a temporary one about to be removed
        if isinstance(exc, CheckFailed):
            raise
        raise CheckFailed(f"{store.path} cannot be opened: {type(exc).__name__}: {exc}") from exc
    if empty:
        store.reload()
        raise CheckFailed(f"{store.path} has no topics in {', '.join(empty)}")
    run.store = store
    how = "applied the shipped sample" if applied else "opened"
    return f"{how}: bundle {info.version}{' (sample)' if info.sample else ''} in {run.data_dir}"


def check_config(run: _Run) -> str:
    from kiosk.app.config import ConfigError, load_config
    from kiosk.services.admin_auth import parse_hash

    try:
        config = load_config(run.data_dir)
    except ConfigError as exc:
        raise CheckFailed(f"configuration error: {exc}") from exc
    server = config.server_url or "none (offline only)"
    if config.admin_pin_hash and parse_hash(config.admin_pin_hash) is None:
        raise CheckFailed("admin_pin_hash is not a valid hash: no one can open the admin screen")
    pin = "admin PIN set" if config.admin_pin_hash else "no admin PIN (set one with `kiosk set-pin`)"
    run.config = config
    return f"kiosk_id {config.kiosk_id}, server {server}, {pin}"


def check_fonts(run: _Run) -> str:
    from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

    from kiosk.app.theme import FONT_FAMILIES

    _application()
    installed = set(QFontDatabase.families())
    present = [f for f in FONT_FAMILIES if f in installed]
    if not present:
        raise CheckFailed(f"none of the fonts {', '.join(FONT_FAMILIES)} is installed (text shows as boxes)")
    metrics = QFontMetrics(QFont(present[0]))
    missing = [ch for ch in "ʻўқғҳ" if not metrics.inFontUcs4(ord(ch))]
    if missing:
        raise CheckFailed(f"{present[0]} lacks {' '.join(missing)}")
    return f"{', '.join(present)} installed; {present[0]} has oʻ ў қ ғ ҳ"


def check_screens(run: _Run) -> str:
    from PySide6.QtCore import QEvent

    from kiosk.app.compose import build_kiosk, configure_application
    from kiosk.shell.i18n import LANGUAGES
    from kiosk.tools.layout_check import find_clipped, find_cramped, stray_windows
    from kiosk.tools.screenshots import iter_rendered

    if run.store is None or run.config is None:
        raise Skipped("needs the content and the configuration")
    app = _application()
    configure_application(app)
    kiosk = build_kiosk(run.config)
    tags = [lang.tag for lang in LANGUAGES]
    untranslated = [t for t in tags if not kiosk.context.i18n.has_translation(t)]
    problems: list[str] = [f"no compiled translation for {', '.join(untranslated)}"] if untranslated else []
    count = 0
    try:
        for (w, h), lang, (_name, _params, stem) in iter_rendered(kiosk, [SIZE], tags):
            count += 1
            if kiosk.window.grab().isNull():  # paints the whole window, as the screen would
                problems.append(f"{lang} {stem}: nothing was painted")
            problems += [f"{w}x{h} {lang} {stem}: {clip}" for clip in find_clipped(kiosk.window)]
            problems += [f"{w}x{h} {lang} {stem}: cramped {c}" for c in find_cramped(kiosk.window)]
            strays = stray_windows(kiosk.window)
            problems += [f"{lang} {stem}: a stray window {type(x).__name__}" for x in strays]
    finally:
        kiosk.context.speech.stop()
        kiosk.context.state.close()
        kiosk.context.store.reload()
        kiosk.window.close()
        kiosk.window.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if problems:
        shown = "; ".join(problems[:MAX_REPORTED])
        more = f" (and {len(problems) - MAX_REPORTED} more)" if len(problems) > MAX_REPORTED else ""
        raise CheckFailed(f"{len(problems)} problems in {count} renders: {shown}{more}")
    if count == 0:
        raise CheckFailed("no screen was rendered")
    return f"{count} renders, {len(tags)} languages at {SIZE[0]}x{SIZE[1]}, no clipped text"


def check_search(run: _Run) -> str:
    from content.search.engine import RegistrySearch
    from content.search.normalize import search_key

    if run.store is None:
        raise Skipped("needs the content, which did not open")
    matches = RegistrySearch(run.store.connection()).search(QUERY, limit=5)
    sample = run.store.info().sample
    if not matches:
        if sample:
            raise CheckFailed(f"no match for {QUERY!r} in the sample registry")
        return f"no match for {QUERY!r} (not the sample content: only checked that the search runs)"
    top = matches[0]
    found = f"{top.name} [{top.ref}, {top.status}, score {top.score:.0f}]"
    if sample and (top.kind != "agency" or search_key(QUERY) not in search_key(top.name)):
        raise CheckFailed(f"top match for {QUERY!r} is {found}, expected the agency Oʻzbek Ish Servis")
    return f"{QUERY!r} -> {found}"


def check_speech(run: _Run) -> str:
    from kiosk.services.speech import default_worker_cmd
    from kiosk.services.voices import SAMPLES, VOICE_FOR_LANG, discover, prepare_text

    cmd = default_worker_cmd()
    report = discover(cmd)
    if report.error:
        raise Skipped(f"no speech engine: {report.error}")
    lang = next((t for t in SPEECH_LANGS if VOICE_FOR_LANG[t] in report.voices), None)
    if lang is None:
        raise Skipped(f"{report.engine} has none of the voices for {', '.join(SPEECH_LANGS)}")
    voice = VOICE_FOR_LANG[lang]
    with tempfile.TemporaryDirectory(prefix="kiosk-selftest-speech-") as tmp:
        wav = Path(tmp) / "sentence.wav"
        try:
            proc = subprocess.run(
                [*cmd, str(voice), "--out", str(wav)], input=prepare_text(lang, SAMPLES[lang]).encode(),
                capture_output=True, timeout=60,
            )  # fmt: skip
        except subprocess.TimeoutExpired as exc:
            raise CheckFailed(f"the speech worker ({' '.join(cmd)}) did not finish in 60 s") from exc
        if proc.returncode != 0:
            err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
            raise CheckFailed(f"{' '.join(cmd)} exited {proc.returncode}: {err[-1] if err else 'no message'}")
        try:
            with wave.open(str(wav), "rb") as audio:
                seconds = audio.getnframes() / audio.getframerate()
        except (OSError, EOFError, wave.Error) as exc:
            raise CheckFailed(f"the speech worker wrote no readable WAV: {exc}") from exc
    if seconds < MIN_AUDIO_S:
        raise CheckFailed(f"{lang} sentence is only {seconds:.2f} s of audio (truncated?)")
    return f"{lang} ({report.engine} voice {voice}): {seconds:.1f} s of audio via {Path(cmd[0]).name}"


def check_trust(run: _Run) -> str:
    from kiosk.services.sync_wiring import trust_root_path

    config = run.config
    if config is None:
        raise Skipped("needs the configuration")
    path = trust_root_path(config)
    if not path.is_file():
        if config.server_url:
            raise CheckFailed(
                f"server_url is set but there is no trust root at {path}: updates cannot be verified"
            )
        raise Skipped(f"no trust root at {path}; server_url is empty (offline only)")
    # Verifying the root's own signatures exercises the crypto backends, which a frozen build can lack.
    from tuf.api.metadata import Metadata, Root

    try:
        root = Metadata[Root].from_bytes(path.read_bytes())
        if not isinstance(root.signed, Root):
            raise CheckFailed(f"{path} is {root.signed.type} metadata, not a root")
        root.signed.verify_delegate(Root.type, root.signed_bytes, root.signatures)
    except CheckFailed:
        raise
    except Exception as exc:  # tuf's deserialisation and signature errors, unreadable file
        raise CheckFailed(f"{path} is not a usable trust root: {type(exc).__name__}: {exc}") from exc
    expired = "; expired, so the first poll must fetch a newer root" if root.signed.is_expired() else ""
    return f"{path}: root version {root.signed.version}, signatures verified{expired}"


def check_sync(run: _Run) -> str:
    """The sync process starts and loads the update client (a frozen build must carry it and its crypto)."""
    from kiosk.services.state import StateStore
    from kiosk.services.sync_process import SyncProcess

    if run.config is None:
        raise Skipped("needs the configuration")
    state = StateStore(run.data_dir)
    process = SyncProcess(run.config, state)
    try:
        process.start()
        return f"sync process {process.pid} started and loaded the update client"
    finally:
        process.close()
        state.close()


CHECKS: tuple[tuple[str, Callable[[_Run], str]], ...] = (
    ("content", check_content),
    ("config", check_config),
    ("fonts", check_fonts),
    ("screens", check_screens),
    ("search", check_search),
    ("speech", check_speech),
    ("trust", check_trust),
    ("sync", check_sync),
)


def _application() -> Any:
    """The QApplication, created offscreen if there is none: the self-test must work without a display
    (CI, an ssh session) and must never draw over a running kiosk's screen."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QApplication(sys.argv[:1])
    return app


def run_self_test(data_dir: Path | None = None, out: TextIO | None = None) -> int:
    """Run every check against `data_dir` (a temporary folder when None); 0 if none failed, else 1."""
    out = out or sys.stdout
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kiosk-selftest-") as tmp:
        run = _Run(data_dir=(data_dir or Path(tmp)).resolve(), out=out)
        for name, func in CHECKS:
            run.check(name, func)
        if run.store is not None:
            run.store.reload()  # closes content.db before the temporary folder goes
    failed = [name for name, status in run.results if status == "FAIL"]
    skipped = sum(1 for _, status in run.results if status == "skip")
    took = time.perf_counter() - start
    if failed:
        print(f"self-test FAILED: {', '.join(failed)} ({took:.1f} s)", file=out, flush=True)
        return 1
    ok = len(run.results) - skipped
    print(f"self-test passed: {ok} ok, {skipped} skipped ({took:.1f} s)", file=out, flush=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    """`kiosk --self-test [--data-dir DIR]` (also `python -m kiosk.tools.selftest`)."""
    parser = argparse.ArgumentParser(prog="kiosk --self-test", description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, default=None, help="check this data folder's content")
    args = parser.parse_args(argv)
    return run_self_test(args.data_dir)


if __name__ == "__main__":
    sys.exit(main())
