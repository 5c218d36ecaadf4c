// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/import/officeloadresult.h"

#include <QDialog>

namespace sk {

// Shows every problem an import found (file, line or feature, reason) and the notes worth a look, and asks whether to
// take the valid offices ("Import N valid offices") or nothing (Cancel).
class ImportReviewDialog : public QDialog
{
    Q_OBJECT

public:
    ImportReviewDialog(const OfficeLoadResult &result, QWidget *parent = nullptr);

    // True when the valid offices are to be imported: at once when nothing was found wrong, else as the person says.
    static bool confirm(QWidget *parent, const OfficeLoadResult &result);
};

} // namespace sk
