// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "framesequenceexporter.h"

#include "geodata/atlas/atlas.h"
#include "widgets/export/exportlogging.h"
#include "widgets/export/mapexporter.h"
#include "widgets/scene/mapscenebuilder.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>

namespace sk {

namespace {

// The frame names and the pattern ffmpeg reads them by must agree.
constexpr int frameNumberDigits = 4;
const char *const ffmpegFramePattern = "frame-%04d.png";
constexpr int videoFramesPerSecond = 2;
constexpr int ffmpegTimeoutMs = 600000;

} // namespace

FrameSequenceExporter::FrameSequenceExporter(const Atlas &atlas, FrameRenderer renderFrame)
    : m_atlas(atlas)
    , m_renderFrame(std::move(renderFrame))
{ }

std::vector<QDate> FrameSequenceExporter::dates(QDate from, QDate to, TimelineSteps::Step step) const
{
    return TimelineSteps::dates(from, to, step, m_atlas.rollout().phaseBoundaries());
}

FrameSequenceExporter::Outcome FrameSequenceExporter::write(const std::vector<QDate> &dates, const QString &folder,
                                                            QString *error,
                                                            const std::function<bool(int)> &beforeFrame) const
{
    const QDir directory(folder);
    if (!directory.exists() && !QDir().mkpath(folder)) {
        *error = tr("%1: cannot create the folder").arg(folder);
        return Outcome::Failed;
    }
    for (size_t i = 0; i < dates.size(); ++i) {
        if (beforeFrame && !beforeFrame(int(i)))
            return Outcome::Cancelled;
        const QImage image = m_renderFrame(dates[i]);
        if (!MapExporter::saveImage(image, directory.filePath(frameFileName(int(i))), error))
            return Outcome::Failed;
    }
    return Outcome::Written;
}

QString FrameSequenceExporter::frameFileName(int index)
{
    return QStringLiteral("frame-%1.png").arg(index + 1, frameNumberDigits, 10, QLatin1Char('0'));
}

QString FrameSequenceExporter::videoFileName()
{
    return QStringLiteral("servicekarta.mp4");
}

QString FrameSequenceExporter::findFfmpeg()
{
    return QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
}

bool FrameSequenceExporter::makeVideo(const QString &ffmpeg, const QString &folder)
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.start(ffmpeg,
                  {QStringLiteral("-y"), QStringLiteral("-framerate"), QString::number(videoFramesPerSecond),
                   QStringLiteral("-i"), QString::fromLatin1(ffmpegFramePattern), QStringLiteral("-pix_fmt"),
                   QStringLiteral("yuv420p"), QStringLiteral("-vf"), QStringLiteral("pad=ceil(iw/2)*2:ceil(ih/2)*2"),
                   videoFileName()});
    const bool finished = process.waitForFinished(ffmpegTimeoutMs);
    if (finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return true;
    qCWarning(lcExport).noquote() << ffmpeg << "failed in" << folder << ":"
                                  << (finished ? QString::fromLocal8Bit(process.readAllStandardError()).right(2000)
                                               : process.errorString());
    return false;
}

} // namespace sk
