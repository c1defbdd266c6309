"""kiosk.spec, checked without building: what it bundles, what it leaves out, which Qt plugins survive.

The spec is executed with PyInstaller's build steps replaced by recorders (a real build takes ~15 s and runs
in CI, see docs/install.md). The import check matters most: a module the spec excludes but the kiosk
imports would only fail on a kiosk, at the moment that code runs.
"""

from __future__ import annotations

import ast
import importlib
import sys
import types
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "kiosk.spec"
RUNTIME_PACKAGES = ("kiosk", "screens")  # what the kiosk runs; content/ and sync/ as far as they import them

PLUGINS = {  # plugin folder -> files a PySide6-Essentials wheel has there (a sample)
    "platforms": ["libqxcb.so", "libqwayland.so", "libqoffscreen.so", "libqeglfs.so", "libqvnc.so"],
    "platformthemes": ["libqgtk3.so", "libqxdgdesktopportal.so"],
    "imageformats": ["libqjpeg.so", "libqsvg.so"],
    "wayland-shell-integration": ["libxdg-shell.so"],
    "wayland-graphics-integration-client": ["libqt-plugin-wayland-egl.so", "libdmabuf-server.so"],
    "platforminputcontexts": ["libcomposeplatforminputcontextplugin.so", "libqtvirtualkeyboardplugin.so"],
    "sqldrivers": ["libqsqlite.so"],
}


class _Analysis:
    """Stands in for PyInstaller's Analysis: records its arguments, offers what a real one would find."""

    def __init__(self, scripts: list[str], **kwargs: Any) -> None:
        self.script_paths, self.kwargs = scripts, kwargs
        self.binaries = [
            (f"PySide6/Qt/plugins/{folder}/{name}", f"/src/{name}", "BINARY")
            for folder, names in PLUGINS.items()
            for name in names
        ] + [("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY")]
        self.datas = [
            ("PySide6/Qt/translations/qtbase_ru.qm", "/src/qtbase_ru.qm", "DATA"),
            ("translations/kiosk_ru.qm", "/src/kiosk_ru.qm", "DATA"),
        ]
        self.pure: list[Any] = []
        self.scripts: list[Any] = []


class _QtLibraryInfo:
    def collect_plugins(self, plugin_type: str) -> list[tuple[str, str]]:
        dest = f"PySide6/Qt/plugins/{plugin_type}"
        return [(f"/src/{name}", dest) for name in PLUGINS.get(plugin_type, [])]


def _collect_data_files(package: str, includes: list[str]) -> list[tuple[str, str]]:
    """PyInstaller's `collect_data_files` for the files named in `includes` beside the package's module."""
    folder = Path(importlib.import_module(package).__file__ or "").parent
    return [(str(folder / name), package) for name in includes if (folder / name).is_file()]


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    """The spec's namespace after running it, plus the recorded EXE and COLLECT calls."""
    qt = types.ModuleType("PyInstaller.utils.hooks.qt")
    qt.QtLibraryInfo = _QtLibraryInfo  # type: ignore[attr-defined]
    modules = {
        "PyInstaller": types.ModuleType("PyInstaller"),
        "PyInstaller.utils": types.ModuleType("PyInstaller.utils"),
        "PyInstaller.utils.hooks": types.ModuleType("PyInstaller.utils.hooks"),
        "PyInstaller.utils.hooks.qt": qt,
    }
    modules["PyInstaller.utils.hooks"].qt = qt  # type: ignore[attr-defined]
    modules["PyInstaller.utils.hooks"].collect_data_files = _collect_data_files  # type: ignore[attr-defined]
    calls: dict[str, Any] = {}
    namespace: dict[str, Any] = {
        "__name__": "__main__",
        "SPECPATH": str(ROOT),
        "Analysis": _Analysis,
        "PYZ": lambda *a, **k: ("PYZ", a, k),
        "EXE": lambda *a, **k: calls.setdefault("EXE", k),
        "COLLECT": lambda *a, **k: calls.setdefault("COLLECT", (a, k)),
    }
    saved = {name: sys.modules.get(name) for name in modules}
    sys.modules.update(modules)
    try:
        exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    finally:
        for name, module in saved.items():
            if module is None:
                sys.modules.pop(name, None)
            else:
                sys.modules[name] = module
    namespace["calls"], namespace["qt"] = calls, qt
    return namespace


