#include "trigger_settings_form.h"
#include "validated_field.h"
#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>

namespace retrainer {

namespace {

ValidatedField* durationField(bool allowZero, const QString& objectName, QWidget* parent)
{
    auto* field = new ValidatedField(
        [allowZero](const QString& text) -> QString {
            const auto secs = parseDuration(text);
            if (!secs)
                return TriggerSettingsForm::tr("Enter a duration such as 6h, 90m, 1h30m or 2d.");
            if (*secs == 0 && !allowZero)
                return TriggerSettingsForm::tr("Enter a duration longer than zero.");
            return {};
        },
        parent);
    field->setObjectName(objectName);
    field->lineEdit()->setPlaceholderText(QStringLiteral("6h"));
    return field;
}

QSpinBox* spinBox(int minimum, int maximum, const QString& suffix, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    return box;
}

} // namespace

std::optional<double> parseLocaleNumber(const QString& text)
{
    bool ok = false;
    double value = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok)
        value = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

TriggerSettingsForm::TriggerSettingsForm(QWidget* parent) : QWidget(parent)
{
    auto* dataBox = new QGroupBox(tr("When new data arrives"), this);
    auto* dataForm = new QFormLayout(dataBox);
    m_dataEnabled = new QCheckBox(tr("Retrain when enough new rows arrive"), dataBox);
    m_dataEnabled->setToolTip(tr("Retrain soon after a batch of new rows appears in the source, without waiting "
                                 "for the next scheduled time."));
    dataForm->addRow(m_dataEnabled);
    m_dataMinNew = spinBox(1, 10000000, tr(" new rows"), dataBox);
    m_dataMinNew->setToolTip(tr("How many new rows must arrive before a retrain starts."));
    dataForm->addRow(tr("At &least:"), m_dataMinNew);
    m_dataWindow = durationField(false, QStringLiteral("dataWindowField"), dataBox);
    m_dataWindow->setToolTip(tr("The new rows must arrive within this time, e.g. 24h: \"5 new rows within a day\"."));
    dataForm->addRow(tr("&Within:"), m_dataWindow);
    m_dataCooldown = durationField(true, QStringLiteral("dataCooldownField"), dataBox);
    m_dataCooldown->setToolTip(tr("After a retrain started by new rows, wait at least this long before the next "
                                  "one, so a busy day does not retrain the model again and again. 0s: no pause."));
    dataForm->addRow(tr("&Cool-down:"), m_dataCooldown);

    auto* performanceBox = new QGroupBox(tr("Accuracy check"), this);
    auto* performanceForm = new QFormLayout(performanceBox);
    m_performanceEnabled = new QCheckBox(tr("Check the model's accuracy regularly"), performanceBox);
    m_performanceEnabled->setToolTip(tr("Regularly compare the model's predictions with what really happened in "
                                        "the newest rows, and retrain when it has become less accurate."));
    performanceForm->addRow(m_performanceEnabled);
    m_performanceEvery = durationField(false, QStringLiteral("performanceEveryField"), performanceBox);
    m_performanceEvery->setToolTip(tr("How often the accuracy is checked, e.g. 1h for every hour."));
    performanceForm->addRow(tr("Check &every:"), m_performanceEvery);
    m_threshold = new ValidatedField([this](const QString& text) { return checkThreshold(text); }, performanceBox);
    m_threshold->setObjectName(QStringLiteral("thresholdField"));
    m_threshold->setToolTip(tr("The lowest acceptable score. Below it the model is retrained at once; "
                               "0.70 means 70 %."));
    performanceForm->addRow(tr("&Threshold:"), m_threshold);
    m_retries = spinBox(0, 100, QString(), performanceBox);
    m_retries->setToolTip(tr("How many retrains to try while the score stays below the threshold before "
                             "raising an alert for a person to look at."));
    performanceForm->addRow(tr("&Retries before alert:"), m_retries);
    m_windowRows = spinBox(1, 1000000, tr(" rows"), performanceBox);
    m_windowRows->setToolTip(tr("How many of the newest rows the check scores the model on."));
    performanceForm->addRow(tr("Check on the newest:"), m_windowRows);

    auto* trainingBox = new QGroupBox(tr("Training"), this);
    auto* trainingForm = new QFormLayout(trainingBox);
    m_timeLimit = durationField(false, QStringLiteral("timeLimitField"), trainingBox);
    m_timeLimit->setToolTip(tr("A training still running after this long is stopped; the model in service "
                               "stays as it is."));
    trainingForm->addRow(tr("Time &limit:"), m_timeLimit);
    m_catchUp = new QCheckBox(tr("Catch up on missed schedules at start"), trainingBox);
    m_catchUp->setToolTip(tr("If the computer was off at a scheduled time, retrain once when Retrainer starts "
                             "again."));
    trainingForm->addRow(m_catchUp);
    m_skipUnchanged = new QCheckBox(tr("Skip scheduled retrains when the data has not changed"), trainingBox);
    m_skipUnchanged->setToolTip(tr("A scheduled retrain on exactly the same rows as last time would change "
                                   "nothing, so it is skipped."));
    trainingForm->addRow(m_skipUnchanged);
    m_paused = new QCheckBox(tr("Paused (no automatic retraining)"), trainingBox);
    m_paused->setToolTip(tr("Stops every automatic retrain of this model; \"Train now\" still works."));
    trainingForm->addRow(m_paused);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(dataBox);
    layout->addWidget(performanceBox);
    layout->addWidget(trainingBox);

    for (auto* box : {m_dataEnabled, m_performanceEnabled, m_catchUp, m_skipUnchanged, m_paused})
        connect(box, &QCheckBox::toggled, this, &TriggerSettingsForm::changed);
    for (auto* field : {m_dataWindow, m_dataCooldown, m_performanceEvery, m_threshold, m_timeLimit})
        connect(field, &ValidatedField::edited, this, &TriggerSettingsForm::changed);
    for (auto* box : {m_dataMinNew, m_retries, m_windowRows})
        connect(box, &QSpinBox::valueChanged, this, &TriggerSettingsForm::changed);
    connect(m_dataEnabled, &QCheckBox::toggled, this, &TriggerSettingsForm::updateEnabled);
    connect(m_performanceEnabled, &QCheckBox::toggled, this, &TriggerSettingsForm::updateEnabled);
}

QString TriggerSettingsForm::checkThreshold(const QString& text) const
{
    const auto value = parseLocaleNumber(text);
    const bool fraction = m_primaryMetric == QLatin1String("accuracy") || m_primaryMetric == QLatin1String("macro_f1")
                          || m_primaryMetric == QLatin1String("r2") || m_primaryMetric.isEmpty();
    if (fraction && (!value || *value < 0.0 || *value > 1.0))
        return tr("Enter a number from 0 to 1, e.g. 0.70 for 70 %.");
    if (!value || *value < 0.0)
        return tr("Enter a number of 0 or more.");
    return {};
}

void TriggerSettingsForm::updateEnabled()
{
    for (QWidget* w : std::initializer_list<QWidget*>{m_dataMinNew, m_dataWindow, m_dataCooldown})
        w->setEnabled(m_dataEnabled->isChecked());
    for (QWidget* w : std::initializer_list<QWidget*>{m_performanceEvery, m_threshold, m_retries, m_windowRows})
        w->setEnabled(m_performanceEnabled->isChecked());
}

void TriggerSettingsForm::setTriggers(const TriggerConfig& triggers, const QString& primaryMetric)
{
    m_primaryMetric = primaryMetric;
    m_dataEnabled->setChecked(triggers.data.enabled);
    m_dataMinNew->setValue(triggers.data.minNew);
    m_dataWindow->setText(formatDuration(triggers.data.windowSecs));
    m_dataCooldown->setText(formatDuration(triggers.data.cooldownSecs));
    m_performanceEnabled->setChecked(triggers.performance.enabled);
    m_performanceEvery->setText(formatDuration(triggers.performance.everySecs));
    m_threshold->setText(QLocale().toString(triggers.performance.threshold, 'g', 6));
    m_retries->setValue(triggers.performance.retries);
    m_windowRows->setValue(triggers.performance.windowRows);
    m_timeLimit->setText(formatDuration(triggers.maxTrainingSecs));
    m_catchUp->setChecked(triggers.catchUp);
    m_skipUnchanged->setChecked(triggers.skipUnchangedData);
    m_paused->setChecked(triggers.paused);
    updateEnabled();
}

bool TriggerSettingsForm::isValid() const
{
    for (auto* field : {m_dataWindow, m_dataCooldown, m_performanceEvery, m_threshold, m_timeLimit})
        if (!field->isValid())
            return false;
    return true;
}

void TriggerSettingsForm::applyTo(TriggerConfig& triggers) const
{
    triggers.data.enabled = m_dataEnabled->isChecked();
    triggers.data.minNew = m_dataMinNew->value();
    triggers.data.windowSecs = parseDuration(m_dataWindow->text()).value_or(triggers.data.windowSecs);
    triggers.data.cooldownSecs = parseDuration(m_dataCooldown->text()).value_or(triggers.data.cooldownSecs);
    triggers.performance.enabled = m_performanceEnabled->isChecked();
    triggers.performance.everySecs = parseDuration(m_performanceEvery->text()).value_or(triggers.performance.everySecs);
    triggers.performance.threshold = parseLocaleNumber(m_threshold->text()).value_or(triggers.performance.threshold);
    triggers.performance.retries = m_retries->value();
    triggers.performance.windowRows = m_windowRows->value();
    triggers.maxTrainingSecs = parseDuration(m_timeLimit->text()).value_or(triggers.maxTrainingSecs);
    triggers.catchUp = m_catchUp->isChecked();
    triggers.skipUnchangedData = m_skipUnchanged->isChecked();
    triggers.paused = m_paused->isChecked();
}

} // namespace retrainer
