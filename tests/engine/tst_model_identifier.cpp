// A display name with spaces and punctuation gives a usable, unique identifier; bad display names are
// refused with a sentence; workspace.json keeps the display name.
#include "error.h"
#include "model_config.h"
#include "model_identifier.h"
#include <QSet>
#include <QTest>

using namespace retrainer;

class TestModelIdentifier : public QObject
{
    Q_OBJECT

private slots:
    void identifierFromDisplayName_data()
    {
        QTest::addColumn<QString>("display");
        QTest::addColumn<QString>("identifier");
        QTest::newRow("clinic") << QStringLiteral("Waiting time (north clinic)") << QStringLiteral("waiting-time-north-clinic");
        QTest::newRow("accents") << QStringLiteral("Tiempo de espera — Clínica Sur") << QStringLiteral("tiempo-de-espera-clinica-sur");
        QTest::newRow("digits kept") << QStringLiteral("  Delay 2026 / Route 7  ") << QStringLiteral("delay-2026-route-7");
        QTest::newRow("nothing usable") << QStringLiteral("—!?") << QStringLiteral("model");
        QTest::newRow("already an identifier") << QStringLiteral("delivery-delay") << QStringLiteral("delivery-delay");
    }

    void identifierFromDisplayName()
    {
        QFETCH(QString, display);
        QFETCH(QString, identifier);
        const QString derived = identifierFor(display);
        QCOMPARE(derived, identifier);
        QVERIFY2(ModelConfig::validateName(derived).isEmpty(), qPrintable(derived));
    }

    void longNamesAreCutAndStayValid()
    {
        const QString derived = identifierFor(QString(200, QLatin1Char('a')) + QStringLiteral(" b"));
        QCOMPARE(derived.size(), 60);
        QVERIFY(ModelConfig::validateName(derived).isEmpty());
        QVERIFY(!identifierFor(QStringLiteral("x ") + QString(58, QLatin1Char('y')) + QStringLiteral(" z")).endsWith(QLatin1Char('-')));
    }

    void takenIdentifiersGetANumber()
    {
        QSet<QString> taken{QStringLiteral("waiting-time"), QStringLiteral("waiting-time-2")};
        const auto isTaken = [&](const QString& id) { return taken.contains(id); };
        QCOMPARE(identifierFor(QStringLiteral("Waiting time"), isTaken), QStringLiteral("waiting-time-3"));
        QCOMPARE(identifierFor(QStringLiteral("Waiting TIME!"), isTaken), QStringLiteral("waiting-time-3"));
        QCOMPARE(identifierFor(QStringLiteral("Other"), isTaken), QStringLiteral("other"));
    }

    void badDisplayNamesAreRefused()
    {
        QVERIFY(displayNameProblem(QStringLiteral("Waiting time (north clinic)")).isEmpty());
        QVERIFY(displayNameProblem(QStringLiteral("   ")).contains(QStringLiteral("Give the model a name")));
        QVERIFY(displayNameProblem(QString(101, QLatin1Char('a'))).contains(QStringLiteral("101")));
        QVERIFY(displayNameProblem(QStringLiteral("two\nlines")).contains(QStringLiteral("one line")));
    }

    void workspaceJsonKeepsTheDisplayName()
    {
        ModelConfig model;
        model.name = identifierFor(QStringLiteral("Waiting time (north clinic)"));
        model.displayName = QStringLiteral("Waiting time (north clinic)");
        model.source = QStringLiteral("csv:visits.csv");
        model.label = QStringLiteral("waiting_minutes");
        const ModelConfig back = ModelConfig::fromJson(model.toJson());
        QCOMPARE(back.name, QStringLiteral("waiting-time-north-clinic"));
        QCOMPARE(back.shownName(), QStringLiteral("Waiting time (north clinic)"));

        model.displayName.clear();
        QVERIFY(!model.toJson().contains("display_name"));
        QCOMPARE(ModelConfig::fromJson(model.toJson()).shownName(), QStringLiteral("waiting-time-north-clinic"));

        auto bad = model.toJson();
        bad["display_name"] = "  ";
        try {
            ModelConfig::fromJson(bad);
            QFAIL("an empty display name was accepted");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QStringLiteral("display_name")), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestModelIdentifier)
#include "tst_model_identifier.moc"
