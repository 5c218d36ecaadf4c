// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "applogging.h"

namespace sk {

Q_LOGGING_CATEGORY(lcApp, "servicekarta.app", QtInfoMsg)

} // namespace sk
