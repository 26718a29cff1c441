// Issue 12 item 13: in Spanish, Qt's own buttons (Cancel) are Spanish too, the run triggers are named in
// Spanish, and numbers follow the language.
#include "metric_words.h"
#include "model_snapshot.h"
#include "translations.h"
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTest>

using namespace retrainer;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void spanishReachesQtsOwnButtonsTriggersAndNumbers()
    {
        QCOMPARE(installTranslations(QStringLiteral("es")), QStringLiteral("es"));
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')), QStringLiteral("Cancelar"));
        QCOMPARE(triggerLabel(QStringLiteral("schedule")), QStringLiteral("según el horario"));
        QCOMPARE(triggerLabel(QStringLiteral("manual")), QStringLiteral("Entrenar ahora"));
        QVERIFY(MetricWords::meaning(QStringLiteral("accuracy")).contains(QStringLiteral("mayor es mejor")));
        QCOMPARE(formatMetric(QStringLiteral("r2"), 0.7), QStringLiteral("0,70"));
    }

    // English has its plural forms: "1 sample", "1,395 samples", never "sample(s)"; and a second language
    // replaces the first instead of stacking on it.
    void englishSaysOneSampleAndManySamples()
    {
        QCOMPARE(installTranslations(QStringLiteral("es")), QStringLiteral("es"));
        QCOMPARE(installTranslations(QStringLiteral("en")), QStringLiteral("en"));
        const auto samples = [](int n) { return QCoreApplication::translate("retrainer::ModelCard", "%n sample(s) · %1", nullptr, n); };
        QCOMPARE(samples(1), QStringLiteral("1 sample · %1"));
        QCOMPARE(samples(1395), QStringLiteral("1395 samples · %1"));
        QCOMPARE(QCoreApplication::translate("retrainer::TrayIcon", "%n alert(s) need attention", nullptr, 1),
                 QStringLiteral("1 alert needs attention"));
        QCOMPARE(QDialogButtonBox(QDialogButtonBox::Cancel).button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')),
                 QStringLiteral("Cancel"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
