// Issue 12 item 11: in a small window, a field's error appears without collapsing the field or pushing
// the fields below it down.
#include "field_error_label.h"
#include "validated_field.h"
#include <QFormLayout>
#include <QLineEdit>
#include <QTest>

using namespace retrainer;

class TestValidatedField : public QObject
{
    Q_OBJECT

private slots:
    void anErrorNeitherCollapsesTheFieldNorMovesTheOthers()
    {
        QWidget form;
        auto* layout = new QFormLayout(&form);
        auto* name = new ValidatedField([](const QString& text) {
            return text.contains(QLatin1Char('!')) ? QStringLiteral("No '!' here.") : QString();
        });
        auto* below = new QLineEdit;
        layout->addRow(QStringLiteral("Name:"), name);
        layout->addRow(QStringLiteral("Group:"), below);
        form.resize(360, 90); // smaller than the form would like
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        const int editHeight = name->lineEdit()->height();
        const int belowY = below->y();
        QVERIFY(editHeight >= name->lineEdit()->minimumSizeHint().height());

        QTest::keyClicks(name->lineEdit(), QStringLiteral("Hello!"));
        QVERIFY(name->errorLabel()->isVisible());
        QTRY_COMPARE(name->lineEdit()->height(), editHeight);
        QCOMPARE(below->y(), belowY);
        QVERIFY(name->errorLabel()->height() >= name->errorLabel()->fontMetrics().height());

        QTest::keyClick(name->lineEdit(), Qt::Key_Backspace);
        QVERIFY(!name->errorLabel()->isVisible());
        QCOMPARE(below->y(), belowY);
    }
};

QTEST_MAIN(TestValidatedField)
#include "tst_validated_field.moc"
