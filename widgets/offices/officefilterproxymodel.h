// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/offices/officefilter.h"
#include "widgets/offices/collatingsortproxymodel.h"

namespace sk {

// The office table sorted by the program's language and showing only the offices the filter lets through at the
// table's date (the source must be an OfficeTableModel).
class OfficeFilterProxyModel : public CollatingSortProxyModel
{
    Q_OBJECT

public:
    explicit OfficeFilterProxyModel(QObject *parent = nullptr);

    const OfficeFilter &filter() const { return m_filter; }
    void setFilter(const OfficeFilter &filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    OfficeFilter m_filter;
};

} // namespace sk
