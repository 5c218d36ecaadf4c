// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "scenariologging.h"

namespace sk {

Q_LOGGING_CATEGORY(lcScenario, "servicekarta.scenario", QtInfoMsg)

} // namespace sk
