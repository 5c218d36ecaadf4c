// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/coverage/coverageresult.h"
#include "geodata/offices/publishedcounts.h"
#include "widgets/scene/mapscene.h"

#include <QDate>
#include <QPointF>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace sk {

class CoverageChart;
class CoverageController;
class MunicipalityCoverageModel;

// The coverage dock: follows a CoverageController and shows, for its date, how many people live within each
// distance band of an open office, the median and 90th-percentile distance, the municipalities with an office, a
// chart over the whole timeline, what each phase added, the farthest municipalities and a sortable table of all
// of them; edits the bands, exports, and switches the map's coverage layer and distance rings.
class CoveragePanel : public QWidget
{
    Q_OBJECT

public:
    explicit CoveragePanel(CoverageController *controller, QWidget *parent = nullptr);

    MapScene::CoverageDisplay display() const;
    // Published office counts for the chart, beside the data's range.
    void setPublishedCounts(const PublishedCounts &counts);

    // "5, 10, 20" (commas, semicolons or spaces between; a point for decimals) as km; on failure nothing, and
    // *error says what is wrong.
    static std::optional<std::vector<double>> parseBands(const QString &text, QString *error);

    // Each writes what the panel shows; on failure a message box names the file, and the result is false.
    bool exportMunicipalityCsv(const QString &path);
    bool exportMunicipalityGeoPackage(const QString &path);
    bool exportDistanceRaster(const QString &path);

Q_SIGNALS:
    void layerToggled(bool on);
    void ringsToggled(bool on);
    // Any change of the toggles or the ring radius, for MapWidget::setCoverageDisplay.
    void displayChanged(const sk::MapScene::CoverageDisplay &display);
    void zoomToMunicipality(QPointF seatPosition);
    // A click on the chart.
    void dateRequested(QDate date);

private:
    QWidget *createToggles();
    QWidget *createBandEditor();
    QWidget *createTable();
    QWidget *createExportButtons();
    void showResult(const std::shared_ptr<const CoverageResult> &result);
    void showOverview();
    void showNote();
    void showBands();
    void applyBands();
    void chooseExport(const QString &title, const QString &suffix, const QString &filter,
                      bool (CoveragePanel::*write)(const QString &));
    bool reportExport(bool written, const QString &error);

    CoverageController *m_controller;
    std::shared_ptr<const CoverageResult> m_result;
    QCheckBox *m_layerCheck = nullptr;
    QCheckBox *m_ringsCheck = nullptr;
    QSpinBox *m_ringRadius = nullptr;
    QLabel *m_dateLabel = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_bandsLabel = nullptr;
    QLabel *m_distanceLabel = nullptr;
    CoverageChart *m_chart = nullptr;
    QLabel *m_phasesLabel = nullptr;
    QLineEdit *m_bandsEdit = nullptr;
    QLabel *m_bandsError = nullptr;
    QLabel *m_farthestLabel = nullptr;
    MunicipalityCoverageModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    std::vector<QPushButton *> m_exportButtons;
    QLabel *m_noteLabel = nullptr;
};

} // namespace sk
