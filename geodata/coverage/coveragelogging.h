// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include <QLoggingCategory>

namespace sk {

// servicekarta.coverage: population layers and the coverage exports.
// Debug messages are off unless QT_LOGGING_RULES asks for them ("servicekarta.coverage.debug=true").
Q_DECLARE_LOGGING_CATEGORY(lcCoverage)

} // namespace sk
