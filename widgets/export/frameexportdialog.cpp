// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "frameexportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace sk {

FrameExportDialog::FrameExportDialog(QDate first, QDate last, const QSize &frameSize, bool ffmpegAvailable,
                                     QWidget *parent)
    : QDialog(parent)
    , m_folder(new QLineEdit(QDir::home().filePath(QStringLiteral("servicekarta-frames")), this))
    , m_from(new QDateEdit(first, this))
    , m_to(new QDateEdit(last, this))
    , m_step(new QComboBox(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_video(new QCheckBox(tr("Also make an MP4 video with ffmpeg"), this))
{
    setWindowTitle(tr("Export frame sequence"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setDateRange(first, last);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_step->addItem(tr("One frame per month"), false);
    m_step->addItem(tr("One frame per phase boundary"), true);
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(64, 8192);
        box->setSuffix(tr(" px"));
    }
    m_width->setValue(frameSize.width());
    m_height->setValue(frameSize.height());
    m_video->setEnabled(ffmpegAvailable);
    if (!ffmpegAvailable)
        m_video->setToolTip(tr("ffmpeg is not installed; the PNG frames can be made into a video elsewhere."));

    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Folder:"), folderRow);
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("To:"), m_to);
    form->addRow(tr("Step:"), m_step);
    form->addRow(tr("Width:"), m_width);
    form->addRow(tr("Height:"), m_height);
    form->addRow(QString(), m_video);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("Folder for the frames"), folder());
        if (!chosen.isEmpty())
            m_folder->setText(chosen);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString FrameExportDialog::folder() const
{
    return m_folder->text().trimmed();
}

QDate FrameExportDialog::from() const
{
    return std::min(m_from->date(), m_to->date());
}

QDate FrameExportDialog::to() const
{
    return std::max(m_from->date(), m_to->date());
}

bool FrameExportDialog::byPhase() const
{
    return m_step->currentData().toBool();
}

QSize FrameExportDialog::frameSize() const
{
    return QSize(m_width->value(), m_height->value());
}

bool FrameExportDialog::makeVideo() const
{
    return m_video->isEnabled() && m_video->isChecked();
}

} // namespace sk
