// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/offices/office.h"
#include "geodata/offices/officestatus.h"

#include <QWidget>

class QLabel;

namespace sk {

// Everything known about the selected office at the current date, including where the facts come from.
class OfficeDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit OfficeDetailsPanel(QWidget *parent = nullptr);

    // Null clears the panel.
    void showOffice(const Office *office, const OfficeState &state, QDate date);
    QString text() const;

private:
    QLabel *m_body;
};

} // namespace sk
