// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "officefilterpanel.h"

#include "geodata/offices/officetext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

#include <set>

namespace sk {

OfficeFilterPanel::OfficeFilterPanel(QWidget *parent)
    : QWidget(parent)
    , m_phaseGroup(new QWidget(this))
    , m_county(new QComboBox(this))
    , m_vulnerable(new QComboBox(this))
    , m_verified(new QComboBox(this))
    , m_clear(new QPushButton(tr("Show all offices"), this))
{
    auto *layout = new QVBoxLayout(this);
    auto *statusGroup = new QGroupBox(tr("Status at the date"), this);
    auto *statusLayout = new QVBoxLayout(statusGroup);
    statusLayout->setSpacing(2);
    for (OfficeStatus status : shownStatuses) {
        auto *box = new QCheckBox(OfficeText::statusLabel(status), statusGroup);
        statusLayout->addWidget(box);
        m_statusBoxes[status] = box;
        connect(box, &QCheckBox::toggled, this, &OfficeFilterPanel::readControls);
    }
    layout->addWidget(statusGroup);
    auto *phaseGroup = new QGroupBox(tr("Phase"), this);
    auto *phaseLayout = new QVBoxLayout(phaseGroup);
    phaseLayout->setContentsMargins(0, 0, 0, 0);
    phaseLayout->addWidget(m_phaseGroup);
    new QHBoxLayout(m_phaseGroup);
    layout->addWidget(phaseGroup);

    auto *form = new QFormLayout;
    m_county->addItem(tr("All counties"));
    form->addRow(tr("County:"), m_county);
    m_vulnerable->addItem(tr("All offices"));
    m_vulnerable->addItem(tr("In or next to one"), true);
    m_vulnerable->addItem(tr("Not in one"), false);
    form->addRow(tr("Socially vulnerable area:"), m_vulnerable);
    m_verified->addItem(tr("All offices"));
    m_verified->addItem(tr("Verified by a source"), true);
    m_verified->addItem(tr("Unverified"), false);
    form->addRow(tr("Sources:"), m_verified);
    layout->addLayout(form);
    layout->addWidget(m_clear, 0, Qt::AlignLeft);
    layout->addStretch(1);
    for (QComboBox *combo : {m_county, m_vulnerable, m_verified})
        connect(combo, &QComboBox::currentIndexChanged, this, &OfficeFilterPanel::readControls);
    connect(m_clear, &QPushButton::clicked, this, [this] { setFilter({}); });
    m_clear->setEnabled(false);
}

void OfficeFilterPanel::setChoices(const ReferenceData &reference, const std::vector<Office> &offices)
{
    m_updating = true;
    const QString county = m_county->currentData().toString();
    while (m_county->count() > 1)
        m_county->removeItem(1);
    std::map<QString, QString> counties;
    for (const Municipality &municipality : reference.municipalities())
        counties.emplace(municipality.countyCode, municipality.county);
    for (const auto &[code, name] : counties)
        m_county->addItem(QStringLiteral("%1 (%2)").arg(name, code), code);
    m_county->setCurrentIndex(std::max(0, m_county->findData(county)));

    std::set<int> phases;
    for (const Office &office : offices)
        phases.insert(office.phase);
    for (auto &[phase, box] : m_phaseBoxes)
        delete box;
    m_phaseBoxes.clear();
    for (int phase : phases) {
        auto *box = new QCheckBox(phase == 0 ? tr("Before the expansion") : tr("Phase %1").arg(phase), m_phaseGroup);
        box->setChecked(m_filter.phases.contains(phase));
        m_phaseGroup->layout()->addWidget(box);
        m_phaseBoxes[phase] = box;
        connect(box, &QCheckBox::toggled, this, &OfficeFilterPanel::readControls);
    }
    m_updating = false;
    readControls();
}

void OfficeFilterPanel::setFilter(const OfficeFilter &filter)
{
    m_updating = true;
    for (auto &[status, box] : m_statusBoxes)
        box->setChecked(filter.statuses.contains(status));
    for (auto &[phase, box] : m_phaseBoxes)
        box->setChecked(filter.phases.contains(phase));
    m_county->setCurrentIndex(
            filter.countyCodes.empty() ? 0 : std::max(0, m_county->findData(*filter.countyCodes.begin())));
    const auto choose = [](QComboBox *combo, const std::optional<bool> &value) {
        combo->setCurrentIndex(value ? combo->findData(*value) : 0);
    };
    choose(m_vulnerable, filter.vulnerableArea);
    choose(m_verified, filter.verified);
    m_updating = false;
    readControls();
}

void OfficeFilterPanel::readControls()
{
    if (m_updating)
        return;
    OfficeFilter filter;
    for (const auto &[status, box] : m_statusBoxes) {
        if (box->isChecked())
            filter.statuses.insert(status);
    }
    for (const auto &[phase, box] : m_phaseBoxes) {
        if (box->isChecked())
            filter.phases.insert(phase);
    }
    if (m_county->currentIndex() > 0)
        filter.countyCodes.insert(m_county->currentData().toString());
    if (m_vulnerable->currentIndex() > 0)
        filter.vulnerableArea = m_vulnerable->currentData().toBool();
    if (m_verified->currentIndex() > 0)
        filter.verified = m_verified->currentData().toBool();
    m_clear->setEnabled(filter.isActive());
    if (filter == m_filter)
        return;
    m_filter = filter;
    Q_EMIT filterChanged(m_filter);
}

} // namespace sk
