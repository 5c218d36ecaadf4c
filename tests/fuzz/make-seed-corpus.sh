#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Servicekarta contributors
# Writes the test files into $1 as fuzzer seeds: one selector byte for the file's extension, then its bytes.
set -eu
out=${1:?usage: make-seed-corpus.sh OUTPUT_DIRECTORY}
here=$(dirname "$0")/../data
mkdir -p "$out"
for file in "$here"/import/* "$here"/badfiles/*; do
    [ -f "$file" ] || continue
    case "$file" in
        *.csv) selector='\000' ;;
        *.geojson) selector='\001' ;;
        *.kml) selector='\002' ;;
        *.gpkg) selector='\003' ;;
        *.xlsx) selector='\004' ;;
        *) continue ;;
    esac
    { printf "$selector"; cat "$file"; } > "$out/$(basename "$file")"
done
