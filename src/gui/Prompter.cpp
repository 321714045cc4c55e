#include "Prompter.h"

namespace ahplead {

Prompter::~Prompter() = default;

} // namespace ahplead
