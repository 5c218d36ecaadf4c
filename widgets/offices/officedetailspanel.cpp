// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "officedetailspanel.h"

#include "geodata/offices/officetext.h"
#include "geodata/offices/rollout.h"

#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QUrl>
#include <QVBoxLayout>

namespace sk {

namespace {

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:10px; color:palette(mid)'>%1</td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value);
}

QString sourceLink(const QString &url)
{
    const QUrl parsed(url);
    const QString host = parsed.host().isEmpty() ? url : parsed.host();
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), host.toHtmlEscaped());
}

} // namespace

OfficeDetailsPanel::OfficeDetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_body(new QLabel(this))
{
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setOpenExternalLinks(true);
    m_body->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_body->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_body->setMargin(8);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    setAccessibleName(tr("Office details"));
    showOffice(nullptr, {}, {});
}

void OfficeDetailsPanel::showOffice(const Office *office, const OfficeState &state, QDate date)
{
    if (!office) {
        m_body->setText(QStringLiteral("<p style='color:palette(mid)'>%1</p>")
                                .arg(tr("Click an office on the map, or search for one, to see its details here.")));
        return;
    }
    QString vulnerable;
    switch (office->vulnerableArea) {
    case VulnerableArea::Yes:
        vulnerable = tr("Yes, named as a target by the government or Statens servicecenter");
        break;
    case VulnerableArea::No:
        vulnerable = tr("No");
        break;
    case VulnerableArea::Unknown:
        vulnerable = tr("Not stated");
        break;
    }
    QString html = QStringLiteral("<h3 style='margin-bottom:2px'>%1</h3>").arg(office->name.toHtmlEscaped());
    html += QStringLiteral("<p style='margin-top:0'>%1</p>")
                    .arg(tr("%1, %2").arg(office->municipality, office->county).toHtmlEscaped());
    html += QStringLiteral("<table>");
    html += row(tr("Status on %1").arg(QLocale().toString(date, QLocale::ShortFormat)),
                QStringLiteral("<b>%1</b>").arg(OfficeText::state(state).toHtmlEscaped()));
    html += row(tr("Opening"), OfficeText::opening(*office).toHtmlEscaped());
    if (office->closed)
        html += row(tr("Closing"), OfficeText::partialDate(*office->closed).toHtmlEscaped());
    html += row(tr("Phase"),
                office->phase > 0 ? tr("Phase %1 (%2)").arg(office->phase).arg(Rollout::phaseYear(office->phase))
                                  : tr("Existing network"));
    html += row(tr("Locality"), office->locality.toHtmlEscaped());
    if (!office->address.isEmpty())
        html += row(tr("Address"), office->address.toHtmlEscaped());
    html += row(tr("Municipality code"), office->municipalityCode.toHtmlEscaped());
    html += row(tr("Socially vulnerable area"), vulnerable.toHtmlEscaped());
    html += row(tr("Position"),
                tr("%1 (%2 N, %3 E)")
                        .arg(office->coordPrecision == QLatin1String("district") ? tr("district centre, approximate")
                                                                                 : tr("town centre, approximate"))
                        .arg(office->coordinate.latitude(), 0, 'f', 4)
                        .arg(office->coordinate.longitude(), 0, 'f', 4)
                        .toHtmlEscaped());
    html += row(tr("Services"),
                tr("Försäkringskassan, Pensionsmyndigheten, Skatteverket; Arbetsförmedlingen "
                   "(services of the whole network, not confirmed per office)")
                        .toHtmlEscaped());
    html += QStringLiteral("</table>");
    if (office->isVerified()) {
        QStringList links;
        for (const QString &source : office->sources)
            links << sourceLink(source);
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Sources:"), links.join(QStringLiteral(" · ")));
    } else {
        html += QStringLiteral("<p style='color:#d55e00'><b>%1</b> %2</p>")
                        .arg(tr("Unverified."),
                             tr("No source was found for this office; the row rests on the compiler's background "
                                "knowledge only."));
    }
    m_body->setText(html);
}

QString OfficeDetailsPanel::text() const
{
    return m_body->text();
}

} // namespace sk
