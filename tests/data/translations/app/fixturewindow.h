// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

// A fixture for the translation check (never compiled): one string translated, one missing from the .ts file and
// one left unfinished, so tests/translations/checktranslations must report the last two.
#include <QObject>

class FixtureWindow : public QObject
{
    Q_OBJECT

public:
    QStringList texts() const;
};
