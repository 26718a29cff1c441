#pragma once
// History that happened earlier than it is written (the demo's replayed past, core/engine/demo_past.h): an
// event recorded now that happened at `at`, a version registered now that was made at `created`. Times are
// UTC, stored as the store stores its own. Throws Error naming the store when it cannot be written.
#include <QDateTime>
#include <QString>

namespace retrainer {

class Store;

void dateEvent(Store& store, qint64 eventId, const QDateTime& at);
void dateVersion(Store& store, const QString& model, int version, const QDateTime& created);

} // namespace retrainer
