// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include <QObject>

#include <memory>

class QAction;
class QWidget;

namespace sk {

class Atlas;
class PopulationModel;

// Where the people that coverage counts come from: the embedded model built from the atlas's tables (and its
// official boundaries once loaded), or a population layer the user opens (OGR points or polygons, or a CSV) with the
// field that holds the number of people.
class PopulationSource : public QObject
{
    Q_OBJECT

public:
    // `atlas` must outlive this object; dialogs open over `window`.
    PopulationSource(const Atlas &atlas, QWidget *window);

    std::shared_ptr<const PopulationModel> population() const { return m_population; }
    QAction *openAction() const { return m_openAction; }

public Q_SLOTS:
    // Asks for a file and its population field; a file that cannot be used is reported and changes nothing.
    void chooseFile();
    // The atlas's boundaries changed: the embedded model is built again (the dispersed one spreads each
    // municipality's rural people over its official polygon); a layer the user opened stays.
    void rebuildEmbedded();

Q_SIGNALS:
    void populationChanged();
    // A line for the status bar, shown for `timeout` milliseconds.
    void message(const QString &text, int timeout);

private:
    const Atlas &m_atlas;
    QWidget *m_window;
    std::shared_ptr<const PopulationModel> m_population;
    QAction *m_openAction;
};

} // namespace sk
