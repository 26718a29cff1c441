#pragma once
// retrainer's command line. Exit codes: 0 ok, 1 failure, 2 usage.
//   retrainer [--workspace DIR] init [--demo]
//   retrainer model add NAME --source URI --task classification|regression --label COL [--features a,b,c]
//             [--timestamp COL] [--algorithm random_forest|svm_rbf|linear|krr] [--group G]
//   retrainer model list
//   retrainer import NAME FILE.csv
//   retrainer train NAME|--all [--force] [--dry-run]
//   retrainer status [NAME]
//   retrainer history NAME [--limit N]
//   retrainer versions NAME
//   retrainer rollback NAME VERSION
// Every listing command takes --json.
#include <QCoroTask>
#include <QStringList>

namespace retrainer::cli {

enum ExitCode { Ok = 0, Failure = 1, Usage = 2 };

// True when `arguments` (without the program name) name a CLI command rather than the GUI or daemon.
bool isCommand(const QStringList& arguments);
QString usage();

// Runs one command. Needs a running Q(Core)Application event loop: training is awaited, never blocked on.
QCoro::Task<int> run(QStringList arguments);

} // namespace retrainer::cli
