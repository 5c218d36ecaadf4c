// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include <QLoggingCategory>

namespace sk {

// servicekarta.timeline: the timeline's range, dates and playback.
// Debug messages are off unless QT_LOGGING_RULES asks for them ("servicekarta.timeline.debug=true").
Q_DECLARE_LOGGING_CATEGORY(lcTimeline)

} // namespace sk
