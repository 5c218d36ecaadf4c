#!/usr/bin/python3
"""Land polygons for a bin-aligned window from gshhg_decode.py output: polygonize the level-N pieces together
with the window frame (noded at every piece end on it), then classify the faces:
  - a face that is a hole of another face: the opposite of its owner (parity);
  - a face that does not touch the frame and is nobody's hole: land. GEOS' polygonizer drops faces whose ring is
    invalid, which is the case for the sea face (its ring touches itself), so islands come back without the sea
    face that would own them; every level-1 GSHHG polygon is land;
  - a face that touches the frame: majority vote of an 11x11 grid of points against a reference land layer
    (Natural Earth ne_10m_land, clipped to the window once).
Window edges must be on bin edges (2 deg for high, 1 deg for full). The frame is densified (STEP) so that the
window can be reprojected and then clipped in the target CRS. Faces are written as they come out of GEOS and can
be invalid (GSHHG self-intersections): run ogr2ogr -makevalid on the result.
Adapted from the worked example in the shared tools (frame densification; islands kept without a reference vote,
the example lost the small islands that Natural Earth does not have; batched, fast votes).
Usage: gshhg_window_land.py shore.gpkg layer 1 out.gpkg outlayer W/E/S/N ne_10m_land.shp"""
import sys, math
from osgeo import ogr, osr
ogr.UseExceptions()
src, layer, level, out, oname, win, reffile = sys.argv[1:8]
W, E, S, N = map(float, win.split('/'))
STEP = 0.05   # frame densification, degrees
ds = ogr.Open(src); l = ds.GetLayerByName(layer); l.SetAttributeFilter(f'level={level}')
l.SetSpatialFilterRect(W, S, E, N)
ml = ogr.Geometry(ogr.wkbMultiLineString); frame_pts = []
def onframe(x, y): return abs(x-W) < 1e-9 or abs(x-E) < 1e-9 or abs(y-S) < 1e-9 or abs(y-N) < 1e-9
for f in l:
    g = f.GetGeometryRef(); e = g.GetEnvelope()
    if e[0] < W - 1e-9 or e[1] > E + 1e-9 or e[2] < S - 1e-9 or e[3] > N + 1e-9: continue   # piece from a bin outside
    h = ogr.Geometry(ogr.wkbLineString)
    for i in range(g.GetPointCount()):
        x, y = g.GetPoint_2D(i); h.AddPoint_2D(round(x, 7), round(y, 7))
    ml.AddGeometry(h)
    for j in (0, h.GetPointCount() - 1):
        x, y = h.GetPoint_2D(j)
        if onframe(x, y): frame_pts.append((x, y))
# frame ring, walking W->E along S, S->N along E, E->W along N, N->S along W, with the piece ends inserted
def key(p):
    x, y = p
    if abs(y-S) < 1e-9: return (0, x)
    if abs(x-E) < 1e-9: return (1, y)
    if abs(y-N) < 1e-9: return (2, -x)
    return (3, -y)
pts = sorted(set(frame_pts + [(W, S), (E, S), (E, N), (W, N)]), key=key)
ring = pts + [pts[0]]
for a, b in zip(ring[:-1], ring[1:]):      # one linestring per frame stretch: polygonize nodes at line ends only
    # densified (<= STEP degrees between vertices) so that after reprojection the frame still follows its
    # parallel/meridian instead of becoming a chord that could cut into the target-CRS clip rectangle
    k = max(1, math.ceil(max(abs(b[0]-a[0]), abs(b[1]-a[1])) / STEP))
    seg = ogr.Geometry(ogr.wkbLineString)
    for j in range(k + 1):
        seg.AddPoint_2D(a[0] + (b[0]-a[0])*j/k, a[1] + (b[1]-a[1])*j/k)
    ml.AddGeometry(seg)
noded = ml   # GSHHG pieces only meet at their ends, so no extra noding is needed
polys = noded.Polygonize()
import time; T0 = time.time()
def log(*a): print(f'[{time.time()-T0:6.1f}s]', *a, file=sys.stderr)
log('polygonized', polys.GetGeometryCount(), 'faces')
# reference land, clipped once to the window (ne_10m_land's Eurasia polygon is huge: never test points against it whole)
box = ogr.CreateGeometryFromWkt(f'POLYGON(({W} {S},{E} {S},{E} {N},{W} {N},{W} {S}))')
rds = ogr.Open(reffile); rl = rds.GetLayer(0); rl.SetSpatialFilter(box)
ref = ogr.Geometry(ogr.wkbMultiPolygon)
for ff in rl:
    g = ff.GetGeometryRef().Intersection(box)
    if g is None or g.IsEmpty(): continue
    for k in range(g.GetGeometryCount()) if g.GetGeometryType() in (ogr.wkbMultiPolygon, ogr.wkbGeometryCollection) else [None]:
        part = g if k is None else g.GetGeometryRef(k)
        if part.GetGeometryType() == ogr.wkbPolygon: ref.AddGeometry(part)
