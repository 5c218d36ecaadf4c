// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "coveragepanel.h"

#include "geodata/coverage/coverageexport.h"
#include "geodata/coverage/embeddedpopulation.h"
#include "widgets/coverage/coveragechart.h"
#include "widgets/coverage/coveragecontroller.h"
#include "widgets/coverage/municipalitycoveragemodel.h"
#include "widgets/render/maprenderer.h"

#include <QApplication>
#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace sk {

namespace {

QString peopleText(double people)
{
    return QLocale().toString(static_cast<qint64>(std::llround(people)));
}

QString shareText(double share)
{
    return CoveragePanel::tr("%1 %").arg(QLocale().toString(share * 100, 'f', 1));
}

QString kmText(double km)
{
    if (std::isnan(km))
        return QStringLiteral("–");
    if (std::isinf(km))
        return CoveragePanel::tr("no office open");
    return CoveragePanel::tr("%1 km").arg(QLocale().toString(km, 'f', 1));
}

QLabel *wrappingLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QGroupBox *section(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

} // namespace

CoveragePanel::CoveragePanel(CoverageController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);

    layout->addWidget(createToggles());

    m_dateLabel = wrappingLabel(content, QStringLiteral("coverageDateLabel"));
    QFont heading = m_dateLabel->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.25);
    m_dateLabel->setFont(heading);
    m_dateLabel->setText(tr("Calculating coverage…"));
    m_summaryLabel = wrappingLabel(content, QStringLiteral("coverageSummaryLabel"));
    m_bandsLabel = wrappingLabel(content, QStringLiteral("coverageBandsLabel"));
    m_bandsLabel->setTextFormat(Qt::RichText);
    m_distanceLabel = wrappingLabel(content, QStringLiteral("coverageDistanceLabel"));
    m_distanceLabel->setToolTip(tr("Half of the people live within the median distance of an open office, "
                                   "nine in ten within the 90th percentile."));
    auto *reach = new QWidget(content);
    auto *reachLayout = new QVBoxLayout(reach);
    reachLayout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_dateLabel, m_summaryLabel, m_bandsLabel, m_distanceLabel,
                                                            createBandEditor()})
        reachLayout->addWidget(widget);
    layout->addWidget(section(tr("People near an open office"), reach, content));

    m_chart = new CoverageChart(content);
    m_chart->setObjectName(QStringLiteral("coverageChart"));
    layout->addWidget(section(tr("Over the timeline"), m_chart, content));

    m_phasesLabel = wrappingLabel(content, QStringLiteral("coveragePhasesLabel"));
    m_phasesLabel->setTextFormat(Qt::RichText);
    layout->addWidget(section(tr("What each phase added"), m_phasesLabel, content));

    m_farthestLabel = wrappingLabel(content, QStringLiteral("farthestLabel"));
    m_farthestLabel->setTextFormat(Qt::RichText);
    layout->addWidget(section(tr("Farthest from an open office"), m_farthestLabel, content));

    layout->addWidget(section(tr("All municipalities"), createTable(), content));
    layout->addWidget(createExportButtons());

    m_noteLabel = wrappingLabel(content, QStringLiteral("coverageNoteLabel"));
    QFont small = m_noteLabel->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_noteLabel->setFont(small);
    layout->addWidget(m_noteLabel);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_controller, &CoverageController::resultReady, this,
            [this](QDate, const std::shared_ptr<const CoverageResult> &result) { showResult(result); });
    connect(m_controller, &CoverageController::overviewReady, this, &CoveragePanel::showOverview);
    connect(m_controller, &CoverageController::bandsChanged, this, &CoveragePanel::showBands);
    connect(m_chart, &CoverageChart::dateClicked, this, &CoveragePanel::dateRequested);
    showBands();
    showNote();
    if (m_controller->hasOverview())
        showOverview();
    if (m_controller->result())
        showResult(m_controller->result());
}

