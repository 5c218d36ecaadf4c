#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Servicekarta contributors
"""QGIS beside bench_map: the same base layers of geodata/data/basemap.gpkg, styled alike, rendered at the same
1920x1080 home extent, timed the way bench_map's full frame is (median of repeated renders in one process).

Needs Debian's python3-qgis and qgis-providers (not part of the build):
    QT_QPA_PLATFORM=offscreen /usr/bin/python3 tests/benchmarks/qgis_base_map.py [--runs 15]
"""
import argparse
import os
import statistics
import time

from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsFillSymbol, QgsLineSymbol,
                       QgsMapRendererParallelJob, QgsMapRendererSequentialJob, QgsMapSettings, QgsRectangle,
                       QgsVectorLayer)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

HERE = os.path.dirname(os.path.abspath(__file__))
BASEMAP = os.path.join(HERE, '..', '..', 'geodata', 'data', 'basemap.gpkg')
SIZE = QSize(1920, 1080)
# Projection::swedenHomeExtent() fitted as MapViewport::fit does, 16 px margin.
HOME = (250000.0, 6090000.0, 930000.0, 7700000.0)
MARGIN = 16.0


def home_extent():
    west, south, east, north = HOME
    scale = max((east - west) / (SIZE.width() - 2 * MARGIN), (north - south) / (SIZE.height() - 2 * MARGIN))
    cx, cy = (west + east) / 2, (south + north) / 2
    half_w, half_h = SIZE.width() * scale / 2, SIZE.height() * scale / 2
    return QgsRectangle(cx - half_w, cy - half_h, cx + half_w, cy + half_h)


def layer(name, symbol):
    result = QgsVectorLayer(f'{BASEMAP}|layername={name}', name, 'ogr')
    if not result.isValid():
        raise SystemExit(f'{BASEMAP}: cannot open layer {name}')
    result.renderer().setSymbol(symbol)
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--runs', type=int, default=15)
    runs = parser.parse_args().runs
    app = QgsApplication([], False)
    app.initQgis()
    # Drawn bottom to top as MapRenderer::renderBase does, in the light style's colours.
    layers = [
        layer('borders', QgsLineSymbol.createSimple({'line_color': '#6e6a66', 'line_width': '1', 'line_width_unit': 'Pixel'})),
        layer('county_lines', QgsLineSymbol.createSimple({'line_color': '#a8a39c', 'line_width': '0.9', 'line_width_unit': 'Pixel'})),
        layer('lakes', QgsFillSymbol.createSimple({'color': '#d6e4ee', 'outline_color': '#9ab3c4', 'outline_width': '0.6', 'outline_width_unit': 'Pixel'})),
        layer('neighbour_land', QgsFillSymbol.createSimple({'color': '#e6e4df', 'outline_style': 'no'})),
        layer('land', QgsFillSymbol.createSimple({'color': '#fbfaf6', 'outline_color': '#9ab3c4', 'outline_width': '0.8', 'outline_width_unit': 'Pixel'})),
    ]
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(QgsCoordinateReferenceSystem('EPSG:3006'))
    settings.setOutputSize(SIZE)
    settings.setExtent(home_extent())
    settings.setBackgroundColor(QColor('#d6e4ee'))
    settings.setFlag(QgsMapSettings.Antialiasing, True)
    for job_type in (QgsMapRendererSequentialJob, QgsMapRendererParallelJob):
        times = []
        for run in range(runs + 1):
            job = job_type(settings)
            start = time.perf_counter()
            job.start()
            job.waitForFinished()
            elapsed = (time.perf_counter() - start) * 1000
            if run > 0:  # the first run opens the files and fills caches
                times.append(elapsed)
        image = job.renderedImage()
        print(f'{job_type.__name__}: median {statistics.median(times):.1f} ms, min {min(times):.1f} ms '
              f'over {runs} renders of {image.width()}x{image.height()}')
    if os.environ.get('QGIS_BASE_MAP_PNG'):
        image.save(os.environ['QGIS_BASE_MAP_PNG'], 'PNG')
    app.exitQgis()


if __name__ == '__main__':
    main()
