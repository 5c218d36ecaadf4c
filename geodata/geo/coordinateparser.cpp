// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "coordinateparser.h"

#include "geodata/geo/projection.h"
#include "geodata/geo/swedenbounds.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace sk {

namespace {

double number(const QString &text)
{
    QString copy = text;
    return copy.replace(QLatin1Char(','), QLatin1Char('.')).toDouble();
}

bool isHemisphere(QChar c)
{
    return c == QLatin1Char('N') || c == QLatin1Char('S') || c == QLatin1Char('E') || c == QLatin1Char('W')
            || c == QChar(u'Ö') || c == QChar(u'V');
}

struct Angle
{
    double degrees = 0;
    QChar hemisphere; // upper case, or null
};

// One angle: degrees, then optional minutes and seconds, with or without ° ' ", and at most one hemisphere letter.
std::optional<Angle> parseAngle(const QString &text, QString *error)
{
    static const QRegularExpression numberPattern(QStringLiteral(R"(\d+(?:[.,]\d+)?)"));
    Angle angle;
    for (QChar c : text) {
        if (isHemisphere(c)) {
            if (!angle.hemisphere.isNull()) {
                *error = CoordinateParser::tr("'%1' has two hemisphere letters").arg(text.trimmed());
                return std::nullopt;
            }
            angle.hemisphere = c;
        }
    }
    std::vector<double> parts;
    for (QRegularExpressionMatchIterator it = numberPattern.globalMatch(text); it.hasNext();)
        parts.push_back(number(it.next().captured()));
    static const QRegularExpression allowed(QStringLiteral(R"(^[\d\s.,°'"NSEWÖV]*$)"));
    if (parts.empty() || parts.size() > 3 || !allowed.match(text).hasMatch())
        return std::nullopt;
    if ((parts.size() > 1 && parts[1] >= 60) || (parts.size() > 2 && parts[2] >= 60)) {
        *error = CoordinateParser::tr("'%1': minutes and seconds must be below 60").arg(text.trimmed());
        return std::nullopt;
    }
    angle.degrees = parts[0] + (parts.size() > 1 ? parts[1] / 60 : 0) + (parts.size() > 2 ? parts[2] / 3600 : 0);
    return angle;
}

// The text split into its latitude and longitude parts, or nothing when no split makes sense.
std::optional<std::pair<QString, QString>> splitAngles(const QString &text)
{
    std::vector<qsizetype> letters;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isHemisphere(text[i]))
            letters.push_back(i);
    }
    if (letters.size() == 2) {
        // "N 65 49.8 E 23 10.2": letters lead their numbers; "65°49.8'N 23°10.2'E": they follow them.
        const bool leading = text.left(letters[0]).trimmed().isEmpty();
        const qsizetype at = leading ? letters[1] : letters[0] + 1;
        return std::pair{text.left(at), text.mid(at)};
    }
    if (!letters.empty())
        return std::nullopt;
    if (text.count(QLatin1Char(';')) == 1) {
        const qsizetype at = text.indexOf(QLatin1Char(';'));
        return std::pair{text.left(at), text.mid(at + 1)};
    }
    static const QRegularExpression decimalCommas(QStringLiteral(R"(^\s*(\d+,\d+)\s+(\d+,\d+)\s*$)"));
    if (const QRegularExpressionMatch match = decimalCommas.match(text); match.hasMatch())
        return std::pair{match.captured(1), match.captured(2)};
    if (text.count(QLatin1Char(',')) == 1) {
        const qsizetype at = text.indexOf(QLatin1Char(','));
        return std::pair{text.left(at), text.mid(at + 1)};
    }
    if (text.count(QChar(u'°')) == 2) { // "65°49.8' 23°10.2'": the second angle starts with the second number with °
        const qsizetype degree = text.indexOf(QChar(u'°'), text.indexOf(QChar(u'°')) + 1);
        qsizetype at = degree;
        while (at > 0 && (text[at - 1].isDigit() || text[at - 1] == QLatin1Char('.')))
            --at;
        return std::pair{text.left(at), text.mid(at)};
    }
    // Bare numbers: two are degrees, four degrees and minutes, six with seconds.
    const QStringList words = text.simplified().split(QLatin1Char(' '));
    if (words.size() % 2 != 0 || words.size() > 6)
        return std::nullopt;
    const qsizetype half = words.size() / 2;
    return std::pair{words.mid(0, half).join(QLatin1Char(' ')), words.mid(half).join(QLatin1Char(' '))};
}

bool isLatitudeLetter(QChar letter)
{
    return letter == QLatin1Char('N') || letter == QLatin1Char('S');
}

bool isNegative(QChar letter)
{
    return letter == QLatin1Char('S') || letter == QLatin1Char('W') || letter == QChar(u'V');
}

