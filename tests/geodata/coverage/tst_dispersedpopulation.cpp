// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/atlas/atlas.h"
#include "geodata/coverage/coveragecalculator.h"
#include "geodata/coverage/dispersedpopulation.h"
#include "geodata/coverage/embeddedpopulation.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QtTest>

#include <cmath>
#include <map>
#include <numbers>

using namespace sk;

namespace {

std::map<QString, double> populationByMunicipality(const PopulationModel &model)
{
    std::map<QString, double> sums;
    for (const PopulationPoint &point : model.points())
        sums[point.municipalityCode] += point.population;
    return sums;
}

void verifySums(const PopulationModel &model, const ReferenceData &reference)
{
    const std::map<QString, double> sums = populationByMunicipality(model);
    QCOMPARE(sums.size(), reference.municipalities().size());
    for (const Municipality &municipality : reference.municipalities()) {
        const double sum = sums.at(municipality.code);
        QVERIFY2(
                std::abs(sum - double(municipality.population)) < 1e-6 * double(municipality.population) + 1e-6,
                qPrintable(QStringLiteral("%1: %2 ≠ %3").arg(municipality.name).arg(sum).arg(municipality.population)));
    }
    QVERIFY(std::abs(model.totalPopulation() - double(reference.totalPopulation())) < 1e-3);
}

} // namespace

// The population model with area: the same people per municipality as the points model, every point on land,
// the same points every time; and what it does to a known case.
class TestDispersedPopulation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void urbanDensityFollowsTheSourcedFigures();
    void shippedKeepsEveryMunicipalitysPopulation();
    void shippedPointsAreOnLand();
    void shippedIsDeterministic();
    void withOfficialBoundaries();
    void knownShareWithinBandUnderEachModel_data();
    void knownShareWithinBandUnderEachModel();
    void namedInTheCoverageResult();

private:
    Atlas m_atlas;
    LandMask m_land;
    PopulationModel m_model;
};

