#!/usr/bin/python3
"""Quick visual check of a base map GeoPackage: rasterizes land (green), lakes (blue), countries outlines (grey),
counties outlines (orange), borders (red) into a PNG over the layers' common extent (sea = light blue background).
Usage: render_check.py basemap.gpkg out.png [width_px] [xmin ymin xmax ymax]"""
import sys
import numpy as np
from osgeo import gdal, ogr
gdal.UseExceptions(); ogr.UseExceptions()
src, png = sys.argv[1], sys.argv[2]
width = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
ds = ogr.Open(src)
if len(sys.argv) > 7:
    xmin, ymin, xmax, ymax = map(float, sys.argv[4:8])
else:
    e = ds.GetLayerByName('land').GetExtent(); xmin, xmax, ymin, ymax = e
height = int(round(width * (ymax - ymin) / (xmax - xmin)))
res = (xmax - xmin) / width
def burn(layer, lines=False, where=None):
    m = gdal.GetDriverByName('MEM').Create('', width, height, 1, gdal.GDT_Byte)
    m.SetGeoTransform((xmin, res, 0, ymax, 0, -res))
    lyr = ds.GetLayerByName(layer)
    if lyr is None: return np.zeros((height, width), bool)
    m.SetProjection(lyr.GetSpatialRef().ExportToWkt())
    lyr.SetAttributeFilter(where)
    if lines:   # polygon outlines: rasterize the boundaries
        tmp = ogr.GetDriverByName('Memory').CreateDataSource('')
        tl = tmp.CreateLayer('b', lyr.GetSpatialRef(), ogr.wkbMultiLineString)
        for f in lyr:
            g = f.GetGeometryRef()
            b = g.Boundary() if g.GetDimension() == 2 else g.Clone()
            nf = ogr.Feature(tl.GetLayerDefn()); nf.SetGeometry(b); tl.CreateFeature(nf)
        gdal.RasterizeLayer(m, [1], tl, burn_values=[1])
    else:
        gdal.RasterizeLayer(m, [1], lyr, burn_values=[1])
    lyr.SetAttributeFilter(None)
    return m.ReadAsArray() > 0
img = np.zeros((height, width, 3), np.uint8); img[:] = (170, 205, 235)
img[burn('land')] = (200, 225, 180)
img[burn('lakes')] = (120, 170, 225)
img[burn('countries', lines=True)] = (120, 120, 120)
img[burn('counties', lines=True)] = (230, 140, 40)
img[burn('county_lines', lines=True)] = (160, 60, 0)
img[burn('borders', lines=True)] = (200, 0, 0)
out = gdal.GetDriverByName('MEM').Create('', width, height, 3, gdal.GDT_Byte)
for k in range(3): out.GetRasterBand(k + 1).WriteArray(img[:, :, k])
gdal.GetDriverByName('PNG').CreateCopy(png, out)
print(png, width, 'x', height, 'px,', round(res), 'map units/px')
