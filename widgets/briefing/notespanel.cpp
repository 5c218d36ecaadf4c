// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "notespanel.h"

#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sk {

NotesPanel::NotesPanel(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
{
    m_browser->setOpenExternalLinks(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    setAccessibleName(tr("Briefing notes"));
}

Language NotesPanel::currentLanguage()
{
    return QLocale().language() == QLocale::Swedish ? Language::Swedish : Language::English;
}

void NotesPanel::setAtlas(const Atlas &atlas)
{
    m_text = BriefingText(atlas);
    m_phases.clear();
    const Language language = currentLanguage();
    QDate from = atlas.rollout().firstDate();
    for (QDate to : atlas.rollout().phaseBoundaries()) {
        m_phases += m_text.forPhaseStep(from, to, language).markdown(3) + QLatin1Char('\n');
        from = to;
    }
}

QString NotesPanel::phaseStepTitle(QDate date) const
{
    return m_text.phaseStepTitle(date, currentLanguage());
}

void NotesPanel::showStep(QDate from, QDate to)
{
    const Briefing step = m_text.forRange(from, to, currentLanguage());
    m_markdown = step.markdown(3) + QLatin1Char('\n') + m_phases;
    m_browser->setMarkdown(m_markdown);
}

QString NotesPanel::plainText() const
{
    return m_browser->toPlainText();
}

} // namespace sk
