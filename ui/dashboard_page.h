#pragma once
// The home page: a card per model and a summary line (models healthy, runs today, success rate).
#include "model_snapshot.h"
#include <QWidget>
#include <map>

class QGridLayout;
class QLabel;

namespace retrainer {

class ConsoleEngine;
class ModelCard;

class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(ConsoleEngine& engine, QWidget* parent = nullptr);

    // Shows these models (as loaded by the main window on a worker thread).
    void setSnapshots(const std::vector<ModelSnapshot>& snapshots);
    ModelCard* card(const QString& model) const;
    QString summaryText() const;

Q_SIGNALS:
    void openModel(const QString& model);
    void trainRequested(const QString& model);

private:
    ConsoleEngine& m_engine;
    QLabel* m_summary;
    QGridLayout* m_grid;
    std::map<QString, ModelCard*> m_cards;
};

} // namespace retrainer
