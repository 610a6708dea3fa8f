// pushback: one binary, several subcommands. `serve` runs the Slack bot; `try`, `analyze` and
// `eval` let people and scripts use it from a terminal.

#include <sys/stat.h>

#include <boost/json.hpp>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "app/app.hpp"
#include "app/cli.hpp"
#include "app/config.hpp"

namespace {

constexpr char const* usage = R"(pushback: coaching engineers to push back on product managers well

Usage:
  pushback serve                      run the Slack bot (configuration from the environment)
  pushback try "DRAFT"                send a signed /pushback to the running server and print the reply
  pushback try --command "/pushback ladder"   any slash command text
  pushback try --outbox              what local mode has shown since it started (DMs, cards, files)
  pushback analyze [--json] ["TEXT"]  analyse a message (no TEXT: read stdin as one message)
  pushback analyze --jsonl            JSON Lines in ({"text": ...}), one JSON analysis per line out
  pushback analyze --after "PREV" "TEXT"  the same, knowing the message before it in its thread
  pushback analyze --reframe "TEXT"   print the coaching advice for a draft (triage, next step, cards)
  pushback analyze --json[l] --reframe  the same as JSON: the analysis with an "advice" object
  pushback eval [--misses] FILE.jsonl precision, recall, F1 and accuracy on a labeled corpus
  pushback train [--cv] [--out DIR] FILE.jsonl...  fit the detector's learned models (k-fold figures with --cv)
  pushback train-triage [--cv] [--out DIR] FILE.jsonl...  fit the coaching triage's combiner (leave-one-file-out
                                      figures with --cv)
  pushback train-stop-words --out DIR FILE.jsonl...  fit the stop's word model on coaching corpora
  pushback train-judge [--cv] [--out DIR] FILE.jsonl...  fit the judge model (person-directed, sarcasm by sentence;
                                      group cross-validation with --cv)
  pushback healthcheck [--ready]      exit 0 if the server at PUSHBACK_LISTEN answers /healthz (/readyz)
  pushback migrate                    bring the database (PUSHBACK_DB) to this build's schema
  pushback version

Environment: SLACK_APP_TOKEN[_FILE] (Socket Mode), SLACK_BOT_TOKEN[_FILE], SLACK_SIGNING_SECRET[_FILE] (HTTP),
SLACK_SOCKET_CONNECTIONS (1), PUSHBACK_LISTEN (127.0.0.1:3000),
PUSHBACK_DB (var/pushback.sqlite3, or postgresql://...), PUSHBACK_DB_PASSWORD[_FILE], PUSHBACK_DB_POOL (8),
PUSHBACK_DB_POOL_WAIT_MS (2000), PUSHBACK_DB_MIGRATE (auto|off), PUSHBACK_REPLICA_ID, PUSHBACK_REMINDER_LEASE
(120), PUSHBACK_TEMPLATES, SLACK_API_URL, SSL_CERT_FILE,
PUSHBACK_LOG_LEVEL (info), PUSHBACK_THREADS (one per core). Installable in many workspaces instead of
SLACK_BOT_TOKEN: SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_STATE_SECRET (each also _FILE), PUSHBACK_PUBLIC_URL,
PUSHBACK_ENCRYPTION_KEY[_FILE], PUSHBACK_ENCRYPTION_OLD_KEYS[_FILE], PUSHBACK_PURGE_ON_UNINSTALL (30d). See README.md.
)";

// `pushback <command> --help`: that command's lines of the usage; the process starts nothing.
struct CommandHelp {
    char const* command;
    char const* text;
};
constexpr CommandHelp command_help[] = {
    {"serve", "Usage: pushback serve\n  run the Slack bot; configuration comes from the environment:\n"},
    {"try",
     "Usage: pushback try \"DRAFT\"\n       pushback try --command \"/pushback ladder\"\n"
     "       pushback try --outbox   everything local mode has shown so far (DMs that fired later too)\n"
     "  send a signed /pushback to the running server (PUSHBACK_LISTEN) and print the reply; signed with\n"
     "  SLACK_SIGNING_SECRET[_FILE], else local mode's var/local-signing-secret. Without a bot token the\n"
     "  server stands in for Slack, and what follows the reply (response_url posts, DMs, channel cards,\n"
     "  modals, exported files) is printed too\n"},
    {"analyze",
     "Usage: pushback analyze [--json] [\"TEXT\"]   analyse a message (no TEXT: read stdin as one message)\n"
     "       pushback analyze --jsonl              JSON Lines in ({\"text\": ...}), one analysis per line out\n"
     "       pushback analyze --reframe \"TEXT\"     print the reframings for a draft\n"},
    {"eval", "Usage: pushback eval FILE.jsonl\n  precision, recall, F1 and accuracy on a labeled corpus\n"},
    {"train",
     "Usage: pushback train [--cv] [--folds K] [--zone Z] [--margin M] [--confidence P] [--l2 X] [--epochs N] [--out "
     "DIR] FILE.jsonl...\n"
     "  fit the detector's kind and vague models on labeled corpora and write DIR/kind.tsv, DIR/vague.tsv;\n"
     "  --cv prints k-fold cross-validation figures (folds drawn by thread), rules alone and with the models\n"},
    {"train-triage",
     "Usage: pushback train-triage [--cv] [--confidence P] [--stop-confidence P] [--l2 X] [--epochs N] [--min-count N] "
     "[--out DIR] "
     "FILE.jsonl...\n"
     "  fit the coaching triage's combiner on coaching corpora and write DIR/triage.tsv, DIR/stop_flag.tsv;\n"
     "  --cv prints leave-one-file-out figures (trained on the other files), rules alone and with the combiner\n"},
    {"train-stop-words",
     "Usage: pushback train-stop-words [--confidence P] [--unhinted-confidence P] [--l2 X] [--epochs N] "
     "[--learning-rate X] [--min-count N] "
     "[--prune X] --out DIR FILE.jsonl...\n"
     "  fit the stop's word model (the words of the drafts that were stops, by flag) on coaching corpora and\n"
     "  write DIR/stop_words.tsv\n"},
    {"train-judge",
     "Usage: pushback train-judge [--cv] [--folds K] [--rounds N] [--l2 X] [--epochs N] [--min-count N] [--drop "
     "PREFIX] "
     "[--person-hint P] [--sarcasm-hint P] [--scores FILE] [--out DIR] FILE.jsonl...\n"
     "  fit the judge model (whether a sentence judges a person or mocks) on coaching splits (`flags`) and real\n"
     "  messages (`red_flags`) and write DIR/judge.tsv; --cv prints precision/recall with each coaching file held\n"
     "  out whole and the real messages held out by repository (K folds)\n"},
    {"healthcheck",
     "Usage: pushback healthcheck [--ready]\n  exit 0 if the server at PUSHBACK_LISTEN answers /healthz (with --ready: "
     "/readyz, the store reachable and migrated)\n"},
    {"migrate",
     "Usage: pushback migrate\n  apply the database's missing schema migrations (PUSHBACK_DB; on PostgreSQL under an "
     "advisory lock, so replicas starting meanwhile wait) and print the version\n"},
    {"version", "Usage: pushback version\n  print the version\n"},
};

