#include "templates/library.hpp"

#include "templates/detail/model.hpp"
#include "templates/detail/mustache.hpp"
#include "templates/detail/text.hpp"

namespace pushback::templates {

Library::Library(std::shared_ptr<Impl const> impl) : impl_(std::move(impl)) {}

std::size_t Library::size() const { return impl_->templates.size(); }

std::vector<std::string> Library::ids() const {
    std::vector<std::string> out;
    out.reserve(impl_->templates.size());
    for (auto const& [id, _] : impl_->templates) out.push_back(id);
    return out;
}

std::string Library::escalation_ladder() const { return impl_->ladder; }
std::string Library::decision_checklist() const { return impl_->checklist; }
std::string Library::help() const { return impl_->help; }

std::string Library::followup_summary(SummaryInput const& in) const {
    detail::Slots s;
    auto const set = [&](std::string_view name, std::string const& raw) {
        std::size_t budget = 0;
        for (auto const& spec : detail::followup_slots)
            if (spec.name == name) budget = spec.max_size;
        std::string value = detail::clip(detail::squash(raw), budget);
        bool const filled = !value.empty();
        s.flags["has_" + std::string(name)] = filled;
        auto& slot = s.values[std::string(name)];
        if (filled) {
            slot = std::move(value);
        } else {
            slot = impl_->prompts.find(name)->second;
        }
    };
    set("with_whom", in.with_whom);
    set("raised", in.raised);
    set("options", in.options);
    set("decision", in.decision);
    set("next_steps", in.next_steps);
    std::string text = detail::tidy(detail::render_mustache(impl_->guides.find("followup-summary")->second.text, s));
    if (detail::escaped_size(text) > max_text_size) text = detail::clip(text, max_text_size);
    return text;
}

}  // namespace pushback::templates
