// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "briefing.h"

namespace sk {

namespace {

QString escapedMarkdown(const QString &text)
{
    static const QString markup = QStringLiteral("\\`*_[]<>#|");
    QString escaped;
    escaped.reserve(text.size());
    for (QChar c : text) {
        if (markup.contains(c))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped;
}

} // namespace

std::optional<Language> languageFromCode(QStringView code)
{
    if (code.compare(QLatin1String("sv"), Qt::CaseInsensitive) == 0)
        return Language::Swedish;
    if (code.compare(QLatin1String("en"), Qt::CaseInsensitive) == 0)
        return Language::English;
    return std::nullopt;
}

QString Briefing::markdown(int headingLevel) const
{
    QString text = QString(headingLevel, QLatin1Char('#')) + QLatin1Char(' ') + escapedMarkdown(title)
            + QStringLiteral("\n\n");
    for (const QString &sentence : sentences)
        text += QStringLiteral("- ") + escapedMarkdown(sentence) + QLatin1Char('\n');
    return text;
}

} // namespace sk
