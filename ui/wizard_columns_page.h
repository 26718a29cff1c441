#pragma once
// The model wizard's second page: the source's columns with the kind detected for each (numbers or
// text) and its first 20 rows, so the administrator can check this is the right data.
#include <QWizardPage>

class QLabel;
class QTableWidget;

namespace retrainer {

struct ModelDraft;

class WizardColumnsPage : public QWizardPage
{
    Q_OBJECT

public:
    static constexpr int kPreviewRows = 20;

    WizardColumnsPage(const ModelDraft& draft, QWidget* parent = nullptr);

    void initializePage() override;

    QTableWidget* preview() const { return m_preview; }

private:
    const ModelDraft& m_draft;
    QLabel* m_summary = nullptr;
    QTableWidget* m_preview = nullptr;
};

// "numbers" or "text", as the wizard names a column's kind.
QString columnKindLabel(bool numeric);

} // namespace retrainer
