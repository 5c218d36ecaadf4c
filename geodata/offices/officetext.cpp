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

QString OfficeText::season(QDate first)
{
    switch (first.month()) {
    case 3:
        return tr("spring %1").arg(first.year());
    case 6:
        return tr("summer %1").arg(first.year());
    case 9:
        return tr("autumn %1").arg(first.year());
    default:
        break;
    }
    return tr("winter %1").arg(first.year());
}

QString OfficeText::partialDate(const PartialDate &date)
{
    switch (date.precision()) {
    case PartialDate::Precision::Year:
        return QString::number(date.first().year());
    case PartialDate::Precision::Season:
        return season(date.first());
    case PartialDate::Precision::Month:
        return monthYear(date.first());
    case PartialDate::Precision::Interval: {
        const std::optional<PartialDate> start = date.start();
        const std::optional<PartialDate> end = date.end();
        if (!start)
            return tr("by %1").arg(partialDate(*end));
        if (!end)
            return tr("%1 or later").arg(partialDate(*start));
        return tr("%1 – %2").arg(partialDate(*start), partialDate(*end));
    }
    case PartialDate::Precision::Day:
        break;
    }
    return longDate(date.first());
}

QString OfficeText::interval(const DateInterval &interval)
{
    const QDate first = interval.first;
    const QDate last = interval.last;
    if (!last.isValid())
        return tr("from %1 on").arg(longDate(first));
    if (!first.isValid())
        return tr("by %1").arg(longDate(last));
    if (first == last)
        return tr("on %1").arg(longDate(first));
    if (interval.coversWholeYear())
        return tr("during %1").arg(first.year());
    if (interval.coversWholeMonth())
        return tr("in %1").arg(monthYear(first));
    const bool fromMonthStart = first.day() == 1;
    const bool toMonthEnd = last.day() == last.daysInMonth();
    if (fromMonthStart && first.month() == 1 && last.month() == 12 && toMonthEnd) {
        if (last.year() == first.year() + 1)
            return tr("during %1 or %2").arg(first.year()).arg(last.year());
        return tr("during %1–%2").arg(first.year()).arg(last.year());
    }
    if (fromMonthStart && toMonthEnd && first.month() % 3 == 0 && first.addMonths(3).addDays(-1) == last)
        return tr("in %1").arg(season(first));
    if (fromMonthStart && toMonthEnd) {
        if (first.year() == last.year())
            return tr("between %1 and %2").arg(QLocale().standaloneMonthName(first.month()), monthYear(last));
        return tr("between %1 and %2").arg(monthYear(first), monthYear(last));
    }
    return tr("by %1").arg(longDate(last));
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
