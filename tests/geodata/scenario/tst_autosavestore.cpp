// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/import/officeimporter.h"
#include "geodata/scenario/autosavestore.h"
#include "geodata/scenario/scenariofile.h"

#include <QtTest>

#include <cstdio>
#include <unistd.h>

using namespace sk;

namespace {

// The test runs itself as a second session: with these variables set, main() autosaves and then either dies
// without any cleanup (crash), waits until it is killed (a live instance), keeps saving until it is killed in the
// middle of a save (saving), or dies before its first save (lock only).
constexpr const char *childDirectoryVariable = "SK_AUTOSAVE_CHILD_DIRECTORY";
constexpr const char *childModeVariable = "SK_AUTOSAVE_CHILD_MODE";
const QString documentPath = QStringLiteral("/home/planner/Östersund-alternativ.gpkg");

Scenario smallScenario(const QString &name)
{
    OfficeLoadResult loaded = OfficeImporter::load(QStringLiteral(SERVICEKARTA_SOURCE_DATA_DIR "/offices.csv"));
    loaded.offices.resize(5);
    return {name, QStringLiteral("official data 2026"), loaded.offices};
}

int runChildSession(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    AutosaveStore store(qEnvironmentVariable(childDirectoryVariable));
    const QString mode = qEnvironmentVariable(childModeVariable);
    if (mode == QLatin1String("lock only")) {
        std::printf("saved\n");
        std::fflush(stdout);
        ::_exit(3);
    }
    QString error;
    if (!store.save(smallScenario(QStringLiteral("Crashed plan")), documentPath, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("saved\n");
    std::fflush(stdout);
    if (mode == QLatin1String("crash"))
        ::_exit(3); // no destructors, no unlock: the lock file stays, naming a process that is gone
    if (mode == QLatin1String("saving")) {
        OfficeLoadResult all = OfficeImporter::load(QStringLiteral(SERVICEKARTA_SOURCE_DATA_DIR "/offices.csv"));
        const Scenario large{QStringLiteral("Large plan"), QStringLiteral("official data 2026"), all.offices};
        while (store.save(large, documentPath, &error)) { }
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    char line[16];
    while (std::fgets(line, sizeof line, stdin)) { }
    return 0;
}

} // namespace

class TestAutosaveStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void ownAutosaveIsNotRecoverable();
    void cleanExitLeavesNothing();
    void crashedSessionIsRecoverable();
    void liveSessionIsNotRecoverableUntilKilled();
    void discardRemovesTheAutosave();
    void unlockedAutosaveIsRecoverable();
    void killedSaveLeavesNoDebris();
    void lockWithoutAutosaveIsRemoved();

private:
    // Starts this executable as another session; returns once it has autosaved.
    bool startChildSession(QProcess &process, const QString &mode);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAutosaveStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

bool TestAutosaveStore::startChildSession(QProcess &process, const QString &mode)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(childDirectoryVariable), m_dir->path());
    environment.insert(QString::fromLatin1(childModeVariable), mode);
    process.setProcessEnvironment(environment);
    process.start(QCoreApplication::applicationFilePath(), {});
    if (!process.waitForStarted(60000))
        return false;
    while (!process.canReadLine() && process.state() == QProcess::Running)
        process.waitForReadyRead(60000);
    return process.readLine().trimmed() == "saved";
}

void TestAutosaveStore::ownAutosaveIsNotRecoverable()
{
    AutosaveStore store(m_dir->path());
    QVERIFY(store.isUsable());
    QString error;
    QVERIFY2(store.save(smallScenario(QStringLiteral("Mine")), documentPath, &error), qPrintable(error));
    QVERIFY(QFileInfo::exists(store.ownPath()));
    QVERIFY(store.recoverable().empty());
    // Another store in this running process is a live session too: it must not take this one's autosave.
    AutosaveStore other(m_dir->path());
    QVERIFY(other.recoverable().empty());
}

void TestAutosaveStore::cleanExitLeavesNothing()
{
    {
        AutosaveStore store(m_dir->path());
        QString error;
        QVERIFY2(store.save(smallScenario(QStringLiteral("Mine")), QString(), &error), qPrintable(error));
        store.removeOwn();
    }
    QVERIFY(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    AutosaveStore next(m_dir->path());
    QVERIFY(next.recoverable().empty());
}

void TestAutosaveStore::crashedSessionIsRecoverable()
{
    QProcess child;
    QVERIFY(startChildSession(child, QStringLiteral("crash")));
    QVERIFY(child.waitForFinished(60000));
    QCOMPARE(child.exitCode(), 3);
    // The crashed session's lock is still there; only its process is gone.
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("session-*.lock")}, QDir::Files).size(), 1);

    AutosaveStore store(m_dir->path());
    const std::vector<RecoverableScenario> offered = store.recoverable();
    QCOMPARE(offered.size(), size_t(1));
    QCOMPARE(offered.front().scenarioName, QStringLiteral("Crashed plan"));
    QCOMPARE(offered.front().documentPath, documentPath);
    QVERIFY(offered.front().savedAt.isValid());
    QVERIFY(qAbs(offered.front().savedAt.secsTo(QDateTime::currentDateTime())) < 600);
    QVERIFY(offered.front().path != store.ownPath());

    QStringList errors;
    const std::optional<Scenario> recovered = store.recover(offered.front(), &errors);
    QVERIFY2(recovered, qPrintable(errors.join(QLatin1Char('\n'))));
    QVERIFY(errors.isEmpty());
    QVERIFY(*recovered == smallScenario(QStringLiteral("Crashed plan")));
    // It is this session's autosave now, protected by this session's lock.
    QVERIFY(!QFileInfo::exists(offered.front().path));
    QVERIFY(QFileInfo::exists(store.ownPath()));
    QVERIFY(store.recoverable().empty());
    AutosaveStore other(m_dir->path());
    QVERIFY(other.recoverable().empty());
}

