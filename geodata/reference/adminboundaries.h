// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/geo/vectorlayer.h"

#include <QCoreApplication>
#include <QString>

namespace sk {

// Official municipality and county polygons a user opens (e.g. SCB "Digitala gränser"). Never shipped: the file
// stays where the user keeps it. Layers are recognised by their code fields (kommunkod/KnKod, lanskod/LnKod).
class AdminBoundaries
{
    Q_DECLARE_TR_FUNCTIONS(sk::AdminBoundaries)

public:
    // On failure the result is empty and *error names the file and what is wrong.
    static AdminBoundaries load(const QString &path, QString *error);

    bool isEmpty() const { return m_municipalities.isEmpty(); }
    const QString &path() const { return m_path; }
    const VectorLayer &municipalities() const { return m_municipalities; }
    const VectorLayer &counties() const { return m_counties; }

private:
    QString m_path;
    VectorLayer m_municipalities;
    VectorLayer m_counties;
};

} // namespace sk
