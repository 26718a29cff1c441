#include "wizard_source_page.h"
#include "on_worker.h"
#include "error.h"
#include "field_error_label.h"
#include "model_draft.h"
#include "model_setup.h"
#include "source.h"
#include <QButtonGroup>
#include <QComboBox>
#include <QCoroFuture>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QUrl>

namespace retrainer {

namespace {

struct SourceRows
{
    std::shared_ptr<const RawTable> table;
    QHash<QString, ColumnKind> kinds;
    QString suggestedTimestamp;
    QString error;
};

// On a worker thread: reads every row and checks there is something to learn from.
SourceRows readSource(bool csv, const QString& path, const QString& tableName)
{
    SourceRows out;
    try {
        auto table = std::make_shared<RawTable>(csv ? readCsv(path) : readSqlite(path, tableName, QString()));
        const QString name = csv ? QFileInfo(path).fileName() : tableName;
        if (table->columns.size() < 2)
            out.error = WizardSourcePage::tr("%1 has only one column: a model needs a column to predict and at least "
                                             "one column to learn from.").arg(name);
        else if (table->rows.empty())
            out.error = WizardSourcePage::tr("%1 has no rows to learn from.").arg(name);
        if (!out.error.isEmpty())
            return out;
        out.kinds = detectColumnKinds(*table);
        out.suggestedTimestamp = suggestTimestampColumn(*table);
        out.table = std::move(table);
    } catch (const std::exception& e) {
        out.error = WizardSourcePage::tr("Cannot read this source: %1").arg(QString::fromUtf8(e.what()));
    }
    return out;
}

QStringList tablesOf(const QString& path, QString* error)
{
    try {
        return listSqliteTables(path);
    } catch (const std::exception& e) {
        *error = WizardSourcePage::tr("Cannot open this database: %1").arg(QString::fromUtf8(e.what()));
        return {};
    }
}

} // namespace

WizardSourcePage::WizardSourcePage(ModelDraft& draft, QWidget* parent) : QWizardPage(parent), m_draft(draft)
{
    setTitle(tr("Where are the rows?"));
    setSubTitle(tr("Choose the CSV file or the SQLite table that holds one row per past case, with the value to "
                   "predict in one of its columns."));

    m_csvChoice = new QRadioButton(tr("A &CSV file"), this);
    m_sqliteChoice = new QRadioButton(tr("A table of an S&QLite database"), this);
    auto* choices = new QButtonGroup(this);
    choices->addButton(m_csvChoice);
    choices->addButton(m_sqliteChoice);
    m_csvChoice->setChecked(true);

    m_csvPath = new QLineEdit(this);
    m_csvPath->setPlaceholderText(tr("/path/to/rows.csv"));
    m_csvBrowse = new QPushButton(tr("&Browse…"), this);
    auto* csvRow = new QHBoxLayout;
    csvRow->addWidget(m_csvPath, 1);
    csvRow->addWidget(m_csvBrowse);

    m_sqlitePath = new QLineEdit(this);
    m_sqlitePath->setPlaceholderText(tr("/path/to/database.sqlite"));
    m_sqliteBrowse = new QPushButton(tr("B&rowse…"), this);
    auto* sqliteRow = new QHBoxLayout;
    sqliteRow->addWidget(m_sqlitePath, 1);
    sqliteRow->addWidget(m_sqliteBrowse);
    m_table = new QComboBox(this);
    m_table->setToolTip(tr("The table or view whose rows the model learns from."));

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_error = new FieldErrorLabel(this);
    m_error->setObjectName(QStringLiteral("sourceError"));

    auto* form = new QFormLayout(this);
    form->addRow(m_csvChoice);
    form->addRow(tr("&File:"), csvRow);
    qobject_cast<QLabel*>(form->labelForField(csvRow))->setBuddy(m_csvPath);
    form->addRow(m_sqliteChoice);
    form->addRow(tr("&Database:"), sqliteRow);
    qobject_cast<QLabel*>(form->labelForField(sqliteRow))->setBuddy(m_sqlitePath);
    form->addRow(tr("&Table:"), m_table);
    form->addRow(m_status);
    form->addRow(m_error);

    connect(m_csvChoice, &QRadioButton::toggled, this, &WizardSourcePage::updateMode);
    connect(m_csvBrowse, &QPushButton::clicked, this, &WizardSourcePage::browseCsv);
    connect(m_sqliteBrowse, &QPushButton::clicked, this, &WizardSourcePage::browseSqlite);
    connect(m_csvPath, &QLineEdit::editingFinished, this, &WizardSourcePage::startReading);
    connect(m_sqlitePath, &QLineEdit::editingFinished, this, [this] { listTables(); });
    connect(m_table, &QComboBox::currentIndexChanged, this, &WizardSourcePage::startReading);
    updateMode();
}

void WizardSourcePage::updateMode()
{
    const bool csv = m_csvChoice->isChecked();
    m_csvPath->setEnabled(csv);
    m_csvBrowse->setEnabled(csv);
    m_sqlitePath->setEnabled(!csv);
    m_sqliteBrowse->setEnabled(!csv);
    m_table->setEnabled(!csv);
    startReading();
}

void WizardSourcePage::browseCsv()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a CSV file"), m_csvPath->text(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setCsvFile(path);
}

