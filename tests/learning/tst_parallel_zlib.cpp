// parallelCompress writes qCompress's format from several threads: whatever the number of parts, qUncompress
// (the artifact reader) gives back the input, and one part is exactly what qCompress writes.
#include "error.h"
#include "parallel_zlib.h"
#include <QRandomGenerator>
#include <QTest>

using namespace retrainer;

namespace {

// Model-like bytes: repeated records with varying numbers, so zlib has something to find.
QByteArray sampleBytes(qsizetype size)
{
    QRandomGenerator random(7);
    QByteArray bytes;
    bytes.reserve(size + 64);
    while (bytes.size() < size) {
        bytes += "node ";
        bytes += QByteArray::number(random.bounded(1000));
        bytes += ' ';
        const quint32 raw = random.generate();
        bytes.append(reinterpret_cast<const char*>(&raw), 2);
    }
    bytes.truncate(size);
    return bytes;
}

} // namespace

class TestParallelZlib : public QObject
{
    Q_OBJECT

private slots:
    void readsBackWithQUncompress_data()
    {
        QTest::addColumn<qsizetype>("size");
        QTest::addColumn<int>("threads");
        QTest::addColumn<int>("level");
        QTest::newRow("empty") << qsizetype(0) << 2 << 1;
        QTest::newRow("small, one part") << qsizetype(1000) << 2 << 1;
        QTest::newRow("3 MiB and a bit, two parts") << (3 * kMinPart + 17) << 2 << 1;
        QTest::newRow("3 MiB and a bit, three parts") << (3 * kMinPart + 17) << 3 << 1;
        QTest::newRow("more threads than parts") << (2 * kMinPart + 5) << 8 << 1;
        QTest::newRow("level 6, two parts") << (2 * kMinPart + 1) << 2 << 6;
        QTest::newRow("level 9, two parts") << (2 * kMinPart + 1) << 2 << 9;
    }

    void readsBackWithQUncompress()
    {
        QFETCH(qsizetype, size);
        QFETCH(int, threads);
        QFETCH(int, level);
        const QByteArray raw = sampleBytes(size);
        const QByteArray packed = parallelCompress(raw, level, threads);
        if (size > 0)
            QVERIFY(packed.size() < raw.size() || size < 100);
        QCOMPARE(qUncompress(packed), raw);
    }

    void onePartIsWhatQCompressWrites()
    {
        const QByteArray raw = sampleBytes(3 * kMinPart);
        QCOMPARE(parallelCompress(raw, 1, 1), qCompress(raw, 1));
        QCOMPARE(parallelCompress(raw, 6, 1), qCompress(raw, 6));
    }

    void partsCostLittleSize()
    {
        const QByteArray raw = sampleBytes(4 * kMinPart);
        const qsizetype one = parallelCompress(raw, 1, 1).size();
        const qsizetype four = parallelCompress(raw, 1, 4).size();
        QVERIFY2(four <= one + one / 100, qPrintable(QStringLiteral("%1 bytes in four parts, %2 in one").arg(four).arg(one)));
    }

    void refusesABadLevel()
    {
        QVERIFY_THROWS_EXCEPTION(Error, parallelCompress(QByteArray("abc"), 0, 2));
        QVERIFY_THROWS_EXCEPTION(Error, parallelCompress(QByteArray("abc"), 10, 2));
    }
};

QTEST_GUILESS_MAIN(TestParallelZlib)
#include "tst_parallel_zlib.moc"
