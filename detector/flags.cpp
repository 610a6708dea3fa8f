// Red flags: what burns the relationship whatever the wording of the rest (issue 12). Each comes from
// the writer's own words (never from quoted ones): about the person rather than the proposal, going
// over someone's head, a disagreement broadcast to a whole channel, unambiguous sarcasm.
#include "detector/detail/context.hpp"

namespace pushback::detector::detail {
namespace {

bool broadcast_token(std::string_view t) {
    if (t.find_first_of("@<") == std::string_view::npos) return false;
    for (std::string_view w : {"<!here", "<!channel", "<!everyone", "<!subteam", "@here", "@channel", "@everyone",
                               "@all ", "@team ", "@devs ", "@engineering "})
        if (t.find(w) != std::string_view::npos) return true;
    return false;
}

}  // namespace

void find_red_flags(Context const& c, Analysis& a) {
    if (c.has(Lex::person_attack)) a.red_flags.push_back(RedFlag::person_directed);
    if (c.has(Lex::ladder)) a.red_flags.push_back(RedFlag::skips_ladder);
    // A broadcast is a red flag when what is broadcast is a disagreement, not news or thanks.
    if (broadcast_token(c.orig) &&
        (a.kind == MessageKind::pushback || c.has(Lex::objection) || c.has(Lex::person_attack) || c.has(Lex::sarcasm)))
        a.red_flags.push_back(RedFlag::broadcast);
    // An eye-roll (":roll_eyes:", U+1F644) says the words mean their opposite.
    bool const eye_roll = c.orig.find(":roll_eyes:") != std::string_view::npos ||
                          c.orig.find("\xF0\x9F\x99\x84") != std::string_view::npos;
    if (c.has(Lex::sarcasm) || eye_roll) a.red_flags.push_back(RedFlag::sarcasm);
}

}  // namespace pushback::detector::detail
