// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "officetext.h"

#include "geodata/offices/rollout.h"

#include <QCoreApplication>
#include <QLocale>

namespace sk {

namespace {

QString longDate(QDate date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString monthYear(QDate date)
{
    return QLocale().toString(date, QStringLiteral("MMMM yyyy"));
}

} // namespace

QString OfficeText::statusLabel(OfficeStatus status)
{
    switch (status) {
    case OfficeStatus::Open:
        return tr("Open");
    case OfficeStatus::Establishing:
        return tr("Being set up");
    case OfficeStatus::PlannedPhase1:
        return tr("Planned, phase 1");
    case OfficeStatus::PlannedPhase2:
        return tr("Planned, phase 2");
    case OfficeStatus::PlannedLater:
        return tr("Planned, later phase");
    case OfficeStatus::Closed:
        return tr("Closed");
    case OfficeStatus::NotYetKnown:
        break;
    }
    return tr("Not yet decided");
}

QString OfficeText::partialDate(const PartialDate &date)
{
    switch (date.precision()) {
    case PartialDate::Precision::Year:
        return QString::number(date.first().year());
    case PartialDate::Precision::Month:
        return monthYear(date.first());
    case PartialDate::Precision::Day:
        break;
    }
    return longDate(date.first());
}

QString OfficeText::interval(const DateInterval &interval)
{
    if (interval.first == interval.last)
        return tr("on %1").arg(longDate(interval.first));
    if (interval.coversWholeYear())
        return tr("during %1").arg(interval.first.year());
    if (interval.coversWholeMonth())
        return tr("in %1").arg(monthYear(interval.first));
    return tr("by %1").arg(longDate(interval.last));
}

QString OfficeText::opening(const Office &office)
{
    const auto [first, last] = Rollout::openingWindow(office);
    if (!last.isValid())
        return tr("before June 2019 (date not in the data)");
    if (office.opened)
        return partialDate(*office.opened);
    return tr("expected %1").arg(interval(DateInterval{first, last}));
}

QString OfficeText::state(const OfficeState &state)
{
    QString text = statusLabel(state.status);
    if (state.pendingOpening)
        text += QStringLiteral(" · ") + tr("opens %1").arg(interval(*state.pendingOpening));
    if (state.pendingClosing)
        text += QStringLiteral(" · ") + tr("closes %1").arg(interval(*state.pendingClosing));
    return text;
}

} // namespace sk
