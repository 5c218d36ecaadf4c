// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/briefing/briefing.h"
#include "geodata/briefing/briefingtext.h"

#include <QDate>
#include <QWidget>

class QTextBrowser;

namespace sk {

// The written briefing that follows the timeline: what the step just taken changed, and what each phase achieved,
// in the program's language. Also used as speaker notes in briefing mode.
class NotesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit NotesPanel(QWidget *parent = nullptr);

    // Rebuilds the generator after the offices changed; the atlas must outlive the panel's use of it.
    void setAtlas(const Atlas &atlas);
    // Shows the step from `from` to `to` (from < to), titled as a phase step when it is one, followed by every phase
    // step of the timeline: the baseline, the phases, what came after them and the closures.
    void showStep(QDate from, QDate to);
    // "Phase 2 (2023)": the phase step that `date` falls in, in the program's language.
    QString phaseStepTitle(QDate date) const;
    QString plainText() const;
    // The notes shown, as Markdown (for the summary page of PDF exports).
    QString markdown() const { return m_markdown; }
    // The language of the default QLocale: Swedish for a Swedish locale, English otherwise.
    static Language currentLanguage();

private:
    BriefingText m_text;
    QString m_phases;
    QString m_markdown;
    QTextBrowser *m_browser;
};

} // namespace sk
