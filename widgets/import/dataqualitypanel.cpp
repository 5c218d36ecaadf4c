// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "dataqualitypanel.h"

#include "geodata/import/datachecks.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sk {

DataQualityPanel::DataQualityPanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Severity"), tr("Office"), tr("Finding")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_summary->setWordWrap(true);
    m_summary->setMargin(4);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    setAccessibleName(tr("Data quality"));
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(1, Qt::UserRole).toString();
        if (!id.isEmpty())
            Q_EMIT officeActivated(id);
    });
}

void DataQualityPanel::showFindings(const std::vector<DataCheckFinding> &findings)
{
    m_list->clear();
    const QStyle *style = QApplication::style();
    for (const DataCheckFinding &finding : findings) {
        auto *item = new QTreeWidgetItem(m_list);
        switch (finding.severity) {
        case FindingSeverity::Error:
            item->setIcon(0, style->standardIcon(QStyle::SP_MessageBoxCritical));
            item->setText(0, tr("Error"));
            break;
        case FindingSeverity::Warning:
            item->setIcon(0, style->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setText(0, tr("Warning"));
            break;
        case FindingSeverity::Info:
            item->setIcon(0, style->standardIcon(QStyle::SP_MessageBoxInformation));
            item->setText(0, tr("Note"));
            break;
        }
        item->setText(1, finding.officeId);
        item->setData(1, Qt::UserRole, finding.officeId);
        item->setText(2,
                      finding.location.isEmpty() ? finding.message
                                                 : QStringLiteral("%1: %2").arg(finding.location, finding.message));
        item->setToolTip(2, item->text(2));
    }
    m_summary->setText(tr("%1 errors, %2 warnings, %3 notes. Double-click a row to show the office.")
                               .arg(DataChecks::count(findings, FindingSeverity::Error))
                               .arg(DataChecks::count(findings, FindingSeverity::Warning))
                               .arg(DataChecks::count(findings, FindingSeverity::Info)));
}

int DataQualityPanel::rowCount() const
{
    return m_list->topLevelItemCount();
}

} // namespace sk
