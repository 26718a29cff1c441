// Hygiene before training: de-duplication keeps the newest, the quality filter, merging keeps the base rows,
// PII scrubbing of text columns, and the per-model configuration.
#include "error.h"
#include "hygiene.h"

#include <QTest>

using namespace retrainer;

class TstHygiene : public QObject
{
    Q_OBJECT

    // Columns: time, text, score, label.
    static RawTable table(const std::vector<QStringList>& rows, const QString& prefix = QStringLiteral("new"))
    {
        RawTable t;
        t.columns = {QStringLiteral("time"), QStringLiteral("text"), QStringLiteral("score"), QStringLiteral("label")};
        for (size_t i = 0; i < rows.size(); ++i)
            t.rows.push_back({rows[i], QStringLiteral("%1:%2").arg(prefix).arg(i + 1)});
        return t;
    }

    static DatasetSchema schema()
    {
        DatasetSchema s;
        s.task = Task::Classification;
        s.label = QStringLiteral("label");
        s.timestamp = QStringLiteral("time");
        s.features = {QStringLiteral("text")};
        s.kinds.insert(QStringLiteral("text"), ColumnKind::Text);
        return s;
    }

    static QStringList origins(const Dataset& data)
    {
        QStringList out;
        for (const auto& s : data.samples)
            out << s.origin.text();
        return out;
    }

private Q_SLOTS:
    void dedupKeepsNewest()
    {
        // Rows 1, 3 and 4 are the same text once normalised (case, spaces) with the same label; row 3 is the
        // newest by time although row 4 comes later in the file. Row 2 differs by its label.
        Dataset data = buildDataset(table({{QStringLiteral("2026-01-01"), QStringLiteral("Open  today?"), QStringLiteral("1"), QStringLiteral("hours")},
                                           {QStringLiteral("2026-01-02"), QStringLiteral("open today?"), QStringLiteral("1"), QStringLiteral("book")},
                                           {QStringLiteral("2026-01-05"), QStringLiteral("OPEN today?"), QStringLiteral("1"), QStringLiteral("hours")},
                                           {QStringLiteral("2026-01-03"), QStringLiteral(" open today? "), QStringLiteral("1"), QStringLiteral("hours")},
                                           {QStringLiteral("2026-01-04"), QStringLiteral("closed?"), QStringLiteral("1"), QStringLiteral("hours")}}),
                                    schema());
        QCOMPARE(removeDuplicates(data), 2L);
        QCOMPARE(origins(data), (QStringList{QStringLiteral("new:2"), QStringLiteral("new:3"), QStringLiteral("new:5")}));
    }

    void dedupWithoutTimestampKeepsLastRow()
    {
        DatasetSchema s = schema();
        s.timestamp.clear();
        Dataset data = buildDataset(table({{QString(), QStringLiteral("a b"), QStringLiteral("1"), QStringLiteral("x")},
                                           {QString(), QStringLiteral("a b"), QStringLiteral("1"), QStringLiteral("x")}}),
                                    s);
        QCOMPARE(removeDuplicates(data), 1L);
        QCOMPARE(origins(data), QStringList{QStringLiteral("new:2")});
    }

    void qualityFilter()
    {
        RawTable t = table({{QStringLiteral("2026-01-01"), QStringLiteral("a"), QStringLiteral("0.9"), QStringLiteral("x")},
                            {QStringLiteral("2026-01-01"), QStringLiteral("b"), QStringLiteral("0.79"), QStringLiteral("x")},
                            {QStringLiteral("2026-01-01"), QStringLiteral("c"), QStringLiteral("0.8"), QStringLiteral("x")},
                            {QStringLiteral("2026-01-01"), QStringLiteral("d"), QString(), QStringLiteral("x")},
                            {QStringLiteral("2026-01-01"), QStringLiteral("e"), QStringLiteral("high"), QStringLiteral("x")}});
        QCOMPARE(applyQualityFilter(t, {QStringLiteral("score"), 0.8}), 3L);
        QCOMPARE(t.rows.size(), size_t(2));
        QCOMPARE(t.rows[1].cells.at(1), QStringLiteral("c"));
        QVERIFY_THROWS_EXCEPTION(Error, applyQualityFilter(t, {QStringLiteral("confidence"), 0.8}));
    }

