// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "municipalitypanel.h"

#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

namespace sk {

namespace {

QString longDate(QDate date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

} // namespace

MunicipalityPanel::MunicipalityPanel(QWidget *parent)
    : QWidget(parent)
    , m_body(new QLabel(this))
{
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_body->setMargin(8);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    m_body->setText(tr("Click a municipality on the map to see its offices and the nearest open office."));
}

void MunicipalityPanel::setAtlas(const Atlas *atlas)
{
    m_atlas = atlas;
    refresh();
}

void MunicipalityPanel::setDate(QDate date)
{
    if (date == m_date)
        return;
    m_date = date;
    refresh();
}

void MunicipalityPanel::showMunicipality(const QString &code)
{
    m_code = code;
    refresh();
}

QString MunicipalityPanel::text() const
{
    QTextDocument document;
    document.setHtml(m_body->text());
    return document.toPlainText();
}

void MunicipalityPanel::refresh()
{
    if (!m_atlas || m_code.isEmpty() || !m_date.isValid())
        return;
    const std::optional<MunicipalityProfile> profile
            = MunicipalityProfile::build(m_atlas->rollout(), m_atlas->reference(), m_code, m_date);
    m_body->setText(profile ? html(*profile) : tr("Unknown municipality code %1").arg(m_code.toHtmlEscaped()));
}

QString MunicipalityPanel::html(const MunicipalityProfile &profile)
{
    const QLocale locale;
    const Municipality &m = profile.municipality;
    QString html = QStringLiteral("<h3>%1</h3>").arg(m.name.toHtmlEscaped());
    html += QStringLiteral("<p>%1<br>%2<br>%3</p>")
                    .arg(tr("%1 · municipality code %2").arg(m.county.toHtmlEscaped(), m.code),
                         tr("FA region: %1 (%2)").arg(m.faRegionName.toHtmlEscaped(), m.faRegion),
                         tr("Population: %1 (SCB, 31 December 2020)").arg(locale.toString(m.population)));
    html += QStringLiteral("<p><b>%1</b><br>").arg(tr("On %1").arg(longDate(profile.date)).toHtmlEscaped());
    if (profile.openOffices.empty()) {
        html += tr("No office open in the municipality.");
    } else {
        html += tr("%n office(s) open in the municipality:", nullptr, int(profile.openOffices.size()));
        html += QStringLiteral("<ul style=\"margin-top:0\">");
        for (const Office &office : profile.openOffices)
            html += QStringLiteral("<li>%1</li>").arg(office.name.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (profile.nearestOpenOffice) {
        const MunicipalityProfile::NearestOffice &nearest = *profile.nearestOpenOffice;
        html += QStringLiteral("<br>")
                + tr("Nearest open office: <b>%1</b> (%2), %3 km straight-line distance from %4")
                          .arg(nearest.office.name.toHtmlEscaped(), nearest.office.municipality.toHtmlEscaped(),
                               locale.toString(nearest.distanceKm, 'f', nearest.distanceKm < 10 ? 1 : 0),
                               m.seat.toHtmlEscaped());
    } else {
        html += QStringLiteral("<br>") + tr("No office is open anywhere on this date.");
    }
    html += QStringLiteral("</p><p><b>%1</b><br>").arg(tr("On the timeline").toHtmlEscaped());
    QStringList lines;
    if (profile.hadOfficeAtTimelineStart)
        lines << tr("Had an office when Statens servicecenter took over (June 2019).");
    const std::vector<MunicipalityProfile::Event> &events = profile.events;
    using Kind = MunicipalityProfile::Event::Kind;
    for (size_t i = 0; i < events.size(); ++i) {
        const QString date = longDate(events[i].date);
        const QString name = events[i].officeName.toHtmlEscaped();
        // The municipality's first or last office is said with the office that made it so, on the same line.
        const bool first = std::any_of(events.begin(), events.end(), [&](const MunicipalityProfile::Event &e) {
            return e.kind == Kind::FirstOfficeOpened && e.date == events[i].date;
        });
        const bool last = std::any_of(events.begin(), events.end(), [&](const MunicipalityProfile::Event &e) {
            return e.kind == Kind::LastOfficeClosed && e.date == events[i].date;
        });
        switch (events[i].kind) {
        case Kind::OfficeOpened:
            lines << (first ? tr("%1: %2 opened, the municipality's first office") : tr("%1: %2 opened"))
                             .arg(date, name);
            break;
        case Kind::OfficeClosed:
            lines << (last ? tr("%1: %2 closed, the municipality's last office") : tr("%1: %2 closed")).arg(date, name);
            break;
        case Kind::FirstOfficeOpened:
        case Kind::LastOfficeClosed:
            break;
        }
    }
    if (lines.isEmpty())
        lines << tr("No office in the municipality at any date of the timeline.");
    html += lines.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
    return html;
}

} // namespace sk
