// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "officefilter.h"

#include "geodata/offices/officetext.h"

#include <QLocale>

namespace sk {

namespace {

std::optional<bool> yesOrNo(const QString &text)
{
    if (text == QLatin1String("yes") || text == QLatin1String("true") || text == QLatin1String("1"))
        return true;
    if (text == QLatin1String("no") || text == QLatin1String("false") || text == QLatin1String("0"))
        return false;
    return std::nullopt;
}

QStringList statusKeys()
{
    QStringList keys;
    for (OfficeStatus status : shownStatuses)
        keys << officeStatusKey(status);
    return keys << QStringLiteral("planned");
}

} // namespace

bool OfficeFilter::isActive() const
{
    return !statuses.empty() || !phases.empty() || !countyCodes.empty() || vulnerableArea || verified;
}

bool OfficeFilter::accepts(const Office &office, OfficeStatus statusAtDate) const
{
    if (!statuses.empty() && !statuses.contains(statusAtDate))
        return false;
    if (!phases.empty() && !phases.contains(office.phase))
        return false;
    if (!countyCodes.empty() && !countyCodes.contains(countyCodeOf(office)))
        return false;
    if (vulnerableArea && (office.vulnerableArea == VulnerableArea::Yes) != *vulnerableArea)
        return false;
    if (verified && office.isVerified() != *verified)
        return false;
    return true;
}

std::vector<OfficeState> OfficeFilter::apply(const std::vector<Office> &offices, std::vector<OfficeState> states) const
{
    if (!isActive())
        return states;
    for (size_t i = 0; i < offices.size() && i < states.size(); ++i) {
        if (!accepts(offices[i], states[i].status))
            states[i] = OfficeState{};
    }
    return states;
}

int OfficeFilter::municipalityTotal(const ReferenceData &reference) const
{
    if (countyCodes.empty())
        return reference.municipalityCount();
    int total = 0;
    for (const Municipality &municipality : reference.municipalities())
        total += countyCodes.contains(municipality.countyCode) ? 1 : 0;
    return total;
}

QString OfficeFilter::description(const ReferenceData &reference) const
{
    QStringList parts;
    if (!countyCodes.empty()) {
        QStringList counties;
        for (const QString &code : countyCodes) {
            const auto found = std::find_if(reference.municipalities().begin(), reference.municipalities().end(),
                                            [&](const Municipality &m) { return m.countyCode == code; });
            counties << (found != reference.municipalities().end() ? found->county : code);
        }
        parts << counties.join(QStringLiteral(", "));
    }
    if (!statuses.empty()) {
        QStringList labels;
        for (OfficeStatus status : shownStatuses) {
            if (statuses.contains(status))
                labels << OfficeText::statusLabel(status).toLower();
        }
        parts << labels.join(QStringLiteral(", "));
    }
    if (!phases.empty()) {
        QStringList labels;
        for (int phase : phases)
            labels << (phase == 0 ? tr("offices before the expansion") : tr("phase %1").arg(phase));
        parts << labels.join(QStringLiteral(", "));
    }
    if (vulnerableArea)
        parts << (*vulnerableArea ? tr("in socially vulnerable areas") : tr("outside socially vulnerable areas"));
    if (verified)
        parts << (*verified ? tr("verified only") : tr("unverified only"));
    return parts.join(QStringLiteral(" · "));
}

std::optional<OfficeFilter> OfficeFilter::parse(const QStringList &terms, const ReferenceData &reference,
                                                QString *error)
{
    OfficeFilter filter;
    std::set<QString> knownCounties;
    for (const Municipality &municipality : reference.municipalities())
        knownCounties.insert(municipality.countyCode);
    for (const QString &term : terms) {
        const qsizetype equals = term.indexOf(QLatin1Char('='));
        const QString key = term.left(equals).trimmed().toLower();
        const QStringList values = term.mid(equals + 1).toLower().split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (equals < 0 || values.isEmpty()) {
            *error = tr("--filter '%1' is not KEY=VALUE[,VALUE…] (keys: status, phase, county, vulnerable, verified)")
                             .arg(term);
            return std::nullopt;
        }
        const auto bad = [&](const QString &value, const QString &expected) {
            *error = tr("--filter '%1': '%2' is not %3").arg(term, value, expected);
            return std::nullopt;
        };
        if (key == QLatin1String("status")) {
            for (const QString &value : values) {
                const QString trimmed = value.trimmed();
                if (trimmed == QLatin1String("planned")) {
                    filter.statuses.insert(
                            {OfficeStatus::PlannedPhase1, OfficeStatus::PlannedPhase2, OfficeStatus::PlannedLater});
                    continue;
                }
                const auto status = std::find_if(shownStatuses.begin(), shownStatuses.end(),
                                                 [&](OfficeStatus s) { return officeStatusKey(s) == trimmed; });
                if (status == shownStatuses.end())
                    return bad(trimmed, tr("a status (%1)").arg(statusKeys().join(QStringLiteral(", "))));
                filter.statuses.insert(*status);
            }
        } else if (key == QLatin1String("phase")) {
            for (const QString &value : values) {
                bool ok = false;
                const int phase = value.trimmed().toInt(&ok);
                if (!ok || phase < 0 || phase > 9)
                    return bad(value.trimmed(), tr("a phase number (0 for the offices before the expansion)"));
                filter.phases.insert(phase);
            }
        } else if (key == QLatin1String("county")) {
            for (const QString &value : values) {
                QString code = value.trimmed();
                if (code.size() == 1)
                    code.prepend(QLatin1Char('0'));
                if (!knownCounties.contains(code))
                    return bad(value.trimmed(), tr("a county code (two digits, e.g. 25 for Norrbottens län)"));
                filter.countyCodes.insert(code);
            }
        } else if (key == QLatin1String("vulnerable") || key == QLatin1String("verified")) {
            const std::optional<bool> choice = values.size() == 1 ? yesOrNo(values.front().trimmed()) : std::nullopt;
            if (!choice)
                return bad(values.join(QLatin1Char(',')), tr("yes or no"));
            (key == QLatin1String("vulnerable") ? filter.vulnerableArea : filter.verified) = choice;
        } else {
            *error = tr("--filter '%1': unknown key '%2' (keys: status, phase, county, vulnerable, verified)")
                             .arg(term, key);
            return std::nullopt;
        }
    }
    return filter;
}

} // namespace sk
