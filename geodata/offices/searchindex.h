// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/offices/rollout.h"
#include "geodata/reference/referencedata.h"

#include <QCoreApplication>
#include <QPointF>
#include <QString>

#include <vector>

namespace sk {

// Offices and municipalities by name, found regardless of case and of å/ä/ö/é ("malmo" finds Malmö).
class SearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(sk::SearchIndex)

public:
    enum class Kind { Office, Municipality };
    struct Entry
    {
        Kind kind;
        QString key; // office id or municipality code
        QString label;
        QString detail;
        QPointF position;
    };

    // Lower case, diacritics removed, white space folded.
    static QString fold(const QString &text);

    void rebuild(const Rollout &rollout, const ReferenceData &reference);
    // Matches ranked: whole-word prefix before substring, offices before municipalities, then alphabetical.
    std::vector<Entry> find(const QString &query, int limit = 20) const;
    const std::vector<Entry> &entries() const { return m_entries; }

private:
    std::vector<Entry> m_entries;
    std::vector<QString> m_folded;
};

} // namespace sk
