// libFuzzer harness: a request body of the HTTP API as each endpoint decodes it before any work is done —
// train and retrain {force, dry_run, exclusive}, rollback and approve {version, reason}, samples [rows] checked
// against a model's columns. The first byte picks the endpoint. Only ApiError (a 4xx answer) may leave.
#include "api_call.h"
#include "error.h"
#include "json_row_table.h"
#include <cstdint>

using namespace retrainer;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    ApiCall call;
    call.method = "POST";
    call.body = QByteArray(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));
    try {
        switch (data[0] % 3) {
        case 0: { // POST models/{name}/train, …/approve, …/rollback
            const nlohmann::json body = call.object();
            (void)boolField(body, "force", false);
            (void)boolField(body, "dry_run", false);
            (void)boolField(body, "exclusive", false);
            (void)intField(body, "version"); // range checks past int belong to the registry
            (void)stringField(body, "reason");
            break;
        }
        case 1: { // POST models/{name}/samples with the iris columns
            nlohmann::json rows = call.value();
            if (rows.is_object() && rows.contains("rows"))
                rows = rows["rows"];
            if (!rows.is_array())
                break; // answered 400 by the route
            const RawTable table = rawTableFromJson(
                rows, {QStringLiteral("sepal_length"), QStringLiteral("species")});
            for (const RawRow& row : table.rows)
                if (row.cells.size() != table.columns.size())
                    __builtin_trap(); // every stored row has a cell per column
            if (table.rows.size() + table.rejected.size() != rows.size())
                __builtin_trap(); // every row is stored or rejected with a reason, never dropped
            break;
        }
        default: { // query parameters (?limit=N) of the read endpoints
            call.query = QUrlQuery(QString::fromUtf8(call.body));
            (void)call.positiveQuery(QStringLiteral("limit"), 50);
            break;
        }
        }
    } catch (const ApiError&) {
    } catch (const Error&) { // rawTableFromJson on a non-array; the route answers 422
    }
    return 0;
}
