// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "datachecks.h"

#include "geodata/geo/featurereader.h"
#include "geodata/import/importlogging.h"
#include "geodata/import/officeimporter.h"
#include "geodata/import/officeschema.h"

#include <QLineF>

#include <algorithm>
#include <numeric>

namespace sk {

namespace {

// A point that stands for a whole town or district rather than a building.
bool isPlacePoint(const Office &office)
{
    return office.coordPrecision == QLatin1String("locality") || office.coordPrecision == QLatin1String("district");
}

// "110" or "123–131": what the data makes certain, then what may be.
QString range(int certain, int max)
{
    return certain == max ? QString::number(certain) : QStringLiteral("%1–%2").arg(certain).arg(max);
}

QString kilometres(double metres)
{
    return QString::number(metres / 1000, 'f', 1);
}

} // namespace

std::vector<DataCheckFinding> DataChecks::run(const Rollout &rollout, const ReferenceData &reference,
                                              const QHash<QString, QString> &locationOfId,
                                              const PublishedCounts &published)
{
    const std::vector<Office> &offices = rollout.offices();
    std::vector<DataCheckFinding> findings;
    const auto report = [&](FindingSeverity severity, const Office &office, const QString &message) {
        findings.push_back({severity, office.id, locationOfId.value(office.id), message});
    };

    for (const Office &office : offices) {
        if (const Municipality *municipality = reference.municipality(office.municipalityCode)) {
            if (!office.county.isEmpty() && office.county != municipality->county)
                report(FindingSeverity::Error, office,
                       tr("county '%1' is not the county of %2 %3, which is %4")
                               .arg(office.county, municipality->code, municipality->name, municipality->county));
            const double metres = QLineF(office.position, municipality->seatPosition).length();
            if (metres > maxSeatDistanceKm * 1000)
                report(FindingSeverity::Warning, office,
                       tr("lies %1 km from %2, the seat of %3 %4 (more than %5 km): a wrong position or "
                          "municipality code?")
                               .arg(kilometres(metres), municipality->seat, municipality->code, municipality->name)
                               .arg(maxSeatDistanceKm));
        } else {
            report(FindingSeverity::Error, office,
                   tr("municipality_code %1 is not in the municipality table").arg(office.municipalityCode));
        }

        if (office.phase > 0 && office.opened) {
            const PhaseBand band = Rollout::phaseBand(office.phase);
            if (office.opened->first().isValid() && office.opened->first() < band.start)
                report(FindingSeverity::Error, office,
                       tr("opened %1 is before phase %2 begins (%3)")
                               .arg(office.opened->toIsoString())
                               .arg(office.phase)
                               .arg(band.start.toString(Qt::ISODate)));
        }
        if (!office.isVerified())
            report(FindingSeverity::Warning, office, tr("unverified: the row gives no source"));
    }

    // Pairs closer than sharedPositionMetres: a sweep along x keeps this linear for realistic lists.
    std::vector<size_t> byX(offices.size());
    std::iota(byX.begin(), byX.end(), size_t{0});
    std::sort(byX.begin(), byX.end(),
              [&](size_t a, size_t b) { return offices[a].position.x() < offices[b].position.x(); });
    std::vector<std::pair<size_t, size_t>> pairs;
    for (size_t i = 0; i < byX.size(); ++i) {
        for (size_t j = i + 1; j < byX.size(); ++j) {
            const Office &a = offices[byX[i]];
            const Office &b = offices[byX[j]];
            if (b.position.x() - a.position.x() > sharedPositionMetres)
                break;
            if (QLineF(a.position, b.position).length() <= sharedPositionMetres)
                pairs.emplace_back(std::max(byX[i], byX[j]), std::min(byX[i], byX[j]));
        }
    }
    std::sort(pairs.begin(), pairs.end());
    // Each pair is reported on its later row, in file order.
    for (const auto &[later, earlier] : pairs) {
        const Office &a = offices[earlier];
        const Office &b = offices[later];
        const QString metres = QString::number(QLineF(a.position, b.position).length(), 'f', 0);
        if (a.municipalityCode == b.municipalityCode && isPlacePoint(a) && isPlacePoint(b))
            report(FindingSeverity::Info, b,
                   tr("shares its position with %1 (%2 m apart): both stand at a town or district centre "
                      "(coord_precision %3 and %4), as the data does where an office's own site is not known")
                           .arg(a.id, metres, a.coordPrecision, b.coordPrecision));
        else
            report(FindingSeverity::Warning, b,
                   tr("lies %1 m from %2: a duplicate row or a copied position?").arg(metres, a.id));
    }
    const std::vector<DataCheckFinding> publishedFindings = checkPublished(rollout, published);
    findings.insert(findings.end(), publishedFindings.begin(), publishedFindings.end());

    std::stable_sort(findings.begin(), findings.end(),
                     [](const DataCheckFinding &a, const DataCheckFinding &b) { return a.severity < b.severity; });
    return findings;
}

std::vector<DataCheckFinding> DataChecks::checkPublished(const Rollout &rollout, const PublishedCounts &published)
{
    std::vector<DataCheckFinding> findings;
    for (const PublishedCountCheck &check : published.compare(rollout, rollout.firstDate(), rollout.lastDate())) {
        const PublishedCount &count = check.published;
        if (!check.officesInside())
            findings.push_back({FindingSeverity::Warning,
                                {},
                                count.location,
                                DataChecks::tr("published %1 offices (%2, %3) lies outside the data's %4 at that date")
                                        .arg(count.offices)
                                        .arg(count.date.toIsoString(), count.source, range(check.certain, check.max))});
        if (!check.municipalitiesInside())
            findings.push_back(
                    {FindingSeverity::Warning,
                     {},
                     count.location,
                     DataChecks::tr("published %1 municipalities with an office (%2, %3) lies outside the data's %4 at "
                                    "that date")
                             .arg(*count.municipalities)
                             .arg(count.date.toIsoString(), count.source,
                                  range(check.municipalitiesCertain, check.municipalitiesMax))});
    }
    return findings;
}

std::vector<DataCheckFinding> DataChecks::checkFile(const QString &officesPath, const ReferenceData &reference,
                                                    const SwedishLand *land, const PublishedCounts &published)
{
    const OfficeLoadResult loaded = OfficeImporter::load(officesPath, land);
    std::vector<DataCheckFinding> findings;
    for (const QString &error : loaded.errors)
        findings.push_back({FindingSeverity::Error, {}, {}, error});
    if (loaded.offices.empty())
        return findings;
    const std::vector<DataCheckFinding> checked
            = run(Rollout(loaded.offices), reference, rowLocations(officesPath), published);
    findings.insert(findings.end(), checked.begin(), checked.end());
    std::stable_sort(findings.begin(), findings.end(),
                     [](const DataCheckFinding &a, const DataCheckFinding &b) { return a.severity < b.severity; });
    return findings;
}

int DataChecks::count(const std::vector<DataCheckFinding> &findings, FindingSeverity severity)
{
    return static_cast<int>(std::count_if(findings.begin(), findings.end(),
                                          [severity](const DataCheckFinding &f) { return f.severity == severity; }));
}

QHash<QString, QString> DataChecks::rowLocations(const QString &officesPath)
{
    QHash<QString, QString> locations;
    FeatureReader reader(officesPath);
    if (!reader.isOpen())
        qCWarning(lcImport).noquote() << "findings name no rows:" << reader.openError();
    while (reader.isOpen() && reader.next()) {
        const QString id = reader.text(*OfficeSchema::columnName(OfficeField::Id));
        if (!id.isEmpty() && !locations.contains(id))
            locations.insert(id, reader.fileName() + QStringLiteral(", ") + reader.location());
    }
    return locations;
}

} // namespace sk
