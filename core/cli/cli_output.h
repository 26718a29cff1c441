#pragma once
// How the CLI prints: aligned plain-text tables for people, JSON for scripts, errors on stderr.
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>
#include <vector>

namespace retrainer::cli {

void printLine(const QString& text);
void printError(const QString& text);               // "retrainer: <text>" on stderr
void printJson(const nlohmann::json& value);
void printTable(const QStringList& headers, const std::vector<QStringList>& rows);

QString localTime(const QDateTime& utc);            // "2026-11-23 14:05" in local time, "—" when invalid
QString formatMetric(const nlohmann::json& metrics, const QString& name);
QString shortHash(const QString& sha256);           // first 12 hex digits

} // namespace retrainer::cli
