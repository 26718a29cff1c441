#pragma once
// The home page: a card per model and a summary line (models healthy, runs today, success rate). The cards
// stand in two columns when the page is wide enough for two and in one otherwise, so that nothing is
// clipped in a small window.
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
    int columnCount() const { return m_columns; }

protected:
    void resizeEvent(QResizeEvent* event) override;

Q_SIGNALS:
    void openModel(const QString& model);
    void trainRequested(const QString& model);

private:
    // Places the cards in workspace order in as many columns as the width allows.
    void placeCards();

    ConsoleEngine& m_engine;
    std::vector<ModelCard*> m_order;
    int m_columns = 2;
    QLabel* m_summary;
    QGridLayout* m_grid;
    std::map<QString, ModelCard*> m_cards;
};

} // namespace retrainer
