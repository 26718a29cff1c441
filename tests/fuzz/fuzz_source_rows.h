#pragma once
// Shared by the CSV and JSON-lines harnesses: the fuzzer's bytes become a file, read by the real source
// reader and typed by the real dataset builder (label = the column "label", classification and regression).
#include "dataset.h"
#include "error.h"
#include <QFile>
#include <QTemporaryDir>
#include <cstdint>

namespace retrainer::fuzz {

template <class Read>
void readAndType(const uint8_t* data, size_t size, const char* fileName, Read read)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QString::fromLatin1(fileName));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return;
        file.write(reinterpret_cast<const char*>(data), qint64(size));
    }
    try {
        const RawTable table = read(path);
        for (const Task task : {Task::Classification, Task::Regression}) {
            DatasetSchema schema;
            schema.task = task;
            schema.label = QStringLiteral("label");
            try {
                (void)buildDataset(table, schema);
            } catch (const Error&) {
                // a table without the label column: refused with a message, which is the contract
            }
        }
    } catch (const Error&) {
    }
}

} // namespace retrainer::fuzz
