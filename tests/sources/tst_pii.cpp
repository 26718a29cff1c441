// PII patterns: what is replaced (and counted), and what must stay (dates, prices, short numbers).
#include "pii_scrubber.h"

#include <QTest>

using namespace retrainer;

class TstPii : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scrub_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("email");
        QTest::addColumn<int>("phone");
        QTest::addColumn<int>("id");
        QTest::addColumn<int>("url");
        // positives
        QTest::newRow("email") << "write to anna.k+1@mail.example.org today" << "write to [EMAIL] today" << 1 << 0 << 0 << 0;
        QTest::newRow("india") << "call +91 98765 43210 now" << "call [PHONE] now" << 0 << 1 << 0 << 0;
        QTest::newRow("germany") << "Tel. +49 30 1234567." << "Tel. [PHONE]." << 0 << 1 << 0 << 0;
        QTest::newRow("us intl") << "+1 (555) 123-4567" << "[PHONE]" << 0 << 1 << 0 << 0;
        QTest::newRow("area code") << "ring (030) 1234567 please" << "ring [PHONE] please" << 0 << 1 << 0 << 0;
        QTest::newRow("us local") << "my number is 555-123-4567" << "my number is [PHONE]" << 0 << 1 << 0 << 0;
        QTest::newRow("dotted") << "555.123.4567" << "[PHONE]" << 0 << 1 << 0 << 0;
        QTest::newRow("trunk") << "030/1234567 or 030 1234567" << "[PHONE] or [PHONE]" << 0 << 2 << 0 << 0;
        QTest::newRow("id") << "patient 48213377 seen" << "patient [ID] seen" << 0 << 0 << 1 << 0;
        QTest::newRow("six digits") << "record 123456" << "record [ID]" << 0 << 0 << 1 << 0;
        QTest::newRow("url") << "see https://example.org/a?b=1, thanks" << "see [URL], thanks" << 0 << 0 << 0 << 1;
        QTest::newRow("www") << "www.clinic.example/help." << "[URL]." << 0 << 0 << 0 << 1;
        QTest::newRow("several") << "mail a@b.de or call 555-123-4567, id 9876543"
                                 << "mail [EMAIL] or call [PHONE], id [ID]" << 1 << 1 << 1 << 0;
        // negatives: nothing personal
        QTest::newRow("iso date") << "on 2024-01-05 at 10:30" << "on 2024-01-05 at 10:30" << 0 << 0 << 0 << 0;
        QTest::newRow("dotted date") << "on 05.01.2024" << "on 05.01.2024" << 0 << 0 << 0 << 0;
        QTest::newRow("price") << "it costs 12.50 or 1,299.00 EUR" << "it costs 12.50 or 1,299.00 EUR" << 0 << 0 << 0 << 0;
        QTest::newRow("short numbers") << "order 42, 3 items, room 12345" << "order 42, 3 items, room 12345" << 0 << 0 << 0 << 0;
        QTest::newRow("version") << "version 1.2.3" << "version 1.2.3" << 0 << 0 << 0 << 0;
        QTest::newRow("plus points") << "+5 points, score 100 - 20" << "+5 points, score 100 - 20" << 0 << 0 << 0 << 0;
        QTest::newRow("at sign") << "meet @ noon" << "meet @ noon" << 0 << 0 << 0 << 0;
        QTest::newRow("empty") << "" << "" << 0 << 0 << 0 << 0;
    }

    void scrub()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QFETCH(int, email);
        QFETCH(int, phone);
        QFETCH(int, id);
        QFETCH(int, url);
        PiiCounts counts;
        QCOMPARE(scrubPii(text, counts), expected);
        QCOMPARE(counts.email, long(email));
        QCOMPARE(counts.phone, long(phone));
        QCOMPARE(counts.idNumber, long(id));
        QCOMPARE(counts.url, long(url));
    }

    void countsAddUpAndSerialise()
    {
        PiiCounts a;
        scrubPii(QStringLiteral("a@b.de 555-123-4567"), a);
        PiiCounts b;
        scrubPii(QStringLiteral("c@d.de"), b);
        a += b;
        QCOMPARE(a.total(), 3L);
        QCOMPARE(a.toJson()["email"].get<long>(), 2L);
        QCOMPARE(a.toJson()["id_number"].get<long>(), 0L);
    }
};

QTEST_GUILESS_MAIN(TstPii)
#include "tst_pii.moc"
