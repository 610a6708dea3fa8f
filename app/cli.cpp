#include "app/cli.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <chrono>
#include <cstdio>
#include <expected>
#include <fstream>
#include <functional>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <thread>

#include "app/config.hpp"
#include "bot/blocks.hpp"
#include "bot/form.hpp"
#include "bot/http_client.hpp"
#include "bot/signature.hpp"
#include "detector/analysis.hpp"
#include "detector/eval.hpp"
#include "detector/judge.hpp"
#include "detector/learn.hpp"
#include "detector/report.hpp"
#include "templates/advice.hpp"
#include "templates/library.hpp"
#include "templates/triage_learn.hpp"
#include "util/json.hpp"

namespace pushback::app::cli {
namespace json = boost::json;

namespace {

std::string read_all(std::istream& in) {
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::pair<std::string, unsigned short> server_address(Env const& env) {
    std::string listen = env("PUSHBACK_LISTEN").value_or("127.0.0.1:3000");
    auto hp = parse_listen(listen);
    if (!hp) throw std::runtime_error(hp.error());
    if (hp->first == "0.0.0.0") hp->first = "127.0.0.1";
    if (hp->first == "::") hp->first = "::1";
    return *hp;
}

// The analysis object with the coaching advice added as "advice" (`--json --reframe`).
std::string with_advice(templates::Library const& lib, detector::Analysis const& a, std::string_view text) {
    std::string out = detector::to_json(a, text);
    out.pop_back();  // the closing brace
    out += ",\"advice\":";
    out += templates::to_json(templates::advise(lib, a, text));
    out += '}';
    return out;
}

std::expected<templates::Library, std::string> load_library() {
    auto env = process_env();
    auto lib = templates::Library::load_builtin(env("PUSHBACK_TEMPLATES"));
    if (!lib) return std::unexpected(lib.error().message());
    return std::move(*lib);
}

}  // namespace

namespace {

// Local mode's outbox (GET /local/outbox?after=N): what the server's stand-in for Slack showed. Prints the
// new items and returns the last sequence number; nullopt when the server has no outbox (a bot token).
std::optional<std::uint64_t> print_outbox(std::string const& host, unsigned short port, std::uint64_t after,
                                          bool print) {
    auto r = bot::http_request(host, port, "GET", "/local/outbox?after=" + std::to_string(after), {}, "");
    if (!r || r->status != 200) return std::nullopt;
    boost::system::error_code ec;
    auto const v = json::parse(r->body, ec);
    if (ec || !v.is_object()) return std::nullopt;
    std::uint64_t last = after;
    if (auto const* items = v.get_object().if_contains("items"); items && items->is_array()) {
        for (auto const& item : items->get_array()) {
            if (!item.is_object()) continue;
            auto const& o = item.get_object();
            if (auto const* seq = o.if_contains("seq"); seq && seq->is_number())
                last = std::max(last, seq->to_number<std::uint64_t>());
            if (!print) continue;
            std::cout << "\n--- then, " << util::string_at(o, "kind") << " ---\n" << util::string_at(o, "text") << "\n";
        }
    }
    if (auto const* l = v.get_object().if_contains("last"); l && l->is_number() && !print)
        last = std::max(last, l->to_number<std::uint64_t>());
    return last;
}

}  // namespace

int try_command(std::vector<std::string> const& args) {
    std::string text;
    bool outbox_only = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--outbox") {
            outbox_only = true;
        } else if (args[i] == "--command" && i + 1 < args.size()) {
            text = args[++i];
            if (text.starts_with("/pushback")) text = text.substr(9);
        } else {
            if (!text.empty()) text += ' ';
            text += args[i];
        }
    }
    auto env = process_env();
    std::string secret;
    // The same secret the server verifies with: SLACK_SIGNING_SECRET, else SLACK_SIGNING_SECRET_FILE,
    // else local mode's generated one.
    auto configured = read_secret(env, "SLACK_SIGNING_SECRET");
    if (!configured) {
        std::fprintf(stderr, "pushback try: %s\n", configured.error().c_str());
        return 2;
    }
    if (*configured) {
        secret = **configured;
    } else {
        auto local = local_signing_secret("var/local-signing-secret", false);
        if (!local) {
            std::fprintf(stderr, "pushback try: %s\n", local.error().c_str());
            return 2;
        }
        secret = *local;
    }
    auto const [host, port] = server_address(env);
    if (outbox_only) {
        if (!print_outbox(host, port, 0, true)) {
            std::fprintf(stderr,
                         "pushback try: no local outbox at %s:%u (it exists in local mode, without a bot "
                         "token, on a loopback address)\n",
                         host.c_str(), port);
            return 1;
        }
        return 0;
    }
    // Where the outbox stands before this command, so only what follows it is printed.
    auto const before = print_outbox(host, port, 0, false);

