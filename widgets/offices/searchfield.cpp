// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "searchfield.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>

namespace sk {

SearchField::SearchField(QWidget *parent)
    : QLineEdit(parent)
    , m_model(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_model, this))
{
    setPlaceholderText(tr("Search office or municipality…"));
    setClearButtonEnabled(true);
    setAccessibleName(tr("Search"));
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(this);
    connect(this, &QLineEdit::textEdited, this, &SearchField::refreshSuggestions);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) { choose(index.row()); });
    connect(this, &QLineEdit::returnPressed, this, [this] {
        if (m_suggestions.empty())
            refreshSuggestions(text());
        if (!m_suggestions.empty())
            choose(0);
    });
}

void SearchField::setIndex(const SearchIndex *index)
{
    m_index = index;
    m_suggestions.clear();
    m_model->clear();
}

void SearchField::refreshSuggestions(const QString &text)
{
    m_model->clear();
    m_suggestions = m_index ? m_index->find(text, 12) : std::vector<SearchIndex::Entry>{};
    for (const SearchIndex::Entry &entry : m_suggestions)
        m_model->appendRow(new QStandardItem(QStringLiteral("%1 — %2").arg(entry.label, entry.detail)));
    if (m_suggestions.empty())
        m_completer->popup()->hide();
    else
        m_completer->complete();
}

void SearchField::choose(int suggestion)
{
    if (suggestion < 0 || static_cast<size_t>(suggestion) >= m_suggestions.size())
        return;
    const SearchIndex::Entry entry = m_suggestions[static_cast<size_t>(suggestion)];
    setText(entry.label);
    m_completer->popup()->hide();
    Q_EMIT entryChosen(entry);
}

} // namespace sk