std::optional<QGeoCoordinate> fromSweref(double easting, double northing, QString *error)
{
    const QPointF position(easting, northing);
    if (!SwedenBounds::sweref().contains(position)) {
        *error = CoordinateParser::tr("E %1, N %2 lies outside Sweden in SWEREF 99 TM")
                         .arg(easting, 0, 'f', 0)
                         .arg(northing, 0, 'f', 0);
        return std::nullopt;
    }
    return Projection::toWgs84(position);
}

std::optional<QGeoCoordinate> parseSweref(const QString &text, QString *error)
{
    static const QRegularExpression labelled(
            QStringLiteral(
                    R"(^\s*([EN])\s*[:=]?\s*(\d{5,7}(?:[.,]\d+)?)\s*[,;]?\s*([EN])\s*[:=]?\s*(\d{5,7}(?:[.,]\d+)?)\s*$)"),
            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bare(
            QStringLiteral(R"(^\s*(\d{6,7}(?:\.\d+)?)\s*[,;\s]\s*(\d{6,7}(?:\.\d+)?)\s*$)"));
    if (const QRegularExpressionMatch match = labelled.match(text); match.hasMatch()) {
        const QChar first = match.captured(1).toUpper().front();
        const QChar second = match.captured(3).toUpper().front();
        if (first == second) {
            *error = CoordinateParser::tr("'%1' gives %2 twice").arg(text.trimmed(), QString(first));
            return std::nullopt;
        }
        const double a = number(match.captured(2));
        const double b = number(match.captured(4));
        return first == QLatin1Char('E') ? fromSweref(a, b, error) : fromSweref(b, a, error);
    }
    if (const QRegularExpressionMatch match = bare.match(text); match.hasMatch()) {
        const double a = match.captured(1).toDouble();
        const double b = match.captured(2).toDouble();
        if ((a >= 1e6) == (b >= 1e6)) {
            *error = CoordinateParser::tr("'%1': in SWEREF 99 TM the northing has 7 digits and the easting 6")
                             .arg(text.trimmed());
            return std::nullopt;
        }
        return a >= 1e6 ? fromSweref(b, a, error) : fromSweref(a, b, error);
    }
    return std::nullopt;
}

} // namespace

bool CoordinateParser::looksLikeCoordinate(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

std::optional<QGeoCoordinate> CoordinateParser::parse(const QString &input, QString *error)
{
    error->clear();
    const QString text = input.trimmed().toUpper();
    if (text.isEmpty()) {
        *error = tr("no coordinate given");
        return std::nullopt;
    }
    if (std::optional<QGeoCoordinate> sweref = parseSweref(text, error); sweref || !error->isEmpty())
        return sweref;

    const std::optional<std::pair<QString, QString>> halves
            = splitAngles(QString(text).replace(QChar(u'′'), QLatin1Char('\'')).replace(QChar(u'″'), QLatin1Char('"')));
    const std::optional<Angle> first = halves ? parseAngle(halves->first, error) : std::nullopt;
    const std::optional<Angle> second = first ? parseAngle(halves->second, error) : std::nullopt;
    if (!error->isEmpty())
        return std::nullopt;
    if (!first || !second) {
        *error = tr("'%1' is not a coordinate: give latitude and longitude (65.83, 23.17 or 65°49.8'N 23°10.2'E) "
                    "or SWEREF 99 TM (E 700000 N 7300000)")
                         .arg(input.trimmed());
        return std::nullopt;
    }
    Angle latitude = *first;
    Angle longitude = *second;
    const bool firstIsLongitude = !first->hemisphere.isNull() && !isLatitudeLetter(first->hemisphere);
    const bool secondIsLatitude = !second->hemisphere.isNull() && isLatitudeLetter(second->hemisphere);
    if (firstIsLongitude || secondIsLatitude)
        std::swap(latitude, longitude);
    if ((!latitude.hemisphere.isNull() && !isLatitudeLetter(latitude.hemisphere))
        || (!longitude.hemisphere.isNull() && isLatitudeLetter(longitude.hemisphere))) {
        *error = tr("'%1' gives two latitudes or two longitudes").arg(input.trimmed());
        return std::nullopt;
    }
    const double lat = isNegative(latitude.hemisphere) ? -latitude.degrees : latitude.degrees;
    const double lon = isNegative(longitude.hemisphere) ? -longitude.degrees : longitude.degrees;
    if (std::abs(lat) > 90 || std::abs(lon) > 180) {
        *error = tr("'%1': latitude must lie within ±90° and longitude within ±180°").arg(input.trimmed());
        return std::nullopt;
    }
    const QGeoCoordinate coordinate(lat, lon);
    if (!SwedenBounds::sweref().contains(Projection::toSweref(coordinate))) {
        *error = tr("%1, %2 lies outside Sweden; is it latitude first?").arg(lat, 0, 'f', 5).arg(lon, 0, 'f', 5);
        return std::nullopt;
    }
    return coordinate;
}

} // namespace sk
