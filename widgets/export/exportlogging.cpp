// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "exportlogging.h"

namespace sk {

Q_LOGGING_CATEGORY(lcExport, "servicekarta.export", QtInfoMsg)

} // namespace sk
