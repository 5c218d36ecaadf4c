#pragma once
#include "geodata/offices/office.h"
