#include "model_card.h"
#include "metric_words.h"
#include "metrics.h"
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

namespace retrainer {

ModelCard::ModelCard(QWidget* parent)
    : QFrame(parent),
      m_icon(new QLabel(this)),
      m_title(new QLabel(this)),
      m_health(new QLabel(this)),
      m_version(new QLabel(this)),
      m_metric(new QLabel(this)),
      m_lastRun(new QLabel(this)),
      m_next(new QLabel(this)),
      m_readiness(new QLabel(this)),
      m_train(new QPushButton(tr("Train now"), this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setMinimumWidth(300);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::RichText);
    connect(m_title, &QLabel::linkActivated, this, [this] { Q_EMIT openRequested(m_model); });
    m_lastRun->setWordWrap(true);
    m_title->setWordWrap(true);
    m_version->setWordWrap(true);
    m_next->setWordWrap(true);
    m_readiness->setWordWrap(true);
    m_metric->setWordWrap(true);

    auto* header = new QHBoxLayout;
    header->addWidget(m_icon);
    header->addWidget(m_title, 1);
    header->addWidget(m_health);
    auto* form = new QFormLayout;
    form->addRow(tr("In service:"), m_version);
    form->addRow(tr("Score:"), m_metric);
    form->addRow(tr("Last run:"), m_lastRun);
    form->addRow(tr("Next:"), m_next);
    form->addRow(tr("Data:"), m_readiness);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_train);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(form);
    layout->addLayout(buttons);
    connect(m_train, &QPushButton::clicked, this, [this] { Q_EMIT trainRequested(m_model); });
}

QString ModelCard::nextText() const
{
    return m_next->text();
}

QString ModelCard::healthText() const
{
    return m_health->text();
}

QString ModelCard::titleText() const
{
    QTextDocument document;
    document.setHtml(m_title->text());
    return document.toPlainText();
}

QString ModelCard::dataText() const
{
    return m_readiness->text();
}

QString ModelCard::scoreText() const
{
    return m_metric->text();
}

QString ModelCard::versionText() const
{
    return m_version->text();
}

void ModelCard::setOpenable(bool openable)
{
    m_openable = openable;
}

void ModelCard::setSnapshot(const ModelSnapshot& s, ModelHealth health, const QDateTime& nextMoment,
                            const QString& nextDescription)
{
    m_model = s.config.name;
    setObjectName(QStringLiteral("card_") + m_model);
    m_icon->setPixmap(healthIcon(health).pixmap(24, 24));
    const QString shown = s.config.shownName().toHtmlEscaped();
    m_title->setText(m_openable ? QStringLiteral("<a href=\"open\">%1</a>").arg(shown) : shown);
    m_health->setText(healthLabel(health));
    m_health->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(healthColor(health).name()));
    m_version->setText(s.active ? tr("version %1, since %2").arg(s.active->version).arg(formatMoment(s.active->created))
                                : tr("no version yet"));
    const auto metric = s.activeMetric();
    if (metric) {
        const QString name = s.metricName();
        const QString label = s.config.label;
        const bool checked = s.config.triggers.performance.enabled && Metrics::higherIsBetter(name);
        const QString comparison = s.belowThreshold() ? tr("below the threshold %1") : tr("threshold %1");
        const QString score = checked ? QStringLiteral("%1 (%2)").arg(MetricWords::shortText(name, *metric, label),
                                                                       comparison.arg(formatMetric(name, s.threshold(), label)))
                                      : MetricWords::shortText(name, *metric, label);
        QStringList lines{score, MetricWords::meaning(name)};
        // A regression's error in the label's own units says more to most people than R².
        const auto typical = s.active && name != QLatin1String("mae")
                                 ? metricIn(s.active->metadata.value("metrics", nlohmann::json::object()), QStringLiteral("mae"))
                                 : std::nullopt;
        if (typical)
            lines << MetricWords::sentence(QStringLiteral("mae"), *typical, label);
        m_metric->setText(lines.join(QLatin1Char('\n')));
    } else {
        m_metric->setText(QStringLiteral("—"));
    }
    m_lastRun->setText(s.lastRun ? QStringLiteral("%1 · %2").arg(formatMoment(s.lastRun->queuedAt), runOutcomeText(*s.lastRun))
                                 : tr("never trained"));
    m_next->setText(nextMoment.isValid() ? QStringLiteral("%1 · %2").arg(formatMoment(nextMoment), nextDescription)
                                         : tr("nothing scheduled"));
    if (!s.missingSource.isEmpty()) {
        m_readiness->setText(tr("the data file is missing: %1").arg(s.missingSource));
        m_readiness->setStyleSheet(QStringLiteral("color: #c62828;"));
    } else {
        m_readiness->setText(s.samples < 0 ? tr("unknown until the first run")
                                           : tr("%n sample(s) · %1", nullptr, int(s.samples)).arg(readinessLabel(s.samples)));
        m_readiness->setStyleSheet({});
    }
    if (s.trainingElsewhere) {
        const ModelLock::Holder& holder = *s.trainingElsewhere;
        const QString where = holder.host.isEmpty() ? tr("Training on another computer")
                              : holder.since.isValid()
                                  ? tr("Training on %1 (user %2) since %3").arg(holder.host, holder.user, formatMoment(holder.since))
                                  : tr("Training on %1 (user %2)").arg(holder.host, holder.user);
        m_health->setText(where);
        m_health->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(healthColor(ModelHealth::Training).name()));
        m_health->setToolTip(tr("Another Retrainer that shares this store is training this model. This console waits "
                                "and shows the outcome when that training ends."));
    } else {
        m_health->setToolTip({});
    }
    m_train->setEnabled(health != ModelHealth::Training && !s.trainingElsewhere);
}

QString runOutcomeText(const RunRecord& run)
{
    switch (run.state) {
    case RunState::Promoted:
        return run.version ? ModelCard::tr("promoted to version %1").arg(*run.version) : ModelCard::tr("promoted");
    case RunState::Rejected: return ModelCard::tr("rejected: the version in service was better");
    case RunState::Failed: return ModelCard::tr("failed: %1").arg(run.error);
    case RunState::Cancelled: return ModelCard::tr("cancelled");
    case RunState::Skipped: return ModelCard::tr("skipped: %1").arg(run.error);
    case RunState::Interrupted: return ModelCard::tr("interrupted");
    case RunState::AwaitingApproval:
        return run.version ? ModelCard::tr("version %1 awaits approval").arg(*run.version) : ModelCard::tr("awaits approval");
    case RunState::Queued: return ModelCard::tr("queued");
    case RunState::Loading: return ModelCard::tr("loading data");
    case RunState::Training: return ModelCard::tr("training");
    case RunState::Evaluating: return ModelCard::tr("evaluating");
    }
    return toString(run.state);
}

} // namespace retrainer
