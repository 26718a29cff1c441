#include "run_filter_model.h"
#include "run_history_model.h"
#include "store.h"
#include <QHeaderView>
#include <QLocale>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <optional>

using namespace retrainer;
using json = nlohmann::json;

namespace {

// Local wall-clock time, stored as UTC the way the store keeps it.
QDateTime localTime(int year, int month, int day, int hour = 12, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute)).toUTC();
}

struct RunSpec
{
    qint64 id = 0;
    QString trigger = QStringLiteral("manual");
    RunState state = RunState::Promoted;
    QDateTime queued = localTime(2024, 3, 5, 14, 7);
    std::optional<qint64> durationMs = 12345;
    std::optional<double> rmse = std::nullopt;
    bool dryRun = false;
    QString error = {};
};

RunRecord makeRun(const RunSpec& spec)
{
    RunRecord run;
    run.id = spec.id;
    run.model = QStringLiteral("churn");
    run.trigger = spec.trigger;
    run.state = spec.state;
    run.dryRun = spec.dryRun;
    run.queuedAt = spec.queued;
    if (spec.durationMs) {
        run.startedAt = spec.queued.addSecs(3);
        run.finishedAt = run.startedAt.addMSecs(*spec.durationMs);
    }
    if (spec.rmse)
        run.metrics = {{"rmse", *spec.rmse}, {"mae", 1.5}, {"count", 40}};
    run.rowsUsed = 1200;
    run.rowsRejected = 7;
    run.error = spec.error;
    return run;
}

QString cell(const QAbstractItemModel& model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

QStringList columnTexts(const QAbstractItemModel& model, int column)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts << cell(model, row, column);
    return texts;
}

// Four runs over three days: schedule/promoted, data/failed, schedule/rejected (dry run), manual/promoted.
std::vector<RunRecord> sampleRuns()
{
    std::vector<RunRecord> runs;
    runs.push_back(makeRun({.id = 4, .trigger = QStringLiteral("manual"), .state = RunState::Promoted,
                            .queued = localTime(2024, 3, 7, 9, 30), .durationMs = 9000, .rmse = 9.5}));
    runs.push_back(makeRun({.id = 3, .trigger = QStringLiteral("schedule"), .state = RunState::Rejected,
                            .queued = localTime(2024, 3, 6, 23, 59), .durationMs = 10000, .rmse = 10.25,
                            .dryRun = true}));
    runs.push_back(makeRun({.id = 2, .trigger = QStringLiteral("data"), .state = RunState::Failed,
                            .queued = localTime(2024, 3, 6, 0, 1), .durationMs = 100000,
                            .error = QStringLiteral("cannot read orders.csv")}));
    runs.push_back(makeRun({.id = 1, .trigger = QStringLiteral("schedule"), .state = RunState::Promoted,
                            .queued = localTime(2024, 3, 5, 2, 0), .durationMs = 2000, .rmse = 2.0}));
    return runs;
}

} // namespace

class TestRunHistoryModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c()); // "12.3", no group separators, whatever the machine's locale
    }

    void countsRowsAndColumns()
    {
        RunHistoryModel model;
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 10);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setRuns(sampleRuns());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        QCOMPARE(model.runAt(0)->id, 4);
        QCOMPARE(model.runAt(3)->id, 1);
        QVERIFY(model.runAt(4) == nullptr);
        QVERIFY(model.runAt(-1) == nullptr);
        QVERIFY(!model.index(4, 0).data().isValid());

        model.setRuns({});
        QCOMPARE(model.rowCount(), 0);
    }

    void headersAreNamed()
    {
        RunHistoryModel model;
        const QStringList expected{QStringLiteral("Run"), QStringLiteral("Queued"), QStringLiteral("Trigger"),
                                   QStringLiteral("Outcome"), QStringLiteral("Version"), QStringLiteral("Metric"),
                                   QStringLiteral("Rows used"), QStringLiteral("Rejected"),
                                   QStringLiteral("Duration"), QStringLiteral("Note")};
        QStringList actual;
        for (int c = 0; c < model.columnCount(); ++c)
            actual << model.headerData(c, Qt::Horizontal).toString();
        QCOMPARE(actual, expected);
        QVERIFY(!model.headerData(RunHistoryModel::MetricColumn, Qt::Horizontal, Qt::ToolTipRole).isValid());
        model.setPrimaryMetric(QStringLiteral("rmse"));
        QVERIFY(model.headerData(RunHistoryModel::MetricColumn, Qt::Horizontal, Qt::ToolTipRole)
                    .toString().contains(QStringLiteral("rmse")));
        // Named in words once the metric is known, its meaning and direction beside it.
        QCOMPARE(model.headerData(RunHistoryModel::MetricColumn, Qt::Horizontal).toString(), QStringLiteral("error on big misses"));
        QVERIFY(model.headerData(RunHistoryModel::MetricColumn, Qt::Horizontal, Qt::ToolTipRole)
                    .toString().contains(QStringLiteral("lower is better")));
    }

    void formatsDuration_data()
    {
        QTest::addColumn<qint64>("msecs");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0.0 s");
        QTest::newRow("tenths") << qint64(12345) << QStringLiteral("12.3 s");
        QTest::newRow("rounds up") << qint64(12350) << QStringLiteral("12.4 s");
        QTest::newRow("just under a minute") << qint64(59949) << QStringLiteral("59.9 s");
        QTest::newRow("rounds to a minute") << qint64(59950) << QStringLiteral("1 min 00 s");
        QTest::newRow("minutes pad seconds") << qint64(245000) << QStringLiteral("4 min 05 s");
        QTest::newRow("just under an hour") << qint64(3599499) << QStringLiteral("59 min 59 s");
        QTest::newRow("one hour") << qint64(3600000) << QStringLiteral("1 h 00 min");
        QTest::newRow("hours pad minutes") << qint64(3720000) << QStringLiteral("1 h 02 min");
        QTest::newRow("over a day") << qint64(25 * 3600000LL + 60000) << QStringLiteral("25 h 01 min");
        QTest::newRow("negative") << qint64(-5) << QString();
    }

    void formatsDuration()
    {
        QFETCH(qint64, msecs);
        QFETCH(QString, text);
        QCOMPARE(formatRunDuration(msecs), text);
    }

    void showsRunValues()
    {
        RunHistoryModel model;
        RunRecord run = makeRun({.id = 17, .trigger = QStringLiteral("schedule"), .state = RunState::Promoted,
                                 .queued = localTime(2024, 3, 5, 14, 7), .durationMs = 245000, .rmse = 0.123456});
        run.version = 3;
        run.gate = {{"decision", "promote"}, {"summary", "promoted: rmse 0.1235, no comparable active version"}};
        model.setRuns({run});
        model.setPrimaryMetric(QStringLiteral("rmse"));

        QCOMPARE(cell(model, 0, RunHistoryModel::RunColumn), QStringLiteral("17"));
        QCOMPARE(cell(model, 0, RunHistoryModel::QueuedColumn), QStringLiteral("2024-03-05 14:07"));
        QCOMPARE(cell(model, 0, RunHistoryModel::TriggerColumn), QStringLiteral("on schedule"));
        QCOMPARE(cell(model, 0, RunHistoryModel::OutcomeColumn), QStringLiteral("Promoted"));
        QCOMPARE(cell(model, 0, RunHistoryModel::VersionColumn), QStringLiteral("3"));
        QCOMPARE(cell(model, 0, RunHistoryModel::MetricColumn), QStringLiteral("0.1235"));
        QCOMPARE(cell(model, 0, RunHistoryModel::RowsUsedColumn), QStringLiteral("1200"));
        QCOMPARE(cell(model, 0, RunHistoryModel::RejectedColumn), QStringLiteral("7"));
        QCOMPARE(cell(model, 0, RunHistoryModel::DurationColumn), QStringLiteral("4 min 05 s"));
        QCOMPARE(cell(model, 0, RunHistoryModel::NoteColumn), QString());

        const QModelIndex outcome = model.index(0, RunHistoryModel::OutcomeColumn);
        QCOMPARE(outcome.data(RunHistoryModel::StateRole).toString(), QStringLiteral("promoted"));
        QCOMPARE(outcome.data(RunHistoryModel::TriggerRole).toString(), QStringLiteral("schedule"));
        QCOMPARE(outcome.data(RunHistoryModel::QueuedRole).toDateTime(), run.queuedAt);
        QVERIFY(outcome.data(Qt::ToolTipRole).toString().contains(QStringLiteral("no comparable active version")));
        QVERIFY(!outcome.data(Qt::DecorationRole).isValid());

        // Sort keys are numbers and times, not text.
        QCOMPARE(model.index(0, RunHistoryModel::DurationColumn).data(Qt::UserRole).toLongLong(), 245000);
        QCOMPARE(model.index(0, RunHistoryModel::MetricColumn).data(Qt::UserRole).toDouble(), 0.123456);
        QCOMPARE(model.index(0, RunHistoryModel::QueuedColumn).data(Qt::UserRole).toDateTime(), run.queuedAt);
        QCOMPARE(model.index(0, RunHistoryModel::RunColumn).data(Qt::UserRole).toLongLong(), 17);
    }

    void showsDryRunsFailuresAndMissingValues()
    {
        RunHistoryModel model;
        RunRecord dry = makeRun({.id = 2, .state = RunState::Skipped, .durationMs = 1500, .rmse = 4.0, .dryRun = true,
                                 .error = QStringLiteral("dry run: nothing registered")});
        RunRecord failed = makeRun({.id = 1, .state = RunState::Failed, .durationMs = std::nullopt,
                                    .error = QStringLiteral("cannot read orders.csv:\nno such file")});
        model.setRuns({dry, failed});

        QCOMPARE(cell(model, 0, RunHistoryModel::OutcomeColumn), QStringLiteral("Skipped (dry run)"));
        QCOMPARE(cell(model, 1, RunHistoryModel::OutcomeColumn), QStringLiteral("Failed"));
        // No primary metric chosen yet: a dash, even where the run has metrics.
        QCOMPARE(cell(model, 0, RunHistoryModel::MetricColumn), QStringLiteral("\u2014"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setPrimaryMetric(QStringLiteral("rmse"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().column(), int(RunHistoryModel::MetricColumn));
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);
        QCOMPARE(cell(model, 0, RunHistoryModel::MetricColumn), QStringLiteral("4.0000"));
        QCOMPARE(cell(model, 1, RunHistoryModel::MetricColumn), QStringLiteral("\u2014"));
        QVERIFY(!model.index(1, RunHistoryModel::MetricColumn).data(Qt::UserRole).isValid());

        QCOMPARE(cell(model, 0, RunHistoryModel::DurationColumn), QStringLiteral("1.5 s"));
        QCOMPARE(cell(model, 1, RunHistoryModel::DurationColumn), QString());
        QCOMPARE(cell(model, 1, RunHistoryModel::VersionColumn), QString());
        QCOMPARE(cell(model, 1, RunHistoryModel::NoteColumn), QStringLiteral("cannot read orders.csv: no such file"));
        QVERIFY(cell(model, 1, RunHistoryModel::OutcomeColumn, Qt::ToolTipRole).contains(QStringLiteral("no such file")));
        QVERIFY(cell(model, 0, RunHistoryModel::OutcomeColumn, Qt::ToolTipRole).contains(QStringLiteral("Dry run")));
    }

    void upsertUpdatesInPlace()
    {
        RunHistoryModel model;
        model.setRuns(sampleRuns());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        RunRecord update = *model.runAt(2); // run 2, failed
        update.state = RunState::Promoted;
        update.error.clear();
        update.version = 8;
        model.upsertRun(update);

        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        const QModelIndex topLeft = changed.at(0).at(0).toModelIndex();
        const QModelIndex bottomRight = changed.at(0).at(1).toModelIndex();
        QCOMPARE(topLeft.row(), 2);
        QCOMPARE(bottomRight.row(), 2);
        QCOMPARE(topLeft.column(), 0);
        QCOMPARE(bottomRight.column(), model.columnCount() - 1);
        QCOMPARE(model.runAt(2)->id, 2);
        QCOMPARE(cell(model, 2, RunHistoryModel::OutcomeColumn), QStringLiteral("Promoted"));
        QCOMPARE(cell(model, 2, RunHistoryModel::VersionColumn), QStringLiteral("8"));
        QCOMPARE(cell(model, 2, RunHistoryModel::NoteColumn), QString());
    }

    void upsertInsertsNewRunsAtTheTop()
    {
        RunHistoryModel model;
        model.setRuns(sampleRuns());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        model.upsertRun(makeRun({.id = 5, .trigger = QStringLiteral("performance"), .state = RunState::Training,
                                 .durationMs = std::nullopt}));

        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 0);
        QCOMPARE(model.runAt(0)->id, 5);
        QCOMPARE(cell(model, 0, RunHistoryModel::RunColumn), QStringLiteral("5"));
        QCOMPARE(cell(model, 0, RunHistoryModel::OutcomeColumn), QStringLiteral("Training"));
        QCOMPARE(model.runAt(1)->id, 4);
        QCOMPARE(model.rowOfRun(1), 4);
    }

    void filtersByTriggerStateAndDate()
    {
        RunHistoryModel model;
        model.setRuns(sampleRuns());
        RunFilterModel filter;
        filter.setSourceModel(&model);
        QCOMPARE(filter.rowCount(), 4);

        filter.setTriggerFilter(QStringLiteral("schedule"));
        QCOMPARE(filter.rowCount(), 2);
        filter.setStateFilter(QStringLiteral("promoted"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(cell(filter, 0, RunHistoryModel::RunColumn), QStringLiteral("1"));
        filter.setTriggerFilter(QString());
        QCOMPARE(filter.rowCount(), 2);
        filter.setStateFilter(QStringLiteral("failed"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(cell(filter, 0, RunHistoryModel::NoteColumn), QStringLiteral("cannot read orders.csv"));
        filter.setStateFilter(QString());
        QCOMPARE(filter.rowCount(), 4);

        // Both ends inclusive, by local date: 2024-03-06 00:01 and 23:59 are both on the 6th.
        filter.setDateRange(QDate(2024, 3, 6), QDate(2024, 3, 6));
        QCOMPARE(filter.rowCount(), 2);
        filter.setDateRange(QDate(2024, 3, 6), QDate());
        QCOMPARE(filter.rowCount(), 3);
        filter.setDateRange(QDate(), QDate(2024, 3, 5));
        QCOMPARE(filter.rowCount(), 1);
        filter.setDateRange(QDate(2024, 3, 8), QDate());
        QCOMPARE(filter.rowCount(), 0);
        filter.setDateRange(QDate(2024, 3, 5), QDate(2024, 3, 7));
        QCOMPARE(filter.rowCount(), 4);

        // All three at once, and a run upserted later is filtered too.
        filter.setTriggerFilter(QStringLiteral("schedule"));
        filter.setStateFilter(QStringLiteral("rejected"));
        filter.setDateRange(QDate(2024, 3, 6), QDate(2024, 3, 7));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(cell(filter, 0, RunHistoryModel::OutcomeColumn), QStringLiteral("Rejected (dry run)"));
        model.upsertRun(makeRun({.id = 9, .trigger = QStringLiteral("schedule"), .state = RunState::Rejected,
                                 .queued = localTime(2024, 3, 7, 18, 0)}));
        QCOMPARE(filter.rowCount(), 2);
        model.upsertRun(makeRun({.id = 10, .trigger = QStringLiteral("schedule"), .state = RunState::Rejected,
                                 .queued = localTime(2024, 3, 8, 0, 0)}));
        QCOMPARE(filter.rowCount(), 2);
    }

    void sortsNumbersAsNumbers()
    {
        RunHistoryModel model;
        model.setRuns(sampleRuns());
        model.setPrimaryMetric(QStringLiteral("rmse"));
        RunFilterModel filter;
        filter.setSourceModel(&model);

        filter.sort(RunHistoryModel::DurationColumn, Qt::AscendingOrder);
        QCOMPARE(columnTexts(filter, RunHistoryModel::DurationColumn),
                 (QStringList{QStringLiteral("2.0 s"), QStringLiteral("9.0 s"), QStringLiteral("10.0 s"),
                              QStringLiteral("1 min 40 s")}));
        filter.sort(RunHistoryModel::DurationColumn, Qt::DescendingOrder);
        QCOMPARE(columnTexts(filter, RunHistoryModel::DurationColumn).first(), QStringLiteral("1 min 40 s"));

        // Run 2 has no metric: it goes after every value when ascending.
        filter.sort(RunHistoryModel::MetricColumn, Qt::AscendingOrder);
        QCOMPARE(columnTexts(filter, RunHistoryModel::MetricColumn),
                 (QStringList{QStringLiteral("2.0000"), QStringLiteral("9.5000"), QStringLiteral("10.2500"),
                              QStringLiteral("\u2014")}));

        filter.sort(RunHistoryModel::QueuedColumn, Qt::AscendingOrder);
        QCOMPARE(columnTexts(filter, RunHistoryModel::RunColumn),
                 (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")}));

        // Ids past 9 as well.
        model.upsertRun(makeRun({.id = 10}));
        filter.sort(RunHistoryModel::RunColumn, Qt::DescendingOrder);
        QCOMPARE(cell(filter, 0, RunHistoryModel::RunColumn), QStringLiteral("10"));
    }

    void loadsRunsFromAStore()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Store store(dir.path() + QStringLiteral("/s.sqlite"));

        const qint64 first = store.createRun(QStringLiteral("churn"), QStringLiteral("schedule"), false);
        RunRecord promoted = *store.run(first);
        promoted.state = RunState::Promoted;
        promoted.startedAt = promoted.queuedAt.addSecs(1);
        promoted.finishedAt = promoted.startedAt.addMSecs(3720000);
        promoted.metrics = {{"rmse", 0.98765}, {"count", 40}};
        promoted.gate = {{"decision", "promote"}, {"summary", "promoted: rmse 0.9877, no comparable active version"}};
        promoted.rowsUsed = 500;
        promoted.rowsRejected = 2;
        promoted.version = 1;
        store.saveRun(promoted);

        store.createRun(QStringLiteral("other"), QStringLiteral("manual"), false);

        const qint64 second = store.createRun(QStringLiteral("churn"), QStringLiteral("manual"), true);
        RunRecord dry = *store.run(second);
        dry.state = RunState::Skipped;
        dry.startedAt = dry.queuedAt;
        dry.finishedAt = dry.startedAt.addMSecs(245000);
        dry.error = QStringLiteral("dry run: nothing registered; the gate would have promoted it");
        store.saveRun(dry);

        RunHistoryModel model;
        model.setPrimaryMetric(QStringLiteral("rmse"));
        model.setRuns(store.runs(QStringLiteral("churn")));

        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.runAt(0)->id, second); // newest first
        QCOMPARE(cell(model, 0, RunHistoryModel::OutcomeColumn), QStringLiteral("Skipped (dry run)"));
        QCOMPARE(cell(model, 0, RunHistoryModel::DurationColumn), QStringLiteral("4 min 05 s"));
        QCOMPARE(cell(model, 0, RunHistoryModel::MetricColumn), QStringLiteral("\u2014"));
        QCOMPARE(cell(model, 0, RunHistoryModel::TriggerColumn), QStringLiteral("Train now"));
        QCOMPARE(cell(model, 1, RunHistoryModel::RunColumn), QString::number(first));
        QCOMPARE(cell(model, 1, RunHistoryModel::OutcomeColumn), QStringLiteral("Promoted"));
        QCOMPARE(cell(model, 1, RunHistoryModel::MetricColumn), QStringLiteral("0.9877"));
        QCOMPARE(cell(model, 1, RunHistoryModel::DurationColumn), QStringLiteral("1 h 02 min"));
        QCOMPARE(cell(model, 1, RunHistoryModel::VersionColumn), QStringLiteral("1"));
        QCOMPARE(cell(model, 1, RunHistoryModel::RowsUsedColumn), QStringLiteral("500"));
        QCOMPARE(cell(model, 1, RunHistoryModel::QueuedColumn),
                 promoted.queuedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        QVERIFY(cell(model, 1, RunHistoryModel::OutcomeColumn, Qt::ToolTipRole)
                    .contains(QStringLiteral("no comparable active version")));

        model.setRuns(store.runs(QString()));
        QCOMPARE(model.rowCount(), 3);
    }

    void tableViewShowsAndSortsOnHeaderClick()
    {
        RunHistoryModel model;
        model.setRuns(sampleRuns());
        RunFilterModel filter;
        filter.setSourceModel(&model);
        QTableView view;
        view.setModel(&filter);
        view.setSortingEnabled(true);
        view.resize(1200, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.model()->rowCount(), 4);
        QCOMPARE(view.model()->columnCount(), 10);

        filter.setTriggerFilter(QStringLiteral("schedule"));
        QCOMPARE(view.model()->rowCount(), 2);
        filter.setTriggerFilter(QString());
        QCOMPARE(view.model()->rowCount(), 4);

        QHeaderView* header = view.horizontalHeader();
        const int column = RunHistoryModel::DurationColumn;
        const QPoint point(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                           header->height() / 2);
        QVERIFY(header->sectionSize(column) > 0);
        QVERIFY(header->viewport()->rect().contains(point));

        const auto durations = [&] { return columnTexts(*view.model(), column); };
        const QStringList ascending{QStringLiteral("2.0 s"), QStringLiteral("9.0 s"), QStringLiteral("10.0 s"),
                                    QStringLiteral("1 min 40 s")};
        QStringList descending = ascending;
        std::reverse(descending.begin(), descending.end());

        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, point);
        QCOMPARE(header->sortIndicatorSection(), column);
        QCOMPARE(filter.sortColumn(), column);
        QCOMPARE(durations(), header->sortIndicatorOrder() == Qt::AscendingOrder ? ascending : descending);
        const Qt::SortOrder firstOrder = header->sortIndicatorOrder();

        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, point, 500);
        QVERIFY(header->sortIndicatorOrder() != firstOrder);
        QCOMPARE(durations(), header->sortIndicatorOrder() == Qt::AscendingOrder ? ascending : descending);

        // The view's row maps back to the model's run.
        const QModelIndex top = filter.mapToSource(view.model()->index(0, 0));
        QCOMPARE(cell(*view.model(), 0, column), cell(model, top.row(), column));
    }
};

QTEST_MAIN(TestRunHistoryModel)
#include "tst_run_history_model.moc"
