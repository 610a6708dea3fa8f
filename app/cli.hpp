#pragma once
// The terminal subcommands. Each returns the process exit code.

#include <string>
#include <vector>

namespace pushback::app::cli {

int try_command(std::vector<std::string> const& args);
int analyze_command(std::vector<std::string> const& args);
int eval_command(std::vector<std::string> const& args);
// `pushback train`: fits the detector's learned models (detector/learn.hpp), with k-fold figures.
int train_command(std::vector<std::string> const& args);
int train_triage_command(std::vector<std::string> const& args);
int train_stop_words_command(std::vector<std::string> const& args);  // r28
// judge13: `pushback train-judge`: fits the judge model (detector/judge.hpp), with group cross-validation.
int train_judge_command(std::vector<std::string> const& args);
int healthcheck_command(std::vector<std::string> const& args);
int migrate_command(std::vector<std::string> const& args);  // app/migrate.cpp

}  // namespace pushback::app::cli
