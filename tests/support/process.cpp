#include "support/process.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <stdexcept>
#include <thread>

namespace pushback::test {

pid_t spawn_pushback(std::vector<std::string> env, std::string const& output, bool append) {
    env.emplace_back("PATH=/usr/bin:/bin");
    std::vector<char*> envp;
    for (auto& e : env) envp.push_back(e.data());
    envp.push_back(nullptr);
    std::string binary = PUSHBACK_BINARY;
    std::string serve = "serve";
    char* argv[] = {binary.data(), serve.data(), nullptr};
    int const fd = ::open(output.c_str(), O_WRONLY | O_CREAT | (append ? O_APPEND : O_TRUNC), 0600);
    if (fd < 0) throw std::runtime_error("cannot open " + output);
    pid_t const pid = ::fork();
    if (pid == 0) {  // the child: only async-signal-safe calls until execve
        ::dup2(fd, 1);
        ::dup2(fd, 2);
        ::execve(argv[0], argv, envp.data());
        ::_exit(127);
    }
    ::close(fd);
    if (pid < 0) throw std::runtime_error("fork failed");
    return pid;
}

int wait_exit(pid_t pid, std::chrono::milliseconds timeout) {
    auto const deadline = std::chrono::steady_clock::now() + timeout;
    int status = 0;
    while (::waitpid(pid, &status, WNOHANG) == 0) {
        if (std::chrono::steady_clock::now() > deadline) {
            ::kill(pid, SIGKILL);
            ::waitpid(pid, &status, 0);
            return -1;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds{20});
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace pushback::test
