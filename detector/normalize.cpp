#include "detector/detail/normalize.hpp"

namespace pushback::detector::detail {
namespace {

bool is_alpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

class Writer {
  public:
    // At most three bytes out per two in (a code span "``" gives " ", its placeholder and " "), one
    // per byte otherwise: room for 2n + 4 is enough (put grows it all the same if ever needed).
    Writer(Normalized& n, std::size_t input_size) : n_(n) { resize(2 * input_size + 4); }
    [[gnu::always_inline]] void put(char c, std::size_t b, std::size_t e) {
        // Runs of blanks collapse into one, so phrases match across line breaks and double spaces.
        if (c == ' ' && (size_ == 0 || text_[size_ - 1] == ' ')) return;
        if (size_ == room_) grow();
        text_[size_] = c;
        from_[size_] = static_cast<std::uint32_t>(b);
        to_[size_] = static_cast<std::uint32_t>(e);
        ++size_;
    }
    // Cuts the buffers to what was written.
    void finish() {
        n_.text.resize(size_);
        n_.from.resize(size_);
        n_.to.resize(size_);
    }

  private:
    void grow() { resize(2 * room_ + 16); }
    void resize(std::size_t room) {
        n_.text.resize(room);
        n_.from.resize(room);
        n_.to.resize(room);
        text_ = n_.text.data();
        from_ = n_.from.data();
        to_ = n_.to.data();
        room_ = room;
    }
    Normalized& n_;
    char* text_ = nullptr;
    std::uint32_t* from_ = nullptr;
    std::uint32_t* to_ = nullptr;
    std::size_t size_ = 0, room_ = 0;
};

// Where a Slack angle-bracket token ends ('>'), or npos when '<' is just a character.
std::size_t angle_end(std::string_view t, std::size_t i) {
    for (std::size_t j = i + 1; j < t.size() && j < i + 512; ++j) {
        if (t[j] == '>') return j > i + 1 ? j : std::string_view::npos;
        if (t[j] == '<' || t[j] == '\n' || t[j] == ' ') {
            // Labels may contain spaces (<https://x|the API dashboard>) but only after the '|'.
            if (t[j] == ' ' && t.substr(i, j - i).find('|') != std::string_view::npos) continue;
            return std::string_view::npos;
        }
    }
    return std::string_view::npos;
}

// Length of an emoji shortcode starting at ':' (":white_check_mark:"), or 0.
std::size_t emoji_len(std::string_view t, std::size_t i) {
    if (i + 2 >= t.size() || !is_alpha(static_cast<unsigned char>(t[i + 1]))) return 0;
    if (i > 0 && is_digit(static_cast<unsigned char>(t[i - 1]))) return 0;  // 10:30
    for (std::size_t j = i + 1; j < t.size() && j < i + 64; ++j) {
        auto const c = static_cast<unsigned char>(t[j]);
        if (c == ':') return j + 1 - i;
        if (!(is_alpha(c) || is_digit(c) || c == '_' || c == '+' || c == '-')) return 0;
    }
    return 0;
}

}  // namespace

void normalize(std::string_view t, Normalized& out) {
    out.text.clear();
    out.from.clear();
    out.to.clear();
    out.code_spans = 0;
    Writer w{out, t.size()};
    auto const n = t.size();
    std::size_t i = 0;
    while (i < n) {
        auto const c = static_cast<unsigned char>(t[i]);
        // Most bytes are lower-case letters (but 'h', which may open a bare URL), digits and blanks: as they are.
        if ((c >= 'a' && c <= 'z' && c != 'h') || (c >= '0' && c <= '9') || c == ' ') {
            w.put(static_cast<char>(c), i, i + 1);
            ++i;
            continue;
        }
        // Code: ``` blocks and `inline` spans are not prose; each becomes one placeholder.
        if (c == '`') {
            std::size_t end = std::string_view::npos;
            if (t.substr(i).starts_with("```")) {
                auto const close = t.find("```", i + 3);
                end = close == std::string_view::npos ? n : close + 3;
            } else {
                auto const close = t.find_first_of("`\n", i + 1);
                if (close != std::string_view::npos && t[close] == '`') end = close + 1;
            }
            if (end != std::string_view::npos) {
                w.put(' ', i, i + 1);
                w.put(ph_code, i, end);
                w.put(' ', end - 1, end);
                ++out.code_spans;
                i = end;
                continue;
            }
            w.put(' ', i, i + 1);
            ++i;
            continue;
        }
        if (c == '<') {
            auto const end = angle_end(t, i);
            if (end != std::string_view::npos) {
                auto const inner = t.substr(i + 1, end - i - 1);
                char ph = ph_other;
                if (inner.front() == '@')
                    ph = ph_person;
                else if (inner.front() == '#')
                    ph = ph_channel;
                else if (inner.find("://") != std::string_view::npos || inner.starts_with("mailto:"))
                    ph = ph_link;
                w.put(ph, i, end + 1);
                i = end + 1;
                continue;
            }
        }
        // Bare URLs.
        if ((c == 'h' || c == 'H') && (i == 0 || !is_alpha(static_cast<unsigned char>(t[i - 1]))) &&
            (t.substr(i).starts_with("http://") || t.substr(i).starts_with("https://"))) {
            auto e = i;
            while (e < n && !is_space(static_cast<unsigned char>(t[e])) && t[e] != '>') ++e;
            while (e > i && (t[e - 1] == '.' || t[e - 1] == ',' || t[e - 1] == ')' || t[e - 1] == ';')) --e;
            w.put(ph_link, i, e);
            i = e;
            continue;
        }
        if (c == ':') {
            if (auto const len = emoji_len(t, i); len != 0) {
                w.put(' ', i, i + len);
                i += len;
                continue;
            }
        }
        if (c >= 'A' && c <= 'Z') {
            w.put(static_cast<char>(c - 'A' + 'a'), i, i + 1);
            ++i;
            continue;
        }
        if (c == '*' || c == '_' || c == '~') {  // Slack formatting marks
            w.put(' ', i, i + 1);
            ++i;
            continue;
        }
        if (c < 0x20 || c == 0x7f) {  // controls, NUL, tabs and line breaks
            w.put(c == '\n' ? '\n' : ' ', i, i + 1);
            ++i;
            continue;
        }
        if (c >= 0x80) {
            auto const at = [&](std::size_t k) { return i + k < n ? static_cast<unsigned char>(t[i + k]) : 0u; };
            if (c == 0xE2 && at(1) == 0x80) {
                auto const d = at(2);
                char mapped = 0;
                if (d == 0x98 || d == 0x99 || d == 0xB2)
                    mapped = '\'';
                else if (d == 0x9C || d == 0x9D)
                    mapped = '"';
                else if (d == 0x90 || d == 0x91 || d == 0x93)
                    mapped = '-';
                else if (d == 0x94 || d == 0x95)
                    mapped = ' ';
                else if (d == 0xA6)
                    mapped = '.';
                if (mapped != 0) {
                    w.put(mapped, i, i + 3);
                    i += 3;
                    continue;
                }
            }
            if (c == 0xC2 && at(1) == 0xA0) {  // no-break space
                w.put(' ', i, i + 2);
                i += 2;
                continue;
            }
            if (c == 0xC3 && at(1) == 0x97) {  // multiplication sign
                w.put('x', i, i + 2);
                i += 2;
                continue;
            }
        }
        w.put(static_cast<char>(c), i, i + 1);
        ++i;
    }
    w.finish();
    // Trailing blank removed so "end of text" is a boundary without a space.
    while (!out.text.empty() && out.text.back() == ' ') {
        out.text.pop_back();
        out.from.pop_back();
        out.to.pop_back();
    }
}

}  // namespace pushback::detector::detail
