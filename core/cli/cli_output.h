#pragma once
// How the CLI prints: aligned plain-text tables for people, JSON for scripts, errors on stderr.
// A command prints through its own Output: to the terminal, or captured when the daemon runs a
// command forwarded to it and sends the text back.
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>
#include <vector>

namespace retrainer::cli {

class Output
{
public:
    enum class Mode { Terminal, Captured };
    explicit Output(Mode mode = Mode::Terminal) : m_mode(mode) {}

    void line(const QString& text);
    void error(const QString& text);               // "retrainer: <text>" on stderr
    void json(const nlohmann::json& value);
    void table(const QStringList& headers, const std::vector<QStringList>& rows);
    void progress(const QString& text);            // transient line on a terminal's stderr; dropped when captured

    bool isTerminal() const { return m_mode == Mode::Terminal; }
    const QString& capturedOut() const { return m_out; }
    const QString& capturedErr() const { return m_err; }

private:
    Mode m_mode;
    QString m_out, m_err;
};

QString localTime(const QDateTime& utc);            // "2026-11-23 14:05:00" in local time, "—" when invalid
QString formatMetric(const nlohmann::json& metrics, const QString& name);
QString shortHash(const QString& sha256);           // first 12 hex digits
QString byteSize(qint64 bytes);                     // "4.2 MB" (powers of 1000)

} // namespace retrainer::cli
