// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/atlas/atlas.h"
#include "geodata/regions/municipalityprofile.h"

#include <QDate>
#include <QWidget>

class QLabel;

namespace sk {

// The municipality clicked on the map at the current date: name, county, FA region, population, the offices open
// in it, the nearest open office with its straight-line distance, and when on the timeline it got or lost one.
class MunicipalityPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MunicipalityPanel(QWidget *parent = nullptr);

    // The atlas must outlive the panel's use of it; a new office list or date recomputes the shown municipality.
    void setAtlas(const Atlas *atlas);
    void setDate(QDate date);
    void showMunicipality(const QString &code);
    QString code() const { return m_code; }
    QString text() const;

    static QString html(const MunicipalityProfile &profile);

private:
    void refresh();

    const Atlas *m_atlas = nullptr;
    QDate m_date;
    QString m_code;
    QLabel *m_body;
};

} // namespace sk
