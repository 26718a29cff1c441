#include "metric_words.h"
#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace retrainer::MetricWords {
namespace {

class MetricText
{
    Q_DECLARE_TR_FUNCTIONS(MetricWords)
};

bool isError(const QString& metric)
{
    return metric == QLatin1String("mae") || metric == QLatin1String("rmse");
}

} // namespace

QString title(const QString& metric)
{
    if (metric == QLatin1String("accuracy"))
        return MetricText::tr("accuracy");
    if (metric == QLatin1String("macro_f1"))
        return MetricText::tr("macro-F1");
    if (metric == QLatin1String("r2"))
        return MetricText::tr("R²");
    if (metric == QLatin1String("mae"))
        return MetricText::tr("typical error");
    if (metric == QLatin1String("rmse"))
        return MetricText::tr("error on big misses");
    return metric;
}

QString meaning(const QString& metric)
{
    if (metric == QLatin1String("accuracy"))
        return MetricText::tr("share of cases predicted right; higher is better");
    if (metric == QLatin1String("macro_f1"))
        return MetricText::tr("how well every class is found, rare ones too; 1 is perfect");
    if (metric == QLatin1String("r2"))
        return MetricText::tr("how much of the ups and downs the model explains; 1 is perfect, 0 is no better than the average");
    if (metric == QLatin1String("mae"))
        return MetricText::tr("how far a prediction is off on average; lower is better");
    if (metric == QLatin1String("rmse"))
        return MetricText::tr("like the typical error, but big misses count more; lower is better");
    return {};
}

QString unitOf(const QString& label)
{
    struct Unit
    {
        QStringList endings;
        const char* words;
    };
    static const Unit units[] = {
        {{QStringLiteral("minutes"), QStringLiteral("minute"), QStringLiteral("min"), QStringLiteral("mins")}, QT_TRANSLATE_NOOP("MetricWords", "minutes")},
        {{QStringLiteral("hours"), QStringLiteral("hour"), QStringLiteral("h"), QStringLiteral("hrs")}, QT_TRANSLATE_NOOP("MetricWords", "hours")},
        {{QStringLiteral("days"), QStringLiteral("day"), QStringLiteral("d")}, QT_TRANSLATE_NOOP("MetricWords", "days")},
        {{QStringLiteral("seconds"), QStringLiteral("second"), QStringLiteral("sec"), QStringLiteral("secs"), QStringLiteral("s")}, QT_TRANSLATE_NOOP("MetricWords", "seconds")},
        {{QStringLiteral("km")}, QT_TRANSLATE_NOOP("MetricWords", "km")},
        {{QStringLiteral("kg")}, QT_TRANSLATE_NOOP("MetricWords", "kg")},
        {{QStringLiteral("eur"), QStringLiteral("euros"), QStringLiteral("euro")}, QT_TRANSLATE_NOOP("MetricWords", "euros")},
        {{QStringLiteral("usd"), QStringLiteral("dollars")}, QT_TRANSLATE_NOOP("MetricWords", "dollars")},
        {{QStringLiteral("units"), QStringLiteral("items"), QStringLiteral("count")}, QT_TRANSLATE_NOOP("MetricWords", "units")},
    };
    const QStringList words = label.toLower().split(QRegularExpression(QStringLiteral("[^a-z0-9]+")), Qt::SkipEmptyParts);
    if (words.size() == 1 && words.first().size() > 3 && words.first().endsWith(QLatin1Char('s')))
        return words.first(); // a count: "orders" is its own unit
    if (words.size() < 2)
        return {};
    for (const Unit& unit : units)
        if (unit.endings.contains(words.last()))
            return MetricText::tr(unit.words);
    return {};
}

QString value(const QString& metric, double v, const QString& label, const QLocale& locale)
{
    if (metric == QLatin1String("accuracy")) {
        const double percent = v * 100.0;
        // 94 %, but 99.5 % rather than a rounded-up 100 % that would not be true.
        const int decimals = (percent > 99.0 && percent < 100.0) || (percent > 0.0 && percent < 1.0) ? 1 : 0;
        return MetricText::tr("%1 %").arg(locale.toString(percent, 'f', decimals));
    }
    if (isError(metric)) {
        const int decimals = v >= 100 ? 0 : v >= 10 ? 1 : 2;
        const QString number = locale.toString(v, 'f', decimals);
        const QString unit = unitOf(label);
        if (!unit.isEmpty())
            return MetricText::tr("± %1 %2").arg(number, unit);
        return label.isEmpty() ? MetricText::tr("± %1").arg(number) : MetricText::tr("± %1 (in %2)").arg(number, label);
    }
    return locale.toString(v, 'f', 2);
}

QString shortText(const QString& metric, double v, const QString& label, const QLocale& locale)
{
    return MetricText::tr("%1 %2").arg(title(metric), value(metric, v, label, locale));
}

QString sentence(const QString& metric, double v, const QString& label, const QLocale& locale)
{
    const QString words = meaning(metric);
    const QString text = shortText(metric, v, label, locale);
    return words.isEmpty() ? text : MetricText::tr("%1 — %2").arg(text, words);
}

} // namespace retrainer::MetricWords
