#!/usr/bin/python3
"""Check a Servicekarta base map GeoPackage: for each layer print geometry type, SRS, feature and vertex counts,
extent, and the number of invalid geometries (GEOS IsValid). Exits 1 if a layer is missing, not in EPSG:3006,
empty, or has invalid geometries. Usage: check_basemap.py basemap.gpkg"""
import os, sys
from osgeo import ogr
ogr.UseExceptions()
EXPECTED = {'land': ogr.wkbMultiPolygon, 'lakes': ogr.wkbMultiPolygon, 'borders': ogr.wkbMultiLineString,
            'countries': ogr.wkbMultiPolygon, 'neighbour_land': ogr.wkbMultiPolygon, 'counties': ogr.wkbMultiPolygon, 'county_lines': ogr.wkbMultiLineString}
path = sys.argv[1]; ds = ogr.Open(path); bad = []
print(f'{"layer":13} {"type":16} {"srs":10} {"features":>8} {"vertices":>9} {"invalid":>7}  extent (xmin ymin xmax ymax)')
for name, gtype in EXPECTED.items():
    l = ds.GetLayerByName(name)
    if l is None: bad.append(f'{name}: missing'); continue
    srs = l.GetSpatialRef(); code = f'{srs.GetAuthorityName(None)}:{srs.GetAuthorityCode(None)}' if srs else 'none'
    nv = ninv = 0
    for f in l:
        g = f.GetGeometryRef()
        if g is None: ninv += 1; continue
        nv += g.GetPointCount() if g.GetGeometryCount() == 0 else sum(
            (g.GetGeometryRef(i).GetPointCount() if g.GetGeometryRef(i).GetGeometryCount() == 0 else
             sum(g.GetGeometryRef(i).GetGeometryRef(k).GetPointCount() for k in range(g.GetGeometryRef(i).GetGeometryCount())))
            for i in range(g.GetGeometryCount()))
        if not g.IsValid(): ninv += 1
    e = l.GetExtent(); n = l.GetFeatureCount()
    print(f'{name:13} {ogr.GeometryTypeToName(l.GetGeomType()):16} {code:10} {n:8} {nv:9} {ninv:7}  '
          f'{e[0]:.0f} {e[2]:.0f} {e[1]:.0f} {e[3]:.0f}')
    if code != 'EPSG:3006': bad.append(f'{name}: SRS {code}')
    if l.GetGeomType() != gtype: bad.append(f'{name}: type {ogr.GeometryTypeToName(l.GetGeomType())}')
    if n == 0: bad.append(f'{name}: empty')
    if ninv: bad.append(f'{name}: {ninv} invalid geometries')
extra = sorted(set(ds.GetLayerByIndex(i).GetName() for i in range(ds.GetLayerCount())) - set(EXPECTED))
if extra: print('extra layers:', ', '.join(extra))
print(f'file size: {os.path.getsize(path)} bytes ({os.path.getsize(path)/2**20:.2f} MiB)')
if bad: print('PROBLEMS:', '; '.join(bad)); sys.exit(1)
