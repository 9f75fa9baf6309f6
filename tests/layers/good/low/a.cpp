#include "low/a.hpp"
#include <vector>
