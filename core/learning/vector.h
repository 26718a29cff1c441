#pragma once
#include <dlib/matrix.h>

namespace retrainer {
// One encoded sample as dlib's learners take it.
using Vector = dlib::matrix<double, 0, 1>;
} // namespace retrainer
