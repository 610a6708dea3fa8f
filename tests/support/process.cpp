#include "support/process.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <iterator>
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

RunResult run_pushback(std::vector<std::string> args, std::vector<std::string> env, std::filesystem::path const& cwd,
                       std::string const& input, std::chrono::milliseconds timeout) {
    // Output goes to files beside (not inside) cwd, so a test can check that cwd stays empty.
    auto const stem = cwd.string() + ".run-" + std::to_string(::getpid());
    std::string const out_path = stem + ".out", err_path = stem + ".err";
    env.emplace_back("PATH=/usr/bin:/bin");
    std::vector<char*> envp;
    for (auto& e : env) envp.push_back(e.data());
    envp.push_back(nullptr);
    std::string binary = PUSHBACK_BINARY;
    std::vector<char*> argv{binary.data()};
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    std::string const dir = cwd.string();
    int const out_fd = ::open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    int const err_fd = ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    int in_pipe[2];
    if (out_fd < 0 || err_fd < 0 || ::pipe(in_pipe) != 0) throw std::runtime_error("cannot set up the child's files");
    pid_t const pid = ::fork();
    if (pid == 0) {  // the child: only async-signal-safe calls until execve
        ::dup2(in_pipe[0], 0);
        ::dup2(out_fd, 1);
        ::dup2(err_fd, 2);
        ::close(in_pipe[1]);
        if (::chdir(dir.c_str()) != 0) ::_exit(126);
        ::execve(argv[0], argv.data(), envp.data());
        ::_exit(127);
    }
    ::close(in_pipe[0]);
    ::close(out_fd);
    ::close(err_fd);
    if (pid < 0) {
        ::close(in_pipe[1]);
        throw std::runtime_error("fork failed");
    }
    // Small inputs only (they fit the pipe's buffer); a child that does not read them still exits.
    auto const ignored = ::signal(SIGPIPE, SIG_IGN);
    if (!input.empty()) (void)!::write(in_pipe[1], input.data(), input.size());
    ::close(in_pipe[1]);
    ::signal(SIGPIPE, ignored);
    RunResult r;
    r.exit_code = wait_exit(pid, timeout);
    auto slurp = [](std::string const& path) {
        std::ifstream in(path, std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    };
    r.out = slurp(out_path);
    r.err = slurp(err_path);
    ::unlink(out_path.c_str());
    ::unlink(err_path.c_str());
    return r;
}

unsigned short free_loopback_port() {
    int const fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) throw std::runtime_error("socket failed");
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    bool const ok = ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
                    ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0;
    ::close(fd);
    if (!ok) throw std::runtime_error("no free loopback port");
    return ntohs(addr.sin_port);
}

}  // namespace pushback::test