void TestAutosaveStore::liveSessionIsNotRecoverableUntilKilled()
{
    QProcess child;
    QVERIFY(startChildSession(child, QStringLiteral("wait")));
    AutosaveStore store(m_dir->path());
    QVERIFY(store.recoverable().empty());
    QStringList files = QDir(m_dir->path()).entryList({QStringLiteral("session-*.gpkg")}, QDir::Files);
    QCOMPARE(files.size(), 1);
    QStringList errors;
    QVERIFY(!store.recover({m_dir->filePath(files.first()), {}, {}, {}}, &errors));
    QCOMPARE(errors.size(), 1);

    child.kill();
    QVERIFY(child.waitForFinished(60000));
    const std::vector<RecoverableScenario> offered = store.recoverable();
    QCOMPARE(offered.size(), size_t(1));
    QCOMPARE(offered.front().scenarioName, QStringLiteral("Crashed plan"));
}

void TestAutosaveStore::discardRemovesTheAutosave()
{
    QProcess child;
    QVERIFY(startChildSession(child, QStringLiteral("crash")));
    QVERIFY(child.waitForFinished(60000));
    AutosaveStore store(m_dir->path());
    const std::vector<RecoverableScenario> offered = store.recoverable();
    QCOMPARE(offered.size(), size_t(1));
    QString error;
    QVERIFY2(store.discard(offered.front(), &error), qPrintable(error));
    QVERIFY(!QFileInfo::exists(offered.front().path));
    QVERIFY(store.recoverable().empty());
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("session-*")}, QDir::Files).size(), 1); // own lock
}

void TestAutosaveStore::unlockedAutosaveIsRecoverable()
{
    QString ownPath;
    {
        // Ends without removeOwn(): the lock goes, the autosave stays.
        AutosaveStore store(m_dir->path());
        QString error;
        QVERIFY2(store.save(smallScenario(QStringLiteral("Left behind")), QString(), &error), qPrintable(error));
        ownPath = store.ownPath();
    }
    AutosaveStore next(m_dir->path());
    const std::vector<RecoverableScenario> offered = next.recoverable();
    QCOMPARE(offered.size(), size_t(1));
    QCOMPARE(offered.front().path, ownPath);
    QCOMPARE(offered.front().scenarioName, QStringLiteral("Left behind"));
    QVERIFY(offered.front().documentPath.isEmpty());
}

