// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/geo/projection.h"
#include "geodata/import/officeimporter.h"
#include "geodata/scenario/scenariofile.h"
#include "widgets/scenario/scenariodocument.h"

#include <QtTest>

using namespace sk;

namespace {

std::vector<Office> officialOffices()
{
    OfficeLoadResult loaded = OfficeImporter::load(QStringLiteral(SERVICEKARTA_SOURCE_DATA_DIR "/offices.csv"));
    loaded.offices.resize(6);
    return loaded.offices;
}

Office newOffice(const QString &name)
{
    Office office;
    office.name = name;
    office.municipality = QStringLiteral("Kiruna");
    office.municipalityCode = QStringLiteral("2584");
    office.county = QStringLiteral("Norrbottens län");
    office.coordinate = QGeoCoordinate(67.8557, 20.2253);
    office.status2021 = Status2021::Planned;
    office.phase = 3;
    return office;
}

// Applies one step of a test sequence: "add", "move:<index>", "drag:<index>" (three moves, then release),
// "remove:<index>", "edit:<index>", "rename".
void applyStep(ScenarioDocument &document, const QString &step)
{
    const QStringList parts = step.split(QLatin1Char(':'));
    const auto &offices = document.scenario().offices;
    const QString id = parts.size() > 1 ? offices.at(parts[1].toUInt()).id : QString();
    const QString &kind = parts.first();
    if (kind == QLatin1String("add")) {
        document.addOffice(newOffice(QStringLiteral("Kiruna")));
    } else if (kind == QLatin1String("move")) {
        document.moveOffice(id, offices.at(parts[1].toUInt()).position + QPointF(1500, -2500));
        document.endMove();
    } else if (kind == QLatin1String("drag")) {
        const QPointF start = offices.at(parts[1].toUInt()).position;
        for (int i = 1; i <= 3; ++i)
            document.moveOffice(id, start + QPointF(1000 * i, 700 * i));
        document.endMove();
    } else if (kind == QLatin1String("remove")) {
        document.removeOffice(id);
    } else if (kind == QLatin1String("edit")) {
        Office changed = offices.at(parts[1].toUInt());
        changed.name += QStringLiteral(" (ny)");
        changed.opened = PartialDate::parse(u"2027-03");
        changed.phase = 4;
        changed.status2021 = Status2021::Planned;
        document.editOffice(id, changed);
    } else if (kind == QLatin1String("rename")) {
        document.renameScenario(document.scenario().name + QStringLiteral("ä"));
    } else {
        QFAIL(qPrintable(QStringLiteral("unknown step ") + step));
    }
}

} // namespace

class TestScenarioDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void startFromIsClean();
    void undoRedoRestoresExactState_data();
    void undoRedoRestoresExactState();
    void dragIsOneUndoStep();
    void moveUpdatesCoordinate();
    void editKeepsPositionAndCoordinateTogether();
    void addOfficeAssignsIds();
    void fullScenarioRefusesAnotherOffice();
    void commandTexts();
    void modifiedFollowsSaveAndEdits();
    void moveAfterSaveDoesNotMergeIntoTheSavedState();
    void openAndSaveRoundTrip();
    void failedOpenKeepsDocument();
    void damagedFileIsNotOpened();
    void saveWithoutFileFails();
    void exportKeepsFileAndModifiedState();
    void noOpEditsAddNoCommands();
    void destroyingModifiedDocumentSignalsNothing();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestScenarioDocument::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestScenarioDocument::startFromIsClean()
{
    ScenarioDocument document;
    QSignalSpy officesChanged(&document, &ScenarioDocument::officesChanged);
    document.startFrom(officialOffices(), QStringLiteral("official data 2026"));
    QCOMPARE(officesChanged.size(), 1);
    QVERIFY(document.scenario().offices == officialOffices());
    QCOMPARE(document.scenario().basedOn, QStringLiteral("official data 2026"));
    QVERIFY(!document.isModified());
    QVERIFY(document.filePath().isEmpty());
    QCOMPARE(document.undoStack()->count(), 0);
    QCOMPARE(document.displayName(), QStringLiteral("Untitled scenario"));
}

