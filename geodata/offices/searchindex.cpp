// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "searchindex.h"

#include <QCoreApplication>

#include <algorithm>

namespace sk {

QString SearchIndex::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    bool lastWasSpace = true;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isSpace() || c == QLatin1Char('-')) {
            if (!lastWasSpace)
                folded.append(QLatin1Char(' '));
            lastWasSpace = true;
            continue;
        }
        folded.append(c.toLower());
        lastWasSpace = false;
    }
    return folded.trimmed();
}

void SearchIndex::rebuild(const Rollout &rollout, const ReferenceData &reference)
{
    m_entries.clear();
    for (const Office &office : rollout.offices()) {
        m_entries.push_back(
                {Kind::Office, office.id, office.name, tr("office, %1").arg(office.municipality), office.position});
    }
    for (const Municipality &municipality : reference.municipalities()) {
        m_entries.push_back({Kind::Municipality, municipality.code, municipality.name,
                             tr("municipality, %1").arg(municipality.county), municipality.seatPosition});
    }
    m_folded.clear();
    for (const Entry &entry : m_entries)
        m_folded.push_back(fold(entry.label));
}

std::vector<SearchIndex::Entry> SearchIndex::find(const QString &query, int limit) const
{
    const QString needle = fold(query);
    if (needle.isEmpty())
        return {};
    struct Hit
    {
        int rank;
        size_t index;
    };
    std::vector<Hit> hits;
    for (size_t i = 0; i < m_entries.size(); ++i) {
        const QString &haystack = m_folded[i];
        qsizetype at = haystack.indexOf(needle);
        if (at < 0)
            continue;
        // Any occurrence at the start of a word ranks the entry as a word-start match.
        bool wordStart = false;
        for (; at >= 0 && !wordStart; at = haystack.indexOf(needle, at + 1))
            wordStart = at == 0 || haystack.at(at - 1) == QLatin1Char(' ');
        const int rank = (haystack == needle ? 0 : wordStart ? 1 : 2) * 2 + (m_entries[i].kind == Kind::Office ? 0 : 1);
        hits.push_back({rank, i});
    }
    std::sort(hits.begin(), hits.end(), [this](const Hit &a, const Hit &b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        return m_folded[a.index] < m_folded[b.index];
    });
    std::vector<Entry> result;
    for (const Hit &hit : hits) {
        if (static_cast<int>(result.size()) >= limit)
            break;
        result.push_back(m_entries[hit.index]);
    }
    return result;
}

} // namespace sk
