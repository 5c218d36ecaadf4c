// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "timelinelogging.h"

namespace sk {

Q_LOGGING_CATEGORY(lcTimeline, "servicekarta.timeline", QtInfoMsg)

} // namespace sk
