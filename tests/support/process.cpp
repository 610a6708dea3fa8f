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
#include <random>
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
        // Nothing else of the test process goes with it: a socket another thread had bound at the fork (a port
        // being checked, a listener) would stay bound in `pushback serve` and refuse that port to the server it was
        // meant for ("Address already in use" when two replicas start at once, in CI).
        ::close_range(3, ~0U, 0);
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
        ::close_range(3, ~0U, 0);  // as in spawn_pushback (the pipe's write end too)
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

namespace {

// Whether `port` on 127.0.0.1 can be bound right now.
bool can_bind(unsigned short port) {
    int const fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) throw std::runtime_error("socket failed");
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(port);
    bool const ok = ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
    ::close(fd);
    return ok;
}

// The lowest port the kernel hands out to outgoing connections (32768 by default).
unsigned short ephemeral_low() {
    std::ifstream in("/proc/sys/net/ipv4/ip_local_port_range");
    unsigned low = 0;
    if (!(in >> low) || low < 2048 || low > 65535) return 32768;
    return static_cast<unsigned short>(low);
}

}  // namespace

// A port for a child `pushback serve` to listen on. It is chosen below the ephemeral range: a port the kernel
// handed out (bind to port 0) can be given again, between this call and the child's bind, as the local port of any
// outgoing connection on the machine (to PostgreSQL, to the fake Slack), and the child then fails with "Address
// already in use" (a CI run failed so). Ports below the range are only ever taken by an explicit bind, and a random
// pick among ~20,000 of them makes two parallel tests choosing the same one unlikely.
unsigned short free_loopback_port() {
    static thread_local std::mt19937 rng{std::random_device{}() ^ static_cast<unsigned>(::getpid())};
    unsigned const high = ephemeral_low();
    unsigned const low = high > 12000 ? 10000U : 1024U;
    std::uniform_int_distribution<unsigned> pick(low, high - 1);
    for (int attempt = 0; attempt < 200; ++attempt) {
        auto const port = static_cast<unsigned short>(pick(rng));
        if (can_bind(port)) return port;
    }
    throw std::runtime_error("no free loopback port below the ephemeral range");
}

}  // namespace pushback::test