    void mergeKeepsBase()
    {
        // The base holds "hello there" (older); a newly logged sample repeats it: the base row stays.
        const RawTable base = table({{QStringLiteral("2025-01-01"), QStringLiteral("hello there"), QStringLiteral("1"), QStringLiteral("greet")},
                                     {QStringLiteral("2025-01-01"), QStringLiteral("hello there"), QStringLiteral("1"), QStringLiteral("greet")}},
                                    QStringLiteral("base"));
        RawTable fresh;
        fresh.columns = {QStringLiteral("label"), QStringLiteral("text"), QStringLiteral("time"), QStringLiteral("score")};
        fresh.rows.push_back({{QStringLiteral("greet"), QStringLiteral("Hello there"), QStringLiteral("2026-01-01"), QStringLiteral("1")}, QStringLiteral("new:1")});
        fresh.rows.push_back({{QStringLiteral("bye"), QStringLiteral("see you"), QStringLiteral("2026-01-02"), QStringLiteral("1")}, QStringLiteral("new:2")});
        const RawTable merged = mergeTables(base, fresh);
        QCOMPARE(merged.columns, base.columns);
        QCOMPARE(merged.rows.size(), size_t(4));
        QCOMPARE(merged.rows[2].cells.at(1), QStringLiteral("Hello there")); // columns matched by name
        QSet<QString> baseOrigins{QStringLiteral("base:1"), QStringLiteral("base:2")};
        Dataset data = buildDataset(merged, schema());
        QCOMPARE(removeDuplicates(data, baseOrigins), 1L);
        // Both base rows stay (never de-duplicated), the newer repeat is dropped, the new text stays.
        QCOMPARE(origins(data), (QStringList{QStringLiteral("base:1"), QStringLiteral("base:2"), QStringLiteral("new:2")}));
    }

    void scrubTextColumns()
    {
        RawTable t = table({{QStringLiteral("2026-01-01"), QStringLiteral("call 555-123-4567"), QStringLiteral("555-123-4567"), QStringLiteral("x")}});
        const PiiCounts counts = scrubTable(t, {QStringLiteral("text"), QStringLiteral("absent")});
        QCOMPARE(counts.phone, 1L);
        QCOMPARE(t.rows[0].cells.at(1), QStringLiteral("call [PHONE]"));
        QCOMPARE(t.rows[0].cells.at(2), QStringLiteral("555-123-4567")); // not a text column
    }

    void configuration()
    {
        const HygieneConfig defaults;
        QVERIFY(defaults.deduplicate && defaults.scrubPii && !defaults.qualityFilter);
        const auto config = HygieneConfig::fromJson(
            {{"deduplicate", false}, {"quality_filter", {{"column", "confidence"}, {"min", 0.8}}}}, QStringLiteral("model 'm'"));
        QVERIFY(!config.deduplicate);
        QCOMPARE(config.qualityFilter->column, QStringLiteral("confidence"));
        QCOMPARE(config.qualityFilter->min, 0.8);
        QVERIFY(HygieneConfig::fromJson(config.toJson(), QStringLiteral("m")).toJson() == config.toJson());
        try {
            HygieneConfig::fromJson({{"quality_filter", {{"column", "c"}}}}, QStringLiteral("model 'm'"));
            QFAIL("a filter without min was accepted");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QStringLiteral("model 'm'")) && e.message().contains(QStringLiteral("hygiene.quality_filter.min")),
                     qPrintable(e.message()));
        }
    }

    void countsJson()
    {
        HygieneCounts counts;
        counts.duplicatesRemoved = 3;
        counts.filtered = 2;
        counts.pii.phone = 1;
        const auto json = counts.toJson();
        QCOMPARE(json["duplicates_removed"].get<long>(), 3L);
        QCOMPARE(json["filtered"].get<long>(), 2L);
        QCOMPARE(json["pii_replaced"]["phone"].get<long>(), 1L);
    }
};

QTEST_GUILESS_MAIN(TstHygiene)
#include "tst_hygiene.moc"
