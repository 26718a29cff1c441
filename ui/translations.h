#pragma once
// Loads the console's translations (compiled into the binary from translations/*.ts) and Qt's own
// (qtbase_*.qm from the system, when present) for a language: "" follows the system locale.
#include <QString>

namespace retrainer {

// Replaces the translations installed before, so the language can change while the console runs. Returns the
// language in use ("en" when no translation matched).
QString installTranslations(const QString& language);

} // namespace retrainer
