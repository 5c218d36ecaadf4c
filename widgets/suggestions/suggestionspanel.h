// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/coverage/populationmodel.h"
#include "geodata/offices/office.h"
#include "geodata/reference/referencedata.h"
#include "geodata/suggestions/officesuggester.h"
#include "geodata/suggestions/suggestion.h"

#include <QDate>
#include <QFutureWatcher>
#include <QWidget>

#include <memory>
#include <vector>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace sk {

// The "suggest offices" dock: for the timeline's date, where would the next N offices bring the most people within
// a distance of one (OfficeSuggester, run with QtConcurrent)? Lists the picks; each can be added to a scenario.
class SuggestionsPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column { RankColumn, PlaceColumn, MunicipalityColumn, GainColumn, CumulativeColumn, ColumnCount };

    explicit SuggestionsPanel(QWidget *parent = nullptr);

    // The offices to suggest around (the official list or a scenario's), the reference tables (must outlive the
    // call only) and the population. Results of other data are cleared.
    void setData(std::vector<Office> offices, const ReferenceData *reference,
                 std::shared_ptr<const PopulationModel> population);

    QDate date() const { return m_date; }
    int count() const;
    double withinKm() const;
    // From Suggest until its result has been taken (shown or dropped).
    bool isRunning() const { return m_runVersion >= 0; }
    const std::vector<Suggestion> &suggestions() const { return m_suggestions; }

public Q_SLOTS:
    void setDate(QDate date);
    // Starts a run in the background with the current inputs; does nothing while one runs or without data.
    void suggest();

Q_SIGNALS:
    void suggestionsChanged(const std::vector<sk::Suggestion> &suggestions);
    void suggestionActivated(const sk::Suggestion &suggestion);
    void addRequested(const sk::Suggestion &suggestion);

private:
    // The inputs changed: a running result no longer answers them, and the shown one is cleared.
    void invalidate();
    void finished();
    void showSuggestions(std::vector<Suggestion> suggestions, double coveredBefore);
    void updateControls();
    void requestAdd(int row);
    int selectedRow() const;

    std::shared_ptr<const OfficeSuggester> m_suggester;
    QDate m_date;
    std::vector<Suggestion> m_suggestions;
    // Bumped by every change of the inputs; a run whose version is older when it ends is dropped.
    int m_inputsVersion = 0;
    int m_runVersion = -1; // of the running run, -1 when none runs

    struct Run
    {
        std::vector<Suggestion> suggestions;
        double coveredBefore = 0;
    };
    QFutureWatcher<Run> m_watcher;

    QSpinBox *m_countSpin = nullptr;
    QSpinBox *m_withinSpin = nullptr;
    QLabel *m_dateLabel = nullptr;
    QPushButton *m_suggestButton = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_addButton = nullptr;
};

} // namespace sk
