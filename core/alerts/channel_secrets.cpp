#include "channel_secrets.h"
#include "error.h"
#include "json_parse.h"
#include "write_problem.h"
#include <QFile>
#include <QMutex>
#include <QSaveFile>

namespace retrainer {

using json = nlohmann::json;

namespace {

QMutex& fileMutex()
{
    static QMutex mutex; // delivery workers read while a shell saves
    return mutex;
}

json readAll(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return json::object();
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("cannot read the secrets file %1: %2").arg(path, file.errorString()));
    QString problem;
    auto parsed = parseJson(file.readAll(), &problem);
    if (!parsed || !parsed->is_object())
        throw Error(QStringLiteral("the secrets file %1 is not a JSON object: %2").arg(path, problem));
    return *parsed;
}

void writeAll(const QString& path, const json& j)
{
    QSaveFile file(path);
    const std::string text = j.dump(2) + "\n";
    if (!file.open(QIODevice::WriteOnly))
        throw Error(QStringLiteral("cannot write %1: %2").arg(path, writeProblem(path, file.errorString())));
    // The temporary file gets owner-only permissions before a secret is written into it.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(text.data(), qint64(text.size())) != qint64(text.size()) || !file.commit())
        throw Error(QStringLiteral("cannot write %1: %2").arg(path, writeProblem(path, file.errorString())));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

QString field(const json& entry, const char* name)
{
    return entry.contains(name) && entry[name].is_string() ? QString::fromStdString(entry[name].get<std::string>()) : QString();
}

} // namespace

QString SecretFile::environmentName(const QString& channel, const char* suffix)
{
    QString name = channel.toUpper();
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    return QStringLiteral("RETRAINER_CHANNEL_%1_%2").arg(name, QLatin1String(suffix));
}

ChannelSecrets SecretFile::load(const QString& channel) const
{
    ChannelSecrets out;
    {
        QMutexLocker lock(&fileMutex());
        const json all = readAll(m_path);
        if (all.contains("channels") && all["channels"].is_object() && all["channels"].contains(channel.toStdString())) {
            const json& entry = all["channels"][channel.toStdString()];
            out.url = field(entry, "url");
            out.password = field(entry, "password");
        }
    }
    const QString url = qEnvironmentVariable(environmentName(channel, "URL").toUtf8().constData());
    const QString password = qEnvironmentVariable(environmentName(channel, "PASSWORD").toUtf8().constData());
    if (!url.isEmpty())
        out.url = url;
    if (!password.isEmpty())
        out.password = password;
    return out;
}

void SecretFile::save(const QString& channel, const ChannelSecrets& secrets)
{
    QMutexLocker lock(&fileMutex());
    json all = readAll(m_path);
    if (!all.contains("channels") || !all["channels"].is_object())
        all["channels"] = json::object();
    json entry = json::object();
    if (!secrets.url.isEmpty())
        entry["url"] = secrets.url.toStdString();
    if (!secrets.password.isEmpty())
        entry["password"] = secrets.password.toStdString();
    all["channels"][channel.toStdString()] = entry;
    writeAll(m_path, all);
}

void SecretFile::remove(const QString& channel)
{
    QMutexLocker lock(&fileMutex());
    json all = readAll(m_path);
    if (!all.contains("channels") || !all["channels"].is_object() || !all["channels"].contains(channel.toStdString()))
        return;
    all["channels"].erase(channel.toStdString());
    writeAll(m_path, all);
}

} // namespace retrainer
