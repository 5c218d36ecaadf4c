// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include <QDate>

#include <vector>

namespace sk {

// The dates of an animation or frame export: from `from` to `to`, both included, stepping by month ends or by
// phase boundaries.
class FrameSequence
{
public:
    enum class Step { Month, Phase };

    static std::vector<QDate> dates(QDate from, QDate to, Step step, const std::vector<QDate> &phaseBoundaries);
};

} // namespace sk
