#include "low/a.hpp"
#include "high/b.hpp"
