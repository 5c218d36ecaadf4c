#pragma once
#include "widgets/render/mapstyle.h"
