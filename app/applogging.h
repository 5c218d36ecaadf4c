// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include <QLoggingCategory>

namespace sk {

// servicekarta.app: start-up, settings and the language of the user interface.
// Debug messages are off unless QT_LOGGING_RULES asks for them ("servicekarta.app.debug=true").
Q_DECLARE_LOGGING_CATEGORY(lcApp)

} // namespace sk
