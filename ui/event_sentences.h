#pragma once
// Recorded events in the administrator's words, for the Event log: the kind of event ("Training
// started") and what happened, as a sentence ("Training finished: version 4 is in service"). The raw
// record stays available beside the sentence.
#include "run_record.h"
#include <QString>

namespace retrainer {

// "Training started" for TRAINING_STARTED; an unknown type as stored.
QString eventTypeLabel(const QString& type);
// The event as a sentence, with its detail in words.
QString describeEvent(const EventRecord& event);

} // namespace retrainer