QWidget *CoveragePanel::createToggles()
{
    auto *toggles = new QWidget(this);
    auto *layout = new QVBoxLayout(toggles);
    layout->setContentsMargins(0, 0, 0, 0);
    m_layerCheck = new QCheckBox(tr("Colour municipalities by distance on the map"), toggles);
    m_layerCheck->setObjectName(QStringLiteral("coverageLayerCheck"));
    m_ringsCheck = new QCheckBox(tr("Rings around open offices:"), toggles);
    m_ringsCheck->setObjectName(QStringLiteral("distanceRingsCheck"));
    m_ringRadius = new QSpinBox(toggles);
    m_ringRadius->setObjectName(QStringLiteral("ringRadiusSpin"));
    m_ringRadius->setRange(5, 200);
    m_ringRadius->setSingleStep(5);
    m_ringRadius->setValue(static_cast<int>(MapScene::CoverageDisplay().ringKm));
    m_ringRadius->setSuffix(tr(" km"));
    m_ringRadius->setAccessibleName(tr("Ring radius"));
    m_ringRadius->setEnabled(false);
    auto *rings = new QHBoxLayout;
    rings->addWidget(m_ringsCheck);
    rings->addWidget(m_ringRadius);
    rings->addStretch(1);
    layout->addWidget(m_layerCheck);
    layout->addLayout(rings);

    connect(m_layerCheck, &QCheckBox::toggled, this, [this](bool on) {
        Q_EMIT layerToggled(on);
        Q_EMIT displayChanged(display());
    });
    connect(m_ringsCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_ringRadius->setEnabled(on);
        Q_EMIT ringsToggled(on);
        Q_EMIT displayChanged(display());
    });
    connect(m_ringRadius, &QSpinBox::valueChanged, this, [this] { Q_EMIT displayChanged(display()); });
    return toggles;
}

QWidget *CoveragePanel::createBandEditor()
{
    auto *editor = new QWidget(this);
    auto *layout = new QVBoxLayout(editor);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&Bands (km):"), editor);
    m_bandsEdit = new QLineEdit(editor);
    m_bandsEdit->setObjectName(QStringLiteral("bandsEdit"));
    m_bandsEdit->setPlaceholderText(tr("e.g. 5, 10, 20, 30, 50"));
    label->setBuddy(m_bandsEdit);
    auto *apply = new QPushButton(tr("Apply"), editor);
    apply->setObjectName(QStringLiteral("applyBandsButton"));
    row->addWidget(label);
    row->addWidget(m_bandsEdit, 1);
    row->addWidget(apply);
    m_bandsError = wrappingLabel(editor, QStringLiteral("bandsErrorLabel"));
    QPalette warning = m_bandsError->palette();
    warning.setColor(QPalette::WindowText, QColor(0xd5, 0x5e, 0x00));
    m_bandsError->setPalette(warning);
    m_bandsError->hide();
    layout->addLayout(row);
    layout->addWidget(m_bandsError);
    connect(apply, &QPushButton::clicked, this, &CoveragePanel::applyBands);
    connect(m_bandsEdit, &QLineEdit::returnPressed, this, &CoveragePanel::applyBands);
    return editor;
}

