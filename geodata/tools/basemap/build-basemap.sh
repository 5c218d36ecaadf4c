#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Servicekarta contributors
# Servicekarta: regenerate the shipped base map GeoPackage (geodata/data/basemap.gpkg) from Debian bookworm
# packages only. Needs python3-gdal, python3-numpy, gdal-bin (no gmt); downloads gmt-dcw, gmt-gshhg-high,
# libmagics++-data and qgis-common with `apt-get download` (not installed, only unpacked into WORKDIR).
#
# Usage: build-basemap.sh OUT.gpkg [WORKDIR]        (WORKDIR default /tmp/servicekarta-basemap)
#
# All layers are in EPSG:3006 (SWEREF 99 TM) and clipped in EPSG:3006 to the rectangle CLIP below, so the map
# edges are straight in the map's CRS. The data is decoded in a lon/lat window WIN (bin-aligned for GSHHG high,
# 2-degree bins) that covers CLIP with a margin; the window frame is densified before reprojecting.
set -eu
[ $# -ge 1 ] || { echo "usage: $0 OUT.gpkg [WORKDIR]" >&2; exit 2; }
OUT=$(realpath -m "$1"); WORK=$(realpath -m "${2:-/tmp/servicekarta-basemap}"); HERE=$(cd "$(dirname "$0")" && pwd)
PY=${PYTHON:-/usr/bin/python3}   # Debian python3 with python3-gdal and python3-numpy (not a pyenv/venv python)
CLIP="-400000 5900000 1600000 7900000"  # EPSG:3006 xmin ymin xmax ymax
WIN=-10/44/52/72                        # lon/lat W/E/S/N; covers CLIP (-8.66..43.21 E, 52.14..71.20 N)
WINBOX="-10 52 44 72"
LAKE_MIN_M2=1000000                     # drop lakes smaller than 1 km^2 (area in EPSG:3006, after clipping)
ISLAND_GROUP_M2=10000000                # land polygons below 10 km^2 are grouped ...
CELL=50000                              # ... into one multipolygon per 50 km grid cell
COUNTRY_SIMPLIFY_M=50                   # Douglas-Peucker tolerance for the DCW country polygons, metres
PKGS="gmt-dcw gmt-gshhg-high libmagics++-data qgis-common"
COUNTRIES=SE,NO,FI,DK,AX,EE,LV,LT,PL,DE,RU,BY,NL,GB
T0=$(date +%s)
say() { echo "[$(( $(date +%s) - T0 ))s] $*"; }

mkdir -p "$WORK/deb" "$WORK/x" "$WORK/tmp"
cd "$WORK/deb"
if [ -z "$(ls -- *.deb 2>/dev/null)" ]; then
  say "apt-get download $PKGS"
  apt-get download $PKGS >/dev/null 2>&1 || apt-get download $PKGS
fi
for f in *.deb; do dpkg-deb -x "$f" "$WORK/x"; done
for f in *.deb; do echo "$(dpkg-deb -f "$f" Package) $(dpkg-deb -f "$f" Version)"; done > "$WORK/versions.txt"
say "packages: $(tr '\n' ' ' < "$WORK/versions.txt")"
X=$WORK/x; NE=$X/usr/share/magics/10m; QGISWM=$X/usr/share/qgis/resources/data/world_map.gpkg
T=$WORK/tmp; cd "$T"; rm -f ./*.gpkg "$OUT"

# 1. decode (lon/lat, EPSG:4326)
say "decode GSHHG high shorelines and borders, window $WIN"
"$PY" "$HERE/gshhg_decode.py" "$X/usr/share/gmt-gshhg/binned_GSHHS_h.nc" shore.gpkg shore $WIN
"$PY" "$HERE/gshhg_decode.py" "$X/usr/share/gmt-gshhg/binned_border_h.nc" border.gpkg border $WIN
say "land: level-1 pieces + window frame -> polygonize (NE 10m land decides frame-bounded faces)"
"$PY" "$HERE/gshhg_window_land.py" shore.gpkg shore 1 land_ll.gpkg land $WIN "$NE/ne_10m_land.shp"
say "lakes: level 2 minus level 3 (islands in lakes) plus level 4"
"$PY" "$HERE/gshhg_lakes.py" shore.gpkg shore lakes_ll.gpkg lakes
say "DCW country polygons: $COUNTRIES"
"$PY" "$HERE/dcw_decode.py" "$X/usr/share/gmt-dcw/dcw-gmt.nc" dcw_ll.gpkg $COUNTRIES \
  "$X/usr/share/gmt-dcw/dcw-countries.txt"
# DCW rings are not all valid (NO, DK, RU, NL, GB); make valid, then cut to the window before reprojecting
# (RU spans 180 E). Two steps: ogr2ogr applies -clipsrc before -makevalid, and GEOS refuses to clip GB's invalid
# rings (TopologyException), after which ogr2ogr silently drops the whole feature
ogr2ogr -f GPKG dcw_valid.gpkg dcw_ll.gpkg dcw_countries -nln dcw -nlt MULTIPOLYGON -makevalid
ogr2ogr -f GPKG dcw_win.gpkg dcw_valid.gpkg dcw -nln dcw -nlt MULTIPOLYGON -clipsrc $WINBOX -makevalid

# GSHHG high has a few self-intersections (e.g. the mainland face near Kalmar, 16.36E 56.68N); -clipdst fails on
# (and ogr2ogr then silently drops) an invalid feature, so make everything valid before clipping
ogr2ogr -f GPKG land_valid.gpkg land_ll.gpkg land -nln land -nlt MULTIPOLYGON -makevalid
ogr2ogr -f GPKG lakes_valid.gpkg lakes_ll.gpkg lakes -nln lakes -nlt MULTIPOLYGON -makevalid

# 2. reproject to EPSG:3006 and clip to the rectangle in EPSG:3006
say "reproject to EPSG:3006 and clip to $CLIP"
P="-t_srs EPSG:3006 -clipdst $CLIP -makevalid"
ogr2ogr -f GPKG land.gpkg land_valid.gpkg land -nln land -nlt MULTIPOLYGON $P
ogr2ogr -f GPKG lakes.gpkg lakes_valid.gpkg lakes -nln lakes -nlt MULTIPOLYGON $P
ogr2ogr -f GPKG borders.gpkg border.gpkg border -nln borders -nlt MULTILINESTRING -where "level=1" $P
ogr2ogr -f GPKG countries.gpkg dcw_win.gpkg dcw -nln countries -nlt MULTIPOLYGON $P
ogr2ogr -f GPKG counties.gpkg "$QGISWM" -nln counties -nlt MULTIPOLYGON $P \
  -dialect sqlite -sql "SELECT name AS name_ne, geom FROM states_provinces WHERE adm0_a3='SWE'"
ogr2ogr -f GPKG county_lines.gpkg "$NE/ne_10m_admin_1_states_provinces_lines.shp" -nln county_lines \
  -nlt MULTILINESTRING -where "adm0_a3='SWE'" $P

# 3. assemble the output: drop empty/degenerate results, add attributes, one geometry type per layer
say "assemble $OUT"
SQ="-dialect sqlite -nlt"
# land: GSHHG high has ~29,400 islands in the rectangle; one feature per island would cost ~3.2 MB more (blob
# headers and R-tree).
# Polygons >= 10 km^2 stay single features; smaller islands are collected into one multipolygon per 50 km cell.
ogr2ogr -f GPKG "$OUT" land.gpkg $SQ MULTIPOLYGON -nln land -sql \
  "SELECT ST_Multi(geom) AS geom FROM land WHERE geom IS NOT NULL AND ST_Area(geom) >= $ISLAND_GROUP_M2
   UNION ALL
   SELECT ST_Multi(ST_Collect(geom)) AS geom FROM land WHERE geom IS NOT NULL AND ST_Area(geom) > 0
     AND ST_Area(geom) < $ISLAND_GROUP_M2
   GROUP BY CAST(ST_X(ST_Centroid(geom)) / $CELL AS INTEGER), CAST(ST_Y(ST_Centroid(geom)) / $CELL AS INTEGER)"
ogr2ogr -f GPKG -update "$OUT" lakes.gpkg $SQ MULTIPOLYGON -nln lakes \
  -sql "SELECT ST_Multi(geom) AS geom, round(ST_Area(geom)/1e6, 3) AS area_km2 FROM lakes
        WHERE geom IS NOT NULL AND ST_Area(geom) >= $LAKE_MIN_M2 ORDER BY ST_Area(geom) DESC"
ogr2ogr -f GPKG -update "$OUT" borders.gpkg $SQ MULTILINESTRING -nln borders \
  -sql "SELECT ST_Multi(geom) AS geom FROM borders WHERE geom IS NOT NULL AND ST_Length(geom) > 0"
# countries: DCW (1:1M) simplified by $COUNTRY_SIMPLIFY_M m (topology-preserving), far below its accuracy: -24 % vertices
ogr2ogr -f GPKG -update "$OUT" countries.gpkg $SQ MULTIPOLYGON -nln countries \
  -sql "SELECT iso2, name, ST_Multi(SimplifyPreserveTopology(geom, $COUNTRY_SIMPLIFY_M)) AS geom
        FROM countries WHERE geom IS NOT NULL ORDER BY iso2"
ogr2ogr -f GPKG -update counties.gpkg "$HERE/lan_codes.csv" -nln lan_codes
ogr2ogr -f GPKG -update "$OUT" counties.gpkg $SQ MULTIPOLYGON -nln counties -sql \
  "SELECT c.lanskod AS lanskod, c.lansnamn AS lansnamn, c.iso3166_2 AS iso3166_2, k.name_ne AS name_ne,
          ST_Multi(k.geom) AS geom
   FROM counties k LEFT JOIN lan_codes c ON c.name_ne = k.name_ne ORDER BY c.lanskod"
ogr2ogr -f GPKG -update "$OUT" county_lines.gpkg $SQ MULTILINESTRING -nln county_lines \
  -sql "SELECT name_l, name_r, ST_Multi(geom) AS geom FROM county_lines WHERE geom IS NOT NULL"
# neighbour_land: the land of other countries, so the app can tone it down without clipping at draw time.
# DCW coasts are coarser than GSHHG's, so the other countries are grown 3 km out to sea (never into Sweden) and cut
# with the GSHHG land: the neighbours keep GSHHG's coast, Sweden keeps its DCW land border.
say "neighbour land"
ogr2ogr -f GPKG neighbours.gpkg "$OUT" -dialect sqlite -nln neighbour_zone -nlt MULTIPOLYGON -sql \
  "SELECT ST_Multi(ST_Difference(ST_Buffer(ST_Union(c.geom), 3000), (SELECT geom FROM countries WHERE iso2 = 'SE')))
          AS geom FROM countries c WHERE c.iso2 <> 'SE'"
ogr2ogr -f GPKG -update neighbours.gpkg "$OUT" -nln land land
ogr2ogr -f GPKG -update "$OUT" neighbours.gpkg -dialect sqlite -nln neighbour_land -nlt MULTIPOLYGON -sql \
  "SELECT ST_Multi(ST_Intersection(l.geom, z.geom)) AS geom FROM land l, neighbour_zone z
   WHERE ST_Intersects(l.geom, z.geom)"
ogrinfo -q "$OUT" -sql "VACUUM" >/dev/null

# 4. checks: SRS, counts, validity
say "checks"
"$PY" "$HERE/check_basemap.py" "$OUT"
say "done: $OUT $(stat -c %s "$OUT") bytes"
