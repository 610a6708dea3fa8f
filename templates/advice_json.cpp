// The "advice" object of `pushback analyze --json --reframe` (the interface section).

#include <boost/json.hpp>

#include "templates/advice.hpp"

namespace pushback::templates {

std::string to_json(Advice const& advice) {
    namespace json = boost::json;
    json::array flags;
    for (auto const& f : advice.flags) flags.emplace_back(f);
    json::array cards;
    for (auto const& c : advice.cards)
        cards.push_back(json::object{{"family", c.family}, {"title", c.title}, {"text", c.text}});
    json::object o{{"triage", id(advice.triage)},
                   {"perspective", id(advice.perspective)},
                   {"flags", std::move(flags)},
                   {"next_step", advice.next_step},
                   {"cards", std::move(cards)}};
    return json::serialize(o);
}

}  // namespace pushback::templates
