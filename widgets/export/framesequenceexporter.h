// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/offices/timelinesteps.h"

#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QString>

#include <functional>
#include <vector>

namespace sk {

class Atlas;

// A stretch of the timeline as numbered PNG frames in one folder (frame-0001.png, frame-0002.png, …), and an MP4
// made from them by ffmpeg when it is installed. The window and the command line both export through it.
class FrameSequenceExporter
{
    Q_DECLARE_TR_FUNCTIONS(sk::FrameSequenceExporter)

public:
    enum class Outcome { Written, Cancelled, Failed };

    // The picture of one date: the window lays it out like its map, the command line like a 1920×1080 frame.
    using FrameRenderer = std::function<QImage(QDate)>;

    // Frames of `atlas` (which must outlive the exporter) as `renderFrame` draws them.
    FrameSequenceExporter(const Atlas &atlas, FrameRenderer renderFrame);

    // The frame dates from `from` to `to`, both included, by month ends or by phase boundaries of the rollout.
    std::vector<QDate> dates(QDate from, QDate to, TimelineSteps::Step step) const;
    // Renders one frame per date into `folder`, creating it when missing. `beforeFrame(index)` is called before each
    // frame and stops the export by returning false. On failure *error names the folder or the file.
    Outcome write(const std::vector<QDate> &dates, const QString &folder, QString *error,
                  const std::function<bool(int)> &beforeFrame = {}) const;

    static QString frameFileName(int index);
    static QString videoFileName();
    // The ffmpeg on the PATH; empty when there is none.
    static QString findFfmpeg();
    // Joins the frames in `folder` into videoFileName() at two frames a second; false when ffmpeg fails.
    static bool makeVideo(const QString &ffmpeg, const QString &folder);

private:
    const Atlas &m_atlas;
    FrameRenderer m_renderFrame;
};

} // namespace sk