void WizardSourcePage::browseSqlite()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose an SQLite database"), m_sqlitePath->text(),
                                                      tr("SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)"));
    if (!path.isEmpty())
        setSqliteFile(path);
}

void WizardSourcePage::setCsvFile(const QString& path)
{
    m_csvPath->setText(path);
    if (m_csvChoice->isChecked())
        startReading();
    else
        m_csvChoice->setChecked(true); // updateMode reads
}

void WizardSourcePage::setSqliteFile(const QString& path)
{
    m_sqlitePath->setText(path);
    m_sqliteChoice->setChecked(true);
    listTables();
}

void WizardSourcePage::setSqliteTable(const QString& table)
{
    m_table->setCurrentIndex(m_table->findText(table));
}

QString WizardSourcePage::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void WizardSourcePage::showError(const QString& error)
{
    m_error->showError(error);
}

bool WizardSourcePage::isComplete() const
{
    return !m_loading && m_draft.table != nullptr;
}

QCoro::Task<> WizardSourcePage::listTables()
{
    const int generation = ++m_generation;
    const QString path = m_sqlitePath->text().trimmed();
    {
        const QSignalBlocker blocker(m_table);
        m_table->clear();
    }
    m_draft.table.reset();
    showError({});
    m_status->clear();
    if (path.isEmpty()) {
        emit completeChanged();
        co_return;
    }
    m_loading = true;
    emit completeChanged();
    QPointer<WizardSourcePage> self(this);
    auto list = [path] {
        QString error;
        QStringList tables = tablesOf(path, &error);
        return std::make_pair(tables, error);
    };
    const auto listed = co_await onWorker(*m_draft.workers, std::move(list));
    const QStringList& tables = listed.first;
    const QString& error = listed.second;
    if (!self || generation != m_generation)
        co_return;
    m_loading = false;
    if (!error.isEmpty() || tables.isEmpty()) {
        showError(error.isEmpty() ? tr("This database has no tables.") : error);
        emit completeChanged();
        emit sourceRead();
        co_return;
    }
    {
        const QSignalBlocker blocker(m_table);
        m_table->addItems(tables);
        m_table->setCurrentIndex(-1);
    }
    if (tables.size() == 1)
        m_table->setCurrentIndex(0); // reads it
    else
        m_status->setText(tr("Choose one of its %n tables.", nullptr, int(tables.size())));
    emit completeChanged();
}

void WizardSourcePage::startReading()
{
    readRows();
}

QCoro::Task<> WizardSourcePage::readRows()
{
    const int generation = ++m_generation;
    const bool csv = m_csvChoice->isChecked();
    const QString path = (csv ? m_csvPath : m_sqlitePath)->text().trimmed();
    const QString table = m_table->currentText();
    m_draft.table.reset();
    showError({});
    m_status->clear();
    if (path.isEmpty() || (!csv && table.isEmpty())) {
        m_loading = false;
        emit completeChanged();
        co_return;
    }
    m_loading = true;
    m_status->setText(tr("Reading %1…").arg(csv ? QFileInfo(path).fileName() : table));
    emit completeChanged();
    QPointer<WizardSourcePage> self(this);
    auto read = [csv, path, table] { return readSource(csv, path, table); };
    SourceRows rows = co_await onWorker(*m_draft.workers, std::move(read));
    if (!self || generation != m_generation)
        co_return;
    m_loading = false;
    if (!rows.error.isEmpty()) {
        m_status->clear();
        showError(rows.error);
    } else {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        m_draft.sourceUri = csv ? QStringLiteral("csv:") + absolute
                                : QStringLiteral("sqlite:%1?table=%2")
                                      .arg(absolute, QString::fromUtf8(QUrl::toPercentEncoding(table)));
        m_draft.sourceName = csv ? QFileInfo(path).fileName() : table;
        m_draft.kinds = rows.kinds;
        m_draft.suggestedTimestamp = rows.suggestedTimestamp;
        m_draft.table = rows.table;
        const QString rejected = rows.table->rejected.empty()
                                     ? QString()
                                     : tr(" %n rows could not be read and will be left out.", nullptr,
                                          int(rows.table->rejected.size()));
        m_status->setText(tr("%n rows read", nullptr, int(rows.table->rows.size()))
                          + tr(", %n columns.", nullptr, int(rows.table->columns.size())) + rejected);
    }
    emit completeChanged();
    emit sourceRead();
}

} // namespace retrainer
