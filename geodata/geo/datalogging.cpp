// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "datalogging.h"

namespace sk {

Q_LOGGING_CATEGORY(lcData, "servicekarta.data", QtInfoMsg)

} // namespace sk
