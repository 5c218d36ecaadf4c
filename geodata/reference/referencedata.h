// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/reference/locality.h"
#include "geodata/reference/municipality.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <vector>

namespace sk {

// The shipped reference tables: municipalities (SCB) and localities (GeoNames).
class ReferenceData
{
    Q_DECLARE_TR_FUNCTIONS(sk::ReferenceData)

public:
    // Loads municipalities.csv and localities.csv from a data directory; problems go to *errors.
    static ReferenceData load(const QString &dataDirectory, QStringList *errors);
    static ReferenceData loadFiles(const QString &municipalitiesPath, const QString &localitiesPath,
                                   QStringList *errors);

    const std::vector<Municipality> &municipalities() const { return m_municipalities; }
    const std::vector<Locality> &localities() const { return m_localities; }
    const Municipality *municipality(const QString &code) const;
    int municipalityCount() const { return static_cast<int>(m_municipalities.size()); }
    qint64 totalPopulation() const;

private:
    std::vector<Municipality> m_municipalities;
    std::vector<Locality> m_localities;
    QHash<QString, int> m_indexOfCode;
};

} // namespace sk
