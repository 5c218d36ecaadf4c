// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "app/fixturewindow.h"

QStringList FixtureWindow::texts() const
{
    return {tr("Translated"), tr("Only in English"), tr("Left unfinished")};
}
