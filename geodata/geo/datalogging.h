// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include <QLoggingCategory>

namespace sk {

// servicekarta.data: reading and writing files, and what GDAL reports meanwhile that no caller is told.
// Debug messages are off unless QT_LOGGING_RULES asks for them ("servicekarta.data.debug=true").
Q_DECLARE_LOGGING_CATEGORY(lcData)

} // namespace sk
