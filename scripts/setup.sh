#!/usr/bin/env bash
# Prepare a fresh Debian/Ubuntu machine for the kiosk: system packages (installed when run as root,
# otherwise listed), a Python virtual environment in .venv with the pinned packages, and the compiled
# translations. Sourced by scripts/start-kiosk and scripts/run-tests; safe to run again.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${KIOSK_VENV:-$ROOT/.venv}"
PYTHON="${PYTHON:-python3}"

# Qt offscreen and under Xvfb, fonts with Uzbek Latin (U+02BB) and Cyrillic (ў қ ғ ҳ), speech, a headless
# Chromium with its driver for the tests of web pages (tests/testkit/browser.py), and PostgreSQL 15 for the
# server tests (they start a throw-away cluster themselves: no service is enabled or assumed); faketime for
# the test that starts a kiosk on a later date than its sample content was written for.
SYSTEM_PACKAGES=(
  libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0
  fonts-dejavu-core fonts-noto-core espeak-ng
  chromium chromium-driver
  xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
  libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0
  postgresql faketime
)

# What a kiosk machine itself needs (docs/install.md and deploy/README.md print the same list): cage and
# xwayland (cage 0.1.4 on Debian 12 exits 1 without the Xwayland binary), speech, fonts, Qt's runtime
# libraries for Wayland, logrotate. Not installed here: this script prepares a development or CI machine.
DEPLOY_PACKAGES=(
  cage xwayland espeak-ng fonts-noto-core fonts-dejavu-core libegl1 libgl1 libxkbcommon0
  libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0 libwayland-client0 libwayland-cursor0
  libwayland-egl1 logrotate
)

missing_packages() {
  local pkg
  for pkg in "${SYSTEM_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      echo "$pkg"
    fi
  done
}

install_system_packages() {
  if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "setup: not a Debian/Ubuntu system; make sure these (or your distribution's equivalents) are installed:" >&2
    echo "  ${SYSTEM_PACKAGES[*]}" >&2
    return 0
  fi
  local missing
  missing="$(missing_packages | tr '\n' ' ')"
  [ -z "${missing// }" ] && return 0
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing system packages: $missing"
    apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
  else
    echo "setup: these system packages are missing:" >&2
    echo "  $missing" >&2
    echo "setup: install them with:  sudo apt-get install $missing" >&2
    exit 1
  fi
}

setup_python() {
  if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "setup: Python 3.11 or newer is needed ($PYTHON is $("$PYTHON" --version 2>&1))" >&2
    exit 1
  fi
  if [ ! -x "$VENV/bin/python" ]; then
    "$PYTHON" -m venv "$VENV" || {
      echo "setup: could not create a virtual environment; on Debian/Ubuntu: apt-get install python3-venv" >&2
      exit 1
    }
  fi
  local stamp="$VENV/.installed"
  if [ ! -f "$stamp" ] || [ "$ROOT/pyproject.toml" -nt "$stamp" ] || [ "$ROOT/constraints.txt" -nt "$stamp" ]; then
    "$VENV/bin/python" -m pip install -q --upgrade pip
    "$VENV/bin/python" -m pip install -q -c "$ROOT/constraints.txt" -e "$ROOT[test]"
    touch "$stamp"
  fi
}

compile_translations() {
  "$VENV/bin/python" -m kiosk.tools.translations_build
}

install_system_packages
setup_python
compile_translations
