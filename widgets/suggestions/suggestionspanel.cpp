// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "suggestionspanel.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace sk {

namespace {

QString peopleText(double people)
{
    return QLocale().toString(static_cast<qint64>(std::llround(people)));
}

QTableWidgetItem *item(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setTextAlignment(alignment);
    cell->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return cell;
}

} // namespace

SuggestionsPanel::SuggestionsPanel(QWidget *parent)
    : QWidget(parent)
{
    m_countSpin = new QSpinBox(this);
    m_countSpin->setObjectName(QStringLiteral("suggestCountSpin"));
    m_countSpin->setRange(1, 50);
    m_countSpin->setValue(5);
    m_withinSpin = new QSpinBox(this);
    m_withinSpin->setObjectName(QStringLiteral("suggestWithinSpin"));
    m_withinSpin->setRange(1, 200);
    m_withinSpin->setValue(20);
    m_withinSpin->setSuffix(tr(" km"));
    m_dateLabel = new QLabel(this);
    m_dateLabel->setObjectName(QStringLiteral("suggestDateLabel"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Offices to suggest:"), m_countSpin);
    form->addRow(tr("Bring people &within:"), m_withinSpin);
    form->addRow(tr("On:"), m_dateLabel);

    m_suggestButton = new QPushButton(tr("Suggest"), this);
    m_suggestButton->setObjectName(QStringLiteral("suggestButton"));
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("suggestSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("suggestionTable"));
    m_table->setHorizontalHeaderLabels(
            {tr("#"), tr("Place"), tr("Municipality"), tr("People brought within"), tr("Cumulative")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->setToolTip(tr("Double-click a place to add it to the scenario"));
    auto *addAction = new QAction(tr("Add to scenario"), m_table);
    addAction->setObjectName(QStringLiteral("addToScenarioAction"));
    m_table->addAction(addAction);

    m_addButton = new QPushButton(tr("Add to scenario"), this);
    m_addButton->setObjectName(QStringLiteral("addToScenarioButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_suggestButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_addButton, 0, Qt::AlignRight);

    connect(m_suggestButton, &QPushButton::clicked, this, &SuggestionsPanel::suggest);
    connect(m_countSpin, &QSpinBox::valueChanged, this, &SuggestionsPanel::invalidate);
    connect(m_withinSpin, &QSpinBox::valueChanged, this, &SuggestionsPanel::invalidate);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &SuggestionsPanel::finished);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        updateControls();
        if (const int row = selectedRow(); row >= 0)
            Q_EMIT suggestionActivated(m_suggestions[static_cast<size_t>(row)]);
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) { requestAdd(row); });
    connect(addAction, &QAction::triggered, this, [this] { requestAdd(selectedRow()); });
    connect(m_addButton, &QPushButton::clicked, this, [this] { requestAdd(selectedRow()); });
    showSuggestions({}, 0);
}

int SuggestionsPanel::count() const
{
    return m_countSpin->value();
}

double SuggestionsPanel::withinKm() const
{
    return m_withinSpin->value();
}

void SuggestionsPanel::setData(std::vector<Office> offices, const ReferenceData *reference,
                               std::shared_ptr<const PopulationModel> population)
{
    if (reference && population)
        m_suggester = std::make_shared<const OfficeSuggester>(offices, *reference, *population);
    else
        m_suggester.reset();
    invalidate();
}

void SuggestionsPanel::setDate(QDate date)
{
    if (date == m_date)
        return;
    m_date = date;
    m_dateLabel->setText(QLocale().toString(date, QLocale::LongFormat));
    invalidate();
}

void SuggestionsPanel::invalidate()
{
    ++m_inputsVersion;
    if (!m_suggestions.empty()) {
        showSuggestions({}, 0);
        Q_EMIT suggestionsChanged(m_suggestions);
    } else {
        updateControls();
    }
}

void SuggestionsPanel::suggest()
{
    if (!m_suggester || !m_date.isValid() || isRunning())
        return;
    m_runVersion = m_inputsVersion;
    m_watcher.setFuture(
            QtConcurrent::run([suggester = m_suggester, date = m_date, count = count(), withinKm = withinKm()] {
                return Run{suggester->suggest(date, count, withinKm), suggester->coveredPeople(date, withinKm)};
            }));
    m_summaryLabel->setText(tr("Working out the best places…"));
    updateControls();
}

void SuggestionsPanel::finished()
{
    Run run = m_watcher.result();
    const bool current = m_runVersion == m_inputsVersion;
    m_runVersion = -1;
    if (!current) {
        showSuggestions({}, 0);
        return;
    }
    showSuggestions(std::move(run.suggestions), run.coveredBefore);
    Q_EMIT suggestionsChanged(m_suggestions);
}

void SuggestionsPanel::showSuggestions(std::vector<Suggestion> suggestions, double coveredBefore)
{
    m_suggestions = std::move(suggestions);
    m_table->setRowCount(0);
    m_table->setRowCount(static_cast<int>(m_suggestions.size()));
    const Qt::Alignment number = Qt::AlignRight | Qt::AlignVCenter;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const Suggestion &suggestion = m_suggestions[static_cast<size_t>(row)];
        m_table->setItem(row, RankColumn, item(QLocale().toString(suggestion.rank), number));
        m_table->setItem(row, PlaceColumn, item(suggestion.place.name));
        m_table->setItem(row, MunicipalityColumn, item(suggestion.place.municipality));
        m_table->setItem(row, GainColumn, item(peopleText(suggestion.gain), number));
        m_table->setItem(row, CumulativeColumn, item(peopleText(suggestion.cumulativeGain), number));
    }
    m_table->resizeColumnsToContents();

    if (m_suggestions.empty()) {
        m_summaryLabel->setText(tr("Where would the next offices bring the most people within reach? Choose how many "
                                   "and the distance, then press Suggest: each place is picked, one after the "
                                   "other, for the people it brings within that distance of an office open on the "
                                   "date, counting only those the offices and earlier picks do not reach already."));
    } else {
        const Suggestion &last = m_suggestions.back();
        QString text = tr("%n place(s) would bring %1 more people within %2 km of an office (%3 within reach "
                          "now, %4 % after).",
                          nullptr, static_cast<int>(m_suggestions.size()))
                               .arg(peopleText(last.cumulativeGain), QLocale().toString(withinKm()),
                                    peopleText(coveredBefore), QLocale().toString(last.shareAfter * 100, 'f', 1));
        if (static_cast<int>(m_suggestions.size()) < count())
            text += QLatin1Char(' ')
                    + tr("No other place brings anyone within %1 km who is not already within reach.")
                              .arg(QLocale().toString(withinKm()));
        m_summaryLabel->setText(text);
    }
    updateControls();
}

void SuggestionsPanel::updateControls()
{
    m_suggestButton->setEnabled(m_suggester && m_date.isValid() && !isRunning());
    const bool selected = selectedRow() >= 0;
    m_addButton->setEnabled(selected);
    for (QAction *action : m_table->actions())
        action->setEnabled(selected);
}

int SuggestionsPanel::selectedRow() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return -1;
    const int row = items.front()->row();
    return row < static_cast<int>(m_suggestions.size()) ? row : -1;
}

void SuggestionsPanel::requestAdd(int row)
{
    if (row >= 0 && row < static_cast<int>(m_suggestions.size()))
        Q_EMIT addRequested(m_suggestions[static_cast<size_t>(row)]);
}

} // namespace sk
