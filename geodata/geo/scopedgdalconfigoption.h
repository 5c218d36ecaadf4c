// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include <QByteArray>

#include <optional>

namespace sk {

// Sets a GDAL configuration option on this thread for a scope and restores what was there before. A null value
// leaves the option alone.
class ScopedGdalConfigOption
{
public:
    ScopedGdalConfigOption(const char *key, const char *value);
    ~ScopedGdalConfigOption();
    ScopedGdalConfigOption(const ScopedGdalConfigOption &) = delete;
    ScopedGdalConfigOption &operator=(const ScopedGdalConfigOption &) = delete;

private:
    QByteArray m_key;
    bool m_set = false;
    std::optional<QByteArray> m_previous;
};

} // namespace sk
