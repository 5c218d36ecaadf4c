// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "importlogging.h"

namespace sk {

Q_LOGGING_CATEGORY(lcImport, "servicekarta.import", QtInfoMsg)

} // namespace sk
