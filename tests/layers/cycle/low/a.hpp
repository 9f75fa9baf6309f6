#pragma once
#include "low/b.hpp"