void TestDispersedPopulation::initTestCase()
{
    QStringList errors;
    m_atlas = Atlas::loadEmbedded(&errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QElapsedTimer timer;
    timer.start();
    m_land = LandMask(m_atlas.baseMap());
    const qint64 mask = timer.restart();
    m_model = DispersedPopulation::build(m_atlas.reference(), m_land);
    qInfo("land mask %lld ms, model %lld ms, %zu points", mask, timer.elapsed(), m_model.points().size());
}

void TestDispersedPopulation::urbanDensityFollowsTheSourcedFigures()
{
    // Through SCB's two figures: all tätorter at their mean size, the five largest at theirs.
    QVERIFY(std::abs(DispersedPopulation::urbanDensity(4426) - 1437) < 0.5);
    QVERIFY(std::abs(DispersedPopulation::urbanDensity(573351) - 3488) < 0.5);
    QVERIFY(DispersedPopulation::urbanDensity(300) < DispersedPopulation::urbanDensity(20000));
    // A disc's area at that density holds the people: π r² · density = population.
    const double radiusKm = DispersedPopulation::localityRadiusMetres(20000) / 1000;
    QVERIFY(std::abs(std::numbers::pi * radiusKm * radiusKm * DispersedPopulation::urbanDensity(20000) - 20000) < 1e-6);
}

void TestDispersedPopulation::shippedKeepsEveryMunicipalitysPopulation()
{
    QCOMPARE(m_model.source(), QStringLiteral("dispersed"));
    verifySums(m_model, m_atlas.reference());
    QCOMPARE(std::llround(m_model.totalPopulation()), 10'379'295LL);
    QVERIFY2(m_model.points().size() > 50'000 && m_model.points().size() < 400'000,
             qPrintable(QString::number(m_model.points().size())));
    for (const PopulationPoint &point : m_model.points())
        QVERIFY(point.population > 0 && std::isfinite(point.population));
}

void TestDispersedPopulation::shippedPointsAreOnLand()
{
    for (const PopulationPoint &point : m_model.points())
        QVERIFY2(m_land.contains(point.position), qPrintable(point.municipalityCode));
    // The mask itself against every ring of the base map, on every 97th point.
    for (size_t i = 0; i < m_model.points().size(); i += 97)
        QVERIFY(LandMask::containsBruteForce(m_atlas.baseMap(), m_model.points()[i].position));
}

void TestDispersedPopulation::shippedIsDeterministic()
{
    const PopulationModel again = DispersedPopulation::build(m_atlas.reference(), LandMask(m_atlas.baseMap()));
    QCOMPARE(again.points().size(), m_model.points().size());
    for (size_t i = 0; i < again.points().size(); ++i) {
        const PopulationPoint &a = again.points()[i];
        const PopulationPoint &b = m_model.points()[i];
        QVERIFY(a.position == b.position && a.population == b.population && a.municipalityCode == b.municipalityCode);
    }
}

void TestDispersedPopulation::withOfficialBoundaries()
{
    const QString path = QStringLiteral(SERVICEKARTA_SHARED_DIR "/geodata/sweden_scb_admin.gpkg");
    if (!QFileInfo::exists(path))
        QSKIP("the SCB boundaries in ../shared are not there");
    QString error;
    const AdminBoundaries boundaries = AdminBoundaries::load(path, &error);
    QVERIFY2(!boundaries.isEmpty(), qPrintable(error));
    const PopulationModel model = DispersedPopulation::build(m_atlas.reference(), m_land, boundaries);
    verifySums(model, m_atlas.reference());
    for (const PopulationPoint &point : model.points())
        QVERIFY(m_land.contains(point.position));
    // Kiruna's countryside now follows its polygon: points reach the Norwegian border, 100+ km from the seat.
    const QPointF kirunaSeat = m_atlas.reference().municipality(QStringLiteral("2584"))->seatPosition;
    double farthest = 0;
    for (const PopulationPoint &point : model.points()) {
        if (point.municipalityCode == QLatin1String("2584"))
            farthest = std::max(farthest, QLineF(point.position, kirunaSeat).length());
    }
    QVERIFY2(farthest > 100'000, qPrintable(QString::number(farthest)));
}

void TestDispersedPopulation::knownShareWithinBandUnderEachModel_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<double>("bandKm");
    QTest::addColumn<double>("share");
    QTest::addColumn<double>("tolerance");
    // Delta: 6,000 people in Deltaby and 4,000 in 100 km² of countryside, one office in Deltaby's centre.
    // Points: everybody stands on the office's point.
    QTest::newRow("points, 1 km") << "points" << 1.0 << 1.0 << 0.0;
    QTest::newRow("points, 5 km") << "points" << 5.0 << 1.0 << 0.0;
    // Dispersed: Deltaby's disc (about 1,520 per km², r = 1.12 km) lies within 5 km; the countryside is a disc of
    // 100 km² (r = 5.64 km), of which (5 / 5.64)² = 78.5 % lies within 5 km: 0.6 + 0.4 · 0.785 = 0.914.
    // The countryside is a lattice of 250 points, not a continuum: up to 1.5 points in a hundred either way.
    QTest::newRow("dispersed, 5 km") << "dispersed" << 5.0 << 0.6 + 0.4 * 25 * std::numbers::pi / 100 << 0.015;
    QTest::newRow("dispersed, 20 km") << "dispersed" << 20.0 << 1.0 << 0.0;
}

void TestDispersedPopulation::knownShareWithinBandUnderEachModel()
{
    QFETCH(QString, model);
    QFETCH(double, bandKm);
    QFETCH(double, share);
    QFETCH(double, tolerance);
    QStringList errors;
    const ReferenceData reference
            = ReferenceData::load(QStringLiteral(SERVICEKARTA_TEST_DATA_DIR "/dispersed"), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    Office office;
    office.id = QStringLiteral("deltaby");
    office.name = QStringLiteral("Deltaby");
    office.municipalityCode = QStringLiteral("9501");
    office.position = reference.localities().front().position;
    // No base map: all of the fixture counts as land.
    const PopulationModel population = model == QLatin1String("points")
            ? PopulationModel::fromReference(reference)
            : DispersedPopulation::build(reference, LandMask());
    verifySums(population, reference);
    CoverageCalculator calculator(Rollout({office}), reference, population);
    QVERIFY(calculator.setBandsKm({bandKm}));
    const CoverageResult result = calculator.at(QDate(2023, 12, 31));
    QCOMPARE(result.officesOpen, 1);
    QCOMPARE(result.populationModel, model);
    const double actual = result.bands.front().share;
    QVERIFY2(std::abs(actual - share) <= tolerance + 1e-12,
             qPrintable(QStringLiteral("%1 instead of %2").arg(actual, 0, 'f', 4).arg(share, 0, 'f', 4)));
}

void TestDispersedPopulation::namedInTheCoverageResult()
{
    for (EmbeddedPopulation::Kind kind : {EmbeddedPopulation::Kind::Points, EmbeddedPopulation::Kind::Dispersed}) {
        const CoverageCalculator calculator(m_atlas.rollout(), m_atlas.reference(),
                                            EmbeddedPopulation::build(m_atlas, kind));
        QCOMPARE(calculator.at(QDate(2023, 12, 31)).populationModel, EmbeddedPopulation::name(kind));
    }
    QCOMPARE(EmbeddedPopulation::fromName(QStringLiteral("Dispersed")), EmbeddedPopulation::Kind::Dispersed);
    QCOMPARE(EmbeddedPopulation::fromName(QStringLiteral("points")), EmbeddedPopulation::Kind::Points);
    QVERIFY(!EmbeddedPopulation::fromName(QStringLiteral("embedded")));
}

QTEST_GUILESS_MAIN(TestDispersedPopulation)
#include "tst_dispersedpopulation.moc"
