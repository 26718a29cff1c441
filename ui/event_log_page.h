#pragma once
// The Event log page: every recorded event of every model (training started / completed / failed /
// skipped, promotions, rollbacks, performance checks), newest first, each in a sentence
// (event_sentences.h) with its stored record a double-click away; filtered by model, type and text.
#include <QCoroTask>
#include <QWidget>
#include <utility>
#include <vector>

class QComboBox;
class QLineEdit;
class QMessageBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace retrainer {

class ConsoleEngine;

class EventLogPage : public QWidget
{
    Q_OBJECT
public:
    explicit EventLogPage(ConsoleEngine& engine, QWidget* parent = nullptr);

    QCoro::Task<> reload();
    enum Column { WhenColumn, ModelColumn, EventColumn, RunColumn, WhatColumn, ColumnCount };
    enum Role { TypeRole = Qt::UserRole + 1, RecordRole };

    QTreeWidget* list() const { return m_list; }
    int shownCount() const;
    QComboBox* typeCombo() const { return m_type; }
    // The stored record of an event row (double-click): non-blocking box "eventRecord".
    QMessageBox* showRecord(QTreeWidgetItem* item);

Q_SIGNALS:
    void reloaded();

private:
    void applyFilters();
    static void setChoices(QComboBox* combo, const std::vector<std::pair<QString, QString>>& choices, const QString& anyText);

    ConsoleEngine& m_engine;
    QComboBox* m_model;
    QComboBox* m_type;
    QLineEdit* m_text;
    QTreeWidget* m_list;
    int m_reloads = 0;
};

} // namespace retrainer
