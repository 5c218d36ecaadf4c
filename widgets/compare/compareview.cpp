// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "compareview.h"

#include "widgets/compare/comparisonmeasuresmodel.h"
#include "widgets/compare/officedifferencemodel.h"
#include "widgets/map/mapwidget.h"
#include "widgets/offices/collatingsortproxymodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace sk {

namespace {

constexpr double differenceZoomMetresPerPixel = 150;

size_t indexOf(CompareView::Side side)
{
    return side == CompareView::Side::A ? 0 : 1;
}

CompareView::Side sideAt(size_t index)
{
    return index == 0 ? CompareView::Side::A : CompareView::Side::B;
}

QString shortDate(QDate date)
{
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

QTableView *createTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

CompareView::CompareView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_differenceModel(new OfficeDifferenceModel(this))
    , m_differenceProxy(new CollatingSortProxyModel(this))
    , m_measuresModel(new ComparisonMeasuresModel(this))
    , m_measuresProxy(new CollatingSortProxyModel(this))
{
    setWindowTitle(tr("Compare"));

    auto *presets = new QHBoxLayout;
    presets->addWidget(new QLabel(tr("Compare:"), this));
    auto *phase1 = new QPushButton(tr("Phase 1"), this);
    auto *phase2 = new QPushButton(tr("Phase 2"), this);
    m_planVsScenario = new QPushButton(tr("Plan vs scenario"), this);
    phase1->setToolTip(tr("The official plan at the end of 2021 and at the end of 2022"));
    phase2->setToolTip(tr("The official plan at the end of 2022 and at the end of 2023"));
    m_planVsScenario->setToolTip(tr("The official plan and the scenario on the same date"));
    connect(phase1, &QPushButton::clicked, this, [this] { applyPreset(Preset::Phase1); });
    connect(phase2, &QPushButton::clicked, this, [this] { applyPreset(Preset::Phase2); });
    connect(m_planVsScenario, &QPushButton::clicked, this, [this] { applyPreset(Preset::PlanVsScenario); });
    presets->addWidget(phase1);
    presets->addWidget(phase2);
    presets->addWidget(m_planVsScenario);
    presets->addStretch(1);

    auto *maps = new QSplitter(Qt::Horizontal, this);
    maps->addWidget(createSide(m_sides[0]));
    maps->addWidget(createSide(m_sides[1]));
    maps->setChildrenCollapsible(false);
    connect(m_sides[0].map, &MapWidget::viewportChanged, this, [this] { follow(m_sides[0].map, m_sides[1].map); });
    connect(m_sides[1].map, &MapWidget::viewportChanged, this, [this] { follow(m_sides[1].map, m_sides[0].map); });

    m_differenceProxy->setSourceModel(m_differenceModel);
    m_differenceProxy->setSortRole(OfficeDifferenceModel::SortRole);
    m_differenceTable = createTable(m_differenceProxy, this);
    m_differenceTable->sortByColumn(OfficeDifferenceModel::KindColumn, Qt::AscendingOrder);
    connect(m_differenceTable, &QTableView::activated, this, &CompareView::centreOnDifference);
    m_measuresProxy->setSourceModel(m_measuresModel);
    m_measuresProxy->setSortRole(ComparisonMeasuresModel::SortRole);
    m_measuresTable = createTable(m_measuresProxy, this);
    m_measuresTable->sortByColumn(ComparisonMeasuresModel::MeasureColumn, Qt::AscendingOrder);
    m_measuresTable->horizontalHeader()->setStretchLastSection(false);
    m_tabs->addTab(m_differenceTable, tr("Offices"));
    m_tabs->addTab(m_measuresTable, tr("Coverage"));

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bottomLayout->addWidget(m_summary);
    bottomLayout->addWidget(m_tabs, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(maps);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(presets);
    layout->addWidget(split, 1);

    connect(&m_measuresWatcher, &QFutureWatcher<ComparisonMeasures>::finished, this, [this] {
        m_measuresModel->setMeasures(m_measuresWatcher.result(), m_comparison.sideA().label,
                                     m_comparison.sideB().label);
        m_measuresTable->resizeColumnsToContents();
        m_measuresPending = false;
        Q_EMIT measuresReady();
    });

    updateSourceItems();
    applyPreset(Preset::Phase1);
}

QWidget *CompareView::createSide(SideControls &controls)
{
    auto *side = new QWidget(this);
    controls.source = new QComboBox(side);
    controls.source->setAccessibleName(tr("Office set"));
    controls.date = new QDateEdit(side);
    controls.date->setCalendarPopup(true);
    controls.date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    controls.date->setAccessibleName(tr("Date"));
    controls.boundaryButtons = new QHBoxLayout;
    controls.boundaryButtons->setSpacing(2);
    controls.map = new MapWidget(side);
    MapScene::Decorations decorations;
    decorations.compactLegend = true;
    decorations.credits = false;
    controls.map->setDecorations(decorations);

    auto *header = new QHBoxLayout;
    header->addWidget(controls.source, 1);
    header->addWidget(controls.date);
    header->addLayout(controls.boundaryButtons);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(controls.map, 1);

    connect(controls.source, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_settingControls)
            recompare();
    });
    connect(controls.date, &QDateEdit::dateChanged, this, [this] {
        if (!m_settingControls)
            recompare();
    });
    return side;
}

void CompareView::rebuildBoundaryButtons(SideControls &controls)
{
    while (QLayoutItem *item = controls.boundaryButtons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (QDate boundary : m_officialRollout.phaseBoundaries()) {
        auto *button = new QToolButton(controls.date->parentWidget());
        button->setText(shortDate(boundary));
        button->setToolTip(tr("Go to %1").arg(QLocale().toString(boundary, QLocale::LongFormat)));
        button->setAutoRaise(true);
        QDateEdit *edit = controls.date;
        connect(button, &QToolButton::clicked, edit, [edit, boundary] { edit->setDate(boundary); });
        controls.boundaryButtons->addWidget(button);
    }
}

void CompareView::updateSourceItems()
{
    QScopedValueRollback guard(m_settingControls, true);
    const QDate lastDate = std::max(m_officialRollout.lastDate(), m_scenarioLastDate);
    for (size_t i = 0; i < m_sides.size(); ++i) {
        SideControls &controls = m_sides[i];
        const Source current = source(sideAt(i));
        controls.source->clear();
        controls.source->addItem(sourceName(Source::Official), int(Source::Official));
        if (m_scenario)
            controls.source->addItem(sourceName(Source::Scenario), int(Source::Scenario));
        controls.source->setCurrentIndex(std::max(0, controls.source->findData(int(current))));
        controls.date->setDateRange(Rollout::takeoverDate(), lastDate);
    }
    m_planVsScenario->setEnabled(m_scenario != nullptr);
}

void CompareView::setReference(const BaseMap *baseMap, const AdminBoundaries *boundaries,
                               const PlaceNames *placeNames, const ReferenceData &reference)
{
    m_reference = std::make_shared<const ReferenceData>(reference);
    m_calculators = {};
    for (SideControls &controls : m_sides) {
        controls.map->setBaseLayers(baseMap, boundaries, reference.municipalityCount());
        controls.map->setPlaceNames(placeNames);
    }
    recompare();
}

void CompareView::setPopulation(std::shared_ptr<const PopulationModel> population)
{
    m_population = std::move(population);
    m_calculators = {};
    startMeasures();
}

void CompareView::setOfficial(std::vector<Office> offices)
{
    m_officialRollout = Rollout(offices);
    m_official = std::make_shared<const std::vector<Office>>(std::move(offices));
    m_calculators[size_t(Source::Official)].reset();
    for (SideControls &controls : m_sides)
        rebuildBoundaryButtons(controls);
    updateSourceItems();
    recompare();
}

void CompareView::setScenario(const QString &name, std::vector<Office> offices)
{
    m_scenarioName = name;
    m_scenarioLastDate = Rollout(offices).lastDate();
    m_scenario = std::make_shared<const std::vector<Office>>(std::move(offices));
    m_calculators[size_t(Source::Scenario)].reset();
    updateSourceItems();
    recompare();
}

void CompareView::clearScenario()
{
    m_scenarioName.clear();
    m_scenarioLastDate = QDate();
    m_scenario.reset();
    m_calculators[size_t(Source::Scenario)].reset();
    updateSourceItems();
    recompare();
}

void CompareView::setStyle(const MapStyle &style)
{
    for (SideControls &controls : m_sides)
        controls.map->setStyle(style);
}

void CompareView::applyPreset(Preset preset)
{
    const PhaseBand phase1 = Rollout::phaseBand(1);
    const PhaseBand phase2 = Rollout::phaseBand(2);
    const std::vector<PhaseBand> bands = m_officialRollout.phaseBands();
    QDate endOfPlan = bands.empty() ? phase2.end : bands.back().end;
    // A scenario with a later phase is compared where its last phase ends, so its additions are there to see.
    if (m_scenario) {
        const std::vector<PhaseBand> scenarioBands = Rollout(*m_scenario).phaseBands();
        if (!scenarioBands.empty())
            endOfPlan = std::max(endOfPlan, scenarioBands.back().end);
    }
    {
        QScopedValueRollback guard(m_settingControls, true);
        switch (preset) {
        case Preset::Phase1:
            setSide(Side::A, Source::Official, phase1.start.addDays(-1));
            setSide(Side::B, Source::Official, phase1.end);
            break;
        case Preset::Phase2:
            setSide(Side::A, Source::Official, phase2.start.addDays(-1));
            setSide(Side::B, Source::Official, phase2.end);
            break;
        case Preset::PlanVsScenario:
            setSide(Side::A, Source::Official, endOfPlan);
            setSide(Side::B, m_scenario ? Source::Scenario : Source::Official, endOfPlan);
            break;
        }
    }
    recompare();
}

void CompareView::setSide(Side side, Source source, QDate date)
{
    SideControls &controls = m_sides[indexOf(side)];
    {
        QScopedValueRollback guard(m_settingControls, true);
        controls.source->setCurrentIndex(std::max(0, controls.source->findData(int(source))));
        controls.date->setDate(date);
    }
    if (!m_settingControls)
        recompare();
}

CompareView::Source CompareView::source(Side side) const
{
    const QVariant data = m_sides[indexOf(side)].source->currentData();
    return data.isValid() ? Source(data.toInt()) : Source::Official;
}

QDate CompareView::date(Side side) const
{
    return m_sides[indexOf(side)].date->date();
}

MapWidget *CompareView::map(Side side) const
{
    return m_sides[indexOf(side)].map;
}

void CompareView::follow(MapWidget *from, MapWidget *to)
{
    const bool same = from->viewport().centre() == to->viewport().centre()
            && from->viewport().metresPerPixel() == to->viewport().metresPerPixel();
    if (m_synchronising || same)
        return;
    QScopedValueRollback guard(m_synchronising, true);
    to->setViewport(from->viewport());
}

void CompareView::centreOnDifference(const QModelIndex &proxyIndex)
{
    const QModelIndex index = m_differenceProxy->mapToSource(proxyIndex);
    const QString id = index.data(OfficeDifferenceModel::OfficeIdRole).toString();
    m_sides[0].map->centreOn(index.data(OfficeDifferenceModel::PositionRole).toPointF(), differenceZoomMetresPerPixel);
    for (SideControls &controls : m_sides)
        controls.map->setSelectedOfficeId(id);
}

std::shared_ptr<const std::vector<Office>> CompareView::officesOf(Source source) const
{
    return source == Source::Scenario && m_scenario ? m_scenario : m_official;
}

QString CompareView::sourceName(Source source) const
{
    return source == Source::Scenario ? m_scenarioName : tr("Official plan");
}

ComparisonSide CompareView::sideOf(Side side) const
{
    const Source chosen = source(side);
    const QDate day = date(side);
    return {tr("%1, %2").arg(sourceName(chosen), shortDate(day)), officesOf(chosen), day};
}

std::shared_ptr<const CoverageCalculator> CompareView::calculatorFor(Source source)
{
    std::shared_ptr<const CoverageCalculator> &calculator = m_calculators[size_t(source)];
    if (!calculator && m_reference) {
        const PopulationModel population = m_population ? *m_population : PopulationModel::fromReference(*m_reference);
        calculator = std::make_shared<const CoverageCalculator>(Rollout(*officesOf(source)), *m_reference, population);
    }
    return calculator;
}

void CompareView::recompare()
{
    m_comparison = OfficeSetComparison(sideOf(Side::A), sideOf(Side::B));
    const QSet<QString> differing = m_comparison.differingIds();
    for (size_t i = 0; i < m_sides.size(); ++i) {
        const ComparisonSide &side = i == 0 ? m_comparison.sideA() : m_comparison.sideB();
        std::vector<OfficeState> states;
        states.reserve(side.offices->size());
        for (const Office &office : *side.offices)
            states.push_back(Rollout::stateAt(office, side.date));
        const StatusCounts counts = Rollout::count(*side.offices, states);
        MapWidget *map = m_sides[i].map;
        map->setOffices(side.offices.get(), std::move(states), counts, side.date);
        map->setTitle(sourceName(source(sideAt(i))));
        map->setHighlightedOffices(differing);
    }
    m_differenceModel->setComparison(m_comparison);
    m_differenceTable->resizeColumnsToContents();
    showSummary();
    Q_EMIT comparisonChanged();
    startMeasures();
}

void CompareView::startMeasures()
{
    const std::shared_ptr<const CoverageCalculator> a = calculatorFor(source(Side::A));
    const std::shared_ptr<const CoverageCalculator> b = calculatorFor(source(Side::B));
    if (!a || !b) {
        m_measuresPending = false;
        m_measuresModel->clear();
        return;
    }
    m_measuresPending = true;
    const QDate dateA = date(Side::A);
    const QDate dateB = date(Side::B);
    m_measuresWatcher.setFuture(
            QtConcurrent::run([a, b, dateA, dateB] { return ComparisonMeasures::compute(*a, dateA, *b, dateB); }));
}

void CompareView::showSummary()
{
    const auto names = [](const std::vector<MunicipalityName> &municipalities) {
        QStringList list;
        for (const MunicipalityName &municipality : municipalities)
            list << municipality.name;
        return list.join(QStringLiteral(", "));
    };
    QString text = tr("%n office(s) differ.", nullptr, static_cast<int>(m_comparison.differences().size()))
            + QLatin1Char(' ')
            + tr("Municipalities with an open office: %1 → %2.")
                      .arg(QLocale().toString(m_comparison.municipalitiesWithOfficeA()),
                           QLocale().toString(m_comparison.municipalitiesWithOfficeB()));
    if (!m_comparison.municipalitiesGained().empty())
        text += QLatin1Char(' ') + tr("Gained: %1.").arg(names(m_comparison.municipalitiesGained()));
    if (!m_comparison.municipalitiesLost().empty())
        text += QLatin1Char(' ') + tr("Lost: %1.").arg(names(m_comparison.municipalitiesLost()));
    m_summary->setText(text);
}

} // namespace sk
