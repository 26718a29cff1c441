#include "help_windows.h"
#include "cli.h"
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace retrainer {
namespace {

class HelpText
{
    Q_DECLARE_TR_FUNCTIONS(HelpWindows)
};

QDialog* textWindow(QWidget* parent, const QString& name, const QString& title, QWidget* body)
{
    auto* dialog = new QDialog(parent);
    dialog->setObjectName(name);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    body->setParent(dialog);
    layout->addWidget(body, 1);
    layout->addWidget(buttons);
    dialog->resize(720, 560);
    dialog->open();
    return dialog;
}

} // namespace

QDialog* showAbout(QWidget* parent, const QString& workspaceDir)
{
    auto* box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(HelpText::tr("About Retrainer"));
    box->setIcon(QMessageBox::Information);
    box->setText(HelpText::tr("Retrainer %1").arg(QStringLiteral(RETRAINER_VERSION)));
    box->setInformativeText(
        HelpText::tr("Keeps your prediction models fresh: retrains them on your data, tests every new version against "
                 "the one in service, and keeps every version so that you can go back.")
        + QStringLiteral("\n\n")
        + HelpText::tr("Licence: %1").arg(QStringLiteral(RETRAINER_LICENSE)) + QLatin1Char('\n')
        + HelpText::tr("Workspace (models, versions, history): %1").arg(workspaceDir) + QLatin1Char('\n')
        + HelpText::tr("Built with Qt %1 and dlib.").arg(QString::fromLatin1(qVersion())));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->setStandardButtons(QMessageBox::Close);
    box->open();
    return box;
}

QDialog* showHowItDecides(QWidget* parent)
{
    auto* text = new QTextBrowser;
    text->setObjectName(QStringLiteral("howItDecidesText"));
    text->setHtml(QStringLiteral("<h3>%1</h3><p>%2</p><h3>%3</h3><p>%4</p><h3>%5</h3><p>%6</p><h3>%7</h3><p>%8</p>")
                      .arg(HelpText::tr("When a model retrains"),
                           HelpText::tr("On its schedules (by default every night at 02:00, on all its history, and every 12 "
                                    "hours if at least 3 new rows arrived); when enough new rows arrive (5 within 24 hours, "
                                    "then a 6-hour rest); when its score on recent rows falls below its threshold (checked "
                                    "every hour); when you click Train now; and once on start for runs missed while "
                                    "Retrainer was off."),
                           HelpText::tr("How a new version is tested"),
                           HelpText::tr("The newest rows (a fifth by default) are kept aside. The new version learns from the "
                                    "rest; then the new version and the one in service are both scored on the rows kept "
                                    "aside, so that they are compared on the same cases."),
                           HelpText::tr("When the new version takes over"),
                           HelpText::tr("Only when it is better by at least the improvement the model's settings ask for (0.02 by "
                                    "default) — an equal score keeps the version in service — and reaches the lowest score "
                                    "allowed, if one is set. A model can also ask a person to approve each new version first. "
                                    "Otherwise the version in service stays and the run says why."),
                           HelpText::tr("How to undo it"),
                           HelpText::tr("Every version is kept with a checksum. On the model's Versions tab, choose a version "
                                    "and click Roll back: its checksum is verified and it is put in service again. Every "
                                    "change is written in the Audit trail with who made it.")));
    return textWindow(parent, QStringLiteral("howItDecides"), HelpText::tr("How Retrainer decides"), text);
}

QDialog* showCommandList(QWidget* parent)
{
    auto* text = new QPlainTextEdit;
    text->setObjectName(QStringLiteral("commandListText"));
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setPlainText(HelpText::tr("Retrainer also works from a terminal, with the same workspace:") + QStringLiteral("\n\n")
                       + cli::usage());
    return textWindow(parent, QStringLiteral("commandList"), HelpText::tr("Commands"), text);
}

} // namespace retrainer
