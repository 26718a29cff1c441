// Sha256 (OpenSSL) gives the digests Qt's own SHA-256 gives, whole or fed in pieces, so checksums written by
// earlier versions verify unchanged.
#include "sha256.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace retrainer;

class TestSha256 : public QObject
{
    Q_OBJECT

private slots:
    void sameAsQt_data()
    {
        QTest::addColumn<qsizetype>("size");
        for (const qsizetype size : {qsizetype(0), qsizetype(1), qsizetype(55), qsizetype(56), qsizetype(64),
                                     qsizetype(1000003), qsizetype(9) << 20})
            QTest::addRow("%lld bytes", qint64(size)) << size;
    }
    void sameAsQt()
    {
        QFETCH(qsizetype, size);
        QByteArray bytes(size, Qt::Uninitialized);
        QRandomGenerator random(quint32(size) + 7);
        for (char& c : bytes)
            c = char(random.bounded(256));
        const QByteArray expected = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
        QCOMPARE(Sha256::hash(bytes), expected);
        Sha256 pieces;
        for (qsizetype at = 0; at < bytes.size(); at += 4099)
            pieces.addData(QByteArrayView(bytes).sliced(at, std::min<qsizetype>(4099, bytes.size() - at)));
        QCOMPARE(pieces.result(), expected);
    }

    void knownDigest()
    {
        QCOMPARE(Sha256::hash("abc").toHex(),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