// A session killed in the middle of a save leaves its hidden temporary GeoPackage; the next session removes it and
// offers the last complete autosave.
void TestAutosaveStore::killedSaveLeavesNoDebris()
{
    const QDir folder(m_dir->path());
    const QStringList temporaryPattern{QStringLiteral(".session-*")};
    QStringList leftBehind;
    // The kill can land between two saves, when there is no temporary file; try until one is left behind.
    for (int attempt = 0; attempt < 20 && leftBehind.isEmpty(); ++attempt) {
        QProcess child;
        QVERIFY(startChildSession(child, QStringLiteral("saving")));
        QDeadlineTimer deadline(30000);
        while (folder.entryList(temporaryPattern, QDir::Files | QDir::Hidden).isEmpty() && !deadline.hasExpired()) {
            QThread::usleep(200);
        }
        child.kill();
        QVERIFY(child.waitForFinished(60000));
        leftBehind = folder.entryList(temporaryPattern, QDir::Files | QDir::Hidden);
        if (leftBehind.isEmpty()) {
            for (const QString &name : folder.entryList(QDir::Files | QDir::Hidden))
                QVERIFY(QFile::remove(folder.filePath(name)));
        }
    }
    QVERIFY2(!leftBehind.isEmpty(), "no save was ever caught in the middle");
    QCOMPARE(folder.entryList({QStringLiteral("session-*.lock")}, QDir::Files).size(), 1);

    AutosaveStore next(m_dir->path());
    QVERIFY(next.isUsable());
    const QStringList remaining = folder.entryList(temporaryPattern, QDir::Files | QDir::Hidden);
    QVERIFY2(remaining.isEmpty(), qPrintable(remaining.join(QLatin1Char(' '))));
    const std::vector<RecoverableScenario> offered = next.recoverable();
    QCOMPARE(offered.size(), size_t(1));
    QStringList errors;
    const std::optional<Scenario> recovered = next.recover(offered.front(), &errors);
    QVERIFY2(recovered, qPrintable(errors.join(QLatin1Char('\n'))));
    QVERIFY(recovered->offices.size() == 5 || recovered->offices.size() > 100);
}

// A session killed before its first autosave leaves only its lock, which protects nothing: the next session
// removes it, and keeps a live session's lock.
void TestAutosaveStore::lockWithoutAutosaveIsRemoved()
{
    // The live session first: a session that starts cleans up, so it would remove the dead one's lock.
    QProcess live;
    QVERIFY(startChildSession(live, QStringLiteral("wait")));
    QProcess dead;
    QVERIFY(startChildSession(dead, QStringLiteral("lock only")));
    QVERIFY(dead.waitForFinished(60000));
    const QDir folder(m_dir->path());
    QCOMPARE(folder.entryList({QStringLiteral("session-*.lock")}, QDir::Files).size(), 2);

    AutosaveStore next(m_dir->path());
    const QString ownLock = QFileInfo(next.ownPath()).completeBaseName() + QStringLiteral(".lock");
    const QString liveLock = QStringLiteral("session-%1-").arg(live.processId());
    const QStringList locks = folder.entryList({QStringLiteral("session-*.lock")}, QDir::Files);
    QCOMPARE(locks.size(), 2);
    QVERIFY(locks.contains(ownLock));
    QVERIFY2(std::any_of(locks.begin(), locks.end(), [&](const QString &name) { return name.startsWith(liveLock); }),
             qPrintable(locks.join(QLatin1Char(' '))));
    live.kill();
    QVERIFY(live.waitForFinished(60000));
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(childDirectoryVariable))
        return runChildSession(argc, argv);
    QCoreApplication app(argc, argv);
    TestAutosaveStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_autosavestore.moc"
