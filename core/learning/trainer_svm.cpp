// svm_rbf: one-vs-one svm_c_trainer<radial_basis_kernel> for classification, svr_trainer for regression.
#include "trainer_kernel_models.h"

namespace retrainer::detail {

namespace {

constexpr long kCacheMegabytes = 200;

} // namespace

std::unique_ptr<Model> trainSvm(Task task, const std::vector<Vector>& x, const std::vector<double>& y,
                                int numClasses, const TrainerOptions& options)
{
    const Parameters parameters(task, Algorithm::SvmRbf, options.parameters);
    const long dimension = x.front().size();
    const RbfKernel kernel(parameters.gamma(dimension));
    const double c = parameters.positive("c");

    if (task == Task::Classification) {
        dlib::svm_c_trainer<RbfKernel> trainer;
        trainer.set_kernel(kernel);
        trainer.set_c(c);
        trainer.set_cache_size(kCacheMegabytes);
        return trainOneVsOne<RbfKernel>(Algorithm::SvmRbf, x, y, numClasses, options, trainer);
    }

    dlib::svr_trainer<RbfKernel> trainer;
    trainer.set_kernel(kernel);
    trainer.set_c(c);
    trainer.set_epsilon_insensitivity(parameters.positive("epsilon"));
    trainer.set_cache_size(kCacheMegabytes);
    // One dlib call without a natural split: the cancel points are just before and just after it.
    TrainingProgress progress(options, 1);
    progress.start();
    auto function = trainer.train(x, y);
    progress.partDone();
    return std::make_unique<SingleFunctionModel<RbfKernel>>(Algorithm::SvmRbf, dimension, std::move(function));
}

std::unique_ptr<Model> deserializeSvm(const ModelHeader& header, std::istream& in)
{
    if (header.task == Task::Classification)
        return OneVsOneModel<RbfKernel>::read(header, in);
    return SingleFunctionModel<RbfKernel>::read(header, in);
}

} // namespace retrainer::detail
