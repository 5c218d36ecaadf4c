// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "scenario.h"

namespace sk {

int Scenario::indexOf(const QString &id) const
{
    for (size_t i = 0; i < offices.size(); ++i) {
        if (offices[i].id == id)
            return static_cast<int>(i);
    }
    return -1;
}

QString Scenario::nextOfficeId() const
{
    for (int number = 1;; ++number) {
        const QString candidate = QStringLiteral("scenario-%1").arg(number);
        if (indexOf(candidate) < 0)
            return candidate;
    }
}

} // namespace sk
