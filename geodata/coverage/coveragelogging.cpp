// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "coveragelogging.h"

namespace sk {

Q_LOGGING_CATEGORY(lcCoverage, "servicekarta.coverage", QtInfoMsg)

} // namespace sk
