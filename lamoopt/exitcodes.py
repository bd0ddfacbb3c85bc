"""Exit codes of every lamoopt command, and the exit code of each solver status. Imports nothing,
so every command module can use it without importing another command module."""

EXIT_OK, EXIT_ERROR, EXIT_INPUT, EXIT_INFEASIBLE, EXIT_TIME_LIMIT, EXIT_VIOLATION = 0, 1, 2, 3, 4, 5
EXIT_INTERRUPTED = 130   # 128 + SIGINT, the shell's convention for a command ended by Ctrl-C
STATUS_EXIT = {"optimal": EXIT_OK, "time_limit": EXIT_TIME_LIMIT, "infeasible": EXIT_INFEASIBLE, "error": EXIT_ERROR,
               "interrupted": EXIT_INTERRUPTED}
