#pragma once
// The Alerts page: what needs a person (failed runs, performance still low after retries, missed runs,
// slow runs, unreadable sources), newest first, with Acknowledge. Double-clicking one shows all of it.
#include "alert_log.h"
#include "delivery_log.h"
#include <QCoroTask>
#include <QWidget>
#include <map>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace retrainer {

class ConsoleEngine;

class AlertsPage : public QWidget
{
    Q_OBJECT
public:
    explicit AlertsPage(ConsoleEngine& engine, QWidget* parent = nullptr);

    QCoro::Task<> reload();
    QTreeWidget* list() const { return m_list; }
    QPushButton* acknowledgeButton() const { return m_acknowledge; }
    int openCount() const { return m_open; }
    // The alert a row shows (nullptr for none), and opening its details as a double-click does.
    const AlertRecord* alertAt(int row) const;
    // What happened to it on the outside channels (webhook, e-mail), as loaded with the list.
    std::vector<DeliveryRecord> deliveriesAt(int row) const;
    void showDetails(int row);

Q_SIGNALS:
    void reloaded();
    void openCountChanged(int open);

private:
    QCoro::Task<> acknowledgeSelected();

    ConsoleEngine& m_engine;
    QTreeWidget* m_list;
    QCheckBox* m_showAll;
    QPushButton* m_acknowledge;
    QLabel* m_summary;
    std::map<qint64, AlertRecord> m_shown; // by id
    std::map<qint64, std::vector<DeliveryRecord>> m_deliveries; // by alert id
    int m_open = 0;
    int m_reloads = 0;
};

} // namespace retrainer