void TestScenarioDocument::undoRedoRestoresExactState_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<int>("undoSteps");
    QTest::newRow("add") << QStringList{"add"} << 1;
    QTest::newRow("remove first") << QStringList{"remove:0"} << 1;
    QTest::newRow("remove middle keeps order") << QStringList{"remove:3"} << 1;
    QTest::newRow("remove last") << QStringList{"remove:5"} << 1;
    QTest::newRow("move") << QStringList{"move:2"} << 1;
    QTest::newRow("edit") << QStringList{"edit:4"} << 1;
    QTest::newRow("rename") << QStringList{"rename"} << 1;
    QTest::newRow("drag is one step") << QStringList{"drag:1"} << 1;
    QTest::newRow("two drags of one office") << QStringList{"drag:1", "drag:1"} << 2;
    QTest::newRow("add, move it, edit it, remove another") << QStringList{"add", "move:6", "edit:6", "remove:2"} << 4;
    QTest::newRow("remove two, add one") << QStringList{"remove:0", "remove:0", "add"} << 3;
    QTest::newRow("everything") << QStringList{"edit:0", "drag:5",   "remove:2", "add",   "move:0",
                                               "rename", "remove:5", "add",      "edit:5"}
                                << 9;
}

void TestScenarioDocument::undoRedoRestoresExactState()
{
    QFETCH(QStringList, steps);
    QFETCH(int, undoSteps);
    ScenarioDocument document;
    document.startFrom(officialOffices(), QStringLiteral("official data 2026"));
    const Scenario start = document.scenario();
    QSignalSpy modifiedChanged(&document, &ScenarioDocument::modifiedChanged);
    for (const QString &step : steps)
        applyStep(document, step);
    const Scenario end = document.scenario();
    QVERIFY(end != start);
    QCOMPARE(document.undoStack()->count(), undoSteps);
    QVERIFY(document.isModified());
    QCOMPARE(modifiedChanged.size(), 1);
    QCOMPARE(modifiedChanged.takeFirst().at(0).toBool(), true);

    QSignalSpy officesChanged(&document, &ScenarioDocument::officesChanged);
    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    QVERIFY(document.scenario() == start);
    QVERIFY(!document.isModified());
    QCOMPARE(modifiedChanged.size(), 1);
    QCOMPARE(modifiedChanged.takeFirst().at(0).toBool(), false);
    QCOMPARE(officesChanged.size(), undoSteps - int(steps.count(QStringLiteral("rename"))));

    while (document.undoStack()->canRedo())
        document.undoStack()->redo();
    QVERIFY(document.scenario() == end);
    QVERIFY(document.isModified());
}

void TestScenarioDocument::dragIsOneUndoStep()
{
    ScenarioDocument document;
    document.startFrom(officialOffices(), QString());
    const Office original = document.scenario().offices[2];
    QSignalSpy officeChanged(&document, &ScenarioDocument::officeChanged);
    for (int i = 1; i <= 20; ++i)
        document.moveOffice(original.id, original.position + QPointF(100 * i, 0));
    QCOMPARE(officeChanged.size(), 20);
    QCOMPARE(officeChanged.last().at(0).toString(), original.id);
    QCOMPARE(document.undoStack()->count(), 1);
    document.endMove();
    const QPointF afterFirstDrag = original.position + QPointF(2000, 0);
    QCOMPARE(document.scenario().offices[2].position, afterFirstDrag);
    document.moveOffice(original.id, original.position + QPointF(0, 5000));
    document.moveOffice(original.id, original.position + QPointF(0, 6000));
    QCOMPARE(document.undoStack()->count(), 2);
    // A different office never merges into the drag of another.
    document.moveOffice(document.scenario().offices[3].id, QPointF(600000, 7000000));
    QCOMPARE(document.undoStack()->count(), 3);

    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(document.scenario().offices[2].position, afterFirstDrag);
    document.undoStack()->undo();
    QVERIFY(document.scenario().offices[2] == original);
}

