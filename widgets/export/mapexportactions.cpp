// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "mapexportactions.h"

#include "geodata/atlas/atlas.h"
#include "widgets/export/exportdialog.h"
#include "widgets/export/frameexportdialog.h"
#include "widgets/export/framesequenceexporter.h"
#include "widgets/export/mapexporter.h"
#include "widgets/map/mapwidget.h"
#include "widgets/scene/mapscenebuilder.h"
#include "widgets/timeline/timelinecontroller.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QSettings>

namespace sk {

namespace {

const QString exportDirectoryKey = QStringLiteral("data/exportDirectory");
const QSize defaultFrameSize(1920, 1080);
// Logical width a printed page is laid out at: type and markers come out as on a large screen.
constexpr double printLogicalWidth = 1400;

} // namespace

MapExportActions::MapExportActions(const Atlas &atlas, MapWidget *map, TimelineController *timeline, QWidget *window)
    : QObject(window)
    , m_atlas(atlas)
    , m_map(map)
    , m_timeline(timeline)
    , m_window(window)
    , m_exportMap(new QAction(QIcon(QStringLiteral(":/icons/document-export.svg")), tr("&Export map…"), this))
    , m_exportFrames(new QAction(tr("Export &frame sequence…"), this))
    , m_print(new QAction(QIcon(QStringLiteral(":/icons/document-print.svg")), tr("&Print…"), this))
    , m_printPreview(new QAction(tr("Print pre&view…"), this))
{
    m_exportMap->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_print->setShortcut(QKeySequence::Print);
    connect(m_exportMap, &QAction::triggered, this, &MapExportActions::exportMap);
    connect(m_exportFrames, &QAction::triggered, this, &MapExportActions::exportFrames);
    connect(m_print, &QAction::triggered, this, &MapExportActions::print);
    connect(m_printPreview, &QAction::triggered, this, &MapExportActions::printPreview);
}

MapScene MapExportActions::sceneForOutput() const
{
    MapScene scene = m_map->scene();
    scene.selectedOfficeId.clear();
    scene.emphasisedOfficeIds.clear();
    return scene;
}

void MapExportActions::exportMap()
{
    const QString suggested
            = QDir(QSettings().value(exportDirectoryKey, QDir::homePath()).toString())
                      .filePath(QStringLiteral("servicekarta-%1.png").arg(m_timeline->date().toString(Qt::ISODate)));
    ExportDialog dialog(m_map->size(), suggested, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    MapScene scene = sceneForOutput();
    scene.title = dialog.title();
    QString error;
    bool ok = false;
    switch (dialog.format()) {
    case ExportDialog::Format::Png: {
        ok = MapExporter::saveImage(MapExporter::renderLaidOut(m_map->renderer(), m_map->viewport(), scene,
                                                               dialog.imageSize(), dialog.pixelRatio()),
                                    dialog.path(), &error);
        break;
    }
    case ExportDialog::Format::Pdf:
        ok = MapExporter::savePdf(m_map->renderer(), m_map->viewport(), scene, dialog.path(), dialog.pageSize(),
                                  dialog.orientation(), &error, m_pdfSummary ? m_pdfSummary() : QString());
        break;
    case ExportDialog::Format::Svg:
        ok = MapExporter::saveSvg(m_map->renderer(), m_map->viewport(), scene, dialog.path(), &error);
        break;
    }
    if (!ok) {
        QMessageBox::warning(m_window, tr("Export failed"), error);
        return;
    }
    QSettings().setValue(exportDirectoryKey, QFileInfo(dialog.path()).absolutePath());
    Q_EMIT message(tr("Exported %1").arg(QDir::toNativeSeparators(dialog.path())), 5000);
}

void MapExportActions::exportFrames()
{
    const Rollout &rollout = m_atlas.rollout();
    const QString ffmpeg = FrameSequenceExporter::findFfmpeg();
    FrameExportDialog dialog(rollout.firstDate(), rollout.lastDate(), defaultFrameSize, !ffmpeg.isEmpty(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    MapRenderer renderer(m_map->renderer().style());
    const MapScene look = sceneForOutput();
    const FrameSequenceExporter exporter(m_atlas, [&](QDate date) {
        // Each frame as the map shows it: the same filter, layers, title and scenario band.
        MapScene scene = MapSceneBuilder::build(m_atlas, date, m_filter);
        scene.decorations = look.decorations;
        scene.title = look.title;
        scene.scenarioName = look.scenarioName;
        scene.scenarioSource = look.scenarioSource;
        return MapExporter::renderLaidOut(renderer, m_map->viewport(), scene, dialog.frameSize());
    });
    const std::vector<QDate> dates = exporter.dates(
            dialog.from(), dialog.to(), dialog.byPhase() ? TimelineSteps::Step::Phase : TimelineSteps::Step::Month);
    QProgressDialog progress(tr("Rendering frames…"), tr("Cancel"), 0, int(dates.size()), m_window);
    progress.setWindowModality(Qt::WindowModal);
    QString error;
    const FrameSequenceExporter::Outcome outcome
            = exporter.write(dates, dialog.folder(), &error, [&progress](int index) {
                  progress.setValue(index);
                  return !progress.wasCanceled();
              });
    if (outcome == FrameSequenceExporter::Outcome::Failed)
        QMessageBox::warning(m_window, tr("Export failed"), error);
    if (outcome != FrameSequenceExporter::Outcome::Written)
        return;
    progress.setValue(int(dates.size()));
    QString text = tr("%n frame(s) written to %1", nullptr, int(dates.size()))
                           .arg(QDir::toNativeSeparators(dialog.folder()));
    if (dialog.makeVideo()) {
        text += FrameSequenceExporter::makeVideo(ffmpeg, dialog.folder())
                ? tr("; video %1 made").arg(FrameSequenceExporter::videoFileName())
                : tr("; ffmpeg failed, the frames are kept");
    }
    Q_EMIT message(text, 8000);
}

void MapExportActions::paintOnPrinter(QPrinter *printer)
{
    const QRectF page = printer->pageLayout().paintRectPixels(printer->resolution());
    QPainter painter(printer);
    MapExporter::renderOnDevice(m_map->renderer(), m_map->viewport(), sceneForOutput(), painter,
                                QRectF(QPointF(0, 0), page.size()), printLogicalWidth);
}

void MapExportActions::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, m_window);
    if (dialog.exec() == QDialog::Accepted)
        paintOnPrinter(&printer);
}

void MapExportActions::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintPreviewDialog preview(&printer, m_window);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, &MapExportActions::paintOnPrinter);
    preview.exec();
}

} // namespace sk
