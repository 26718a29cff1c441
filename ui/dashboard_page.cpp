#include "dashboard_page.h"
#include "console_engine.h"
#include "model_card.h"
#include <QGridLayout>
#include <QResizeEvent>
#include "page_title.h"
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace retrainer {

DashboardPage::DashboardPage(ConsoleEngine& engine, QWidget* parent)
    : QWidget(parent), m_engine(engine), m_summary(new QLabel(this)), m_grid(new QGridLayout)
{
    auto* title = makePageTitle(tr("Dashboard"), this);
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));

    m_summary->setWordWrap(true);
    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(m_grid);
    contentLayout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(scroll, 1);
}

void DashboardPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    placeCards();
}

void DashboardPage::placeCards()
{
    // Two cards side by side need twice a card's minimum width, the spacing and the page's margins.
    // A card reads comfortably from 340 px on (its lines wrap below that).
    const int cardWidth = std::max(340, m_order.empty() ? 0 : m_order.front()->minimumSizeHint().width());
    const int needed = 2 * cardWidth + m_grid->horizontalSpacing() + 2 * 24;
    const int columns = width() >= needed ? 2 : 1;
    const bool changed = columns != m_columns;
    m_columns = columns;
    for (size_t i = 0; i < m_order.size(); ++i) {
        const int row = int(i) / columns, column = int(i) % columns;
        int r = -1, c = -1, rs = 0, cs = 0;
        const int at = m_grid->indexOf(m_order[i]);
        if (at >= 0)
            m_grid->getItemPosition(at, &r, &c, &rs, &cs);
        if (changed || r != row || c != column) {
            m_grid->removeWidget(m_order[i]);
            m_grid->addWidget(m_order[i], row, column);
        }
    }
    for (int column = 0; column < 2; ++column)
        m_grid->setColumnStretch(column, column < columns ? 1 : 0);
}

ModelCard* DashboardPage::card(const QString& model) const
{
    const auto it = m_cards.find(model);
    return it == m_cards.end() ? nullptr : it->second;
}

QString DashboardPage::summaryText() const
{
    return m_summary->text();
}

void DashboardPage::setSnapshots(const std::vector<ModelSnapshot>& snapshots)
{
    // Cards of models that are gone are removed; the others are updated in place.
    for (auto it = m_cards.begin(); it != m_cards.end();) {
        const bool present = std::any_of(snapshots.begin(), snapshots.end(),
                                         [&](const ModelSnapshot& s) { return s.config.name == it->first; });
        if (present) {
            ++it;
        } else {
            m_grid->removeWidget(it->second);
            it->second->deleteLater();
            it = m_cards.erase(it);
        }
    }
    int healthy = 0, runsToday = 0, succeeded = 0, failed = 0, index = 0;
    m_order.clear();
    for (const auto& s : snapshots) {
        ModelCard*& card = m_cards[s.config.name];
        if (!card) {
            card = new ModelCard(this);
            connect(card, &ModelCard::openRequested, this, &DashboardPage::openModel);
            connect(card, &ModelCard::trainRequested, this, &DashboardPage::trainRequested);
        }
        m_order.push_back(card);
        ++index;
        const ModelHealth health = m_engine.health(s);
        const auto next = m_engine.nextMoment(s.config.name);
        card->setSnapshot(s, health, next ? next->when : QDateTime(), next ? next->description : QString());
        healthy += conditionOf(s) == ModelHealth::Healthy ? 1 : 0; // paused is not unhealthy
        runsToday += s.runsToday;
        succeeded += s.succeeded;
        failed += s.failed;
    }
    placeCards();
    const QString rate = succeeded + failed == 0 ? QStringLiteral("—")
                                                 : QStringLiteral("%1 %").arg(100 * succeeded / (succeeded + failed));
    const QString figures = tr("%1 of %2 models healthy · %3 runs today · success rate %4 (last 30 days)")
                                .arg(healthy).arg(int(snapshots.size())).arg(runsToday).arg(rate);
    m_summary->setText(m_engine.pausedAll()
                           ? tr("Scheduling is paused: models retrain only when you ask, until you resume it.")
                                 + QLatin1Char('\n') + figures
                           : figures);
}

} // namespace retrainer
