#pragma once
// The secret half of an alert channel, kept out of workspace.json: <workspace>/secrets.json, created
// readable and writable by its owner only (0600), {"channels": {"NAME": {"url": …, "password": …}}}.
// The environment wins over the file: RETRAINER_CHANNEL_<NAME>_URL and RETRAINER_CHANNEL_<NAME>_PASSWORD
// (NAME in capitals, '-' as '_'), for servers where secrets come from a systemd credential or a vault.
#include <QString>

namespace retrainer {

struct ChannelSecrets
{
    QString url;       // a webhook's address (often carrying a token)
    QString password;  // the SMTP password
};

class SecretFile
{
public:
    explicit SecretFile(QString path) : m_path(std::move(path)) {}
    const QString& path() const { return m_path; }

    // The channel's secrets (empty fields when absent). Throws Error when the file is unreadable or not JSON.
    ChannelSecrets load(const QString& channel) const;
    // Replaces the channel's secrets (written atomically, 0600). Throws Error naming the file.
    void save(const QString& channel, const ChannelSecrets& secrets);
    void remove(const QString& channel);

    static QString environmentName(const QString& channel, const char* suffix);

private:
    QString m_path;
};

} // namespace retrainer
