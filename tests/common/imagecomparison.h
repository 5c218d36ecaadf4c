// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include <QImage>
#include <QString>

#include <cstdlib>

// Image comparison with a colour tolerance and an allowed share of mismatched pixels (as QGIS's render checker
// does), for golden-image tests and for "export equals screen" checks.
struct ImageComparison
{
    qsizetype mismatched = 0;
    qsizetype total = 0;
    QString problem;

    double mismatchedShare() const { return total ? double(mismatched) / double(total) : 1.0; }

    static ImageComparison compare(const QImage &actual, const QImage &expected, int colourTolerance)
    {
        ImageComparison result;
        if (actual.size() != expected.size()) {
            result.problem = QStringLiteral("size %1x%2 differs from expected %3x%4")
                                     .arg(actual.width())
                                     .arg(actual.height())
                                     .arg(expected.width())
                                     .arg(expected.height());
            return result;
        }
        const QImage a = actual.convertToFormat(QImage::Format_ARGB32);
        const QImage b = expected.convertToFormat(QImage::Format_ARGB32);
        result.total = qsizetype(a.width()) * a.height();
        for (int y = 0; y < a.height(); ++y) {
            const auto *rowA = reinterpret_cast<const QRgb *>(a.constScanLine(y));
            const auto *rowB = reinterpret_cast<const QRgb *>(b.constScanLine(y));
            for (int x = 0; x < a.width(); ++x) {
                const QRgb p = rowA[x];
                const QRgb q = rowB[x];
                if (std::abs(qRed(p) - qRed(q)) > colourTolerance || std::abs(qGreen(p) - qGreen(q)) > colourTolerance
                    || std::abs(qBlue(p) - qBlue(q)) > colourTolerance
                    || std::abs(qAlpha(p) - qAlpha(q)) > colourTolerance)
                    ++result.mismatched;
            }
        }
        return result;
    }
};
