#include "event_sentences.h"
#include "model_snapshot.h"
#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <utility>

namespace retrainer {
namespace {

class SentenceText
{
    Q_DECLARE_TR_FUNCTIONS(EventSentences)
};

const std::pair<const char*, const char*> kLabels[] = {
    {"TRAINING_STARTED", QT_TRANSLATE_NOOP("EventSentences", "Training started")},
    {"TRAINING_COMPLETED", QT_TRANSLATE_NOOP("EventSentences", "Training finished")},
    {"TRAINING_SKIPPED", QT_TRANSLATE_NOOP("EventSentences", "Training skipped")},
    {"TRAINING_FAILED", QT_TRANSLATE_NOOP("EventSentences", "Training failed")},
    {"TRAINING_CANCELLED", QT_TRANSLATE_NOOP("EventSentences", "Training cancelled")},
    {"TRAINING_TIMED_OUT", QT_TRANSLATE_NOOP("EventSentences", "Training took too long")},
    {"TRIGGER_COALESCED", QT_TRANSLATE_NOOP("EventSentences", "Request joined a run")},
    {"VERSION_PROMOTED", QT_TRANSLATE_NOOP("EventSentences", "Version in service")},
    {"APPROVAL_REQUESTED", QT_TRANSLATE_NOOP("EventSentences", "Approval requested")},
    {"APPROVED", QT_TRANSLATE_NOOP("EventSentences", "Approved")},
    {"REJECTED", QT_TRANSLATE_NOOP("EventSentences", "Rejected")},
    {"APPROVAL_EXPIRED", QT_TRANSLATE_NOOP("EventSentences", "Approval expired")},
    {"ROLLED_BACK", QT_TRANSLATE_NOOP("EventSentences", "Rolled back")},
    {"VERSION_DELETED", QT_TRANSLATE_NOOP("EventSentences", "Old version removed")},
    {"RETENTION_FAILED", QT_TRANSLATE_NOOP("EventSentences", "Old versions not removed")},
    {"ACTIVE_VERSION_UNUSABLE", QT_TRANSLATE_NOOP("EventSentences", "Version in service unusable")},
    {"PERFORMANCE_CHECKED", QT_TRANSLATE_NOOP("EventSentences", "Score checked")},
    {"SAMPLES_IMPORTED", QT_TRANSLATE_NOOP("EventSentences", "Rows imported")},
    {"PAUSED", QT_TRANSLATE_NOOP("EventSentences", "Paused")},
    {"RESUMED", QT_TRANSLATE_NOOP("EventSentences", "Resumed")},
};

QString text(const nlohmann::json& detail, const char* key)
{
    return detail.is_object() && detail.contains(key) && detail[key].is_string() ? QString::fromStdString(detail[key].get<std::string>())
                                                                                : QString();
}

QString number(const nlohmann::json& detail, const char* key)
{
    if (!detail.is_object() || !detail.contains(key) || !detail[key].is_number())
        return QStringLiteral("?");
    const auto& v = detail[key];
    return v.is_number_integer() ? QLocale().toString(v.get<qint64>()) : QLocale().toString(v.get<double>(), 'f', 2);
}

// ": why" when there is a reason, else nothing.
QString because(const nlohmann::json& detail)
{
    const QString why = text(detail, "error");
    return why.isEmpty() ? QString() : QStringLiteral(": %1").arg(why);
}

} // namespace

QString eventTypeLabel(const QString& type)
{
    for (const auto& [key, label] : kLabels)
        if (type == QLatin1String(key))
            return SentenceText::tr(label);
    return type;
}

QString describeEvent(const EventRecord& e)
{
    const auto& d = e.detail;
    const QString t = e.type;
    const QString state = text(d, "state");
    if (t == QLatin1String("TRAINING_STARTED")) {
        QString sentence = SentenceText::tr("Training started (%1)").arg(triggerLabel(text(d, "trigger")));
        if (d.is_object() && d.value("dry_run", false))
            sentence += SentenceText::tr(", as a trial: nothing will be put in service");
        return sentence;
    }
    if (t == QLatin1String("TRAINING_COMPLETED")) {
        if (state == QLatin1String("promoted"))
            return SentenceText::tr("Training finished: the new version is in service");
        if (state == QLatin1String("awaiting_approval"))
            return SentenceText::tr("Training finished: the new version waits for approval");
        if (state == QLatin1String("rejected"))
            return SentenceText::tr("Training finished: the version in service stays, the new one was not better") + because(d);
        return SentenceText::tr("Training finished") + because(d);
    }
    if (t == QLatin1String("TRAINING_SKIPPED"))
        return SentenceText::tr("Training skipped") + because(d);
    if (t == QLatin1String("TRAINING_FAILED"))
        return SentenceText::tr("Training failed") + because(d);
    if (t == QLatin1String("TRAINING_CANCELLED"))
        return SentenceText::tr("Training cancelled; nothing was put in service");
    if (t == QLatin1String("TRAINING_TIMED_OUT"))
        return SentenceText::tr("Training stopped: it ran longer than the %1 seconds allowed").arg(number(d, "limit_secs"));
    if (t == QLatin1String("TRIGGER_COALESCED"))
        return SentenceText::tr("Another request to train (%1) joined the run already on its way").arg(triggerLabel(text(d, "trigger")));
    if (t == QLatin1String("VERSION_PROMOTED"))
        return SentenceText::tr("Version %1 put in service").arg(number(d, "version"));
    if (t == QLatin1String("APPROVAL_REQUESTED"))
        return SentenceText::tr("Version %1 waits for a person's approval").arg(number(d, "version"));
    if (t == QLatin1String("APPROVED"))
        return SentenceText::tr("Version %1 approved and put in service").arg(number(d, "version"));
    if (t == QLatin1String("REJECTED"))
        return SentenceText::tr("Version %1 rejected: it will not serve").arg(number(d, "version"));
    if (t == QLatin1String("APPROVAL_EXPIRED"))
        return SentenceText::tr("Nobody approved version %1 in time; it will not serve").arg(number(d, "version"));
    if (t == QLatin1String("ROLLED_BACK"))
        return d.is_object() && d.contains("from") && d["from"].is_number()
                   ? SentenceText::tr("Rolled back from version %1 to version %2").arg(number(d, "from"), number(d, "to"))
                   : SentenceText::tr("Version %1 put back in service").arg(number(d, "to"));
    if (t == QLatin1String("VERSION_DELETED"))
        return SentenceText::tr("Version %1 removed: only the newest versions are kept").arg(number(d, "version"));
    if (t == QLatin1String("RETENTION_FAILED"))
        return SentenceText::tr("Old versions could not be removed") + because(d);
    if (t == QLatin1String("ACTIVE_VERSION_UNUSABLE"))
        return SentenceText::tr("Version %1 in service could not be used") .arg(number(d, "version")) + because(d);
    if (t == QLatin1String("PERFORMANCE_CHECKED"))
        return SentenceText::tr("Score on recent rows: %1 (retrains below %2)").arg(number(d, "score"), number(d, "threshold"));
    if (t == QLatin1String("SAMPLES_IMPORTED"))
        return SentenceText::tr("%1 rows imported, %2 rejected").arg(number(d, "stored"), number(d, "rejected"));
    if (t == QLatin1String("PAUSED"))
        return SentenceText::tr("Automatic retraining paused by %1").arg(text(d, "by"));
    if (t == QLatin1String("RESUMED"))
        return SentenceText::tr("Automatic retraining resumed by %1").arg(text(d, "by"));
    return QStringLiteral("%1 %2").arg(t, QString::fromStdString(d.dump()));
}

} // namespace retrainer
