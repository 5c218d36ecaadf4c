// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "officeeditdialog.h"

#include "geodata/offices/rollout.h"
#include "geodata/reference/referencedata.h"

#include <QCollator>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace sk {

namespace {

std::optional<PartialDate> parseOptionalDate(const QString &text, bool *ok, DateParseError *error = nullptr)
{
    *ok = true;
    if (text.trimmed().isEmpty())
        return std::nullopt;
    std::optional<PartialDate> date = PartialDate::parse(text.trimmed(), error);
    *ok = date.has_value();
    return date;
}

} // namespace

OfficeEditDialog::OfficeEditDialog(const Office &office, const ReferenceData &reference, QWidget *parent)
    : QDialog(parent)
    , m_original(office)
    , m_reference(reference)
{
    setWindowTitle(office.name.isEmpty() ? tr("New office") : tr("Edit office %1").arg(office.name));

    m_name = new QLineEdit(office.name, this);
    m_municipality = new QComboBox(this);
    std::vector<const Municipality *> municipalities;
    for (const Municipality &municipality : reference.municipalities())
        municipalities.push_back(&municipality);
    QCollator collator(QLocale(QLocale::Swedish, QLocale::Sweden));
    std::sort(municipalities.begin(), municipalities.end(),
              [&](const Municipality *a, const Municipality *b) { return collator.compare(a->name, b->name) < 0; });
    for (const Municipality *municipality : municipalities)
        m_municipality->addItem(QStringLiteral("%1 (%2)").arg(municipality->name, municipality->code),
                                municipality->code);
    m_municipality->setCurrentIndex(m_municipality->findData(office.municipalityCode));
    m_municipality->setEditable(true);
    m_municipality->setInsertPolicy(QComboBox::NoInsert);
    m_locality = new QLineEdit(office.locality, this);
    m_address = new QLineEdit(office.address, this);

    m_status = new QComboBox(this);
    m_status->addItem(tr("Open"), QVariant::fromValue(static_cast<int>(Status2021::Open)));
    m_status->addItem(tr("Being set up"), QVariant::fromValue(static_cast<int>(Status2021::Establishing)));
    m_status->addItem(tr("Planned"), QVariant::fromValue(static_cast<int>(Status2021::Planned)));
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(office.status2021)));
    m_phase = new QSpinBox(this);
    m_phase->setRange(0, 9);
    m_phase->setSpecialValueText(tr("none"));
    m_phase->setValue(office.phase);
    m_phase->setToolTip(tr("Phase N opens during the year %1 + N; phase %2 and later are rounds after the two ordered.")
                                .arg(Rollout::orderDate().year())
                                .arg(Rollout::laterPhase));
    m_opened = new QLineEdit(office.opened ? office.opened->toIsoString() : QString(), this);
    m_opened->setPlaceholderText(tr("YYYY, YYYY-MM, YYYY-MM-DD or an interval such as 2022/2023; empty: by its phase"));
    m_closed = new QLineEdit(office.closed ? office.closed->toIsoString() : QString(), this);
    m_closed->setPlaceholderText(tr("empty: still open"));
    m_vulnerable = new QComboBox(this);
    m_vulnerable->addItem(tr("Unknown"), static_cast<int>(VulnerableArea::Unknown));
    m_vulnerable->addItem(tr("Yes"), static_cast<int>(VulnerableArea::Yes));
    m_vulnerable->addItem(tr("No"), static_cast<int>(VulnerableArea::No));
    m_vulnerable->setCurrentIndex(m_vulnerable->findData(static_cast<int>(office.vulnerableArea)));
    m_sources = new QLineEdit(office.sources.join(QLatin1Char(' ')), this);
    m_sources->setPlaceholderText(tr("addresses of sources, separated by spaces"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Municipality:"), m_municipality);
    form->addRow(tr("&Locality:"), m_locality);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Status on 25 May 2021:"), m_status);
    form->addRow(tr("&Phase:"), m_phase);
    form->addRow(tr("&Opened:"), m_opened);
    form->addRow(tr("&Closed:"), m_closed);
    form->addRow(tr("In or next to a socially &vulnerable area:"), m_vulnerable);
    form->addRow(tr("So&urces:"), m_sources);
    const QString position = QStringLiteral("%1, %2").arg(QLocale().toString(office.coordinate.latitude(), 'f', 5),
                                                          QLocale().toString(office.coordinate.longitude(), 'f', 5));
    form->addRow(tr("Position:"), new QLabel(tr("%1 (drag the office on the map to move it)").arg(position), this));

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x3c));
    m_problem->setPalette(warning);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_name, m_locality, m_address, m_opened, m_closed, m_sources})
        connect(edit, &QLineEdit::textChanged, this, &OfficeEditDialog::validate);
    for (QComboBox *combo : {m_municipality, m_status, m_vulnerable})
        connect(combo, &QComboBox::currentIndexChanged, this, &OfficeEditDialog::validate);
    connect(m_municipality, &QComboBox::currentTextChanged, this, &OfficeEditDialog::validate);
    connect(m_phase, &QSpinBox::valueChanged, this, &OfficeEditDialog::validate);
    validate();
}

Office OfficeEditDialog::office() const
{
    Office result = m_original;
    result.name = m_name->text().trimmed();
    result.municipalityCode = m_municipality->currentData().toString();
    if (const Municipality *municipality = m_reference.municipality(result.municipalityCode)) {
        result.municipality = municipality->name;
        result.county = municipality->county;
    }
    result.locality = m_locality->text().trimmed();
    result.address = m_address->text().trimmed();
    result.status2021 = static_cast<Status2021>(m_status->currentData().toInt());
    result.phase = m_phase->value();
    bool ok = true;
    result.opened = parseOptionalDate(m_opened->text(), &ok);
    result.closed = parseOptionalDate(m_closed->text(), &ok);
    result.vulnerableArea = static_cast<VulnerableArea>(m_vulnerable->currentData().toInt());
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    result.sources = m_sources->text().split(whitespace, Qt::SkipEmptyParts);
    return result;
}

QString OfficeEditDialog::problem() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("The office needs a name.");
    if (m_municipality->currentIndex() < 0
        || m_municipality->currentText() != m_municipality->itemText(m_municipality->currentIndex()))
        return tr("Choose a municipality from the list.");
    bool openedOk = true;
    bool closedOk = true;
    DateParseError openedError;
    DateParseError closedError;
    const std::optional<PartialDate> opened = parseOptionalDate(m_opened->text(), &openedOk, &openedError);
    const std::optional<PartialDate> closed = parseOptionalDate(m_closed->text(), &closedOk, &closedError);
    if (!openedOk)
        return tr("Opened '%1' is not a date: %2.").arg(m_opened->text().trimmed(), openedError.message);
    if (!closedOk)
        return tr("Closed '%1' is not a date: %2.").arg(m_closed->text().trimmed(), closedError.message);
    if (opened && closed && closed->last().isValid() && opened->first().isValid() && closed->last() < opened->first())
        return tr("The office cannot close before it opens.");
    if (static_cast<Status2021>(m_status->currentData().toInt()) == Status2021::Planned && m_phase->value() == 0)
        return tr("A planned office needs a phase of 1 or more.");
    return {};
}

void OfficeEditDialog::validate()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace sk