    // Exactly the fields Slack sends for a slash command, signed as Slack signs them.
    std::string const body = bot::encode_form({{"token", "local"},
                                               {"team_id", "T0LOCAL"},
                                               {"team_domain", "local"},
                                               {"channel_id", "C0LOCAL"},
                                               {"channel_name", "directmessage"},
                                               {"user_id", "U0LOCAL"},
                                               {"user_name", "you"},
                                               {"command", "/pushback"},
                                               {"text", text},
                                               {"api_app_id", "A0LOCAL"},
                                               {"is_enterprise_install", "false"},
                                               {"response_url", "http://127.0.0.1:9/local-response"},
                                               {"trigger_id", "0.0.local"}});
    auto const ts = std::to_string(
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count());
    auto result = bot::http_request(host, port, "POST", "/slack/events",
                                    {{"Content-Type", "application/x-www-form-urlencoded"},
                                     {"X-Slack-Request-Timestamp", ts},
                                     {"X-Slack-Signature", bot::sign_slack_request(secret, ts, body)}},
                                    body);
    if (!result) {
        std::fprintf(stderr, "pushback try: cannot reach the server at %s:%u (%s). Is `scripts/run` running?\n",
                     host.c_str(), port, result.error().c_str());
        return 1;
    }
    if (result->status != 200) {
        std::fprintf(stderr, "pushback try: the server answered %u: %s\n", result->status, result->body.c_str());
        return 1;
    }
    boost::system::error_code ec;
    auto const v = json::parse(result->body, ec);
    if (ec) {
        std::fprintf(stderr, "pushback try: the reply is not JSON\n");
        return 1;
    }
    std::cout << bot::blocks::render_text(v) << "\n";
    if (before) {
        // What Slack would show next (after-ack work): wait until it has been quiet for a moment.
        using clock = std::chrono::steady_clock;
        auto const start = clock::now();
        auto last_new = start;
        auto seen = *before;
        while (clock::now() - start < std::chrono::seconds{3}) {
            std::this_thread::sleep_for(std::chrono::milliseconds{100});
            auto const now_seen = print_outbox(host, port, seen, true);
            if (!now_seen) break;
            if (*now_seen != seen) last_new = clock::now();
            seen = *now_seen;
            if (clock::now() - last_new > std::chrono::milliseconds{600}) break;
        }
    }
    return 0;
}

