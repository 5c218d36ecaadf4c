// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

// Runs lupdate on the sources into a temporary .ts and compares it with the shipped translations: every message of
// the sources must be in each shipped file with a finished, non-empty translation (every plural form filled in).
// Usage: checktranslations LUPDATE SOURCE_ROOT TS_FILE...; lupdate scans SOURCE_ROOT's geodata/, widgets/ and app/.
// Exit code 0 when complete, 1 with one line per problem, 2 when lupdate or a file cannot be used.

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QXmlStreamReader>

#include <algorithm>
#include <optional>
#include <vector>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    QString translationType; // "unfinished", "vanished", "obsolete" or empty when finished
    QStringList forms; // the translation, or its plural forms
    bool numerus = false;

    QString key() const { return context + QChar(0x1f) + source + QChar(0x1f) + comment; }
    QString describe() const
    {
        return QStringLiteral("%1 \"%2\"%3")
                .arg(context, source, comment.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(comment));
    }
};

std::optional<std::vector<Message>> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    std::vector<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message{context, {}, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes"};
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.translationType = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.forms << xml.readElementText();
            } else {
                message.forms << xml.readElementText();
            }
            messages.push_back(message);
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1:%2: not a readable .ts file: %3")
                         .arg(path)
                         .arg(xml.lineNumber())
                         .arg(xml.errorString());
        return std::nullopt;
    }
    return messages;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QTextStream out(stdout);
    const QStringList arguments = application.arguments().mid(1);
    if (arguments.size() < 3) {
        out << "usage: checktranslations LUPDATE SOURCE_ROOT TS_FILE...\n";
        return 2;
    }
    const QString lupdate = arguments.at(0);
    const QDir root(arguments.at(1));
    const QStringList shippedFiles = arguments.mid(2);

    QStringList folders;
    for (const char *folder : {"geodata", "widgets", "app"}) {
        if (root.exists(QLatin1String(folder)))
            folders << QLatin1String(folder);
    }
    QTemporaryDir temporary;
    if (!temporary.isValid()) {
        out << "cannot make a temporary directory: " << temporary.errorString() << '\n';
        return 2;
    }
    const QString scanned = temporary.filePath(QStringLiteral("sources.ts"));
    QProcess process;
    process.setWorkingDirectory(root.absolutePath());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(lupdate,
                  QStringList{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                              QStringLiteral("-I"), root.absolutePath(), QStringLiteral("-recursive")}
                          + folders + QStringList{QStringLiteral("-ts"), scanned});
    if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        out << lupdate << " failed: " << process.errorString() << '\n' << process.readAll();
        return 2;
    }
    // lupdate's warnings (e.g. a tr() whose class it cannot resolve) put messages in a context the program never
    // looks up, so they count as problems too.
    QStringList problems;
    for (const QString &line : QString::fromLocal8Bit(process.readAll()).split(QLatin1Char('\n'))) {
        if (line.contains(QLatin1String("warning"), Qt::CaseInsensitive)
            || line.contains(QLatin1String("Qualifying with unknown"))
            || line.contains(QLatin1String("Cannot invoke tr()")))
            problems << QStringLiteral("lupdate: %1").arg(line.trimmed());
    }

    QString error;
    const std::optional<std::vector<Message>> sources = readTs(scanned, &error);
    if (!sources) {
        out << error << '\n';
        return 2;
    }
    for (const QString &shippedFile : shippedFiles) {
        const std::optional<std::vector<Message>> shipped = readTs(shippedFile, &error);
        if (!shipped) {
            out << error << '\n';
            return 2;
        }
        const QString name = QFileInfo(shippedFile).fileName();
        QHash<QString, const Message *> byKey;
        for (const Message &message : *shipped)
            byKey.insert(message.key(), &message);
        for (const Message &source : *sources) {
            const Message *translated = byKey.value(source.key());
            if (!translated) {
                problems << QStringLiteral("%1: missing %2").arg(name, source.describe());
                continue;
            }
            const bool empty = translated->forms.isEmpty()
                    || std::any_of(translated->forms.cbegin(), translated->forms.cend(),
                                   [](const QString &form) { return form.trimmed().isEmpty(); });
            if (!translated->translationType.isEmpty() || empty)
                problems << QStringLiteral("%1: %2 %3")
                                    .arg(name, empty ? QStringLiteral("empty") : translated->translationType,
                                         source.describe());
        }
    }
    for (const QString &problem : problems)
        out << problem << '\n';
    if (!problems.isEmpty()) {
        out << problems.size()
            << " translation problem(s). Update the .ts files (cmake --build build --target update_translations) and "
            << "translate every message.\n";
        return 1;
    }
    out << sources->size() << " messages, each translated in " << shippedFiles.size() << " file(s)\n";
    return 0;
}
