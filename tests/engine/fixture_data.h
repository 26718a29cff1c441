#pragma once
// Generated training data for engine tests: a small, learnable regression problem written as CSV.
//   y = 3·x1 - 2·x2 + (colour red: +4, green: 0, blue: -4) + N(0, 0.5)
#include <QDateTime>
#include <QFile>
#include <QString>
#include <QStringList>
#include <random>

namespace retrainer::test {

// Draws rows of the regression above; `shift` is added to y (a level that drifts over time).
class RegressionRows
{
public:
    explicit RegressionRows(unsigned seed) : m_rng(seed) {}
    QString row(const QString& when, double shift = 0.0)
    {
        static const char* colours[] = {"red", "green", "blue"};
        static const double effect[] = {4, 0, -4};
        const double x1 = m_u(m_rng), x2 = m_u(m_rng);
        const int c = int(m_rng() % 3);
        const double y = 3 * x1 - 2 * x2 + effect[c] + shift + m_noise(m_rng);
        return QStringLiteral("%1,%2,%3,%4,%5\n").arg(when).arg(x1, 0, 'f', 4).arg(x2, 0, 'f', 4)
            .arg(QString::fromLatin1(colours[c])).arg(y, 0, 'f', 4);
    }

private:
    std::mt19937 m_rng;
    std::uniform_real_distribution<double> m_u{-2.0, 2.0};
    std::normal_distribution<double> m_noise{0.0, 0.5};
};

inline QString regressionCsv(int rows, unsigned seed = 7, const QStringList& extraLines = {})
{
    RegressionRows draw(seed);
    QString text = QStringLiteral("when,x1,x2,colour,y\n");
    const QDateTime start(QDate(2026, 1, 1), QTime(8, 0));
    for (int i = 0; i < rows; ++i)
        text += draw.row(start.addSecs(qint64(i) * 3600).toString(Qt::ISODate));
    for (const auto& line : extraLines)
        text += line + QLatin1Char('\n');
    return text;
}

// Rows for backtests: the regression above with a level that drifts by `drift` every day, so a model that keeps
// learning follows it and one that never retrains falls behind. `perDay` rows each day from `firstDay`, between
// 08:00 and 19:00 local time (no offset in the timestamps, as most sources write them).
inline QString driftingCsv(const QDate& firstDay, int days, int perDay, double drift = 0.6, unsigned seed = 11)
{
    RegressionRows draw(seed);
    QString text = QStringLiteral("when,x1,x2,colour,y\n");
    for (int d = 0; d < days; ++d)
        for (int i = 0; i < perDay; ++i)
            text += draw.row(QDateTime(firstDay.addDays(d), QTime(8, 0).addSecs(qint64(i) * 11 * 3600 / perDay))
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), drift * d);
    return text;
}

inline bool writeFile(const QString& path, const QString& text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    return f.write(text.toUtf8()) > 0;
}

} // namespace retrainer::test
