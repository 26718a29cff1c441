#include "source_loader.h"
#include "error.h"
#include "source.h"
#include "store.h"

namespace retrainer {

RawTable loadSourceRows(const QString& uri, const QString& workspaceDir, const Store& store, const QString& model)
{
    const SourceUri source = SourceUri::parse(uri, workspaceDir);
    switch (source.kind) {
    case SourceUri::Kind::Csv:
        return readCsv(source.path);
    case SourceUri::Kind::Jsonl:
        return readJsonl(source.path);
    case SourceUri::Kind::Sqlite:
        return readSqlite(source.path, source.table, source.query);
    case SourceUri::Kind::Postgres:
        return readPostgres(source.path, source.table, source.query);
    case SourceUri::Kind::Store:
        return store.samples(model);
    }
    throw Error(QStringLiteral("unsupported source '%1'").arg(uri));
}

} // namespace retrainer
