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
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