int analyze_command(std::vector<std::string> const& args) {
    bool as_json = false, jsonl = false, reframe = false;
    std::string text, previous;  // previous: the message before it in its thread (`--after TEXT`)
    bool have_text = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        auto const& a = args[i];
        if (a == "--after" && i + 1 < args.size()) {
            previous = args[++i];
        } else if (a == "--json") {
            as_json = true;
        } else if (a == "--jsonl") {
            jsonl = true;
        } else if (a == "--reframe") {
            reframe = true;
        } else {
            if (have_text) text += ' ';
            text += a;
            have_text = true;
        }
    }
    std::optional<templates::Library> lib;
    if (reframe) {
        auto loaded = load_library();
        if (!loaded) {
            std::fprintf(stderr, "pushback analyze: %s\n", loaded.error().c_str());
            return 1;
        }
        lib.emplace(std::move(*loaded));
    }
    if (jsonl) {
        std::string line;
        while (std::getline(std::cin, line)) {
            if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
            boost::system::error_code ec;
            auto const v = json::parse(line, ec);
            auto const* t = !ec && v.is_object() ? v.get_object().if_contains("text") : nullptr;
            if (!lib || t == nullptr || !t->is_string()) {
                std::cout << detector::analyze_jsonl_line(line) << '\n';
                continue;
            }
            std::string_view const line_text = t->get_string();
            std::cout << with_advice(*lib, detector::analyze(line_text), line_text) << '\n';
        }
        return 0;
    }
    if (!have_text) text = read_all(std::cin);
    auto const analysis = previous.empty() ? detector::analyze(text) : detector::analyze(text, previous);
    if (as_json) {
        std::cout << (lib ? with_advice(*lib, analysis, text) : detector::to_json(analysis, text)) << '\n';
        return 0;
    }
    if (!lib) {
        std::cout << detector::render_report(analysis, text) << '\n';
        return 0;
    }
    {
        auto const advice = templates::advise(*lib, analysis, text);
        // The analysis lines as the advice read the draft, so they never contradict the cards below them.
        std::cout << templates::render_advised(analysis, text, advice) << '\n';
        std::cout << "\nAdvice: " << templates::id(advice.triage) << " (" << templates::id(advice.perspective) << ")";
        for (auto const& f : advice.flags) std::cout << " [" << f << "]";
        std::cout << "\nNext: " << advice.next_step << "\n";
        for (auto const& c : advice.cards) std::cout << "\n* " << c.title << "\n" << c.text << "\n";
    }
    return 0;
}

int eval_command(std::vector<std::string> const& args) {
    bool const misses = !args.empty() && args[0] == "--misses";
    if (args.size() != (misses ? 2u : 1u)) {
        std::fprintf(stderr, "usage: pushback eval [--misses] FILE.jsonl\n");
        return 2;
    }
    auto const& file = args.back();
    std::ifstream in(file);
    if (!in) {
        std::fprintf(stderr, "pushback eval: cannot read %s\n", file.c_str());
        return 2;
    }
    auto result = detector::evaluate_jsonl(read_all(in));
    if (!result) {
        std::fprintf(stderr, "pushback eval: %s: %s\n", file.c_str(), result.error().c_str());
        return 1;
    }
    std::cout << detector::format_eval(*result, misses);
    return 0;
}

