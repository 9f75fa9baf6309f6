#include "low/b.hpp"
#include "low/a.hpp"
