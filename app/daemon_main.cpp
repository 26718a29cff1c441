// retrainerd: the headless daemon and every CLI command, without any GUI library (for servers and systemd).
// `retrainerd [--workspace DIR]` runs the daemon; `retrainerd COMMAND …` runs a command, like `retrainer`.
#include "command_line.h"

int main(int argc, char* argv[])
{
    return retrainer::app::runCommandLine(argc, argv, true);
}