void TestScenarioDocument::moveUpdatesCoordinate()
{
    ScenarioDocument document;
    document.startFrom(officialOffices(), QString());
    const QString id = document.scenario().offices[0].id;
    const QPointF target(700000, 7200000);
    document.moveOffice(id, target);
    const Office &moved = document.scenario().offices[0];
    QCOMPARE(moved.position, target);
    const QPointF back = Projection::toSweref(moved.coordinate);
    QVERIFY(qAbs(back.x() - target.x()) < 0.001);
    QVERIFY(qAbs(back.y() - target.y()) < 0.001);
}

void TestScenarioDocument::editKeepsPositionAndCoordinateTogether()
{
    ScenarioDocument document;
    document.startFrom(officialOffices(), QString());
    Office changed = document.scenario().offices[1];
    changed.coordinate = QGeoCoordinate(63.1792, 14.6357);
    document.editOffice(changed.id, changed);
    QCOMPARE(document.scenario().offices[1].position, Projection::toSweref(changed.coordinate));

    changed = document.scenario().offices[1];
    changed.position = QPointF(500000, 6500000);
    document.editOffice(changed.id, changed);
    QCOMPARE(document.scenario().offices[1].coordinate, Projection::toWgs84(changed.position));
    QCOMPARE(document.scenario().offices[1].position, changed.position);
}

void TestScenarioDocument::addOfficeAssignsIds()
{
    ScenarioDocument document;
    document.startFrom(officialOffices(), QString());
    QCOMPARE(document.addOffice(newOffice(QStringLiteral("A"))), QStringLiteral("scenario-1"));
    QCOMPARE(document.addOffice(newOffice(QStringLiteral("B"))), QStringLiteral("scenario-2"));
    Office taken = newOffice(QStringLiteral("C"));
    taken.id = document.scenario().offices[0].id;
    QCOMPARE(document.addOffice(taken), QStringLiteral("scenario-3"));
    Office own = newOffice(QStringLiteral("D"));
    own.id = QStringLiteral("gallivare-2");
    QCOMPARE(document.addOffice(own), QStringLiteral("gallivare-2"));
    const Office &added = document.scenario().offices.back();
    QCOMPARE(added.position, Projection::toSweref(own.coordinate));
    QCOMPARE(document.scenario().offices.size(), size_t(10));
}

// A scenario with as many offices as a file can be read back with takes no more: the next save would fail.
void TestScenarioDocument::fullScenarioRefusesAnotherOffice()
{
    const std::vector<Office> official = officialOffices();
    std::vector<Office> many;
    many.reserve(Scenario::maxOffices);
    for (size_t i = 0; i + 1 < Scenario::maxOffices; ++i) {
        Office office = official[i % official.size()];
        office.id = QStringLiteral("office-%1").arg(i);
        many.push_back(std::move(office));
    }
    ScenarioDocument document;
    document.startFrom(many, QString());
    QVERIFY(!document.isFull());
    QCOMPARE(document.addOffice(newOffice(QStringLiteral("The last one"))), QStringLiteral("scenario-1"));
    QVERIFY(document.isFull());
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.addOffice(newOffice(QStringLiteral("One too many"))), QString());
    QCOMPARE(document.scenario().offices.size(), Scenario::maxOffices);
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QVERIFY(!document.isFull());
}

void TestScenarioDocument::commandTexts()
{
    ScenarioDocument document;
    document.startFrom(officialOffices(), QString());
    const Office first = document.scenario().offices[0];
    const QString id = document.addOffice(newOffice(QStringLiteral("Kiruna")));
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Add office Kiruna"));
    document.moveOffice(first.id, QPointF(700000, 7200000));
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Move office %1").arg(first.name));
    Office changed = first;
    changed.phase = 2;
    document.editOffice(first.id, changed);
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Edit office %1").arg(first.name));
    document.removeOffice(id);
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Delete office Kiruna"));
    document.renameScenario(QStringLiteral("Plan B"));
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Rename scenario to Plan B"));
}

