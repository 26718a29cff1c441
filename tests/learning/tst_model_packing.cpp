// PackingStream / unpackModel: Zstandard on several threads reads back byte for byte; zlib files (qCompress's
// format, what earlier versions wrote) still read; a wrong size, damaged data or an unknown packing is an Error
// that says which.
#include "error.h"
#include "model_packing.h"
#include "packed_whole.h"

#include <QRandomGenerator>
#include <QTest>
#include <algorithm>

using namespace retrainer;

namespace {

// Half repetitive, half random: like a serialized forest (indices and thresholds), compressible but not trivially.
QByteArray sample(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator random(20261202);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = (i / 64) % 2 ? char(random.bounded(256)) : char(i % 7);
    return bytes;
}

QString errorOf(const QString& packing, QByteArrayView stored, qint64 rawSize)
{
    try {
        unpackModel(packing, stored, rawSize);
    } catch (const Error& e) {
        return e.message();
    }
    return {};
}

} // namespace

class TestModelPacking : public QObject
{
    Q_OBJECT

private slots:
    void roundTrips_data()
    {
        QTest::addColumn<qsizetype>("size");
        QTest::addColumn<int>("threads");
        for (const qsizetype size : {qsizetype(0), qsizetype(1), qsizetype(100000), qsizetype(5) << 20})
            for (const int threads : {1, 2, 4})
                QTest::addRow("%lld bytes, %d threads", qint64(size), threads) << size << threads;
    }
    void roundTrips()
    {
        QFETCH(qsizetype, size);
        QFETCH(int, threads);
        const QByteArray raw = sample(size);
        const QByteArray packed = test::packedWhole(raw, threads);
        if (size >= 100000)
            QVERIFY2(packed.size() < raw.size() * 3 / 4, qPrintable(QString::number(packed.size())));
        const std::string back = unpackModel(QStringLiteral("zstd"), packed, raw.size());
        QCOMPARE(QByteArray::fromStdString(back), raw);
    }

    // What is written to a PackingStream, in pieces of any size, reads back whole; nothing is held unpacked.
    void packsAsItIsWritten_data()
    {
        QTest::addColumn<qsizetype>("size");
        QTest::addColumn<qsizetype>("piece");
        QTest::addColumn<int>("threads");
        QTest::addRow("empty") << qsizetype(0) << qsizetype(1) << 1;
        QTest::addRow("bytes one by one") << qsizetype(70000) << qsizetype(1) << 2;
        QTest::addRow("odd pieces") << qsizetype(3) * 1000 * 1000 << qsizetype(12345) << 2;
        QTest::addRow("20 MiB in 1 MiB pieces") << (qsizetype(20) << 20) << (qsizetype(1) << 20) << 4;
    }
    void packsAsItIsWritten()
    {
        QFETCH(qsizetype, size);
        QFETCH(qsizetype, piece);
        QFETCH(int, threads);
        const QByteArray raw = sample(size);
        PackingStream packing(threads);
        for (qsizetype at = 0; at < raw.size(); at += piece) {
            const qsizetype n = std::min(piece, raw.size() - at);
            if (n == 1)
                packing.stream().put(raw[at]);
            else
                packing.stream().write(raw.constData() + at, std::streamsize(n));
        }
        const QByteArray packed = packing.finish();
        QCOMPARE(packing.rawBytes(), qint64(raw.size()));
        QCOMPARE(QByteArray::fromStdString(unpackModel(QStringLiteral("zstd"), packed, raw.size())), raw);
        if (size >= 1000000)
            QVERIFY(packed.size() < raw.size() * 3 / 4);
    }

    void zlibFilesStillRead()
    {
        const QByteArray raw = sample(300000);
        const std::string back = unpackModel(QStringLiteral("zlib"), qCompress(raw, 1), raw.size());
        QCOMPARE(QByteArray::fromStdString(back), raw);
        QVERIFY(errorOf(QStringLiteral("zlib"), qCompress(raw, 1), raw.size() + 1).contains(QLatin1String("header says")));
    }

    void refusesWhatDoesNotFit()
    {
        const QByteArray raw = sample(200000);
        const QByteArray packed = test::packedWhole(raw, 2);
        // Another size than the one stored: refused before any memory is taken for it.
        QVERIFY(errorOf(QStringLiteral("zstd"), packed, raw.size() + 1).contains(QLatin1String("header says")));
        QVERIFY(errorOf(QStringLiteral("zstd"), packed, -1).contains(QLatin1String("not a size")));
        // A flipped byte in the middle: the frame's checksum or its structure catches it.
        QByteArray flipped = packed;
        flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x10);
        QVERIFY(!errorOf(QStringLiteral("zstd"), flipped, raw.size()).isEmpty());
        // Cut short, or not Zstandard at all.
        QVERIFY(!errorOf(QStringLiteral("zstd"), QByteArrayView(packed).first(packed.size() - 9), raw.size()).isEmpty());
        QVERIFY(errorOf(QStringLiteral("zstd"), qCompress(raw), raw.size()).contains(QLatin1String("not Zstandard")));
        QVERIFY(errorOf(QStringLiteral("lzma"), packed, raw.size()).contains(QLatin1String("unknown compression lzma")));
    }
};

QTEST_GUILESS_MAIN(TestModelPacking)
#include "tst_model_packing.moc"
