// linear: one-vs-one svm_c_linear_trainer for classification, rr_trainer<linear_kernel> for regression.
#include "trainer_kernel_models.h"

namespace retrainer::detail {

std::unique_ptr<Model> trainLinear(Task task, const std::vector<Vector>& x, const std::vector<double>& y,
                                   int numClasses, const TrainerOptions& options)
{
    const Parameters parameters(task, Algorithm::Linear, options.parameters);

    if (task == Task::Classification) {
        dlib::svm_c_linear_trainer<LinearKernel> trainer;
        trainer.set_c(parameters.positive("c"));
        return trainOneVsOne<LinearKernel>(Algorithm::Linear, x, y, numClasses, options, trainer);
    }

    dlib::rr_trainer<LinearKernel> trainer;
    const double lambda = parameters.nonNegative("lambda");
    if (lambda > 0)
        trainer.set_lambda(lambda); // 0 keeps dlib's default: lambda chosen by leave-one-out
    // One dlib call without a natural split: the cancel points are just before and just after it.
    TrainingProgress progress(options, 1);
    progress.start();
    auto function = trainer.train(x, y);
    progress.partDone();
    return std::make_unique<SingleFunctionModel<LinearKernel>>(Algorithm::Linear, x.front().size(),
                                                               std::move(function));
}

std::unique_ptr<Model> deserializeLinear(const ModelHeader& header, std::istream& in)
{
    if (header.task == Task::Classification)
        return OneVsOneModel<LinearKernel>::read(header, in);
    return SingleFunctionModel<LinearKernel>::read(header, in);
}

} // namespace retrainer::detail