void TestScenarioDocument::modifiedFollowsSaveAndEdits()
{
    ScenarioDocument document;
    document.startFrom(officialOffices(), QString());
    QSignalSpy modifiedChanged(&document, &ScenarioDocument::modifiedChanged);
    QSignalSpy filePathChanged(&document, &ScenarioDocument::filePathChanged);
    QSignalSpy displayNameChanged(&document, &ScenarioDocument::displayNameChanged);

    document.removeOffice(document.scenario().offices[1].id);
    QVERIFY(document.isModified());
    QCOMPARE(modifiedChanged.size(), 1);

    const QString path = m_dir->filePath(QStringLiteral("plan.gpkg"));
    QString error;
    QVERIFY2(document.saveAs(path, &error), qPrintable(error));
    QVERIFY(!document.isModified());
    QCOMPARE(modifiedChanged.size(), 2);
    QCOMPARE(modifiedChanged.last().at(0).toBool(), false);
    QCOMPARE(filePathChanged.size(), 1);
    QCOMPARE(filePathChanged.last().at(0).toString(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(document.filePath(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(document.displayName(), QStringLiteral("plan"));
    QCOMPARE(displayNameChanged.size(), 1);

    Office changed = document.scenario().offices[0];
    changed.name = QStringLiteral("Ändrat namn");
    document.editOffice(changed.id, changed);
    QVERIFY(document.isModified());
    QCOMPARE(modifiedChanged.size(), 3);
    QCOMPARE(modifiedChanged.last().at(0).toBool(), true);

    QVERIFY2(document.save(&error), qPrintable(error));
    QVERIFY(!document.isModified());
    QCOMPARE(filePathChanged.size(), 1);
    // Undoing past the saved state is a modification as well.
    document.undoStack()->undo();
    QVERIFY(document.isModified());
    document.undoStack()->redo();
    QVERIFY(!document.isModified());
}

void TestScenarioDocument::moveAfterSaveDoesNotMergeIntoTheSavedState()
{
    ScenarioDocument document;
    document.startFrom(officialOffices(), QString());
    const QString id = document.scenario().offices[0].id;
    document.moveOffice(id, QPointF(700000, 7200000));
    QString error;
    QVERIFY2(document.saveAs(m_dir->filePath(QStringLiteral("plan.gpkg")), &error), qPrintable(error));
    const Scenario saved = document.scenario();
    // Still the same drag, but the saved state must stay reachable with one undo.
    document.moveOffice(id, QPointF(701000, 7201000));
    QVERIFY(document.isModified());
    document.undoStack()->undo();
    QVERIFY(!document.isModified());
    QVERIFY(document.scenario() == saved);
}

void TestScenarioDocument::openAndSaveRoundTrip()
{
    ScenarioDocument document;
    document.startFrom(officialOffices(), QStringLiteral("official data 2026"));
    document.renameScenario(QStringLiteral("Två kontor färre"));
    document.removeOffice(document.scenario().offices[4].id);
    document.addOffice(newOffice(QStringLiteral("Kiruna")));
    document.moveOffice(document.scenario().offices[0].id, QPointF(671234.5, 6580987.25));
    const QString path = m_dir->filePath(QStringLiteral("plan.gpkg"));
    QString error;
    QVERIFY2(document.saveAs(path, &error), qPrintable(error));

    ScenarioDocument reopened;
    QSignalSpy officesChanged(&reopened, &ScenarioDocument::officesChanged);
    QStringList errors;
    QVERIFY2(reopened.open(path, &errors), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(officesChanged.size(), 1);
    QVERIFY(reopened.scenario() == document.scenario());
    QCOMPARE(reopened.displayName(), QStringLiteral("Två kontor färre"));
    QCOMPARE(reopened.filePath(), QFileInfo(path).absoluteFilePath());
    QVERIFY(!reopened.isModified());
    QCOMPARE(reopened.undoStack()->count(), 0);
}

void TestScenarioDocument::failedOpenKeepsDocument()
{
    ScenarioDocument document;
    document.startFrom(officialOffices(), QString());
    document.removeOffice(document.scenario().offices[0].id);
    const Scenario before = document.scenario();
    QSignalSpy officesChanged(&document, &ScenarioDocument::officesChanged);
    QStringList errors;
    QVERIFY(!document.open(m_dir->filePath(QStringLiteral("missing.gpkg")), &errors));
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().contains(QStringLiteral("missing.gpkg")));
    QVERIFY(document.scenario() == before);
    QVERIFY(document.isModified());
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(officesChanged.size(), 0);
}

void TestScenarioDocument::damagedFileIsNotOpened()
{
    // 54 of its 147 offices lie before a zeroed page: opening them would let Ctrl+S write the 54 over the file.
    const QString damaged = m_dir->filePath(QStringLiteral("damaged.gpkg"));
    QVERIFY(QFile::copy(QStringLiteral(SERVICEKARTA_TEST_DATA_DIR "/badfiles/scenario-zeroed-page.gpkg"), damaged));
    const QByteArray bytes = [&] {
        QFile file(damaged);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    ScenarioDocument document;
    document.startFrom(officialOffices(), QString());
    const Scenario before = document.scenario();
    QSignalSpy officesChanged(&document, &ScenarioDocument::officesChanged);
    QStringList errors;
    QVERIFY(!document.open(damaged, &errors));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().startsWith(QStringLiteral("damaged.gpkg, feature 55: cannot be read (")),
             qPrintable(errors.first()));
    QVERIFY(document.scenario() == before);
    QVERIFY(document.filePath() != QFileInfo(damaged).absoluteFilePath());
    QCOMPARE(officesChanged.size(), 0);
    QFile file(damaged);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
}

void TestScenarioDocument::saveWithoutFileFails()
{
    ScenarioDocument document;
    document.startFrom(officialOffices(), QString());
    document.removeOffice(document.scenario().offices[0].id);
    QString error;
    QVERIFY(!document.save(&error));
    QVERIFY(!error.isEmpty());
    QVERIFY(document.isModified());
}

void TestScenarioDocument::exportKeepsFileAndModifiedState()
{
    ScenarioDocument document;
    document.startFrom(officialOffices(), QString());
    document.removeOffice(document.scenario().offices[0].id);
    QSignalSpy filePathChanged(&document, &ScenarioDocument::filePathChanged);
    QString error;
    const QString path = m_dir->filePath(QStringLiteral("plan.csv"));
    QVERIFY2(document.exportTo(path, &error), qPrintable(error));
    QVERIFY(document.isModified());
    QVERIFY(document.filePath().isEmpty());
    QCOMPARE(filePathChanged.size(), 0);
    QVERIFY(OfficeImporter::load(path).offices == document.scenario().offices);
}

void TestScenarioDocument::noOpEditsAddNoCommands()
{
    ScenarioDocument document;
    document.startFrom(officialOffices(), QString());
    const Office first = document.scenario().offices[0];
    document.editOffice(first.id, first);
    document.moveOffice(first.id, first.position);
    document.moveOffice(QStringLiteral("no-such-office"), QPointF(1, 2));
    document.removeOffice(QStringLiteral("no-such-office"));
    document.renameScenario(document.scenario().name);
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(!document.isModified());
}

// The window that owns a modified scenario is half destroyed when the document goes: the undo stack, a member,
// is cleared after the document's own destructor and must not tell anyone that the document changed.
void TestScenarioDocument::destroyingModifiedDocumentSignalsNothing()
{
    auto document = std::make_unique<ScenarioDocument>();
    document->startFrom(officialOffices(), QString());
    document->removeOffice(document->scenario().offices[1].id);
    QVERIFY(document->isModified());
    QObject listener;
    int reported = 0;
    connect(document.get(), &ScenarioDocument::modifiedChanged, &listener, [&] { ++reported; });
    document->undoStack()->undo();
    QCOMPARE(reported, 1); // connected as a window connects
    document->undoStack()->redo();
    QCOMPARE(reported, 2);
    document.reset();
    QCOMPARE(reported, 2);
}

QTEST_MAIN(TestScenarioDocument)
#include "tst_scenariodocument.moc"
