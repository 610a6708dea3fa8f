#pragma once
// Block Kit building blocks and Slack text rules: escaping, limits, UTF-8-safe truncation, and a
// plain-text rendering of a message (for `pushback try` and golden tests).

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>

#include "util/json.hpp"
#include "util/utf8.hpp"

namespace pushback::bot::blocks {

// Slack's documented limits (Block Kit reference).
inline constexpr std::size_t max_blocks_message = 50;
inline constexpr std::size_t max_blocks_view = 100;
inline constexpr std::size_t max_section_text = 3000;
inline constexpr std::size_t max_button_text = 75;
inline constexpr std::size_t max_button_value = 2000;
inline constexpr std::size_t max_id = 255;
inline constexpr std::size_t max_context_text = 3000;
inline constexpr std::size_t max_header_text = 150;

// Escapes the three characters Slack's mrkdwn and plain text reserve: & < >.
std::string escape(std::string_view text);
void escape_into(std::string& out, std::string_view text);  // the same, appended to `out`
// The inverse: decodes &amp; &lt; &gt; (Slack escapes them in message and command text). Mentions
// and links stay as Slack markup, which the detector understands.
std::string unescape(std::string_view s);
// Cuts `text` to at most `max_bytes` bytes on a UTF-8 boundary, adding "…" when it cut.
inline std::string truncate(std::string_view text, std::size_t max_bytes) {
    return util::truncate_utf8(text, max_bytes);
}
// Number of Unicode code points (Slack counts characters, not bytes).
inline std::size_t char_count(std::string_view text) { return util::utf8_char_count(text); }

// Block Kit elements. Texts are cut to Slack's limits.
boost::json::object mrkdwn(std::string_view text);
boost::json::object plain(std::string_view text);
boost::json::object section(std::string_view mrkdwn_text);
boost::json::object section_fields(std::initializer_list<std::string> mrkdwn_fields);
boost::json::object header(std::string_view text);
boost::json::object context(std::string_view mrkdwn_text);
boost::json::object divider();
boost::json::object button(std::string_view text, std::string_view action_id, std::string_view value,
                           std::string_view style = {});
boost::json::object actions(std::string_view block_id, boost::json::array elements);

// A button of an actions block.
struct Button {
    std::string_view text;
    std::string_view action_id;
    std::string_view value;
    std::string_view style = {};  // "", "primary" or "danger"
};

// Where a message's blocks go: BlockArray appends JSON values (views, tests, other surfaces),
// BlockWriter writes the JSON text straight out (the /pushback reply, the hottest path). Builders
// are written once against this shape and give the same blocks either way.
class BlockArray {
  public:
    explicit BlockArray(boost::json::array& out) : out_(out) {}
    void section(std::string_view mrkdwn_text);
    void context(std::string_view mrkdwn_text);
    void divider();
    void actions(std::string_view block_id, std::initializer_list<Button> buttons);

  private:
    boost::json::array& out_;
};

class BlockWriter {
  public:
    // Begins an ephemeral message with `text` as its notification fallback.
    BlockWriter(std::string& out, std::string_view text);
    void section(std::string_view mrkdwn_text);
    void context(std::string_view mrkdwn_text);
    void divider();
    void actions(std::string_view block_id, std::initializer_list<Button> buttons);
    // Closes the message: `out` then holds exactly what boost::json::serialize gives for the same
    // message built with BlockArray and ephemeral().
    void finish();

  private:
    void begin_block();
    std::string& out_;
    bool first_ = true;
};

// `text` as a JSON string literal (quotes included), escaped as boost::json::serialize escapes.
using util::append_json_string;

// A reply only the user sees: `text` is the notification fallback, `blocks` the message (if any).
boost::json::object ephemeral(std::string_view text, boost::json::array blocks = {});
// The same for a response_url post: a new message only the user sees, leaving the message whose
// button was pressed as it is ("replace_original": false).
boost::json::object ephemeral_response(std::string_view text, boost::json::array blocks = {});

// A readable plain-text rendering of a message or view: section texts, fields, context, buttons as
// [Label], inputs as "Label: ___".
std::string render_text(boost::json::value const& v);

}  // namespace pushback::bot::blocks
