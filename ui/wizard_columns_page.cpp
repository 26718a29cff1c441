#include "wizard_columns_page.h"
#include "dataset.h"
#include "model_draft.h"
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace retrainer {

QString columnKindLabel(bool numeric)
{
    return numeric ? WizardColumnsPage::tr("numbers") : WizardColumnsPage::tr("text");
}

namespace {

// Whether a text column holds dates or times ("2026-03-01 08:15"): 95 % of its first 200 filled cells parse.
bool holdsDates(const RawTable& table, int column)
{
    int filled = 0, dates = 0;
    for (const RawRow& row : table.rows) {
        const QString cell = row.cells.value(column);
        if (cell.trimmed().isEmpty())
            continue;
        ++filled;
        dates += parseTimestamp(cell) ? 1 : 0;
        if (filled == 200)
            break;
    }
    return filled > 0 && dates * 100 >= filled * 95;
}

} // namespace

WizardColumnsPage::WizardColumnsPage(const ModelDraft& draft, QWidget* parent) : QWizardPage(parent), m_draft(draft)
{
    setTitle(tr("Is this the right data?"));
    setSubTitle(tr("The columns found, what each holds, and the first rows."));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_preview = new QTableWidget(this);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAlternatingRowColors(true);
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_preview->setToolTip(tr("The first %1 rows of the source, as read.").arg(kPreviewRows));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 1);
}

void WizardColumnsPage::initializePage()
{
    m_preview->clear();
    if (!m_draft.table) {
        m_preview->setRowCount(0);
        m_preview->setColumnCount(0);
        m_summary->clear();
        return;
    }
    const RawTable& table = *m_draft.table;
    const int columns = int(table.columns.size());
    const int rows = int(std::min<size_t>(table.rows.size(), kPreviewRows));
    m_preview->setColumnCount(columns);
    m_preview->setRowCount(rows);
    QStringList numbers, texts, dates;
    for (int c = 0; c < columns; ++c) {
        const QString& name = table.columns[c];
        const bool numeric = m_draft.kinds.value(name) == ColumnKind::Numeric;
        const bool dated = !numeric && holdsDates(table, c);
        (numeric ? numbers : dated ? dates : texts) << name;
        auto* header = new QTableWidgetItem(QStringLiteral("%1\n(%2)").arg(name, dated ? tr("date and time") : columnKindLabel(numeric)));
        header->setToolTip(numeric ? tr("%1 holds numbers").arg(name)
                           : dated ? tr("%1 holds dates and times").arg(name)
                                   : tr("%1 holds text or categories").arg(name));
        m_preview->setHorizontalHeaderItem(c, header);
    }
    for (int r = 0; r < rows; ++r) {
        const RawRow& row = table.rows[size_t(r)];
        for (int c = 0; c < columns; ++c) {
            auto* item = new QTableWidgetItem(row.cells.value(c));
            if (m_draft.kinds.value(table.columns[c]) == ColumnKind::Numeric)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_preview->setItem(r, c, item);
        }
    }
    QString summary = tr("%1: %n rows, ", nullptr, int(table.rows.size())).arg(m_draft.sourceName)
                      + tr("%n columns.", nullptr, columns);
    if (!numbers.isEmpty())
        summary += QLatin1Char(' ') + tr("Numbers: %1.").arg(numbers.join(QStringLiteral(", ")));
    if (!dates.isEmpty())
        summary += QLatin1Char(' ') + tr("Dates and times: %1.").arg(dates.join(QStringLiteral(", ")));
    if (!texts.isEmpty())
        summary += QLatin1Char(' ') + tr("Text: %1.").arg(texts.join(QStringLiteral(", ")));
    if (!table.rejected.empty())
        summary += QLatin1Char(' ') + tr("%n rows could not be read (first: %1, %2).", nullptr, int(table.rejected.size()))
                                          .arg(table.rejected.front().where, table.rejected.front().reason);
    m_summary->setText(summary);
}

} // namespace retrainer
