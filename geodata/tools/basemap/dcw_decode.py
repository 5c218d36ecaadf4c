#!/usr/bin/python3
"""Decode DCW-GMT country polygons from /usr/share/gmt-dcw/dcw-gmt.nc (Debian gmt-dcw) with GDAL's multidimensional
API only (no gmt). Each country XX has UInt16 arrays XX_lon/XX_lat scaled into [min,max] (attributes min, scale:
value = min + v/scale); a (lon=65535, lat=0) pair starts a new ring. Country names are taken from
dcw-countries.txt (same package), which lists "continent code name" per line.
DCW's Finland (FI) also contains the Åland Islands, which DCW has as a country of its own (AX), as a different
digitisation: when both are requested, FI parts whose interior point lies within 0.01 deg of AX are dropped, so
that the two do not overlap (136 parts, about 1,240 km2; no FI part straddles AX).
Output: layer dcw_countries (EPSG:4326) with iso2, name, nrings. Rings may be invalid (NO, DK, RU): run
ogr2ogr -makevalid afterwards. Adapted from the worked example in the shared tools (names, Åland).
Usage: dcw_decode.py dcw-gmt.nc out.gpkg SE,NO,FI [dcw-countries.txt]"""
import os
import sys
import numpy as np
from osgeo import gdal, ogr, osr
gdal.UseExceptions(); ogr.UseExceptions()
src = sys.argv[1]; out = sys.argv[2]; codes = sys.argv[3].split(',')
names_file = sys.argv[4] if len(sys.argv) > 4 else os.path.join(os.path.dirname(src), 'dcw-countries.txt')
names = {}
for line in open(names_file, encoding='utf-8'):
    if line.startswith('#') or not line.strip(): continue
    cont, code, name = line.rstrip('\n').split(None, 2); names[code] = name
rg = gdal.OpenEx(src, gdal.OF_MULTIDIM_RASTER).GetRootGroup()
geoms = {}; nrings = {}
for c in codes:
    res = {}
    for ax in ('lon', 'lat'):
        a = rg.OpenMDArray(f'{c}_{ax}')
        v = np.array(a.ReadAsArray(), dtype=np.float64)
        at = {x.GetName(): x.Read() for x in a.GetAttributes()}
        res[ax] = (v, at)
    lon, la = res['lon']; lat, lb = res['lat']
    sep = (lon == 65535) & (lat == 0)
    x = la['min'] + lon / la['scale']; y = lb['min'] + lat / lb['scale']
    rings = []; cur = []
    for i in range(len(lon)):
        if sep[i]:
            if cur: rings.append(cur); cur = []
        else: cur.append((x[i], y[i]))
    if cur: rings.append(cur)
    mp = ogr.Geometry(ogr.wkbMultiPolygon)
    for r in rings:
        if len(r) < 3: continue
        ring = ogr.Geometry(ogr.wkbLinearRing)
        for (px, py) in r: ring.AddPoint_2D(float(px), float(py))
        ring.CloseRings(); p = ogr.Geometry(ogr.wkbPolygon); p.AddGeometry(ring); mp.AddGeometry(p)
    geoms[c] = mp; nrings[c] = len(rings)
    print(c, 'points', len(lon), 'separators', int(sep.sum()), 'rings', len(rings), 'bbox', x[~sep].min(),
          x[~sep].max(), y[~sep].min(), y[~sep].max(), 'valid', mp.IsValid())
if 'FI' in geoms and 'AX' in geoms:
    D = 0.01; ax = geoms['AX']; fi = geoms['FI']; kept = ogr.Geometry(ogr.wkbMultiPolygon); dropped = 0
    axparts = [(q.GetEnvelope(), q) for q in (ax.GetGeometryRef(k) for k in range(ax.GetGeometryCount()))]
    def near_ax(pt):
        x, y = pt.GetX(), pt.GetY()
        return any(e[0] - D <= x <= e[1] + D and e[2] - D <= y <= e[3] + D and q.Distance(pt) <= D for e, q in axparts)
    for i in range(fi.GetGeometryCount()):
        p = fi.GetGeometryRef(i)
        pos = p.PointOnSurface() if p.IsValid() else p.Centroid()
        if near_ax(pos): dropped += 1
        else: kept.AddGeometry(p)
    geoms['FI'] = kept; print('FI: dropped', dropped, 'parts inside AX (Åland)')
o = ogr.GetDriverByName('GPKG').CreateDataSource(out)
srs = osr.SpatialReference(); srs.ImportFromEPSG(4326)
lyr = o.CreateLayer('dcw_countries', srs, ogr.wkbMultiPolygon)
for fn in ('iso2', 'name'): lyr.CreateField(ogr.FieldDefn(fn, ogr.OFTString))
lyr.CreateField(ogr.FieldDefn('nrings', ogr.OFTInteger))
for c in codes:
    f = ogr.Feature(lyr.GetLayerDefn()); f.SetField('iso2', c); f.SetField('name', names.get(c, c))
    f.SetField('nrings', nrings[c]); f.SetGeometry(geoms[c]); lyr.CreateFeature(f)
