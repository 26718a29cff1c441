// krr: krr_trainer<radial_basis_kernel>; regression directly, classification one-vs-all on 0/1 targets.
#include "trainer_kernel_models.h"

namespace retrainer::detail {

std::unique_ptr<Model> trainKrr(Task task, const std::vector<Vector>& x, const std::vector<double>& y,
                                int numClasses, const TrainerOptions& options)
{
    const Parameters parameters(task, Algorithm::Krr, options.parameters);
    const long dimension = x.front().size();
    dlib::krr_trainer<RbfKernel> trainer;
    trainer.set_kernel(RbfKernel(parameters.gamma(dimension)));
    // Exact kernel ridge regression is O(n^3); a bounded basis keeps it O(n * basis^2).
    trainer.set_max_basis_size(static_cast<unsigned long>(parameters.count("max_basis", 1, 100000)));
    const double lambda = parameters.nonNegative("lambda");
    if (lambda > 0)
        trainer.set_lambda(lambda); // 0 keeps dlib's default: lambda chosen by leave-one-out

    if (task == Task::Regression) {
        // One dlib call without a natural split: the cancel points are just before and just after it.
        TrainingProgress progress(options, 1);
        progress.start();
        auto function = trainer.train(x, y);
        progress.partDone();
        return std::make_unique<SingleFunctionModel<RbfKernel>>(Algorithm::Krr, dimension, std::move(function));
    }

    TrainingProgress progress(options, static_cast<size_t>(numClasses) + 1);
    progress.start();
    // The basis depends on the rows only, not on the class: found once (dlib's fill_lisf is seeded, so it is
    // the basis each class's train() would have found) instead of once per class, a tenth of the work on 10
    // classes.
    dlib::linearly_independent_subset_finder<RbfKernel> basis(
        trainer.get_kernel(), static_cast<unsigned long>(parameters.count("max_basis", 1, 100000)));
    dlib::fill_lisf(basis, x);
    trainer.set_basis(basis.get_dictionary());
    progress.partDone();
    std::vector<dlib::decision_function<RbfKernel>> perClass;
    for (int c = 0; c < numClasses; ++c) {
        perClass.push_back(trainer.train(x, oneVsAllTargets(y, c)));
        progress.partDone();
    }
    return std::make_unique<OneVsAllModel<RbfKernel>>(Algorithm::Krr, dimension, std::move(perClass));
}

std::unique_ptr<Model> deserializeKrr(const ModelHeader& header, std::istream& in)
{
    if (header.task == Task::Classification)
        return OneVsAllModel<RbfKernel>::read(header, in);
    return SingleFunctionModel<RbfKernel>::read(header, in);
}

} // namespace retrainer::detail
