// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace sk {

// Sorts text by the rules of the program's language (QLocale default): in Swedish Å, Ä and Ö come after Z.
// QSortFilterProxyModel's own locale-aware sort follows the system locale instead.
class CollatingSortProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CollatingSortProxyModel(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QCollator m_collator;
};

} // namespace sk
