#include "run_export.h"
#include <QSaveFile>
#include <QStringList>

namespace retrainer {
namespace {

QString csvField(QString text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QString iso(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QString writeAll(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    file.write(bytes);
    if (!file.commit())
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace

QString writeRunsCsv(const QString& path, const std::vector<RunRecord>& runs, const QString& metric)
{
    QByteArray out = QStringLiteral("run,model,trigger,state,dry_run,queued,started,finished,seconds,rows_used,"
                                    "rows_rejected,%1,version,gate,error\n").arg(csvField(metric)).toUtf8();
    for (const RunRecord& run : runs) {
        QStringList row;
        row << QString::number(run.id) << csvField(run.model) << csvField(run.trigger) << toString(run.state)
            << (run.dryRun ? QStringLiteral("true") : QStringLiteral("false")) << iso(run.queuedAt)
            << iso(run.startedAt) << iso(run.finishedAt)
            << (run.startedAt.isValid() && run.finishedAt.isValid()
                    ? QString::number(run.startedAt.msecsTo(run.finishedAt) / 1000.0, 'f', 3)
                    : QString())
            << QString::number(run.rowsUsed) << QString::number(run.rowsRejected);
        const auto it = run.metrics.is_object() ? run.metrics.find(metric.toStdString()) : run.metrics.end();
        row << (it != run.metrics.end() && it->is_number() ? QString::number(it->get<double>(), 'g', 10) : QString());
        row << (run.version ? QString::number(*run.version) : QString());
        row << csvField(QString::fromStdString(run.gate.value("summary", std::string())));
        row << csvField(run.error);
        out += row.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    return writeAll(path, out);
}

QString writeRunsJsonLines(const QString& path, const std::vector<RunRecord>& runs)
{
    QByteArray out;
    for (const RunRecord& run : runs)
        out += QByteArray::fromStdString(run.toJson().dump()) + '\n';
    return writeAll(path, out);
}

} // namespace retrainer