namespace {

// Reads every corpus with `read(text, file index)`, which gives its rows or an error. Nonzero: the exit
// code, after saying which file failed.
template <class Row, class Read>
int read_corpora(std::string_view command, std::vector<std::string> const& files, Read read, std::vector<Row>& out) {
    for (std::size_t f = 0; f < files.size(); ++f) {
        std::ifstream in(files[f]);
        if (!in) {
            std::fprintf(stderr, "pushback %s: cannot read %s\n", std::string(command).c_str(), files[f].c_str());
            return 2;
        }
        auto part = read(read_all(in), static_cast<int>(f));
        if (!part) {
            std::fprintf(stderr, "pushback %s: %s: %s\n", std::string(command).c_str(), files[f].c_str(),
                         part.error().c_str());
            return 1;
        }
        out.insert(out.end(), part->begin(), part->end());
    }
    return 0;
}

// Writes model files (name, content) into `dir`; nonzero: the exit code.
int write_models(std::string_view command, std::string const& dir,
                 std::initializer_list<std::pair<char const*, std::string const*>> files) {
    std::string names;
    for (auto const& [name, text] : files) {
        std::ofstream out(dir + name, std::ios::binary | std::ios::trunc);
        out << *text;
        if (!out) {
            std::fprintf(stderr, "pushback %s: cannot write %s%s\n", std::string(command).c_str(), dir.c_str(), name);
            return 1;
        }
        names += (names.empty() ? "" : " and ") + dir + name;
    }
    std::cout << "wrote " << names << "\n";
    return 0;
}

// The training commands' arguments: bare `flags` ("--cv"), `valued` options followed by their value, and FILE.jsonl
// paths. `set(option, value)` applies one (the value empty for a flag) and returns false when it failed and said why.
// Returns 0 or the exit code: `usage()` for an unknown option, a missing value or a number that doesn't parse.
int parse_training_args(std::vector<std::string> const& args, std::initializer_list<std::string_view> flags,
                        std::initializer_list<std::string_view> valued,
                        std::function<bool(std::string_view, std::string const&)> const& set,
                        std::vector<std::string>& files, int (*usage)()) {
    auto const in = [](std::initializer_list<std::string_view> l, std::string_view a) {
        return std::ranges::find(l, a) != l.end();
    };
    for (std::size_t i = 0; i < args.size(); ++i) {
        auto const& a = args[i];
        try {
            if (in(flags, a)) {
                if (!set(a, {})) return 2;
            } else if (in(valued, a)) {
                if (i + 1 >= args.size()) return usage();
                if (!set(a, args[++i])) return 2;
            } else if (a.starts_with("--")) {
                return usage();
            } else {
                files.push_back(a);
            }
        } catch (std::exception const&) {
            return usage();
        }
    }
    return 0;
}

}  // namespace

int train_command(std::vector<std::string> const& args) {
    detector::TrainOptions options;
    std::string out_dir;
    std::vector<std::string> files;
    bool cv = false;
    auto const usage = [] {
        std::fprintf(stderr,
                     "usage: pushback train [--cv] [--folds K] [--zone Z] [--margin M] [--confidence P] [--l2 X] "
                     "[--epochs N] [--drop "
                     "PREFIX] [--min-count N] [--prune W] [--out DIR] FILE.jsonl...\n");
        return 2;
    };
    auto const set = [&](std::string_view a, std::string const& v) {
        if (a == "--cv") cv = true;
        if (a == "--folds") options.folds = std::stoi(v);
        if (a == "--zone") options.vague_zone = std::stod(v);
        if (a == "--l2") options.l2 = std::stod(v);
        if (a == "--epochs") options.epochs = std::stoi(v);
        if (a == "--out") out_dir = v;
        if (a == "--drop") options.drop.push_back(v);
        if (a == "--min-count") options.min_count = std::stoi(v);
        if (a == "--prune") options.prune = std::stod(v);
        if (a == "--margin") options.kind_margin = std::stod(v);
        if (a == "--confidence") options.kind_confidence = std::stod(v);
        return true;
    };
    if (int const rc = parse_training_args(args, {"--cv"},
                                           {"--folds", "--zone", "--l2", "--epochs", "--out", "--drop", "--min-count",
                                            "--prune", "--margin", "--confidence"},
                                           set, files, usage);
        rc != 0)
        return rc;
    if (files.empty() || (!cv && out_dir.empty())) return usage();
    std::vector<detector::LabeledMessage> data;
    if (int const rc = read_corpora("train", files, detector::read_labeled, data); rc != 0) return rc;
    if (cv) std::cout << detector::format_cv(detector::cross_validate(data, files.size(), options), files);
    if (out_dir.empty()) return 0;
    auto const models = detector::train_models(data, options);
    return write_models("train", out_dir, {{"/kind.tsv", &models.kind_tsv}, {"/vague.tsv", &models.vague_tsv}});
}

