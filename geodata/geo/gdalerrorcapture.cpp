// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "gdalerrorcapture.h"

#include <cpl_error.h>

namespace sk {

namespace {

void CPL_STDCALL captureHandler(CPLErr errorClass, CPLErrorNum errorNumber, const char *message)
{
    auto *capture = static_cast<GdalErrorCapture *>(CPLGetErrorHandlerUserData());
    if (capture)
        GdalErrorCapture::record(*capture, static_cast<int>(errorClass), errorNumber, message);
}

} // namespace

GdalErrorCapture::GdalErrorCapture()
{
    CPLPushErrorHandlerEx(captureHandler, this);
}

GdalErrorCapture::~GdalErrorCapture()
{
    CPLPopErrorHandler();
}

void GdalErrorCapture::record(GdalErrorCapture &capture, int errorClass, int, const char *message)
{
    const QString text = QString::fromUtf8(message ? message : "").trimmed();
    if (errorClass >= CE_Failure)
        capture.m_failures << text;
    else if (errorClass == CE_Warning)
        capture.m_warnings << text;
}

} // namespace sk
