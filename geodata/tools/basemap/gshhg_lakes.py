#!/usr/bin/python3
"""Lake polygons from gshhg_decode.py output: level-2 shoreline pieces (lakes) polygonized with GEOS, minus the
level-3 pieces (islands in lakes, e.g. Visingsö in Vättern, the islands of Mälaren and Vänern), plus the level-4
pieces (ponds on those islands) as lakes of their own. Lakes cut by the decoding window (open pieces) are lost,
so the window must be wider than the final clip rectangle.
Usage: gshhg_lakes.py shore.gpkg layer out.gpkg outlayer"""
import sys, math
from osgeo import ogr, osr
ogr.UseExceptions()
src, layer, out, oname = sys.argv[1:5]
ds = ogr.Open(src); l = ds.GetLayerByName(layer)

def faces(level):
    l.SetAttributeFilter(f'level={level}')
    ml = ogr.Geometry(ogr.wkbMultiLineString); npts = 0
    for f in l:
        g = f.GetGeometryRef(); h = ogr.Geometry(ogr.wkbLineString)
        for i in range(g.GetPointCount()):
            x, y = g.GetPoint_2D(i); h.AddPoint_2D(round(x, 7), round(y, 7))
        ml.AddGeometry(h); npts += h.GetPointCount()
    if ml.GetGeometryCount() == 0: return []
    polys = ml.Polygonize()   # pieces only meet at their ends (bin edges)
    res = [polys.GetGeometryRef(i).Clone() for i in range(polys.GetGeometryCount())] if polys else []
    # Polygonize returns nested rings as holes AND as faces of their own; keep the outer rings only
    outer = []
    for p in res:
        q = ogr.Geometry(ogr.wkbPolygon); q.AddGeometry(p.GetGeometryRef(0).Clone()); outer.append(q)
    got = sum(p.GetGeometryRef(0).GetPointCount() for p in outer)
    print(f'level {level}: {ml.GetGeometryCount()} pieces, {npts} points -> {len(outer)} rings, {got} points', file=sys.stderr)
    return outer

lakes, islands, ponds = faces(2), faces(3), faces(4)
o = ogr.Open(out, 1) or ogr.GetDriverByName('GPKG').CreateDataSource(out)
srs = osr.SpatialReference(); srs.ImportFromEPSG(4326)
ol = o.CreateLayer(oname, srs, ogr.wkbMultiPolygon)
ol.CreateField(ogr.FieldDefn('level', ogr.OFTInteger)); ol.CreateField(ogr.FieldDefn('area_km2', ogr.OFTReal))
ol.StartTransaction(); nholes = 0
def put(g, level):
    c = g.Centroid(); f = ogr.Feature(ol.GetLayerDefn()); f.SetField('level', level)
    f.SetField('area_km2', g.GetArea() * 111.32**2 * math.cos(math.radians(c.GetY())))   # rough; filter later in EPSG:3006
    f.SetGeometry(ogr.ForceToMultiPolygon(g)); ol.CreateFeature(f)
for lk in lakes:
    e = lk.GetEnvelope()
    for isl in islands:
        ie = isl.GetEnvelope()
        if ie[0] >= e[0] and ie[1] <= e[1] and ie[2] >= e[2] and ie[3] <= e[3] and lk.Contains(isl):
            lk = lk.Difference(isl); nholes += 1
    put(lk, 2)
for pd in ponds: put(pd, 4)
ol.CommitTransaction()
print(oname, 'lakes', len(lakes), 'island holes', nholes, 'of', len(islands), 'ponds', len(ponds))
