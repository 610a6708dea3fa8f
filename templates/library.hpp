#pragma once
// The phrasing templates (TOML files whose texts are Mustache) and the reframer that picks and
// fills them from a detector Analysis. Loaded and validated once at start; immutable afterwards,
// so one Library is shared by every request thread.

#include <cstddef>
#include <expected>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "detector/analysis.hpp"
#include "util/mrkdwn.hpp"

namespace pushback::templates {

// Whose message is being reframed: the user's own draft (suggest rewrites of it) or someone
// else's, typically a PM's ask (suggest replies to it, the trust-building side).
enum class Perspective { own_draft, reply_to_other };

struct Reframing {
    std::string template_id;  // "sbi-rewrite", "options-date-depth", ...
    std::string family;       // "sbi", "options", "premise", ...
    std::string title;        // short heading shown above the text, plain text
    std::string text;         // the filled phrasing, plain text, ready to copy and send
    std::string why;          // one line on why this reframing fits the message (may be empty)
};

// Block Kit allows 3,000 characters in a section and 150 in a header or button-ish title; every
// Reframing stays below these, counted in bytes after Slack's &, <, > escaping (so it also holds
// when the text is placed in mrkdwn through util::mrkdwn_escape).
inline constexpr std::size_t max_text_size = 2900;
inline constexpr std::size_t max_title_size = 150;

struct LoadError {
    std::string file;     // the file at fault
    std::string problem;  // "unknown slot {{foo}} in template 'x'", "duplicate id 'x'", ...
    int line = 0;         // where in `file` (the TOML error, or the table at fault); 0 when not one place
    std::string message() const { return file + ": " + problem; }
};

// Inputs of a follow-up summary (1:1 written recap), all optional but `with_whom`.
struct SummaryInput {
    std::string with_whom;   // "<@U123>" or a name
    std::string raised;      // what was raised (a draft or a decision), may be empty
    std::string options;     // options discussed, may be empty
    std::string decision;    // decision taken, may be empty
    std::string next_steps;  // may be empty
};

class Library {
  public:
    // Loads every *.toml in `builtin_dir`, then, when given, every *.toml in `override_dir`,
    // whose templates add to or replace built-in ones by id. Any invalid file stops the load.
    static std::expected<Library, LoadError> load(std::string const& builtin_dir,
                                                  std::optional<std::string> const& override_dir = std::nullopt);
    // Same, with the built-in templates compiled into the program (templates/phrasings/*.toml,
    // embedded at build time) instead of a directory. This is what the server uses.
    static std::expected<Library, LoadError> load_builtin(
        std::optional<std::string> const& override_dir = std::nullopt);

    // Two to four reframings for `text`, most useful first. Deterministic.
    std::vector<Reframing> reframe(detector::Analysis const& analysis, std::string_view text,
                                   Perspective perspective) const;

    // One template filled for `text` whatever its conditions (previews, tests); nullopt for an unknown id.
    std::optional<Reframing> render(std::string_view template_id, detector::Analysis const& analysis,
                                    std::string_view text, Perspective perspective) const;
    // Every template id, sorted.
    std::vector<std::string> ids() const;

    // Fixed guidance texts, Slack mrkdwn (already escaped: "/pushback &lt;your draft&gt;").
    std::string escalation_ladder() const;
    std::string decision_checklist() const;
    std::string help() const;

    // A drafted async summary of a 1:1, so the exchange is on the record. Plain text: the inputs are
    // inserted literally and an empty part shows a bracketed prompt to fill in.
    std::string followup_summary(SummaryInput const& in) const;

    std::size_t size() const;

    struct Impl;
    explicit Library(std::shared_ptr<Impl const> impl);
    Impl const& impl() const { return *impl_; }  // the loaded set, for templates/advice.cpp

  private:
    std::shared_ptr<Impl const> impl_;
};

}  // namespace pushback::templates
