// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include <QDate>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;

namespace sk {

// Asks for a frame sequence of the timeline: folder, date range, step, frame size, and an optional MP4 made from
// the frames when ffmpeg is installed (never required).
class FrameExportDialog : public QDialog
{
    Q_OBJECT

public:
    FrameExportDialog(QDate first, QDate last, const QSize &frameSize, bool ffmpegAvailable, QWidget *parent = nullptr);

    QString folder() const;
    QDate from() const;
    QDate to() const;
    bool byPhase() const;
    QSize frameSize() const;
    bool makeVideo() const;

private:
    QLineEdit *m_folder;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_step;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QCheckBox *m_video;
};

} // namespace sk
