// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "populationsource.h"

#include "geodata/atlas/atlas.h"
#include "geodata/coverage/embeddedpopulation.h"
#include "geodata/coverage/populationmodel.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>

namespace sk {

namespace {

const QString lastDirectoryKey = QStringLiteral("data/lastDirectory");
const QString populationFilter = QStringLiteral("*.gpkg *.shp *.geojson *.json *.csv");
constexpr int problemsShownAtOnce = 5;

} // namespace

PopulationSource::PopulationSource(const Atlas &atlas, QWidget *window)
    : QObject(window)
    , m_atlas(atlas)
    , m_window(window)
    , m_population(std::make_shared<PopulationModel>(EmbeddedPopulation::build(atlas)))
    , m_openAction(new QAction(tr("Open &population layer…"), this))
{
    connect(m_openAction, &QAction::triggered, this, &PopulationSource::chooseFile);
}

void PopulationSource::chooseFile()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(
            m_window, tr("Open population layer"), settings.value(lastDirectoryKey).toString(),
            tr("Population layers (%1);;All files (*)").arg(populationFilter));
    if (path.isEmpty())
        return;
    bool ok = false;
    const QString field = QInputDialog::getText(m_window, tr("Population field"),
                                                tr("Name of the field that holds the number of people:"),
                                                QLineEdit::Normal, QStringLiteral("population"), &ok);
    if (!ok || field.trimmed().isEmpty())
        return;
    QStringList errors;
    const PopulationModel population = PopulationModel::load(path, field.trimmed(), m_atlas.reference(), &errors);
    if (population.isEmpty()) {
        QMessageBox box(
                QMessageBox::Warning, tr("Population layer not loaded"),
                tr("%1 could not be used; coverage keeps the population it had.").arg(QFileInfo(path).fileName()),
                QMessageBox::Ok, m_window);
        box.setInformativeText(errors.mid(0, problemsShownAtOnce).join(QLatin1Char('\n')));
        box.setDetailedText(errors.join(QLatin1Char('\n')));
        box.exec();
        return;
    }
    m_population = std::make_shared<PopulationModel>(population);
    Q_EMIT populationChanged();
    Q_EMIT message(tr("Coverage now uses %1 (%2 people)")
                           .arg(QFileInfo(path).fileName(), QLocale().toString(population.totalPopulation(), 'f', 0)),
                   8000);
}

void PopulationSource::rebuildEmbedded()
{
    if (!EmbeddedPopulation::fromName(m_population->source()))
        return;
    m_population = std::make_shared<PopulationModel>(EmbeddedPopulation::build(m_atlas));
    Q_EMIT populationChanged();
}

} // namespace sk
