#include "sha256.h"
#include "error.h"

#include <openssl/evp.h>

namespace retrainer {

struct Sha256::Context
{
    EVP_MD_CTX* md = nullptr;
    ~Context() { EVP_MD_CTX_free(md); }
};

Sha256::Sha256() : m_context(std::make_unique<Context>())
{
    m_context->md = EVP_MD_CTX_new();
    if (!m_context->md || EVP_DigestInit_ex(m_context->md, EVP_sha256(), nullptr) != 1)
        throw Error(QStringLiteral("cannot compute a SHA-256 checksum: OpenSSL's digest did not start"));
}

Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView bytes)
{
    if (EVP_DigestUpdate(m_context->md, bytes.data(), size_t(bytes.size())) != 1)
        throw Error(QStringLiteral("cannot compute a SHA-256 checksum: OpenSSL's digest failed"));
}

QByteArray Sha256::result()
{
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int size = 0;
    if (EVP_DigestFinal_ex(m_context->md, reinterpret_cast<unsigned char*>(digest.data()), &size) != 1)
        throw Error(QStringLiteral("cannot compute a SHA-256 checksum: OpenSSL's digest failed"));
    digest.truncate(qsizetype(size));
    return digest;
}

QByteArray Sha256::hash(QByteArrayView bytes)
{
    Sha256 sha;
    sha.addData(bytes);
    return sha.result();
}

} // namespace retrainer
