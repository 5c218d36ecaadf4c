// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "framesequence.h"

#include <set>

namespace sk {

std::vector<QDate> FrameSequence::dates(QDate from, QDate to, Step step, const std::vector<QDate> &phaseBoundaries)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return {};
    std::set<QDate> dates{from, to};
    if (step == Step::Month) {
        for (QDate monthEnd(from.year(), from.month(), from.daysInMonth()); monthEnd < to;) {
            dates.insert(monthEnd);
            const QDate next = monthEnd.addDays(1);
            monthEnd = QDate(next.year(), next.month(), next.daysInMonth());
        }
    } else {
        for (QDate boundary : phaseBoundaries) {
            if (boundary > from && boundary < to)
                dates.insert(boundary);
        }
    }
    return {dates.begin(), dates.end()};
}

} // namespace sk
