// readJsonl: one JSON object per line, parsed by nlohmann::json; each row remembers "path:line".
#include "json_parse.h"
#include "error.h"
#include "json_rows.h"
#include "source.h"

#include <QFile>
#include <nlohmann/json.hpp>

namespace retrainer {

RawTable readJsonl(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("cannot open %1: %2").arg(path, file.errorString()));

    JsonRows rows;
    const QString originPrefix = path + QLatin1Char(':'); // shared by every row's origin
    qint64 line = 0;
    while (!file.atEnd()) {
        QByteArray bytes = file.readLine();
        ++line;
        if (line == 1 && bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
        if (bytes.trimmed().isEmpty())
            continue; // blank lines separate nothing and are skipped
        const QString where = path + QLatin1Char(':') + QString::number(line);
        QString problem;
        auto parsed = parseJson<nlohmann::ordered_json>(bytes.constBegin(), bytes.constEnd(), &problem);
        if (!parsed) {
            rows.reject(where, QStringLiteral("not valid JSON: %1").arg(problem));
            continue;
        }
        const nlohmann::ordered_json& object = *parsed;
        if (!object.is_object()) {
            rows.reject(where, QStringLiteral("not a JSON object"));
            continue;
        }
        rows.add(object, RowOrigin(originPrefix, line));
    }
    if (file.error() != QFileDevice::NoError)
        throw Error(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return rows.take();
}

} // namespace retrainer
