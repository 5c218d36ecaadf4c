// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/offices/searchindex.h"

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;

namespace sk {

// A search box over offices and municipalities; typing offers matches (å/ä/ö and case do not matter), choosing
// one or pressing Enter emits the best match.
class SearchField : public QLineEdit
{
    Q_OBJECT

public:
    explicit SearchField(QWidget *parent = nullptr);

    void setIndex(const SearchIndex *index);

Q_SIGNALS:
    void entryChosen(const sk::SearchIndex::Entry &entry);

private:
    void refreshSuggestions(const QString &text);
    void choose(int suggestion);

    const SearchIndex *m_index = nullptr;
    std::vector<SearchIndex::Entry> m_suggestions;
    QStandardItemModel *m_model;
    QCompleter *m_completer;
};

} // namespace sk
