// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/offices/office.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace sk {

class ReferenceData;

// Edits one office of a scenario: name, municipality, place, status on 25 May 2021, phase, opening and closing
// dates (YYYY, YYYY-MM or YYYY-MM-DD) and sources. OK stays disabled while a field would make the office invalid,
// and a line under the form says why. The position is moved on the map, not here.
class OfficeEditDialog : public QDialog
{
    Q_OBJECT

public:
    OfficeEditDialog(const Office &office, const ReferenceData &reference, QWidget *parent = nullptr);

    // The office as edited; only meaningful when problem() is empty.
    Office office() const;
    // Why the office cannot be accepted as it stands, or an empty string.
    QString problem() const;

private:
    void validate();

    Office m_original;
    const ReferenceData &m_reference;
    QLineEdit *m_name;
    QComboBox *m_municipality;
    QLineEdit *m_locality;
    QLineEdit *m_address;
    QComboBox *m_status;
    QSpinBox *m_phase;
    QLineEdit *m_opened;
    QLineEdit *m_closed;
    QComboBox *m_vulnerable;
    QLineEdit *m_sources;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace sk
