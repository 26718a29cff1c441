#include "pii_scrubber.h"

#include <QRegularExpression>

namespace retrainer {

namespace {

struct Pattern
{
    QRegularExpression expression;
    QString placeholder;
    long PiiCounts::*counter;
};

const std::vector<Pattern>& patterns()
{
    // Digits must not touch other digits or word characters on either side, so that a part of a longer
    // number or of a date never matches on its own.
    static const std::vector<Pattern> list = {
        {QRegularExpression(QStringLiteral(R"((?:\bhttps?://|\bwww\.)[^\s<>"']*[^\s<>"'.,;:!?)\]])"),
                            QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("[URL]"), &PiiCounts::url},
        {QRegularExpression(QStringLiteral(R"([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})")),
         QStringLiteral("[EMAIL]"), &PiiCounts::email},
        {QRegularExpression(QStringLiteral(
             R"((?<![\w+])\+\d{1,3}(?:[ .-]?\(\d{1,5}\))?(?:[ .-]?\d{1,5}){2,5}(?![\w]))"
             R"(|(?<![\w(])\(\d{2,5}\)[ .-]?\d{3,4}(?:[ .-]?\d{2,4})?(?![\w]))"
             R"(|(?<![\w.-])\d{3}([ .-])\d{3}\1\d{4}(?![\w]|[.-]\d))"
             R"(|(?<![\w.-])0\d{2,4}[ /-]\d{5,8}(?![\w]|[.-]\d))"
             R"(|(?<![\w.-])\d{5} \d{5}(?![\w]|[.-]\d))")),
         QStringLiteral("[PHONE]"), &PiiCounts::phone},
        {QRegularExpression(QStringLiteral(R"((?<![\w])\d{6,}(?![\w]))")), QStringLiteral("[ID]"), &PiiCounts::idNumber},
    };
    return list;
}

} // namespace

PiiCounts& PiiCounts::operator+=(const PiiCounts& other)
{
    email += other.email;
    phone += other.phone;
    idNumber += other.idNumber;
    url += other.url;
    return *this;
}

nlohmann::json PiiCounts::toJson() const
{
    return {{"email", email}, {"phone", phone}, {"id_number", idNumber}, {"url", url}};
}

QString scrubPii(const QString& text, PiiCounts& counts)
{
    QString result = text;
    for (const Pattern& pattern : patterns()) {
        QString replaced;
        qsizetype last = 0;
        auto matches = pattern.expression.globalMatch(result);
        long found = 0;
        while (matches.hasNext()) {
            const auto match = matches.next();
            replaced += QStringView(result).mid(last, match.capturedStart() - last);
            replaced += pattern.placeholder;
            last = match.capturedEnd();
            ++found;
        }
        if (found == 0)
            continue;
        replaced += QStringView(result).mid(last);
        result = replaced;
        counts.*pattern.counter += found;
    }
    return result;
}

} // namespace retrainer
