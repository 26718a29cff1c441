#include "model_artifact.h"
#include "sha256.h"
#include "json_parse.h"
#include <QtConcurrent/QtConcurrentMap>

#include "error.h"
#include "model_packing.h"
#include "trainer_internal.h"

#include <QThread>

#include <cmath>
#include <sstream>

namespace retrainer {

namespace {

constexpr char kMagic[] = "RTRNMDL1";
constexpr qsizetype kMagicSize = 8;
constexpr int kFormatVersion = 2; // 2: optional text model; 1 still loads
constexpr int kCompressedFormat = 3; // 2 with the model part packed ("compression": zstd or zlib, "raw_bytes")
const QString kUnseenClass = QStringLiteral("(unseen)");

[[noreturn]] void damaged(const QString& why)
{
    throw Error(QStringLiteral("the model file is damaged or not a Retrainer model: %1").arg(why));
}

// Reads bytes where they lie: a model part of tens of megabytes is not copied into a string stream.
class ViewStreamBuffer final : public std::streambuf
{
public:
    explicit ViewStreamBuffer(QByteArrayView bytes)
    {
        char* begin = const_cast<char*>(bytes.data()); // only read: the get area never writes
        setg(begin, begin, begin + bytes.size());
    }
};

// SHA-256 over the header (without its checksum, dumped canonically) and the model bytes: any altered
// byte after the length field, in the header or in the model, is caught before the model is read.
std::string checksum(const nlohmann::json& headerWithoutChecksum, QByteArrayView modelBytes)
{
    Sha256 hash;
    hash.addData(QByteArray::fromStdString(headerWithoutChecksum.dump()));
    hash.addData(modelBytes);
    return hash.result().toHex().toStdString();
}

const detail::ModelBase& modelBase(const Model& model)
{
    const auto* base = dynamic_cast<const detail::ModelBase*>(&model);
    if (!base)
        throw Error(QStringLiteral("the model is not one of Retrainer's learners"));
    return *base;
}

void checkFits(const FeatureEncoder& encoder, const Model& model)
{
    const auto& base = modelBase(model);
    if (model.task() != encoder.task())
        throw Error(QStringLiteral("the model is for %1 but its encoder for %2")
                        .arg(toString(model.task()), toString(encoder.task())));
    if (base.dimension() != encoder.dimension())
        throw Error(QStringLiteral("the model takes %1 inputs but its encoder makes %2")
                        .arg(base.dimension())
                        .arg(encoder.dimension()));
    if (model.task() == Task::Classification && base.numClasses() != static_cast<int>(encoder.classes().size()))
        throw Error(QStringLiteral("the model knows %1 classes but its encoder %2")
                        .arg(base.numClasses())
                        .arg(encoder.classes().size()));
}

} // namespace

ModelArtifact::ModelArtifact(FeatureEncoder encoder, std::shared_ptr<const Model> model)
    : m_encoder(std::move(encoder)), m_model(std::move(model))
{
    if (!m_model)
        throw Error(QStringLiteral("a model artifact needs a model"));
    checkFits(m_encoder, *m_model);
}

ModelArtifact::ModelArtifact(FeatureEncoder encoder, TextEncoder text, TextClassifier model)
    : m_encoder(std::move(encoder)), m_text(std::make_shared<const TextEncoder>(std::move(text))),
      m_textModel(std::make_shared<const TextClassifier>(std::move(model)))
{
    if (m_encoder.task() != Task::Classification)
        throw Error(QStringLiteral("a text model classifies; its encoder is for %1").arg(toString(m_encoder.task())));
    if (m_textModel->numClasses() != int(m_encoder.classes().size()))
        throw Error(QStringLiteral("the text model knows %1 classes but its encoder %2")
                        .arg(m_textModel->numClasses()).arg(m_encoder.classes().size()));
    if (m_textModel->dimension() != m_text->dimension() || m_text->dimension() < (unsigned long)m_encoder.dimension())
        throw Error(QStringLiteral("the text model does not fit its encoder's dimension"));
}

Task ModelArtifact::task() const
{
    return m_encoder.task();
}

Algorithm ModelArtifact::algorithm() const
{
    if (m_textModel)
        return Algorithm::Linear;
    if (!m_model)
        throw Error(QStringLiteral("the model artifact is empty"));
    return m_model->algorithm();
}

Prediction ModelArtifact::predict(const Sample& sample) const
{
    if (!m_model && !m_textModel)
        throw Error(QStringLiteral("the model artifact is empty"));
    const double raw = m_textModel ? double(m_textModel->predict(m_text->encode(sample, m_encoder.encode(sample))))
                                   : m_model->predict(m_encoder.encode(sample));
    Prediction prediction;
    if (task() == Task::Regression) {
        prediction.value = m_encoder.decodeTarget(raw);
        return prediction;
    }
    const auto& classes = m_encoder.classes();
    const auto index = static_cast<long>(raw);
    if (index < 0 || index >= static_cast<long>(classes.size()))
        throw Error(QStringLiteral("the model predicted an unknown class %1").arg(index));
    prediction.value = double(index);
    prediction.label = classes[static_cast<size_t>(index)];
    return prediction;
}

// Predictions for `rows`, in their order, computed in parallel chunks (a trained model is read-only).
std::vector<Prediction> ModelArtifact::predictRows(const Dataset& data, const std::vector<size_t>& rows) const
{
    std::vector<Prediction> out(rows.size());
    const size_t chunk = 1024;
    std::vector<size_t> starts;
    for (size_t start = 0; start < rows.size(); start += chunk)
        starts.push_back(start);
    QtConcurrent::blockingMap(starts, [&](size_t start) {
        const size_t end = std::min(rows.size(), start + chunk);
        for (size_t k = start; k < end; ++k)
            out[k] = predict(data.samples[rows[k]]);
    });
    return out;
}

Metrics ModelArtifact::evaluate(const Dataset& data, const std::vector<size_t>& indices) const
{
    if (data.task != task())
        throw Error(QStringLiteral("cannot score a %1 model on %2 data").arg(toString(task()), toString(data.task)));
    std::vector<size_t> rows = indices;
    if (rows.empty()) {
        rows.resize(data.samples.size());
        for (size_t i = 0; i < rows.size(); ++i)
            rows[i] = i;
    }
    for (size_t i : rows)
        if (i >= data.samples.size())
            throw Error(QStringLiteral("sample %1 is out of range (%2 samples)").arg(i).arg(data.samples.size()));

    const std::vector<Prediction> predictions = predictRows(data, rows);
    if (task() == Task::Regression) {
        std::vector<double> truth, predicted;
        truth.reserve(rows.size());
        predicted.reserve(rows.size());
        for (size_t k = 0; k < rows.size(); ++k) {
            truth.push_back(data.samples[rows[k]].target);
            predicted.push_back(predictions[k].value);
        }
        return regressionMetrics(truth, predicted);
    }

    std::vector<std::string> classes = m_encoder.classes();
    const int unseen = static_cast<int>(classes.size());
    std::vector<int> truth, predicted;
    truth.reserve(rows.size());
    predicted.reserve(rows.size());
    bool anyUnseen = false;
    for (size_t k = 0; k < rows.size(); ++k) {
        const auto index = m_encoder.classIndex(data.samples[rows[k]].label);
        anyUnseen = anyUnseen || !index;
        truth.push_back(index.value_or(unseen));
        predicted.push_back(static_cast<int>(predictions[k].value));
    }
    if (anyUnseen)
        classes.push_back(kUnseenClass.toStdString());
    return classificationMetrics(truth, predicted, classes);
}

QByteArray ModelArtifact::serialize() const
{
    if (!m_model && !m_textModel)
        throw Error(QStringLiteral("the model artifact is empty"));
    // Packed as it is serialized, on every core (the trainer's threads are idle by now): the unpacked model is
    // never held whole. Kept packed only when that saves at least a tenth; the checksum covers the bytes as stored.
    auto write = [this](std::ostream& out) {
        if (m_textModel)
            m_textModel->serialize(out);
        else
            m_model->serialize(out);
    };
    // The file is built in the packed bytes' own buffer: its header goes into room left before them, so the
    // packed model (tens of megabytes) is not copied; a header larger than the room takes the copying way.
    constexpr qsizetype kRoom = qsizetype(1) << 20;
    QByteArray file;
    qsizetype room = 0;
    qint64 rawSize = 0;
    try {
        PackingStream packing(QThread::idealThreadCount(), kRoom);
        write(packing.stream());
        file = packing.finish();
        room = kRoom;
        rawSize = packing.rawBytes();
    } catch (const Error&) {
        file.clear(); // stored unpacked, as when packing saves too little
    }
    const bool compressed = rawSize > 0 && file.size() - room < rawSize - rawSize / 10;
    if (!compressed) { // rare (small models): written again, unpacked
        std::ostringstream stream;
        write(stream);
        const std::string raw = std::move(stream).str();
        file = QByteArray(raw.data(), qsizetype(raw.size()));
        room = 0;
        rawSize = file.size();
    }
    const QByteArrayView modelBytes = QByteArrayView(file).sliced(room);

    nlohmann::json header{{"format", compressed ? kCompressedFormat : kFormatVersion},
                          {"task", toString(task()).toStdString()},
                          {"algorithm", toString(algorithm()).toStdString()},
                          {"encoder", m_encoder.toJson()},
                          {"model_bytes", modelBytes.size()}};
    if (m_text)
        header["text"] = m_text->toJson();
    if (compressed) {
        header["compression"] = kPacking.toStdString();
        header["raw_bytes"] = rawSize;
    }
    QByteArray headerBytes;
    try {
        header["checksum"] = checksum(header, modelBytes);
        headerBytes = QByteArray::fromStdString(header.dump());
    } catch (const nlohmann::json::exception& e) { // e.g. a category that is not valid UTF-8
        throw Error(QStringLiteral("cannot write the model header: %1").arg(QString::fromUtf8(e.what())));
    }

    QByteArray prefix(kMagic, kMagicSize);
    const auto length = static_cast<quint32>(headerBytes.size());
    prefix.append(char((length >> 24) & 0xff));
    prefix.append(char((length >> 16) & 0xff));
    prefix.append(char((length >> 8) & 0xff));
    prefix.append(char(length & 0xff));
    prefix.append(headerBytes);
    if (prefix.size() > room) // no room before the model part: one copy
        return prefix + modelBytes.toByteArray();
    const qsizetype start = room - prefix.size();
    std::copy(prefix.cbegin(), prefix.cend(), file.begin() + start);
    file.remove(0, start); // moves where the bytes begin, not the bytes
    return file;
}

ModelArtifact ModelArtifact::deserialize(const QByteArray& bytes)
{
    if (bytes.size() < kMagicSize + 4 || !bytes.startsWith(QByteArrayView(kMagic, kMagicSize)))
        damaged(QStringLiteral("it does not start with RTRNMDL1"));
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData()) + kMagicSize;
    const quint32 length = (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
    const qsizetype headerStart = kMagicSize + 4;
    if (length == 0 || qint64(length) > qint64(bytes.size() - headerStart))
        damaged(QStringLiteral("the header length %1 does not fit the file (%2 bytes)").arg(length).arg(bytes.size()));
    const QByteArrayView headerBytes = QByteArrayView(bytes).sliced(headerStart, length);
    const QByteArrayView modelBytes = QByteArrayView(bytes).sliced(headerStart + length); // read in place: no copies

    QString problem;
    auto parsedHeader = parseJson(headerBytes.data(), headerBytes.data() + headerBytes.size(), &problem);
    if (!parsedHeader)
        damaged(QStringLiteral("the header is not JSON (%1)").arg(problem));
    nlohmann::json header = std::move(*parsedHeader);
    if (!header.is_object())
        damaged(QStringLiteral("the header is not a JSON object"));

    qint64 format = 0, modelSize = -1;
    std::string storedChecksum, taskText, algorithmText;
    nlohmann::json encoderJson;
    try {
        format = header.at("format").get<qint64>();
        modelSize = header.at("model_bytes").get<qint64>();
        storedChecksum = header.at("checksum").get<std::string>();
        taskText = header.at("task").get<std::string>();
        algorithmText = header.at("algorithm").get<std::string>();
        encoderJson = header.at("encoder");
    } catch (const nlohmann::json::exception& e) {
        damaged(QStringLiteral("the header is incomplete (%1)").arg(QString::fromUtf8(e.what())));
    }
    if (format != 1 && format != kFormatVersion && format != kCompressedFormat)
        damaged(QStringLiteral("unsupported format %1").arg(format));
    if (modelSize != modelBytes.size())
        damaged(QStringLiteral("the model part has %1 bytes, the header says %2").arg(modelBytes.size()).arg(modelSize));
    header.erase("checksum");
    if (storedChecksum != checksum(header, modelBytes))
        damaged(QStringLiteral("the checksum does not match"));
    // The model part, unpacked when it was packed, else read where it lies in `bytes`.
    std::string unpacked;
    QByteArrayView raw = modelBytes;
    if (format == kCompressedFormat) {
        qint64 rawSize = -1;
        QString packing;
        try {
            packing = QString::fromStdString(header.at("compression").get<std::string>());
            rawSize = header.at("raw_bytes").get<qint64>();
        } catch (const nlohmann::json::exception& e) {
            damaged(QStringLiteral("the compression entry is incomplete (%1)").arg(QString::fromUtf8(e.what())));
        }
        try {
            unpacked = unpackModel(packing, modelBytes, rawSize);
        } catch (const Error& e) {
            damaged(e.message());
        }
        raw = QByteArrayView(unpacked.data(), qsizetype(unpacked.size()));
    }
    const auto task = taskFromString(QString::fromStdString(taskText));
    const auto algorithm = algorithmFromString(QString::fromStdString(algorithmText));
    if (!task || !algorithm)
        damaged(QStringLiteral("unknown task or algorithm"));

    FeatureEncoder encoder;
    try {
        encoder = FeatureEncoder::fromJson(encoderJson);
    } catch (const Error& e) {
        damaged(e.message());
    }
    if (encoder.task() != *task)
        damaged(QStringLiteral("the encoder is for another task"));

    ViewStreamBuffer buffer(raw);
    std::istream stream(&buffer);
    if (header.contains("text")) {
        try {
            TextEncoder text = TextEncoder::fromJson(header.at("text"));
            TextClassifier textModel = TextClassifier::deserialize(stream);
            if (stream.peek() != std::char_traits<char>::eof())
                damaged(QStringLiteral("there are bytes after the model"));
            return ModelArtifact(std::move(encoder), std::move(text), std::move(textModel));
        } catch (const Error& e) {
            damaged(e.message());
        }
    }
    std::shared_ptr<const Model> model = Model::deserialize(*task, *algorithm, stream); // throws Error
    if (stream.peek() != std::char_traits<char>::eof())
        damaged(QStringLiteral("there are bytes after the model"));
    try {
        return ModelArtifact(std::move(encoder), std::move(model));
    } catch (const Error& e) {
        damaged(e.message());
    }
}

namespace {

// The text path of trainArtifact: TF-IDF of the text columns after the encoder's other features, then the
// sparse one-vs-all linear classifier.
ModelArtifact trainTextArtifact(const Dataset& data, const std::vector<size_t>& trainIndices, FeatureEncoder encoder,
                                Algorithm algorithm, const TrainerOptions& options)
{
    if (data.task != Task::Classification || algorithm != Algorithm::Linear)
        throw Error(QStringLiteral("text columns are learnt by the linear algorithm for classification; this model is "
                                   "%1 with %2 (set the algorithm to linear, or leave the text column out)")
                        .arg(toString(data.task), toString(algorithm)));
    const nlohmann::json& p = options.parameters;
    const nlohmann::json defaults = defaultTextParameters();
    if (p.is_object())
        for (const auto& [name, value] : p.items())
            if (!defaults.contains(name))
                throw Error(QStringLiteral("the text classifier has no parameter \"%1\" (it has: c, class_weight, text_dimension)")
                                .arg(QString::fromStdString(name)));
    const auto number = [&](const char* name) {
        if (!p.is_object() || !p.contains(name))
            return defaults.at(name).get<double>();
        if (!p.at(name).is_number())
            throw Error(QStringLiteral("the text classifier parameter \"%1\" must be a number").arg(QString::fromLatin1(name)));
        return p.at(name).get<double>();
    };
    const double c = number("c");
    const double dimension = number("text_dimension");
    if (!(dimension >= 16 && dimension <= double(1UL << 24)))
        throw Error(QStringLiteral("the text classifier parameter \"text_dimension\" must be from 16 to 16777216"));
    const nlohmann::json weight = p.is_object() && p.contains("class_weight") ? p.at("class_weight") : defaults.at("class_weight");
    if (weight != "balanced" && weight != "none")
        throw Error(QStringLiteral("the text classifier parameter \"class_weight\" must be \"balanced\" or \"none\""));

    TextEncoder text;
    text.fit(data, trainIndices, encoder.dimension(), static_cast<unsigned long>(dimension));
    std::vector<SparseVector> x;
    std::vector<double> y;
    x.reserve(trainIndices.size());
    for (size_t i : trainIndices) {
        const Sample& sample = data.samples[i];
        x.push_back(text.encode(sample, encoder.encode(sample)));
        y.push_back(double(encoder.classIndex(sample.label).value_or(0)));
    }
    if (options.progress)
        options.progress(QStringLiteral("encoding"), 1.0);
    TextClassifier model = TextClassifier::train(x, y, int(encoder.classes().size()), text.dimension(), c,
                                                 weight == "balanced", options);
    return ModelArtifact(std::move(encoder), std::move(text), std::move(model));
}

} // namespace

ModelArtifact trainArtifact(const Dataset& data, const std::vector<size_t>& trainIndices, Algorithm algorithm,
                            const TrainerOptions& options)
{
    const auto report = [&](const QString& phase, double fraction) {
        if (options.progress)
            options.progress(phase, fraction);
        if (options.cancel)
            options.cancel->check();
    };
    if (trainIndices.empty())
        throw Error(QStringLiteral("there are no training samples"));
    for (size_t i : trainIndices)
        if (i >= data.samples.size())
            throw Error(QStringLiteral("sample %1 is out of range (%2 samples)").arg(i).arg(data.samples.size()));

    const QString encoding = QStringLiteral("encoding");
    report(encoding, 0.0);
    FeatureEncoder encoder;
    encoder.fit(data, trainIndices);
    if (std::any_of(data.features.begin(), data.features.end(), [](const FeatureColumn& f) { return f.kind == ColumnKind::Text; }))
        return trainTextArtifact(data, trainIndices, std::move(encoder), algorithm, options);
    std::vector<Vector> x;
    std::vector<double> y;
    x.reserve(trainIndices.size());
    y.reserve(trainIndices.size());
    for (size_t i : trainIndices) {
        const Sample& sample = data.samples[i];
        x.push_back(encoder.encode(sample));
        if (data.task == Task::Classification)
            y.push_back(double(encoder.classIndex(sample.label).value_or(0))); // always seen: fitted on these rows
        else
            y.push_back(encoder.encodeTarget(sample.target));
    }
    report(encoding, 1.0);

    const int numClasses = static_cast<int>(encoder.classes().size());
    std::shared_ptr<const Model> model = trainModel(data.task, algorithm, x, y, numClasses, options);
    return ModelArtifact(std::move(encoder), std::move(model));
}

} // namespace retrainer
