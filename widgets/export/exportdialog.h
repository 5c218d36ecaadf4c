// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include <QDialog>
#include <QPageLayout>
#include <QPageSize>

class QComboBox;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace sk {

// Asks where and how to export the current view: PNG (any size and pixel ratio), PDF (A4/A3, portrait or
// landscape) or SVG, with an optional title drawn on the map.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Format { Png, Pdf, Svg };

    ExportDialog(const QSize &viewSize, const QString &suggestedPath, QWidget *parent = nullptr);

    QString path() const;
    Format format() const;
    QSize imageSize() const;
    double pixelRatio() const;
    QPageSize::PageSizeId pageSize() const;
    QPageLayout::Orientation orientation() const;
    QString title() const;

private:
    void browse();
    void formatChanged();

    QComboBox *m_format;
    QLineEdit *m_path;
    QStackedWidget *m_options;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QComboBox *m_ratio;
    QComboBox *m_page;
    QComboBox *m_orientation;
    QLineEdit *m_title;
};

} // namespace sk
