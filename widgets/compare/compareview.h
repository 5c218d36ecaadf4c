// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/comparison/comparisonmeasures.h"
#include "geodata/comparison/officesetcomparison.h"
#include "geodata/coverage/coveragecalculator.h"
#include "geodata/coverage/populationmodel.h"
#include "geodata/offices/rollout.h"
#include "geodata/reference/referencedata.h"
#include "widgets/render/mapstyle.h"

#include <QDate>
#include <QFutureWatcher>
#include <QWidget>

#include <array>
#include <memory>
#include <vector>

class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTabWidget;

namespace sk {

class AdminBoundaries;
class BaseMap;
class ComparisonMeasuresModel;
class MapWidget;
class PlaceNames;
class OfficeDifferenceModel;

// Two maps side by side, each an office set (the official plan or a scenario) at a date, panned and zoomed together;
// the offices that differ are ringed on both, listed in a table below, and the coverage of both sides is compared
// in a second table (computed in the background).
class CompareView : public QWidget
{
    Q_OBJECT

public:
    enum class Side { A, B };
    enum class Source { Official, Scenario };
    enum class Preset { Phase1, Phase2, PlanVsScenario };

    explicit CompareView(QWidget *parent = nullptr);

    // The layers and place names drawn on both maps (kept alive by the caller) and the reference tables coverage is
    // measured on.
    void setReference(const BaseMap *baseMap, const AdminBoundaries *boundaries, const PlaceNames *placeNames,
                      const ReferenceData &reference);
    // Where people live; without one, the embedded model of the reference tables.
    void setPopulation(std::shared_ptr<const PopulationModel> population);
    void setOfficial(std::vector<Office> offices);
    // May be called again after the scenario is edited: everything is recomputed.
    void setScenario(const QString &name, std::vector<Office> offices);
    // The scenario was closed: both sides show the official plan again where they showed it.
    void clearScenario();
    void setStyle(const MapStyle &style);

    void applyPreset(Preset preset);
    void setSide(Side side, Source source, QDate date);
    Source source(Side side) const;
    QDate date(Side side) const;

    MapWidget *map(Side side) const;
    const OfficeSetComparison &comparison() const { return m_comparison; }
    OfficeDifferenceModel *differenceModel() const { return m_differenceModel; }
    ComparisonMeasuresModel *measuresModel() const { return m_measuresModel; }
    QTableView *differenceTable() const { return m_differenceTable; }
    // True while the coverage of the current sides is still being computed.
    bool measuresPending() const { return m_measuresPending; }

Q_SIGNALS:
    // The comparison was recomputed: maps, difference table and summary show the current sides.
    void comparisonChanged();
    // The coverage measures of the current sides are in the measures table.
    void measuresReady();

private:
    struct SideControls
    {
        QComboBox *source = nullptr;
        QDateEdit *date = nullptr;
        QHBoxLayout *boundaryButtons = nullptr;
        MapWidget *map = nullptr;
    };

    QWidget *createSide(SideControls &controls);
    void rebuildBoundaryButtons(SideControls &controls);
    void updateSourceItems();
    void follow(MapWidget *from, MapWidget *to);
    void centreOnDifference(const QModelIndex &proxyIndex);
    std::shared_ptr<const std::vector<Office>> officesOf(Source source) const;
    QString sourceName(Source source) const;
    ComparisonSide sideOf(Side side) const;
    std::shared_ptr<const CoverageCalculator> calculatorFor(Source source);
    void recompare();
    void startMeasures();
    void showSummary();

    std::array<SideControls, 2> m_sides;
    QPushButton *m_planVsScenario = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    OfficeDifferenceModel *m_differenceModel = nullptr;
    QSortFilterProxyModel *m_differenceProxy = nullptr;
    QTableView *m_differenceTable = nullptr;
    ComparisonMeasuresModel *m_measuresModel = nullptr;
    QSortFilterProxyModel *m_measuresProxy = nullptr;
    QTableView *m_measuresTable = nullptr;

    std::shared_ptr<const std::vector<Office>> m_official = std::make_shared<const std::vector<Office>>();
    Rollout m_officialRollout;
    std::shared_ptr<const std::vector<Office>> m_scenario;
    QString m_scenarioName;
    QDate m_scenarioLastDate;
    std::shared_ptr<const ReferenceData> m_reference;
    std::shared_ptr<const PopulationModel> m_population;
    std::array<std::shared_ptr<const CoverageCalculator>, 2> m_calculators; // by Source, built on demand
    OfficeSetComparison m_comparison;
    QFutureWatcher<ComparisonMeasures> m_measuresWatcher;
    bool m_measuresPending = false;
    bool m_synchronising = false;
    bool m_settingControls = false;
};

} // namespace sk
