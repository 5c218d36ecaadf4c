// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include <QLoggingCategory>

namespace sk {

// servicekarta.import: office lists, their checks and the rows the checks point at.
// Debug messages are off unless QT_LOGGING_RULES asks for them ("servicekarta.import.debug=true").
Q_DECLARE_LOGGING_CATEGORY(lcImport)

} // namespace sk