def test_one_folder_build_named_kiosk_from_the_package_entry_point(spec: dict[str, Any]) -> None:
    a = spec["a"]
    assert [Path(p) for p in a.script_paths] == [ROOT / "kiosk" / "__main__.py"]
    assert spec["calls"]["EXE"]["exclude_binaries"] is True  # binaries go beside the exe: one folder
    assert spec["calls"]["EXE"]["name"] == "kiosk"
    assert spec["calls"]["COLLECT"][1]["name"] == "kiosk"
    assert "kiosk.tools.selftest" in a.kwargs["hiddenimports"]


def test_bundles_the_translations_the_sample_content_and_the_trust_root_if_any(spec: dict[str, Any]) -> None:
    datas = {(Path(src), dest) for src, dest in spec["a"].kwargs["datas"]}
    qm_files = sorted((ROOT / "translations").glob("kiosk_*.qm"))
    assert qm_files, "run `python -m kiosk.tools.translations_build` first"
    assert {(qm, "translations") for qm in qm_files} <= datas
    assert (ROOT / "content" / "sample", "content/sample") in datas
    trust = ROOT / "deploy" / "trust" / "root.json"
    assert ((trust, "deploy/trust") in datas) == trust.is_file()
    assert not [src for src, _ in datas if "tests" in src.parts]
    assert (ROOT / "kiosk" / "assets", "kiosk/assets") in datas
    assert [dest for src, dest in datas if src.name.startswith("allkeys")] == ["pyuca"]  # the collation table


def test_vendored_icons_and_flags_carry_their_licences() -> None:
    from kiosk.services.icons import ICON_NAMES, assets_dir, icon_path

    for folder in ("icons", "flags"):
        assert (assets_dir() / folder / "LICENSE").is_file()
    missing = [name for name in ICON_NAMES if not icon_path(name).is_file()]
    assert not missing


def test_leaves_out_tests_the_server_and_developer_tools(spec: dict[str, Any]) -> None:
    excludes = set(spec["a"].kwargs["excludes"])
    server_and_tools = ("server", "admin", "fastapi", "uvicorn", "starlette", "pytest", "ruff")
    for name in ("tests", *server_and_tools):
        assert name in excludes
    for qt_module in ("QtQml", "QtQuick", "QtNetwork", "QtSql", "QtSvgWidgets", "QtWebEngineCore"):
        assert f"PySide6.{qt_module}" in excludes
    assert "PySide6.QtSvg" not in excludes  # the icons and flags are drawn with QSvgRenderer


def test_keeps_only_the_qt_plugins_a_kiosk_loads(spec: dict[str, Any]) -> None:
    kept = {Path(dest).name for dest, _src, _kind in spec["a"].binaries}
    assert {"libqxcb.so", "libqwayland.so", "libqoffscreen.so", "libxdg-shell.so", "libQt6Core.so.6"} <= kept
    assert {"libqt-plugin-wayland-egl.so", "libcomposeplatforminputcontextplugin.so"} <= kept
    dropped = {"libqeglfs.so", "libqvnc.so", "libqgtk3.so", "libqjpeg.so", "libqsvg.so", "libqsqlite.so"}
    assert not dropped & kept
    assert not {"libdmabuf-server.so", "libqtvirtualkeyboardplugin.so"} & kept
    assert [dest for dest, _src, _kind in spec["a"].datas] == ["translations/kiosk_ru.qm"]  # no qtbase_*.qm


def test_filters_plugins_where_pyinstaller_collects_them(spec: dict[str, Any]) -> None:
    """Filtering at collection keeps the libraries only a dropped plugin needs (GTK for qgtk3) out."""
    info = spec["qt"].QtLibraryInfo()
    assert [Path(src).name for src, _ in info.collect_plugins("platformthemes")] == []
    platforms = {Path(src).name for src, _ in info.collect_plugins("platforms")}
    assert platforms == {"libqxcb.so", "libqwayland.so", "libqoffscreen.so"}


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _module_file(name: str) -> Path | None:
    base = ROOT.joinpath(*name.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def test_nothing_the_kiosk_imports_is_excluded(spec: dict[str, Any]) -> None:
    excludes = tuple(spec["a"].kwargs["excludes"])
    todo = [p for pkg in RUNTIME_PACKAGES for p in sorted((ROOT / pkg).rglob("*.py"))]
    seen: set[Path] = set()
    offending: list[str] = []
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        for name in _imports(path):
            if any(name == ex or name.startswith(ex + ".") for ex in excludes):
                offending.append(f"{path.relative_to(ROOT)} imports {name}")
            module = _module_file(name)
            if module is not None:
                todo.append(module)
    assert not offending, "the spec excludes what the kiosk imports:\n" + "\n".join(sorted(offending))
