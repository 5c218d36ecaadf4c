// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/import/columnmapping.h"
#include "geodata/import/importpreview.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QListWidget;

namespace sk {

// Lets a person say which column of a foreign office list holds what: a preview of the first rows, one combo box
// per field (starting from the guessed mapping), where positions come from, and what is still missing. OK stays
// disabled while the mapping cannot be imported.
class ColumnMappingDialog : public QDialog
{
    Q_OBJECT

public:
    ColumnMappingDialog(const ImportPreview &preview, QWidget *parent = nullptr);

    ColumnMapping mapping() const;

    // The object name of the combo box for `field` ("column-latitude", …), for tests and accessibility tools.
    static QString comboName(OfficeField field);

private:
    void updateState();

    QHash<OfficeField, QComboBox *> m_columns;
    QComboBox *m_coordinateSource;
    QListWidget *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace sk
