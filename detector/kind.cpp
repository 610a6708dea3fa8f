// What the message is. `mood` is the grammatical mood of the main sentence (templates' `kinds`
// condition); `kind` is what the coaching triages on (tests/data/real/GUIDE.md defines each value).
// Kind is decided by cues in the writer's own words, in this order: a write-up, a decision, an
// ask (a PM ask pattern or a request), an objection, a progress report, an answer, thanks.
#include "detector/detail/context.hpp"

namespace pushback::detector::detail {
namespace {

bool starts_with_word(std::string_view s, std::string_view w) {
    return s.starts_with(w) && (s.size() == w.size() || !is_word_byte(static_cast<unsigned char>(s[w.size()])));
}

// A sentence that asks for something: a request opening or a yes/no question about doing a thing.
bool request_sentence(std::string_view x, bool question) {
    for (std::string_view w : {"please", "pls", "could you", "can you", "would you", "will you", "can we", "could we",
                               "can someone", "could someone", "allow", "add ", "support ", "make it",
                               "it would be nice", "it'd be nice", "would be nice", "it would be great",
                               "it'd be great", "would be great", "would love", "i'd love", "i would love",
                               "i'd like", "i would like", "feature request", "is there any possibility",
                               "is there a way", "is there any way", "any chance", "do you plan", "are you planning",
                               "do you have plans", "should i", "should we", "let's", "lets "})
        if (x.starts_with(w) || x.find(std::string(" ") + std::string(w)) != std::string_view::npos) {
            if (w == "should we" || w == "should i" || w == "let's" || w == "lets ") return question || w[0] == 'l';
            return true;
        }
    if (!question) return false;
    for (std::string_view w : {"is this", "is it", "has this", "has it", "have you", "when", "any", "what's the",
                               "what is the", "how much", "how long", "will this", "will it", "was this"})
        if (starts_with_word(x, w)) return true;
    return false;
}

}  // namespace

void classify(Context const& c, Analysis& a, std::vector<Hit>& tmp) {
    auto const s = c.s;
    // Mood: a question unless its sentence opens as a request; else commitment, request, statement.
    auto const q = s.find('?');
    if (q != std::string_view::npos) {
        auto sb = s.find_last_of(".!\n", q);
        sb = sb == std::string_view::npos ? 0 : sb + 1;
        while (sb < q && (s[sb] == ' ' || s[sb] == ph_person || s[sb] == ',')) ++sb;
        tmp.clear();
        matcher().find_at(s, sb, Lex::question_start, tmp);
        a.mood = tmp.empty() ? Mood::question : Mood::request;
    } else if (c.has(Lex::commitment)) {
        a.mood = Mood::commitment;
    } else if (c.has(Lex::request)) {
        a.mood = Mood::request;
    }

    bool question = false, request = false;
    std::size_t words = 0;
    for (auto const& x : c.sentences) {
        if (c.in_quote(x.b, x.e)) continue;
        auto sentence = s.substr(x.b, x.e - x.b);
        while (!sentence.empty() && (sentence.front() == ph_person || sentence.front() == ' ' ||
                                     sentence.front() == ',' || sentence.front() == '@'))
            sentence.remove_prefix(1);
        question = question || x.question();
        request = request || request_sentence(sentence, x.question());
        for (std::size_t i = 0; i < sentence.size(); ++i)
            words += is_word_byte(static_cast<unsigned char>(sentence[i])) &&
                     (i == 0 || !is_word_byte(static_cast<unsigned char>(sentence[i - 1])));
    }
    auto const early = [&](Lex l, std::uint32_t within) {
        auto const* h = c.first(l);
        return h != nullptr && h->begin < within;
    };
    bool const objection = c.has(Lex::objection) || !a.illegitimate.empty();
    bool const pattern = !a.patterns.empty();
    bool const reply = c.has(Lex::reply_cue) || (!c.quoted.empty() && !question);
    bool const status = c.has(Lex::status);
    bool const thanks = c.has(Lex::thanks);

    using K = MessageKind;
    if (early(Lex::summary, 40)) a.kind = K::summary;
    else if (c.has(Lex::decision)) a.kind = K::commitment;
    else if (thanks && early(Lex::thanks, 24) && !question && !objection && !pattern && words <= 25) a.kind = K::thanks;
    else if (pattern) a.kind = K::ask;
    else if (objection) a.kind = K::pushback;
    else if (request) a.kind = K::ask;
    else if (status && !question) a.kind = K::status;
    else if (reply) a.kind = K::reply_to_ask;
    else if (thanks && !question) a.kind = K::thanks;
    else if (a.mood == Mood::commitment) a.kind = K::reply_to_ask;
    else if (c.has(Lex::summary)) a.kind = K::summary;
    else if (question) a.kind = K::ask;
    else if (!a.legitimate.empty() || c.has(Lex::person_attack) || c.has(Lex::sarcasm)) a.kind = K::pushback;
    else a.kind = K::other;
}

}  // namespace pushback::detector::detail