QWidget *CoveragePanel::createTable()
{
    auto *container = new QWidget(this);
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *filter = new QLineEdit(container);
    filter->setObjectName(QStringLiteral("municipalityFilter"));
    filter->setPlaceholderText(tr("Filter by municipality, county or office"));
    filter->setClearButtonEnabled(true);

    m_model = new MunicipalityCoverageModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(MunicipalityCoverageModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_table = new QTableView(container);
    m_table->setObjectName(QStringLiteral("municipalityTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(MunicipalityCoverageModel::DistanceColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 16);
    m_table->setToolTip(tr("Double-click a municipality to show it on the map"));
    layout->addWidget(filter);
    layout->addWidget(m_table);

    connect(filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT zoomToMunicipality(index.data(MunicipalityCoverageModel::SeatPositionRole).toPointF());
    });
    return container;
}

QWidget *CoveragePanel::createExportButtons()
{
    auto *buttons = new QWidget(this);
    auto *layout = new QHBoxLayout(buttons);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto add = [&](const QString &objectName, const QString &text, const QString &toolTip, auto onClick) {
        auto *button = new QPushButton(text, buttons);
        button->setObjectName(objectName);
        button->setToolTip(toolTip);
        button->setEnabled(false);
        connect(button, &QPushButton::clicked, this, onClick);
        layout->addWidget(button);
        m_exportButtons.push_back(button);
    };
    add(QStringLiteral("exportCsvButton"), tr("Table (CSV)…"), tr("The municipality table as CSV"), [this] {
        chooseExport(tr("Export municipality table"), QStringLiteral("csv"), tr("CSV files (*.csv)"),
                     &CoveragePanel::exportMunicipalityCsv);
    });
    add(QStringLiteral("exportGeoPackageButton"), tr("Layer (GeoPackage)…"),
        tr("Municipalities with their distances as a GeoPackage layer, in SWEREF 99 TM"), [this] {
            chooseExport(tr("Export coverage layer"), QStringLiteral("gpkg"), tr("GeoPackage (*.gpkg)"),
                         &CoveragePanel::exportMunicipalityGeoPackage);
        });
    add(QStringLiteral("exportRasterButton"), tr("Distances (GeoTIFF)…"),
        tr("A 1 km grid of straight-line distances to the nearest open office, in SWEREF 99 TM"), [this] {
            chooseExport(tr("Export distance raster"), QStringLiteral("tif"), tr("GeoTIFF (*.tif *.tiff)"),
                         &CoveragePanel::exportDistanceRaster);
        });
    return buttons;
}

void CoveragePanel::setPublishedCounts(const PublishedCounts &counts)
{
    m_chart->setPublishedCounts(counts.counts());
}

MapScene::CoverageDisplay CoveragePanel::display() const
{
    MapScene::CoverageDisplay display;
    display.layer = m_layerCheck->isChecked();
    display.distanceRings = m_ringsCheck->isChecked();
    display.ringKm = m_ringRadius->value();
    return display;
}

std::optional<std::vector<double>> CoveragePanel::parseBands(const QString &text, QString *error)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    if (parts.isEmpty()) {
        *error = tr("Enter at least one distance in km, e.g. 5, 10, 20.");
        return std::nullopt;
    }
    std::vector<double> bands;
    for (const QString &part : parts) {
        bool ok = false;
        const double km = QLocale::c().toDouble(part, &ok);
        if (!ok || !std::isfinite(km)) {
            *error = tr("“%1” is not a distance in km. Separate distances with commas and use a point for decimals.")
                             .arg(part);
            return std::nullopt;
        }
        if (km <= 0) {
            *error = tr("Distances must be greater than zero (“%1”).").arg(part);
            return std::nullopt;
        }
        bands.push_back(km);
    }
    return bands;
}

void CoveragePanel::applyBands()
{
    QString error;
    const std::optional<std::vector<double>> bands = parseBands(m_bandsEdit->text(), &error);
    if (bands && !m_controller->setBandsKm(*bands))
        error = tr("These bands cannot be used.");
    m_bandsError->setText(error);
    m_bandsError->setVisible(!error.isEmpty());
}

void CoveragePanel::showBands()
{
    QStringList texts;
    for (double km : m_controller->bandsKm())
        texts << QLocale::c().toString(km);
    m_bandsEdit->setText(texts.join(QStringLiteral(", ")));
}

void CoveragePanel::showResult(const std::shared_ptr<const CoverageResult> &result)
{
    m_result = result;
    const QLocale locale;
    m_dateLabel->setText(tr("On %1").arg(MapRenderer::dateText(result->date)));
    m_summaryLabel->setText(tr("%n office(s) open", nullptr, result->officesOpen) + QStringLiteral(" · ")
                            + tr("%1 of %2 municipalities have an office")
                                      .arg(locale.toString(result->municipalitiesWithOffice),
                                           locale.toString(result->municipalitiesTotal())));
    QString rows;
    for (const CoverageBand &band : result->bands) {
        rows += QStringLiteral("<tr><td>%1</td><td align=right>&nbsp;&nbsp;%2</td><td align=right>&nbsp;&nbsp;%3</td>"
                               "</tr>")
                        .arg(tr("Within %1 km").arg(locale.toString(band.km)), peopleText(band.people),
                             shareText(band.share));
    }
    m_bandsLabel->setText(QStringLiteral("<table><tr><th></th><th align=right>%1</th><th align=right>%2</th></tr>%3"
                                         "</table>")
                                  .arg(tr("People"), tr("Share"), rows));
    m_distanceLabel->setText(tr("Median distance: %1 · 90th percentile: %2")
                                     .arg(kmText(result->medianDistanceKm), kmText(result->p90DistanceKm)));

    QString farthest;
    int rank = 0;
    for (const MunicipalityCoverage &municipality : result->farthest(10)) {
        const QString office = municipality.nearestOfficeName.isEmpty()
                ? QString()
                : tr("to %1").arg(municipality.nearestOfficeName.toHtmlEscaped());
        farthest += QStringLiteral("<tr><td align=right>%1.&nbsp;</td><td><b>%2</b><br><small>%3</small></td>"
                                   "<td align=right>&nbsp;&nbsp;%4<br><small>%5</small></td></tr>")
                            .arg(locale.toString(++rank), municipality.name.toHtmlEscaped(),
                                 municipality.county.toHtmlEscaped(), kmText(municipality.seatDistanceKm), office);
    }
    m_farthestLabel->setText(QStringLiteral("<table cellspacing=2>%1</table>").arg(farthest));

    const bool firstResult = m_model->rowCount() == 0;
    m_model->setResult(result);
    if (firstResult)
        m_table->resizeColumnsToContents();
    m_chart->setCurrentDate(result->date);
    for (QPushButton *button : m_exportButtons)
        button->setEnabled(true);
}

void CoveragePanel::showNote()
{
    const QString &model = m_controller->populationSource();
    QString population;
    if (model == EmbeddedPopulation::name(EmbeddedPopulation::Kind::Points))
        population = tr("<b>points</b> — SCB 2020 at GeoNames places (CC BY 4.0)");
    else if (model == EmbeddedPopulation::name(EmbeddedPopulation::Kind::Dispersed))
        population = tr("<b>dispersed</b> — SCB 2020 spread over GeoNames places (CC BY 4.0) and each "
                        "municipality's land");
    else
        population = tr("<b>%1</b> (your layer)").arg(model.toHtmlEscaped());
    m_noteLabel->setText(tr("Distances are straight-line distances (SWEREF 99 TM), not travel times.<br>"
                            "Population model: %1.")
                                 .arg(population));
}

void CoveragePanel::showOverview()
{
    showNote(); // the overview follows every rebuild, which may have brought another population
    const CoverageOverview &overview = m_controller->overview();
    m_chart->setSeries(overview.series);
    m_chart->setPhaseBands(m_controller->calculator()->rollout().phaseBands());
    const QLocale locale;
    QStringList phases;
    for (const PhaseCoverage &phase : overview.phases) {
        const CoverageComparison &change = phase.change;
        QStringList names;
        for (const MunicipalityCoverage &municipality : change.firstOffices)
            names << municipality.name.toHtmlEscaped();
        QString text = QStringLiteral("<p><b>%1</b><br>")
                               .arg(tr("Phase %1 (%2)").arg(phase.band.phase).arg(phase.band.start.year()))
                + tr("%1 more people within %2 km of an open office.")
                          .arg(peopleText(change.peopleBroughtWithin), locale.toString(change.broughtWithinKm));
        text += QStringLiteral(" ") + tr("First office in %n municipality(s)", nullptr, static_cast<int>(names.size()));
        text += names.isEmpty() ? QStringLiteral(".")
                                : QStringLiteral(": ") + names.join(QStringLiteral(", ")) + QLatin1Char('.');
        phases << text + QStringLiteral("</p>");
    }
    m_phasesLabel->setText(phases.isEmpty() ? tr("The data have no phases.") : phases.join(QString()));
}

void CoveragePanel::chooseExport(const QString &title, const QString &suffix, const QString &filter,
                                 bool (CoveragePanel::*write)(const QString &))
{
    if (!m_result)
        return;
    const QString suggested = QStringLiteral("coverage-%1.%2").arg(m_result->date.toString(Qt::ISODate), suffix);
    QString path = QFileDialog::getSaveFileName(this, title, suggested, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    (this->*write)(path);
}

bool CoveragePanel::reportExport(bool written, const QString &error)
{
    if (!written)
        QMessageBox::warning(this, tr("Export failed"), error);
    return written;
}

bool CoveragePanel::exportMunicipalityCsv(const QString &path)
{
    if (!m_result)
        return false;
    QString error;
    return reportExport(CoverageExport::writeMunicipalityCsv(*m_result, path, &error), error);
}

bool CoveragePanel::exportMunicipalityGeoPackage(const QString &path)
{
    if (!m_result)
        return false;
    QString error;
    const AdminBoundaries &boundaries = m_controller->atlas().boundaries();
    return reportExport(CoverageExport::writeMunicipalityGeoPackage(*m_result, boundaries, path, &error), error);
}

bool CoveragePanel::exportDistanceRaster(const QString &path)
{
    if (!m_result)
        return false;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const LandMask land(m_controller->atlas().baseMap());
    const bool written = CoverageExport::writeDistanceRaster(m_controller->calculator()->officeIndexAt(m_result->date),
                                                             land, path, &error);
    QApplication::restoreOverrideCursor();
    return reportExport(written, error);
}

} // namespace sk
