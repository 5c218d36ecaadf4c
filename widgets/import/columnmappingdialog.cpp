// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "columnmappingdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sk {

namespace {

bool isCoordinateField(OfficeField field)
{
    return field == OfficeField::Latitude || field == OfficeField::Longitude || field == OfficeField::Easting
            || field == OfficeField::Northing;
}

} // namespace

QString ColumnMappingDialog::comboName(OfficeField field)
{
    // Object names stay stable across translations: built from the enum, not the label.
    static const char *const keys[] = {"id",
                                       "name",
                                       "municipality",
                                       "municipality-code",
                                       "county",
                                       "locality",
                                       "address",
                                       "latitude",
                                       "longitude",
                                       "easting",
                                       "northing",
                                       "coord-precision",
                                       "status",
                                       "opened",
                                       "phase",
                                       "closed",
                                       "vulnerable-area",
                                       "source"};
    return QStringLiteral("column-%1").arg(QLatin1String(keys[static_cast<int>(field)]));
}

ColumnMappingDialog::ColumnMappingDialog(const ImportPreview &preview, QWidget *parent)
    : QDialog(parent)
    , m_coordinateSource(new QComboBox(this))
    , m_problems(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import offices from %1").arg(preview.fileName));

    auto *table = new QTableWidget(int(preview.rows.size()), int(preview.columns.size()), this);
    table->setObjectName(QStringLiteral("preview"));
    table->setHorizontalHeaderLabels(preview.columns);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < preview.rows.size(); ++row) {
        const QStringList &cells = preview.rows[row];
        for (int column = 0; column < cells.size() && column < preview.columns.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Enough rows to recognise the columns by their values, however tall the field list below is.
    const int shownRows = std::clamp(int(preview.rows.size()), 1, 6);
    table->setMinimumHeight(table->horizontalHeader()->sizeHint().height()
                            + shownRows * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth()
                            + table->horizontalScrollBar()->sizeHint().height());

    auto *summary = new QLabel(
            tr("%1 (%2), %n row(s)", nullptr, int(preview.featureCount)).arg(preview.fileName, preview.driverName),
            this);
    auto *layerNote = new QLabel(preview.layerNote, this);
    layerNote->setWordWrap(true);
    layerNote->setVisible(!preview.layerNote.isEmpty());

    m_coordinateSource->setObjectName(QStringLiteral("coordinateSource"));
    m_coordinateSource->addItem(tr("WGS 84 latitude and longitude (degrees)"),
                                int(CoordinateSource::LatitudeLongitude));
    m_coordinateSource->addItem(tr("SWEREF 99 TM easting and northing (metres)"),
                                int(CoordinateSource::EastingNorthing));
    if (preview.hasPointGeometry)
        m_coordinateSource->addItem(tr("The features' point geometry"), int(CoordinateSource::PointGeometry));
    m_coordinateSource->setCurrentIndex(m_coordinateSource->findData(int(preview.guessedMapping.coordinateSource())));

    auto *fieldsBox = new QGroupBox(tr("Columns"), this);
    auto *form = new QFormLayout(fieldsBox);
    form->addRow(tr("Positions from:"), m_coordinateSource);
    for (const OfficeField field : ColumnMapping::fields()) {
        auto *combo = new QComboBox(fieldsBox);
        combo->setObjectName(comboName(field));
        combo->addItem(tr("(none)"), QString());
        for (const QString &column : preview.columns)
            combo->addItem(column, column);
        const int current = combo->findData(preview.guessedMapping.column(field));
        combo->setCurrentIndex(current < 0 ? 0 : current);
        form->addRow(ColumnMapping::fieldLabel(field) + QLatin1Char(':'), combo);
        m_columns.insert(field, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &ColumnMappingDialog::updateState);
    }
    connect(m_coordinateSource, &QComboBox::currentIndexChanged, this, &ColumnMappingDialog::updateState);

    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setMaximumHeight(fontMetrics().height() * 5);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(layerNote);
    layout->addWidget(table, 1);
    layout->addWidget(fieldsBox);
    layout->addWidget(new QLabel(tr("Still to choose:"), this));
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    updateState();
}

ColumnMapping ColumnMappingDialog::mapping() const
{
    ColumnMapping mapping;
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it)
        mapping.setColumn(it.key(), it.value()->currentData().toString());
    mapping.setCoordinateSource(static_cast<CoordinateSource>(m_coordinateSource->currentData().toInt()));
    return mapping;
}

void ColumnMappingDialog::updateState()
{
    const auto source = static_cast<CoordinateSource>(m_coordinateSource->currentData().toInt());
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        if (!isCoordinateField(it.key()))
            continue;
        const bool latLon = it.key() == OfficeField::Latitude || it.key() == OfficeField::Longitude;
        it.value()->setEnabled(latLon ? source == CoordinateSource::LatitudeLongitude
                                      : source == CoordinateSource::EastingNorthing);
    }
    const QStringList problems = mapping().problems();
    m_problems->clear();
    m_problems->addItems(problems);
    if (problems.isEmpty())
        m_problems->addItem(tr("Nothing: the file can be imported."));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

} // namespace sk