bool asks_for_help(std::vector<std::string> const& args) {
    for (auto const& a : args) {
        if (a == "--help" || a == "-h") return true;
    }
    return false;
}

int serve() {
    using namespace pushback::app;
    // Everything the server creates (the database, its WAL, var/) holds users' private text: owner only.
    ::umask(077);
    auto config = load_config(process_env());
    if (!config) {
        std::fprintf(stderr, "pushback: %s\n", config.error().c_str());
        return 2;
    }
    bool const local = config->local_mode;
    bool const socket_mode = !config->app_token.empty();
    bool const http_events = !config->signing_secret.empty();
    auto const secret_path = config->local_secret_path;
    auto app = App::create(std::move(*config));
    if (!app) {
        std::fprintf(stderr, "pushback: %s\n", app.error().c_str());
        return 1;
    }
    auto endpoint = (*app)->listen();
    if (!endpoint) {
        std::fprintf(stderr, "pushback: %s\n", endpoint.error().c_str());
        return 1;
    }
    auto const host =
        endpoint->address().is_v6() ? "[" + endpoint->address().to_string() + "]" : endpoint->address().to_string();
    std::string const where = host + ":" + std::to_string(endpoint->port());
    if ((*app)->playground()) {
        std::fprintf(stderr, "pushback: playground: open http://%s/ in a browser\n", where.c_str());
    }
    if (socket_mode) {
        std::fprintf(stderr,
                     "pushback: Socket Mode: connecting to Slack (SLACK_APP_TOKEN); state at http://%s/healthz\n",
                     where.c_str());
    }
    if (http_events) std::fprintf(stderr, "pushback: listening on http://%s/slack/events\n", where.c_str());
    if (local) {
        std::fprintf(stderr,
                     "pushback: local mode (no SLACK_SIGNING_SECRET): generated secret in %s\n"
                     "pushback: try it in another terminal:  ./build/release/pushback try \"I don't think we can "
                     "add SSO\"\n",
                     secret_path.c_str());
    }
    (*app)->run();
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "help" || args[0] == "--help" || args[0] == "-h") {
        std::fputs(usage, args.empty() ? stderr : stdout);
        return args.empty() ? 2 : 0;
    }
    auto const command = args[0];
    args.erase(args.begin());
    if (asks_for_help(args)) {
        for (auto const& h : command_help) {
            if (command != h.command) continue;
            std::fputs(h.text, stdout);
            if (command == "serve") std::fputs(usage + std::string_view(usage).find("Environment:"), stdout);
            return 0;
        }
    }
    try {
        if (command == "serve") return serve();
        if (command == "try") return pushback::app::cli::try_command(args);
        if (command == "analyze") return pushback::app::cli::analyze_command(args);
        if (command == "eval") return pushback::app::cli::eval_command(args);
        if (command == "train") return pushback::app::cli::train_command(args);
        if (command == "train-triage") return pushback::app::cli::train_triage_command(args);
        if (command == "train-stop-words") return pushback::app::cli::train_stop_words_command(args);  // r28
        if (command == "train-judge") return pushback::app::cli::train_judge_command(args);            // judge13
        if (command == "healthcheck") return pushback::app::cli::healthcheck_command(args);
        if (command == "migrate") return pushback::app::cli::migrate_command(args);
        if (command == "version" || command == "--version") {
            std::puts("pushback 0.1.0");
            return 0;
        }
    } catch (std::exception const& e) {
        std::fprintf(stderr, "pushback %s: %s\n", command.c_str(), e.what());
        return 1;
    }
    std::fprintf(stderr, "pushback: unknown command '%s'\n\n%s", command.c_str(), usage);
    return 2;
}
