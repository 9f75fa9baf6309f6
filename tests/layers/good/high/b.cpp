#include "high/b.hpp"
