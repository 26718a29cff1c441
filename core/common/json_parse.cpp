#include "json_parse.h"
#include <QByteArray>

namespace retrainer {

namespace {

struct TooDeep
{
    int depth;
};

} // namespace

template <class Json>
std::optional<Json> parseJson(const char* first, const char* last, QString* problem, int maxDepth)
{
    // The callback sees every container as it opens, with the number of containers around it.
    const auto limit = [maxDepth](int depth, typename Json::parse_event_t event, Json&) {
        if ((event == Json::parse_event_t::object_start || event == Json::parse_event_t::array_start)
            && depth >= maxDepth)
            throw TooDeep{depth};
        return true;
    };
    try {
        return Json::parse(first, last, limit);
    } catch (const TooDeep&) {
        if (problem)
            *problem = QStringLiteral("nested deeper than %1 levels").arg(maxDepth);
    } catch (const nlohmann::json::exception& e) {
        if (problem) {
            // nlohmann's messages start with "[json.exception.parse_error.101] "; the rest is the useful part.
            const QString text = QString::fromUtf8(e.what());
            const int end = text.indexOf(QLatin1String("] "));
            *problem = end >= 0 ? text.mid(end + 2) : text;
        }
    }
    return std::nullopt;
}

template std::optional<nlohmann::json> parseJson(const char*, const char*, QString*, int);
template std::optional<nlohmann::ordered_json> parseJson(const char*, const char*, QString*, int);

} // namespace retrainer
