#pragma once
// The coaching triage's learned combiner (templates/triage_model.cpp): two linear models over what the
// detector found in a draft (its kind and mood, red flags, reasons, patterns, the vague verdict and score,
// situation/behaviour/impact, which clauses it read, quoted words, particulars, the features that decided
// its kind) and the writer's own words. `triage.tsv` gives the five triage values, `stop_flag.tsv` which
// red flag or illegitimate reason drives a stop. The rules decide first (advice.cpp); the combiner reviews
// only their two fall-back verdicts, rework and not-pushback, which the rules reach when nothing they look
// for is found, and overrules them when it is at least `confidence` sure. Trained by
// `pushback train-triage` (templates/triage_learn.hpp) on the coaching dev splits.

#include <optional>
#include <string>
#include <string_view>

#include "detector/analysis.hpp"
#include "detector/detail/model.hpp"
#include "templates/advice.hpp"
#include "templates/detail/triage_cues.hpp"

namespace pushback::templates::detail {

struct TriageModel {
    detector::detail::LinearModel triage;     // classes: the triage ids
    detector::detail::LinearModel stop_flag;  // classes: red flag ids and "illegitimate:<id>"
    double confidence = 0.5;                  // the least probability that overrules the rules
    double stop_confidence = 0.5;             // ...with a stop, the strongest verdict, the least to give it
    bool empty() const { return triage.empty(); }
};

// The built-in model (templates/model/*.tsv); an empty model (rules only) when the files are absent.
TriageModel const& embedded_triage_model();

// What the combiner reads of a draft: the detector's own findings, which of the triage's cues fired
// (`cues`, read from the same text), and the writer's words (someone else's quoted words left out).
void triage_features(detector::Analysis const& a, TriageCues const& cues, std::string_view text,
                     detector::detail::FeatureSet& out);

struct Verdict {
    Triage triage;
    double probability;
};
// The combiner's most likely triage, or nullopt for an empty model.
std::optional<Verdict> model_triage(TriageModel const& m, detector::detail::FeatureSet const& features);
// The flag ("sarcasm", "illegitimate:aesthetic") most likely to drive a stop, or empty unless the draft's own
// words hint at it (detector::Analysis::flag_hints): a stop rests on the named flag's own words. With `least`, also
// empty unless the model gives it at least that probability (a flag joined to a stop the rules found).
std::string model_stop_flag(TriageModel const& m, detector::detail::FeatureSet const& features,
                            detector::Analysis const& a, double least = 0.0);

// --- r28: the stop's word model ---
// A third linear model, over the draft's words alone: unigrams, pairs and triples of normalised words (Slack
// mentions, broadcasts, channels, links and emoji as one token each, digits as "0"). Its classes are "none" and the
// red flag and "illegitimate:<id>" ids; trained by `pushback train-stop-words` on the coaching corpus. It reviews
// every draft the rules and the combiner did not stop, and stops it when the probability of some flag is at least
// `confidence` and the draft's own words hint at the most likely one (detector::Analysis::flag_hints), or, with no
// such hint, when it is at least `unhinted_confidence`: the rules' hints say where a flag could be, the words say
// whether the draft reads like the stops people write.
struct StopWords {
    detector::detail::LinearModel model;
    double confidence = 2.0;           // above 1: never
    double unhinted_confidence = 2.0;  // the same for a flag the draft's words do not hint at
    bool empty() const { return model.empty(); }
};

// The built-in model (templates/model/stop_words.tsv); empty (never stops) when the file is absent.
StopWords const& embedded_stop_words();

// The model's features of a draft, each once: "w:" a word, "b:" two in a row, "t:" three.
void stop_word_features(std::string_view text, detector::detail::FeatureSet& out);

struct WordsStop {
    std::string flag;    // "sarcasm", "illegitimate:aesthetic"
    double probability;  // of some flag (1 - P(none))
};
// The stop the words model finds, or nullopt: below its confidence, or below the unhinted one for a flag not hinted at.
std::optional<WordsStop> words_stop(StopWords const& m, std::string_view text, detector::Analysis const& a);
// --- r28: end ---

}  // namespace pushback::templates::detail
