#pragma once
// Helpers for the template tests: analyses built by hand, temporary template directories, and the
// checks every rendered reframing must pass.

#include <unistd.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <string>
#include <string_view>

#include "detector/analysis.hpp"
#include "templates/library.hpp"
#include "util/mrkdwn.hpp"

namespace test_support {

using namespace pushback;

inline detector::Range range_of(std::string_view text, std::string_view part) {
    auto const at = text.find(part);
    REQUIRE(at != std::string_view::npos);
    return {static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + part.size())};
}

inline templates::Library const& builtin() {
    static auto const lib = [] {
        auto l = templates::Library::load_builtin();
        if (!l) FAIL("built-in templates failed to load: " << l.error().message());
        return *l;
    }();
    return lib;
}

// A directory under /tmp removed at the end of the test.
class TempDir {
  public:
    TempDir() {
        static std::atomic<int> n{0};
        path_ = std::filesystem::temp_directory_path() /
                ("pushback-templates-" + std::to_string(::getpid()) + "-" + std::to_string(n++));
        std::filesystem::create_directories(path_);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    TempDir(TempDir const&) = delete;
    TempDir& operator=(TempDir const&) = delete;

    std::string write(std::string const& name, std::string const& content) const {
        auto const p = path_ / name;
        std::ofstream{p, std::ios::binary} << content;
        return p.string();
    }
    std::string str() const { return path_.string(); }

  private:
    std::filesystem::path path_;
};

inline bool valid_utf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        auto const c = static_cast<unsigned char>(s[i]);
        std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (len == 0 || i + len > s.size()) return false;
        for (std::size_t k = 1; k < len; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        i += len;
    }
    return true;
}

inline std::size_t count(std::string_view hay, std::string_view needle) {
    std::size_t n = 0;
    for (auto at = hay.find(needle); at != std::string_view::npos; at = hay.find(needle, at + 1)) ++n;
    return n;
}

// `text` without the user's quoted words (“...”), which are theirs to punctuate.
inline std::string outside_quotes(std::string_view text) {
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        auto const open = text.find("“", i);
        if (open == std::string_view::npos) {
            out.append(text.substr(i));
            break;
        }
        out.append(text.substr(i, open - i));
        auto const close = text.find("”", open);
        if (close == std::string_view::npos) break;
        out.append("Q");
        i = close + std::string_view("”").size();
    }
    return out;
}

// What every reframing must satisfy whatever the input: filled, grammatical, within Slack's limits.
inline void check_reframing(templates::Reframing const& r, std::string_view input) {
    INFO("template " << r.template_id << "\n--- text ---\n" << r.text << "\n------------");
    CHECK_FALSE(r.template_id.empty());
    CHECK_FALSE(r.family.empty());
    CHECK_FALSE(r.title.empty());
    CHECK_FALSE(r.text.empty());
    CHECK(pushback::util::mrkdwn_escape(r.text).size() <= templates::max_text_size);
    CHECK(pushback::util::mrkdwn_escape(r.title).size() < templates::max_title_size);
    CHECK(valid_utf8(r.text));
    CHECK(valid_utf8(r.title));
    // Slots: every tag filled. Braces may only come from the user's own text (quoted literally,
    // which the hostile-text tests check).
    if (input.find("{{") == std::string_view::npos) CHECK(r.text.find("{{") == std::string::npos);
    if (input.find("}}") == std::string_view::npos) CHECK(r.text.find("}}") == std::string::npos);
    // Grammar: no holes left by an empty value, anywhere (user text is tidied too)...
    for (std::string_view bad : {"  ", " ,", " .", " ;", " :", " ?", " !", " )", "“”", "\n\n\n"}) {
        INFO("found '" << bad << "'");
        CHECK(r.text.find(bad) == std::string::npos);
    }
    // ...and in our own words, around the user's quotes.
    std::string const ours = outside_quotes(r.text);
    for (std::string_view bad : {"()", "[]", "[ ", " ]", ",,", "..", ", .", "“"}) {
        INFO("found '" << bad << "' outside quotes in: " << ours);
        CHECK(ours.find(bad) == std::string::npos);
    }
    static std::regex const dangling{R"(\b(the|an|of|to|for|with|about|and)[.,;:!?)](\s|$))", std::regex::icase};
    static std::regex const dangling_end{R"(\b(the|a|an|of|to|for|with|about|and|or)\s*$)", std::regex::icase};
    CHECK_FALSE(std::regex_search(ours, dangling));
    CHECK_FALSE(std::regex_search(ours, dangling_end));
    CHECK(r.text.front() != ' ');
    CHECK(r.text.back() != ' ');
    CHECK(r.text.back() != '\n');
}

inline bool has_family(std::vector<templates::Reframing> const& rs, std::string_view family) {
    for (auto const& r : rs)
        if (r.family == family) return true;
    return false;
}

inline bool has_id(std::vector<templates::Reframing> const& rs, std::string_view id) {
    for (auto const& r : rs)
        if (r.template_id == id) return true;
    return false;
}

inline std::string ids_of(std::vector<templates::Reframing> const& rs) {
    std::string out;
    for (auto const& r : rs) out += (out.empty() ? "" : ", ") + r.template_id;
    return out;
}

}  // namespace test_support
