#pragma once
// Test support: the real `pushback` binary as a child process (for the tests that must kill it or
// watch it start and exit), with a chosen environment and its stdout+stderr in a file.

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace pushback::test {

// Starts `pushback serve` with exactly `env` (plus a minimal PATH). Output goes to `output`,
// appended or truncated. Throws if the process cannot be started.
pid_t spawn_pushback(std::vector<std::string> env, std::string const& output, bool append = false);

// A loopback TCP port that was free a moment ago (for a child process that must be told its port).
unsigned short free_loopback_port();

// Waits for `pid` to exit, killing it after `timeout`; its exit code, or -1 if it was killed.
int wait_exit(pid_t pid, std::chrono::milliseconds timeout = std::chrono::seconds{10});

// What a finished `pushback` command printed and returned.
struct RunResult {
    int exit_code = -1;  // -1: it did not exit by itself within the timeout and was killed
    std::string out;     // stdout
    std::string err;     // stderr
};

// Runs `pushback ARGS...` in `cwd` with exactly `env` (plus a minimal PATH), `input` on its stdin,
// and waits for it to exit (killing it after `timeout`).
RunResult run_pushback(std::vector<std::string> args, std::vector<std::string> env, std::filesystem::path const& cwd,
                       std::string const& input = {}, std::chrono::milliseconds timeout = std::chrono::seconds{10});

}  // namespace pushback::test
