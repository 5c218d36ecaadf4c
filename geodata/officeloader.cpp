#include "officeloader.h"

#include "featurereader.h"
#include "projection.h"

#include <QHash>
#include <QObject>
#include <QRegularExpression>

namespace sk {

namespace {

// Generous bounds around Sweden in WGS 84: anything outside is a typo, a swap or the wrong file.
constexpr double minLatitude = 55.0;
constexpr double maxLatitude = 69.2;
constexpr double minLongitude = 10.5;
constexpr double maxLongitude = 24.3;

bool insideSweden(double latitude, double longitude)
{
    return latitude >= minLatitude && latitude <= maxLatitude && longitude >= minLongitude && longitude <= maxLongitude;
}

std::optional<double> parseNumber(const QString &text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !qIsFinite(value))
        return std::nullopt;
    return value;
}

struct RowReader
{
    FeatureReader &reader;
    QStringList &errors;
    bool rowOk = true;

    void fail(const QString &what)
    {
        errors << reader.message(what);
        rowOk = false;
    }

    std::optional<PartialDate> date(const QString &column)
    {
        const QString text = reader.text(column);
        if (text.isEmpty())
            return std::nullopt;
        const std::optional<PartialDate> parsed = PartialDate::parse(text);
        if (!parsed)
            fail(QObject::tr("%1 '%2' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)").arg(column, text));
        return parsed;
    }

    std::optional<QGeoCoordinate> coordinate()
    {
        const QString latText = reader.text(QStringLiteral("lat"));
        const QString lonText = reader.text(QStringLiteral("lon"));
        if (latText.isEmpty() && lonText.isEmpty()) {
            if (const std::optional<QGeoCoordinate> point = reader.pointGeometry())
                return point;
            fail(QObject::tr("no position: lat and lon are empty and there is no point geometry"));
            return std::nullopt;
        }
        const std::optional<double> latitude = parseNumber(latText);
        const std::optional<double> longitude = parseNumber(lonText);
        if (!latitude)
            fail(QObject::tr("lat '%1' is not a number").arg(latText));
        if (!longitude)
            fail(QObject::tr("lon '%1' is not a number").arg(lonText));
        if (!latitude || !longitude)
            return std::nullopt;
        if (*latitude < -90 || *latitude > 90 || *longitude < -180 || *longitude > 180) {
            fail(QObject::tr("lat %1, lon %2 is not a position on Earth").arg(latText, lonText));
            return std::nullopt;
        }
        if (!insideSweden(*latitude, *longitude)) {
            if (insideSweden(*longitude, *latitude))
                fail(QObject::tr("lat %1, lon %2 lies outside Sweden; latitude and longitude look swapped")
                             .arg(latText, lonText));
            else
                fail(QObject::tr("lat %1, lon %2 lies outside Sweden").arg(latText, lonText));
            return std::nullopt;
        }
        return QGeoCoordinate(*latitude, *longitude);
    }
};

} // namespace

const QStringList &OfficeLoader::columns()
{
    static const QStringList names{
            QStringLiteral("id"),          QStringLiteral("name"),
            QStringLiteral("municipality"), QStringLiteral("municipality_code"),
            QStringLiteral("county"),      QStringLiteral("locality"),
            QStringLiteral("address"),     QStringLiteral("lat"),
            QStringLiteral("lon"),         QStringLiteral("coord_precision"),
            QStringLiteral("status_2021_05"), QStringLiteral("opened"),
            QStringLiteral("phase"),       QStringLiteral("socially_vulnerable_area"),
            QStringLiteral("closed"),      QStringLiteral("source")};
    return names;
}

OfficeLoadResult OfficeLoader::load(const QString &path)
{
    OfficeLoadResult result;
    FeatureReader reader(path);
    if (!reader.isOpen()) {
        result.errors << reader.openError();
        return result;
    }
    const QStringList missing = reader.missingColumns(
            {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("municipality_code"),
             QStringLiteral("status_2021_05"), QStringLiteral("phase")});
    if (!missing.isEmpty()) {
        result.errors << QObject::tr("%1: missing column(s): %2").arg(reader.fileName(), missing.join(QStringLiteral(", ")));
        return result;
    }

    static const QRegularExpression municipalityCode(QStringLiteral("^\\d{4}$"));
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    QHash<QString, QString> locationOfId;
    while (reader.next()) {
        RowReader row{reader, result.errors};
        Office office;
        office.id = reader.text(QStringLiteral("id"));
        office.name = reader.text(QStringLiteral("name"));
        office.municipality = reader.text(QStringLiteral("municipality"));
        office.municipalityCode = reader.text(QStringLiteral("municipality_code"));
        office.county = reader.text(QStringLiteral("county"));
        office.locality = reader.text(QStringLiteral("locality"));
        office.address = reader.text(QStringLiteral("address"));
        office.coordPrecision = reader.text(QStringLiteral("coord_precision"));

        if (office.id.isEmpty())
            row.fail(QObject::tr("id is empty"));
        else if (locationOfId.contains(office.id))
            row.fail(QObject::tr("id '%1' is already used on %2").arg(office.id, locationOfId.value(office.id)));
        else
            locationOfId.insert(office.id, reader.location());
        if (office.name.isEmpty())
            row.fail(QObject::tr("name is empty"));
        if (!municipalityCode.match(office.municipalityCode).hasMatch())
            row.fail(QObject::tr("municipality_code '%1' is not a four-digit municipality code")
                             .arg(office.municipalityCode));

        if (const std::optional<QGeoCoordinate> coordinate = row.coordinate()) {
            office.coordinate = *coordinate;
            office.position = Projection::toSweref(*coordinate);
        }

        const QString statusText = reader.text(QStringLiteral("status_2021_05"));
        if (const std::optional<Status2021> status = status2021FromString(statusText))
            office.status2021 = *status;
        else
            row.fail(QObject::tr("status_2021_05 '%1' is not one of open, establishing, planned").arg(statusText));

        const QString phaseText = reader.text(QStringLiteral("phase"));
        bool phaseOk = false;
        office.phase = phaseText.isEmpty() ? 0 : phaseText.toInt(&phaseOk);
        if (!phaseText.isEmpty() && (!phaseOk || office.phase < 0 || office.phase > 9))
            row.fail(QObject::tr("phase '%1' is not a whole number from 0 to 9").arg(phaseText));
        else if (office.status2021 == Status2021::Planned && office.phase == 0)
            row.fail(QObject::tr("a planned office needs a phase of 1 or more"));

        office.opened = row.date(QStringLiteral("opened"));
        office.closed = row.date(QStringLiteral("closed"));
        if (office.opened && office.closed && office.closed->last() < office.opened->first())
            row.fail(QObject::tr("closed %1 is before opened %2")
                             .arg(office.closed->toIsoString(), office.opened->toIsoString()));

        const QString vulnerableText = reader.text(QStringLiteral("socially_vulnerable_area"));
        if (const std::optional<VulnerableArea> vulnerable = vulnerableAreaFromString(vulnerableText))
            office.vulnerableArea = *vulnerable;
        else
            row.fail(QObject::tr("socially_vulnerable_area '%1' is not one of yes, no, unknown").arg(vulnerableText));

        office.sources = reader.text(QStringLiteral("source")).split(whitespace, Qt::SkipEmptyParts);
        if (row.rowOk)
            result.offices.push_back(std::move(office));
    }
    if (result.offices.empty() && result.errors.isEmpty())
        result.errors << QObject::tr("%1: contains no offices").arg(reader.fileName());
    return result;
}

} // namespace sk