int train_triage_command(std::vector<std::string> const& args) {
    templates::TriageTrainOptions options;
    std::string out_dir;
    std::vector<std::string> files;
    bool cv = false, changes = false;
    auto const usage = [] {
        std::fprintf(stderr,
                     "usage: pushback train-triage [--cv [--changes]] [--confidence P] [--stop-confidence P] [--l2 X] "
                     "[--epochs N] [--min-count N] [--drop PREFIX] [--judge REAL.jsonl|- [--judge-person-hint P] "
                     "[--judge-sarcasm-hint P]] [--out DIR] FILE.jsonl...\n");
        return 2;
    };
    auto const set = [&](std::string_view a, std::string const& v) {
        if (a == "--cv") cv = true;
        if (a == "--changes") changes = true;
        // judge13: the judge's extra training data (the real messages) turns the judge on.
        if (a == "--judge") {
            options.judge = true;
            if (v != "-" &&
                read_corpora(
                    "train-triage", {v}, [](std::string_view t, int) { return detector::read_judge_data(t, -1); },
                    options.judge_extra) != 0)
                return false;
        }
        if (a == "--judge-person-hint") options.judge_options.person_hint = std::stod(v);
        if (a == "--judge-sarcasm-hint") options.judge_options.sarcasm_hint = std::stod(v);
        if (a == "--drop") options.drop.push_back(v);
        if (a == "--confidence") options.confidence = std::stod(v);
        if (a == "--stop-confidence") options.stop_confidence = std::stod(v);
        if (a == "--l2") options.l2 = std::stod(v);
        if (a == "--epochs") options.epochs = std::stoi(v);
        if (a == "--min-count") options.min_count = std::stoi(v);
        if (a == "--out") out_dir = v;
        return true;
    };
    if (int const rc =
            parse_training_args(args, {"--cv", "--changes"},
                                {"--confidence", "--stop-confidence", "--l2", "--epochs", "--min-count", "--drop",
                                 "--out", "--judge", "--judge-person-hint", "--judge-sarcasm-hint"},
                                set, files, usage);
        rc != 0)
        return rc;
    if (files.empty() || (!cv && out_dir.empty())) return usage();
    std::vector<templates::CoachingDraft> drafts;
    if (int const rc = read_corpora("train-triage", files, templates::read_coaching, drafts); rc != 0) return rc;
    if (cv) {
        auto loaded = load_library();
        if (!loaded) {
            std::fprintf(stderr, "pushback train-triage: %s\n", loaded.error().c_str());
            return 1;
        }
        auto const figures = templates::leave_one_file_out(*loaded, drafts, files.size(), options);
        std::cout << templates::format_lofo(figures, files);
        if (changes)
            for (std::size_t f = 0; f < figures.size(); ++f)
                std::cout << "\n" << files[f] << ": the combiner's changes\n" << figures[f].changes;
    }
    if (out_dir.empty()) return 0;
    auto const trained = templates::train_triage(drafts, options);
    return write_models("train-triage", out_dir,
                        {{"/triage.tsv", &trained.triage_tsv}, {"/stop_flag.tsv", &trained.stop_flag_tsv}});
}

// --- r28: train-stop-words ---
int train_stop_words_command(std::vector<std::string> const& args) {
    templates::StopWordsOptions options;
    std::string out_dir;
    std::vector<std::string> files;
    auto const usage = [] {
        std::fprintf(stderr,
                     "usage: pushback train-stop-words [--confidence P] [--unhinted-confidence P] [--l2 X] [--epochs "
                     "N] [--runs N] [--learning-rate X] "
                     "[--min-count N] [--prune X] --out DIR FILE.jsonl...\n");
        return 2;
    };
    auto const set = [&](std::string_view a, std::string const& v) {
        if (a == "--confidence") options.confidence = std::stod(v);
        if (a == "--unhinted-confidence") options.unhinted_confidence = std::stod(v);
        if (a == "--l2") options.l2 = std::stod(v);
        if (a == "--epochs") options.epochs = std::stoi(v);
        if (a == "--runs") options.runs = std::stoi(v);
        if (a == "--learning-rate") options.learning_rate = std::stod(v);
        if (a == "--min-count") options.min_count = std::stoi(v);
        if (a == "--prune") options.prune = std::stod(v);
        if (a == "--out") out_dir = v;
        return true;
    };
    if (int const rc = parse_training_args(args, {},
                                           {"--confidence", "--unhinted-confidence", "--l2", "--epochs", "--runs",
                                            "--learning-rate", "--min-count", "--prune", "--out"},
                                           set, files, usage);
        rc != 0)
        return rc;
    if (files.empty() || out_dir.empty()) return usage();
    std::vector<templates::CoachingDraft> drafts;
    if (int const rc = read_corpora("train-stop-words", files, templates::read_coaching, drafts); rc != 0) return rc;
    auto const tsv = templates::train_stop_words(drafts, options);
    return write_models("train-stop-words", out_dir, {{"/stop_words.tsv", &tsv}});
}
// --- r28: end ---

