#pragma once
// Generated training data for engine tests: a small, learnable regression problem written as CSV.
//   y = 3·x1 - 2·x2 + (colour red: +4, green: 0, blue: -4) + N(0, 0.5)
#include <QDateTime>
#include <QFile>
#include <QString>
#include <QStringList>
#include <random>

namespace retrainer::test {

inline QString regressionCsv(int rows, unsigned seed = 7, const QStringList& extraLines = {})
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> u(-2.0, 2.0);
    std::normal_distribution<double> noise(0.0, 0.5);
    const char* colours[] = {"red", "green", "blue"};
    const double effect[] = {4, 0, -4};
    QString text = QStringLiteral("when,x1,x2,colour,y\n");
    const QDateTime start(QDate(2026, 1, 1), QTime(8, 0));
    for (int i = 0; i < rows; ++i) {
        const double x1 = u(rng), x2 = u(rng);
        const int c = int(rng() % 3);
        const double y = 3 * x1 - 2 * x2 + effect[c] + noise(rng);
        text += QStringLiteral("%1,%2,%3,%4,%5\n")
                    .arg(start.addSecs(qint64(i) * 3600).toString(Qt::ISODate))
                    .arg(x1, 0, 'f', 4).arg(x2, 0, 'f', 4)
                    .arg(QString::fromLatin1(colours[c]))
                    .arg(y, 0, 'f', 4);
    }
    for (const auto& line : extraLines)
        text += line + QLatin1Char('\n');
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
