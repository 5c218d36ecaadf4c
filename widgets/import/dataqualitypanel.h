// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/import/datacheckfinding.h"

#include <QWidget>

#include <vector>

class QLabel;
class QTreeWidget;

namespace sk {

// What the program's own checks found in the loaded offices (unknown codes, far from the municipality, shared
// positions, openings before their phase, rows without a source), never hidden: errors first.
class DataQualityPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DataQualityPanel(QWidget *parent = nullptr);

    void showFindings(const std::vector<DataCheckFinding> &findings);
    int rowCount() const;

Q_SIGNALS:
    void officeActivated(const QString &officeId);

private:
    QLabel *m_summary;
    QTreeWidget *m_list;
};

} // namespace sk
