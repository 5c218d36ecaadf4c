// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "scopedgdalconfigoption.h"

#include <cpl_conv.h>

namespace sk {

ScopedGdalConfigOption::ScopedGdalConfigOption(const char *key, const char *value)
    : m_key(key)
{
    if (!value)
        return;
    if (const char *previous = CPLGetThreadLocalConfigOption(key, nullptr))
        m_previous = QByteArray(previous);
    CPLSetThreadLocalConfigOption(key, value);
    m_set = true;
}

ScopedGdalConfigOption::~ScopedGdalConfigOption()
{
    if (m_set)
        CPLSetThreadLocalConfigOption(m_key.constData(), m_previous ? m_previous->constData() : nullptr);
}

} // namespace sk
