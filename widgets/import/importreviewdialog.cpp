// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "importreviewdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sk {

namespace {

// "offices.csv, line 12: reason" or "offices.csv: reason" → file, where, reason.
QStringList splitMessage(const QString &message)
{
    static const QRegularExpression pattern(QStringLiteral("^([^,:]+)(?:, ([^:]+))?: (.*)$"),
                                            QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = pattern.match(message);
    if (!match.hasMatch())
        return {QString(), QString(), message};
    return {match.captured(1), match.captured(2), match.captured(3)};
}

} // namespace

ImportReviewDialog::ImportReviewDialog(const OfficeLoadResult &result, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Review the import"));
    const int valid = int(result.offices.size());
    auto *summary = new QLabel(tr("%n row(s) cannot be imported as they are.", nullptr, int(result.errors.size()))
                                       + QLatin1Char(' ') + tr("%n office(s) are valid.", nullptr, valid),
                               this);
    summary->setWordWrap(true);

    auto *table = new QTableWidget(int(result.errors.size() + result.warnings.size()), 4, this);
    table->setObjectName(QStringLiteral("problems"));
    table->setHorizontalHeaderLabels({tr("Kind"), tr("File"), tr("Where"), tr("Reason")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    int row = 0;
    const auto addRows = [&](const QStringList &messages, const QString &kind) {
        for (const QString &message : messages) {
            const QStringList parts = splitMessage(message);
            table->setItem(row, 0, new QTableWidgetItem(kind));
            for (int column = 0; column < 3; ++column)
                table->setItem(row, column + 1, new QTableWidgetItem(parts[column]));
            table->item(row, 3)->setToolTip(message);
            ++row;
        }
    };
    addRows(result.errors, tr("Problem"));
    addRows(result.warnings, tr("Note"));
    table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *importButton
            = buttons->addButton(tr("Import %n valid office(s)", nullptr, valid), QDialogButtonBox::AcceptRole);
    importButton->setObjectName(QStringLiteral("importButton"));
    importButton->setEnabled(valid > 0);
    buttons->addButton(QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(760, 420);
}

bool ImportReviewDialog::confirm(QWidget *parent, const OfficeLoadResult &result)
{
    if (result.errors.isEmpty() && result.warnings.isEmpty())
        return !result.offices.empty();
    ImportReviewDialog dialog(result, parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace sk
