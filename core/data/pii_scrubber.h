#pragma once
// Removes personal data from free text before it is stored or learnt from. Each match is replaced by a
// placeholder and counted. Patterns, applied in this order (an earlier placeholder is never matched again):
//   URL     http://… https://… www.…                                       -> [URL]
//   e-mail  local@domain.tld                                               -> [EMAIL]
//   phone   international: + country code then 6..14 more digits in groups separated by space, '-', '.',
//           optionally an area code in parentheses (+91 98765 43210, +1 (555) 123-4567, +49 30 1234567);
//           local: an area code in parentheses ((030) 1234567, (555) 123-4567), 3-3-4 digit groups
//           (555-123-4567, 555.123.4567, 555 123 4567), a trunk 0 with an area code (030 1234567,
//           030/1234567), two groups of 5 digits (98765 43210)                 -> [PHONE]
//   ID      any other run of 6 or more digits (record, patient, account numbers) -> [ID]
// Not personal data and left alone: dates (2024-01-05, 05.01.2024), times, prices (12.50, 1,299.00), short
// numbers (order 42, 3 items), versions (1.2.3).
#include <QString>
#include <nlohmann/json.hpp>

namespace retrainer {

struct PiiCounts
{
    long email = 0;
    long phone = 0;
    long idNumber = 0;
    long url = 0;

    long total() const { return email + phone + idNumber + url; }
    PiiCounts& operator+=(const PiiCounts& other);
    nlohmann::json toJson() const; // {email, phone, id_number, url}
};

// The text with every match replaced; `counts` is incremented per replacement.
QString scrubPii(const QString& text, PiiCounts& counts);

} // namespace retrainer
