// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/offices/officefilter.h"
#include "geodata/reference/referencedata.h"

#include <QWidget>

#include <map>

class QCheckBox;
class QComboBox;
class QPushButton;

namespace sk {

// Chooses which offices the map, the legend, the table and the exports show: by status at the current date, phase,
// county, socially vulnerable area and verification. Nothing ticked in a group means the whole group.
class OfficeFilterPanel : public QWidget
{
    Q_OBJECT

public:
    explicit OfficeFilterPanel(QWidget *parent = nullptr);

    // The counties to offer (from the reference) and the phases the offices have.
    void setChoices(const ReferenceData &reference, const std::vector<Office> &offices);
    const OfficeFilter &filter() const { return m_filter; }
    void setFilter(const OfficeFilter &filter);

Q_SIGNALS:
    void filterChanged(const OfficeFilter &filter);

private:
    void readControls();

    OfficeFilter m_filter;
    std::map<OfficeStatus, QCheckBox *> m_statusBoxes;
    std::map<int, QCheckBox *> m_phaseBoxes;
    QWidget *m_phaseGroup;
    QComboBox *m_county;
    QComboBox *m_vulnerable;
    QComboBox *m_verified;
    QPushButton *m_clear;
    bool m_updating = false;
};

} // namespace sk
