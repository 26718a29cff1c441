// The Versions tab says how each version was chosen and how much disk the model's versions use (issue 10).
#include "algorithm_label.h"
#include "console_fixture.h"
#include "translations.h"
#include "version_choice_text.h"
#include "versions_tab.h"
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QTableWidget>

using namespace retrainer;
using retrainer::test::kClinic;

class TstVersionsTab : public QObject
{
    Q_OBJECT

    test::ConsoleFixture m_fixture;
    Registry& registry() { return m_fixture.engine->workspace().registry(); }

private slots:
    void initTestCase()
    {
        QCOMPARE(installTranslations(QStringLiteral("en")), QStringLiteral("en")); // English plurals
        QVERIFY(m_fixture.setUp());
        // Version 1 as set in the settings, version 2 chosen automatically: both trained for real.
        ModelConfig clinic = m_fixture.engine->workspace().requireModel(kClinic);
        clinic.autoAlgorithm = false;
        clinic.algorithm = Algorithm::RandomForest;
        QCOMPARE(QCoro::waitFor(m_fixture.engine->saveModel(clinic)), QString());
        auto run = m_fixture.trainAndWait(kClinic);
        QVERIFY(run);
        QVERIFY2(run->version, qPrintable(run->error));
        clinic.autoAlgorithm = true;
        QCOMPARE(QCoro::waitFor(m_fixture.engine->saveModel(clinic)), QString());
        run = m_fixture.trainAndWait(kClinic);
        QVERIFY(run);
        QVERIFY2(run->version, qPrintable(run->error));
        QCOMPARE(registry().versions(kClinic).size(), size_t(2));
    }

    void saysHowEachVersionWasChosenAndTheDiskUse()
    {
        VersionsTab tab(*m_fixture.engine);
        tab.resize(900, 600);
        tab.show();
        QSignalSpy loaded(&tab, &VersionsTab::reloaded);
        tab.setModel(kClinic);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, 60000);

        const auto versions = registry().versions(kClinic);
        const auto byNumber = [&](int number) {
            return *std::find_if(versions.begin(), versions.end(), [&](const ModelVersion& v) { return v.version == number; });
        };
        const ModelVersion automatic = byNumber(2);
        const ModelVersion manual = byNumber(1);
        const auto selection = automatic.metadata.at("selection");
        const QString chosen = algorithmLabel(*algorithmFromString(
            QString::fromStdString(selection.at("chosen").at("algorithm").get<std::string>())));

        // Nothing selected: the version in service (the automatic one) is described.
        QVERIFY(tab.table()->selectedItems().isEmpty());
        const QString inService = tab.detailsLabel()->text();
        QVERIFY2(inService.startsWith(QStringLiteral("Version %1: %2, chosen automatically.").arg(automatic.version).arg(chosen)),
                 qPrintable(inService));
        QVERIFY2(inService.contains(QStringLiteral("never on the rows kept back")), qPrintable(inService));
        QVERIFY2(inService.contains(QStringLiteral("The others: ")), qPrintable(inService));
        // Every method that was scored is named, the chosen one once.
        for (const auto& entry : selection.at("candidates")) {
            const QString name = algorithmLabel(*algorithmFromString(QString::fromStdString(entry.at("algorithm").get<std::string>())));
            QVERIFY2(inService.contains(name), qPrintable(name + QStringLiteral(" missing from: ") + inService));
        }

        // The version set in the settings says so.
        QVERIFY(tab.selectVersion(manual.version));
        QCOMPARE(tab.detailsLabel()->text(),
                 QStringLiteral("Version %1: Random forest, as set in the model's settings.").arg(manual.version));

        // Disk use: the registry's own figure, in words, with the retention rule.
        const QString size = QLocale().formattedDataSize(registry().diskUse(kClinic), 1, QLocale::DataSizeTraditionalFormat);
        QVERIFY(registry().diskUse(kClinic) > 0);
        QCOMPARE(tab.diskUseLabel()->text(),
                 QStringLiteral("The 2 versions use %1 on disk. The newest 10 are kept, with any pinned one and the one "
                                "in service; older ones are removed after each new version.").arg(size));
    }

    void skippedMethodsGiveTheirReason()
    {
        nlohmann::json metadata = {{"algorithm", "random_forest"},
                                   {"selection", {{"metric", "accuracy"}, {"folds", "3 stratified folds"},
                                                  {"chosen", {{"algorithm", "random_forest"}, {"cv_score", 0.9}}},
                                                  {"candidates", nlohmann::json::array({
                                                       {{"algorithm", "random_forest"}, {"cv_score", 0.9}},
                                                       {{"algorithm", "linear"}, {"cv_score", 0.7}},
                                                       {{"algorithm", "linear"}, {"cv_score", 0.8}},
                                                       {{"algorithm", "krr"}, {"skipped", "too many rows"}}})}}}};
        const QString text = versionChoiceText(3, metadata, QString());
        QVERIFY2(text.contains(QStringLiteral("The others: Linear model accuracy 80")), qPrintable(text)); // the best try
        QVERIFY2(text.contains(QStringLiteral("Kernel ridge regression — too many rows.")), qPrintable(text));
    }
};

QTEST_MAIN(TstVersionsTab)
#include "tst_versions_tab.moc"
