// Issue 12 item 11: the console fits a window 800 px wide and 700 px high (so a 1024×700 screen too) in every
// language it ships, every page and tab
// shown once (a page's widgets only grow their minimum size once they hold their text). When it does not,
// the failure names the widgets that ask for the most width or height.
#include "console_fixture.h"
#include "main_window.h"
#include "model_page.h"
#include "translations.h"
#include <QAbstractButton>
#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>
#include <algorithm>

using namespace retrainer;
using retrainer::test::kClinic;

namespace {

// The deepest widgets whose own minimum passes the limit in one direction: the ones to fix.
QStringList widestWidgets(QWidget* root, int limit, bool width)
{
    QStringList found;
    const auto children = root->findChildren<QWidget*>();
    for (QWidget* w : children) {
        if (w->isHidden() && !qobject_cast<QStackedWidget*>(w->parentWidget())) // a tab not shown still counts
            continue;
        const QSize hint = w->minimumSizeHint().expandedTo(w->minimumSize());
        if ((width ? hint.width() : hint.height()) <= limit)
            continue;
        const bool childTooBig = std::any_of(children.begin(), children.end(), [&](QWidget* c) {
            if (c == w || !w->isAncestorOf(c) || (c->isHidden() && !qobject_cast<QStackedWidget*>(c->parentWidget())))
                return false;
            const QSize h = c->minimumSizeHint().expandedTo(c->minimumSize());
            return (width ? h.width() : h.height()) > limit;
        });
        if (childTooBig)
            continue;
        QString text;
        if (auto* label = qobject_cast<QLabel*>(w))
            text = label->text().left(60);
        else if (auto* button = qobject_cast<QAbstractButton*>(w))
            text = button->text();
        found << QStringLiteral("%1 %2 %3x%4 '%5'")
                     .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                     .arg(hint.width()).arg(hint.height()).arg(text);
    }
    return found;
}

} // namespace

class TestSmallScreen : public QObject
{
    Q_OBJECT

    test::ConsoleFixture m_fixture;

private slots:
    void initTestCase() { QVERIFY(m_fixture.setUp()); }

    void everyPageFits800By700_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Spanish") << QStringLiteral("es");
        QTest::newRow("Hindi") << QStringLiteral("hi");
    }

    void everyPageFits800By700()
    {
        QFETCH(QString, language);
        QCOMPARE(installTranslations(language), language);
        MainWindow window(*m_fixture.engine);
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.snapshots().size() == 5, 60000);
        const QStringList pages{QStringLiteral("dashboard"), QStringLiteral("alerts"), QStringLiteral("events"),
                                QStringLiteral("audit"), QStringLiteral("model:") + kClinic};
        for (const QString& page : pages) {
            QVERIFY(window.showPage(page));
            QTest::qWait(200);
        }
        QTabWidget* tabs = window.modelPage()->tabs();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTest::qWait(200);
        }
        const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
        QVERIFY2(minimum.width() <= 800, qPrintable(QStringLiteral("%1 px wide at least: %2").arg(minimum.width())
                                                         .arg(widestWidgets(&window, 760, true).join(QStringLiteral("; ")))));
        QVERIFY2(minimum.height() <= 700, qPrintable(QStringLiteral("%1 px high at least: %2").arg(minimum.height())
                                                          .arg(widestWidgets(&window, 560, false).join(QStringLiteral("; ")))));
        QCOMPARE(window.width(), 1024);
        installTranslations(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestSmallScreen)
#include "tst_small_screen.moc"
