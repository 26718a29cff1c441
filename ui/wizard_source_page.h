#pragma once
// The model wizard's first page: a CSV file or an SQLite database and one of its tables. The rows are
// read on a worker thread as soon as the source is chosen; an unreadable source or one without rows is
// shown on the page, and Next stays disabled until the rows are read.
#include <QCoroTask>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace retrainer {

class FieldErrorLabel;
struct ModelDraft;

class WizardSourcePage : public QWizardPage
{
    Q_OBJECT

public:
    WizardSourcePage(ModelDraft& draft, QWidget* parent = nullptr);

    // What the Browse buttons do after the file dialog, also for tests and drag-and-drop.
    void setCsvFile(const QString& path);
    void setSqliteFile(const QString& path);
    void setSqliteTable(const QString& table);

    bool isComplete() const override;
    bool validatePage() override { return isComplete(); }
    bool isLoading() const { return m_loading; }
    QString error() const;

signals:
    // The rows were read (or reading failed: see error()).
    void sourceRead();

private:
    void browseCsv();
    void browseSqlite();
    void updateMode();
    QCoro::Task<> listTables();
    QCoro::Task<> readRows();
    void startReading();
    void showError(const QString& error);

    ModelDraft& m_draft;
    int m_generation = 0; // a newer read makes the results of older ones irrelevant
    bool m_loading = false;
    QRadioButton* m_csvChoice = nullptr;
    QRadioButton* m_sqliteChoice = nullptr;
    QLineEdit* m_csvPath = nullptr;
    QPushButton* m_csvBrowse = nullptr;
    QLineEdit* m_sqlitePath = nullptr;
    QPushButton* m_sqliteBrowse = nullptr;
    QComboBox* m_table = nullptr;
    QLabel* m_status = nullptr;
    FieldErrorLabel* m_error = nullptr;
};

} // namespace retrainer
