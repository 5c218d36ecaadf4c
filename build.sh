#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Servicekarta contributors
# One entry point for a fresh Debian 12 machine:
#   ./build.sh run    install the Debian packages, build, and start Servicekarta on the embedded data
#   ./build.sh test   install the Debian packages, build, and run the whole test suite
# Extra arguments after `run` go to the program (e.g. ./build.sh run --date 2023-06-30).
set -euo pipefail
cd "$(dirname "$0")"

packages=(cmake ninja-build g++ pkg-config
          qt6-base-dev qt6-positioning-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
          qt6-translations-l10n qt6-qpa-plugins libqt6svg6 libgl-dev
          libgdal-dev gdal-bin proj-data libnanoflann-dev fonts-dejavu-core)

install_packages() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
  done
  ((${#missing[@]} == 0)) && return
  local sudo=()
  [[ $(id -u) -eq 0 ]] || sudo=(sudo)
  "${sudo[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
  cmake --build build
}

case "${1:-}" in
  run)
    shift
    install_packages
    build
    exec ./build/bin/servicekarta "$@"
    ;;
  test)
    install_packages
    build
    ctest --test-dir build --output-on-failure -j2
    ;;
  *)
    echo "usage: $0 run [servicekarta options…] | test" >&2
    exit 2
    ;;
esac