// --- judge13: train-judge, and the judge's data for train-triage --judge ---
int train_judge_command(std::vector<std::string> const& args) {
    detector::JudgeOptions options;
    std::string out_dir;
    std::vector<std::string> files;
    bool cv = false;
    int folds = 5;
    std::string scores_file;
    auto const usage = [] {
        std::fprintf(stderr,
                     "usage: pushback train-judge [--cv] [--folds K] [--rounds N] [--l2 X] [--epochs N] "
                     "[--min-count N] [--drop PREFIX] [--person-hint P] [--sarcasm-hint P] [--scores FILE] [--out DIR] "
                     "FILE.jsonl...\n");
        return 2;
    };
    auto const set = [&](std::string_view a, std::string const& v) {
        if (a == "--cv") cv = true;
        if (a == "--folds") folds = std::stoi(v);
        if (a == "--rounds") options.rounds = std::stoi(v);
        if (a == "--l2") options.l2 = std::stod(v);
        if (a == "--epochs") options.epochs = std::stoi(v);
        if (a == "--min-count") options.min_count = std::stoi(v);
        if (a == "--drop") options.drop.push_back(v);
        if (a == "--person-hint") options.person_hint = std::stod(v);
        if (a == "--sarcasm-hint") options.sarcasm_hint = std::stod(v);
        if (a == "--out") out_dir = v;
        if (a == "--scores") scores_file = v;
        return true;
    };
    if (int const rc = parse_training_args(args, {"--cv"},
                                           {"--folds", "--rounds", "--l2", "--epochs", "--min-count", "--drop",
                                            "--person-hint", "--sarcasm-hint", "--out", "--scores"},
                                           set, files, usage);
        rc != 0)
        return rc;
    if (files.empty() || (!cv && out_dir.empty())) return usage();
    std::vector<detector::JudgeDraft> drafts;
    auto const read = [&](std::string_view text, int file) { return detector::read_judge_data(text, file, folds); };
    if (int const rc = read_corpora("train-judge", files, read, drafts); rc != 0) return rc;
    if (cv) {
        auto const scores = detector::judge_out_of_fold(drafts, options);
        std::cout << detector::format_judge_cv(drafts, scores, files);
        if (!scores_file.empty()) {
            std::ofstream out(scores_file, std::ios::binary | std::ios::trunc);
            out << detector::format_judge_scores(drafts, scores);
        }
    }
    if (out_dir.empty()) return 0;
    auto const tsv = detector::train_judge(drafts, options);
    return write_models("train-judge", out_dir, {{"/judge.tsv", &tsv}});
}
// --- judge13: end ---

int healthcheck_command(std::vector<std::string> const& args) {
    auto const [host, port] = server_address(process_env());
    bool const ready = !args.empty() && args[0] == "--ready";
    auto r = bot::http_request(host, port, "GET", ready ? "/readyz" : "/healthz", {}, "", std::chrono::seconds{3});
    if (!r || r->status != 200) {
        std::fprintf(stderr, "unhealthy\n");
        return 1;
    }
    std::puts("ok");
    return 0;
}

}  // namespace pushback::app::cli
