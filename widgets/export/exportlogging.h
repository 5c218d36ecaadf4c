// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include <QLoggingCategory>

namespace sk {

// servicekarta.export: map exports, frame sequences and the video made from them.
// Debug messages are off unless QT_LOGGING_RULES asks for them ("servicekarta.export.debug=true").
Q_DECLARE_LOGGING_CATEGORY(lcExport)

} // namespace sk
