// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "exportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>

namespace sk {

ExportDialog::ExportDialog(const QSize &viewSize, const QString &suggestedPath, QWidget *parent)
    : QDialog(parent)
    , m_format(new QComboBox(this))
    , m_path(new QLineEdit(suggestedPath, this))
    , m_options(new QStackedWidget(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_ratio(new QComboBox(this))
    , m_page(new QComboBox(this))
    , m_orientation(new QComboBox(this))
    , m_title(new QLineEdit(this))
{
    setWindowTitle(tr("Export map"));
    m_format->addItem(tr("PNG image"), int(Format::Png));
    m_format->addItem(tr("PDF document (vector)"), int(Format::Pdf));
    m_format->addItem(tr("SVG drawing (vector)"), int(Format::Svg));

    auto *browseButton = new QPushButton(tr("Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);

    auto *imagePage = new QWidget(this);
    auto *imageForm = new QFormLayout(imagePage);
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(64, 16384);
        box->setSuffix(tr(" px"));
    }
    m_width->setValue(viewSize.width());
    m_height->setValue(viewSize.height());
    m_ratio->addItem(QStringLiteral("1×"), 1.0);
    m_ratio->addItem(QStringLiteral("2×"), 2.0);
    m_ratio->addItem(QStringLiteral("3×"), 3.0);
    imageForm->addRow(tr("Width:"), m_width);
    imageForm->addRow(tr("Height:"), m_height);
    imageForm->addRow(tr("Pixel ratio:"), m_ratio);

    auto *pdfPage = new QWidget(this);
    auto *pdfForm = new QFormLayout(pdfPage);
    m_page->addItem(QStringLiteral("A4"), int(QPageSize::A4));
    m_page->addItem(QStringLiteral("A3"), int(QPageSize::A3));
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    pdfForm->addRow(tr("Page:"), m_page);
    pdfForm->addRow(tr("Orientation:"), m_orientation);

    m_options->addWidget(imagePage);
    m_options->addWidget(pdfPage);
    m_options->addWidget(new QWidget(this));

    m_title->setPlaceholderText(tr("optional, drawn above the date"));
    auto *form = new QFormLayout;
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("File:"), pathRow);
    form->addRow(tr("Title:"), m_title);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_options);
    layout->addWidget(buttons);

    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, [this, buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    formatChanged();
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

ExportDialog::Format ExportDialog::format() const
{
    return Format(m_format->currentData().toInt());
}

QSize ExportDialog::imageSize() const
{
    return QSize(m_width->value(), m_height->value());
}

double ExportDialog::pixelRatio() const
{
    return m_ratio->currentData().toDouble();
}

QPageSize::PageSizeId ExportDialog::pageSize() const
{
    return QPageSize::PageSizeId(m_page->currentData().toInt());
}

QPageLayout::Orientation ExportDialog::orientation() const
{
    return QPageLayout::Orientation(m_orientation->currentData().toInt());
}

QString ExportDialog::title() const
{
    return m_title->text().trimmed();
}

void ExportDialog::formatChanged()
{
    static const QStringList suffixes{QStringLiteral("png"), QStringLiteral("pdf"), QStringLiteral("svg")};
    const int index = m_format->currentIndex();
    m_options->setCurrentIndex(index);
    const QFileInfo info(path());
    if (!path().isEmpty())
        m_path->setText(info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + suffixes[index]));
}

void ExportDialog::browse()
{
    static const QStringList filters{tr("PNG image (*.png)"), tr("PDF document (*.pdf)"), tr("SVG drawing (*.svg)")};
    const QString chosen
            = QFileDialog::getSaveFileName(this, tr("Export map"), path(), filters[m_format->currentIndex()]);
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

} // namespace sk
