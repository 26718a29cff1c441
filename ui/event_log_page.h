#pragma once
// The Event log page: every recorded event of every model (training started / completed / failed /
// skipped, promotions, rollbacks, performance checks), newest first, filtered by model, type and text.
#include <QCoroTask>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QTreeWidget;

namespace retrainer {

class ConsoleEngine;

class EventLogPage : public QWidget
{
    Q_OBJECT
public:
    explicit EventLogPage(ConsoleEngine& engine, QWidget* parent = nullptr);

    QCoro::Task<> reload();
    QTreeWidget* list() const { return m_list; }
    int shownCount() const;

Q_SIGNALS:
    void reloaded();

private:
    void applyFilters();
    static void setChoices(QComboBox* combo, const QStringList& values, const QString& anyText);

    ConsoleEngine& m_engine;
    QComboBox* m_model;
    QComboBox* m_type;
    QLineEdit* m_text;
    QTreeWidget* m_list;
    int m_reloads = 0;
};

} // namespace retrainer