log('reference land clipped:', ref.GetGeometryCount(), 'parts')
o = ogr.Open(out, 1) or ogr.GetDriverByName('GPKG').CreateDataSource(out)
srs = osr.SpatialReference(); srs.ImportFromEPSG(4326)
ol = o.CreateLayer(oname, srs, ogr.wkbPolygon); ol.CreateField(ogr.FieldDefn('area_km2', ogr.OFTReal))
ol.StartTransaction(); n = kept = 0
faces = [polys.GetGeometryRef(i).Clone() for i in range(polys.GetGeometryCount())]
def sig(ring):
    p = ogr.Geometry(ogr.wkbPolygon); p.AddGeometry(ring.Clone()); e = ring.GetEnvelope()
    return (round(p.GetArea(), 10),) + tuple(round(v, 6) for v in e)
parent = {}
hole_owner = {}
for i, p in enumerate(faces):
    for k in range(1, p.GetGeometryCount()): hole_owner[sig(p.GetGeometryRef(k))] = i
for i, p in enumerate(faces):
    parent[i] = hole_owner.get(sig(p.GetGeometryRef(0)))
log('nesting done;', sum(1 for v in parent.values() if v is None), 'faces bounded by the frame or not nested')
def npoints(g):
    if g is None or g.IsEmpty(): return 0
    return g.GetGeometryCount() if g.GetGeometryType() in (ogr.wkbMultiPoint, ogr.wkbGeometryCollection) else 1
def touches_frame(g):
    e = g.GetEnvelope()
    return e[0] <= W + 1e-9 or e[1] >= E - 1e-9 or e[2] <= S + 1e-9 or e[3] >= N - 1e-9
land = {}
nvote = 0
def is_land(i):
    global nvote
    if i in land: return land[i]
    if parent[i] is not None:          # a hole of another face: the opposite of its owner
        land[i] = not is_land(parent[i])
    elif not touches_frame(faces[i]):
        # bounded by level-1 shoreline only and not a hole of any returned face: an island (or the mainland) whose
        # surrounding sea face GEOS did not return (the sea face's ring touches itself, and the polygonizer drops
        # invalid rings). Every level-1 GSHHG polygon is land, so such a face is land.
        land[i] = True
    else:                              # bounded by the frame: ask the reference land layer
        # majority vote of an 11x11 grid of points inside the face (a single interior point may fall in a lake
        # hole); batched as one multipoint intersection per face, since point-by-point tests on huge faces are slow
        nvote += 1
        fc = ogr.Geometry(ogr.wkbPolygon); fc.AddGeometry(faces[i].GetGeometryRef(0).Clone())   # outer ring only
        e = fc.GetEnvelope(); mp = ogr.Geometry(ogr.wkbMultiPoint)
        for a in range(1, 12):
            for b in range(1, 12):
                q = ogr.Geometry(ogr.wkbPoint); q.AddPoint_2D(e[0] + (e[1]-e[0])*a/12, e[2] + (e[3]-e[2])*b/12)
                mp.AddGeometry(q)
        inside = fc.Intersection(mp)
        if npoints(inside) == 0:
            inside = fc.PointOnSurface()
        votes, yes = npoints(inside), npoints(ref.Intersection(inside))
        land[i] = yes * 2 > votes
    return land[i]
import sys as _s; _s.setrecursionlimit(100000)
npts_in = sum(ml.GetGeometryRef(k).GetPointCount() for k in range(ml.GetGeometryCount())); npts_out = 0
for i, p in enumerate(faces):
    n += 1
    if not is_land(i): continue
    npts_out += sum(p.GetGeometryRef(k).GetPointCount() for k in range(p.GetGeometryCount()))
    c = p.Centroid(); f = ogr.Feature(ol.GetLayerDefn()); f.SetGeometry(p)
    f.SetField('area_km2', p.GetArea() * 111.32**2 * math.cos(math.radians(c.GetY()))); ol.CreateFeature(f); kept += 1
ol.CommitTransaction(); log('done')
print(oname, 'faces', n, 'kept', kept, 'voted', nvote, 'frame points', len(pts), 'input points', npts_in, 'land points', npts_out)
