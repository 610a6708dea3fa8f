#include "handlers/oauth/install.hpp"

#include <boost/json.hpp>

#include "bot/form.hpp"
#include "bot/oauth_state.hpp"
#include "util/json.hpp"

namespace pushback::handlers::oauth {

namespace json = boost::json;
namespace net = boost::asio;

namespace {

constexpr std::string_view install_path = "/slack/install";
constexpr std::string_view redirect_path = "/slack/oauth_redirect";

std::string escape_html(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char const c : s) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string cookie(std::string_view value, int max_age) {
    return std::string(bot::oauth_state_cookie) + "=" + std::string(value) + "; Path=" + std::string(redirect_path) +
           "; Max-Age=" + std::to_string(max_age) + "; Secure; HttpOnly; SameSite=Lax";
}

// A small self-contained page: no script, nothing loaded from elsewhere.
bot::Reply page(unsigned status, std::string_view title, std::string const& body_html) {
    std::string html = R"(<!doctype html><html lang="en"><head><meta charset="utf-8">)"
                       R"(<meta name="viewport" content="width=device-width, initial-scale=1"><title>)" +
                       escape_html(title) +
                       R"(</title><style>body{font:16px/1.5 system-ui,sans-serif;max-width:36em;margin:4em auto;)"
                       R"(padding:0 1em;color:#1d1c1d}a.button{display:inline-block;background:#4a154b;color:#fff;)"
                       R"(padding:.6em 1.2em;border-radius:6px;text-decoration:none;font-weight:600}</style>)"
                       R"(</head><body><h1>)" +
                       escape_html(title) + "</h1>" + body_html + "</body></html>\n";
    bot::Reply r{status, "text/html; charset=utf-8", std::move(html), {}};
    r.headers = {{"Cache-Control", "no-store"},
                 {"Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"},
                 {"Referrer-Policy", "no-referrer"},
                 {"X-Content-Type-Options", "nosniff"}};
    return r;
}

// Every answer of the callback forgets the state cookie: a state is good for one try.
bot::Reply callback_page(unsigned status, std::string_view title, std::string const& body_html) {
    auto r = page(status, title, body_html);
    r.headers.emplace_back("Set-Cookie", cookie("", 0));
    return r;
}

bot::Outcome outcome(bot::Reply r, std::string detail, std::string team = {}) {
    return {std::move(r), bot::RequestLog{"oauth", std::move(team), {}, std::move(detail)}};
}

std::string try_again(Settings const& s) {
    return R"(<p><a class="button" href=")" + escape_html(s.public_url) + std::string(install_path) +
           "\">Start the installation again</a></p>";
}

// Where the success page sends the installer: the workspace's app page (or the org's app management page).
std::string open_link(storage::Installation const& i) {
    if (i.enterprise_install)
        return "https://app.slack.com/manage/" + i.enterprise_id + "/integrations/profile/" + i.app_id +
               "/workspaces/add";
    return "https://slack.com/app_redirect?" + bot::encode_form({{"app", i.app_id}, {"team", i.team_id}});
}

// The installation oauth.v2.access describes; the tokens are sealed before they leave this function.
std::expected<storage::Installation, std::string> installation_from(json::object const& a,
                                                                    InstallationTokens const& tokens,
                                                                    util::Clock const& clock) {
    storage::Installation i;
    auto const* team = util::object_at(a, "team");
    auto const* enterprise = util::object_at(a, "enterprise");
    i.team_id = util::string_at(team, "id");
    i.enterprise_id = util::string_at(enterprise, "id");
    if (auto const* org = a.if_contains("is_enterprise_install"); org && org->is_bool())
        i.enterprise_install = org->get_bool();
    i.team_name = i.enterprise_install ? util::string_at(enterprise, "name") : util::string_at(team, "name");
    i.app_id = util::string_at(a, "app_id");
    i.bot_user_id = util::string_at(a, "bot_user_id");
    i.bot_scopes = util::string_at(a, "scope");
    i.installer_user_id = util::string_at(util::object_at(a, "authed_user"), "id");
    auto const token = util::string_at(a, "access_token");
    auto const refresh = util::string_at(a, "refresh_token");
    if (util::string_at(a, "token_type") != "bot" || token.empty() || i.bot_user_id.empty() || i.key().empty())
        return std::unexpected("oauth.v2.access answered without a bot token, bot user or team");
    if (auto const* e = a.if_contains("expires_in"); e && e->is_int64() && !refresh.empty())
        i.bot_token_expires_at =
            std::chrono::floor<std::chrono::seconds>(clock.now()) + std::chrono::seconds{e->get_int64()};
    if (auto ok = tokens.seal(i, token, i.bot_token_expires_at ? refresh : std::string{}); !ok)
        return std::unexpected(ok.error());
    return i;
}

net::awaitable<bot::Reply> exchange_code(std::string code, Settings const& settings, storage::Store& store,
                                         InstallationTokens const& tokens, Exchange exchange, util::Clock const& clock,
                                         util::Logger const& log) {
    json::object form;
    form["code"] = code;
    form["redirect_uri"] = settings.redirect_uri();
    auto const answer = co_await exchange(std::move(form));
    if (!answer) {
        log.warn("oauth: code exchange failed", {{"error", answer.error().message()}});
        co_return callback_page(502, "Pushback could not be installed",
                                "<p>Slack did not accept the installation (" + escape_html(answer.error().error) +
                                    "). Nothing was saved.</p>" + try_again(settings));
    }
    auto installation = installation_from(*answer, tokens, clock);
    if (!installation) {
        log.warn("oauth: unusable oauth.v2.access answer", {{"error", installation.error()}});
        co_return callback_page(
            502, "Pushback could not be installed",
            "<p>Slack's answer did not include what Pushback needs. Nothing was saved.</p>" + try_again(settings));
    }
    auto const now = std::chrono::floor<std::chrono::seconds>(clock.now());
    if (auto saved = store.save_installation(*installation, now); !saved) {
        log.error("oauth: installation not saved", {{"team", installation->key()}, {"error", saved.error().message}});
        co_return callback_page(
            500, "Pushback could not be installed",
            "<p>The installation could not be saved. Please try again in a minute.</p>" + try_again(settings));
    }
    log.info("oauth: installed", {{"team", installation->team_id},
                                  {"enterprise", installation->enterprise_id},
                                  {"org_wide", installation->enterprise_install ? "true" : "false"}});
    auto const where = installation->team_name.empty() ? std::string("your workspace") : installation->team_name;
    co_return callback_page(200, "Pushback is installed",
                            "<p>Pushback is now installed in <strong>" + escape_html(where) +
                                "</strong>. Try <code>/pushback help</code> in any channel.</p>"
                                "<p><a class=\"button\" href=\"" +
                                escape_html(open_link(*installation)) + "\">Open Slack</a></p>");
}

}  // namespace

InstallPages::InstallPages(Settings const& settings, storage::Store& store, InstallationTokens const& tokens,
                           Exchange exchange, util::Clock const& clock, util::Logger const& log)
    : settings_(settings), store_(store), tokens_(tokens), exchange_(std::move(exchange)), clock_(clock), log_(log) {}

bool InstallPages::is_install_target(std::string_view target) {
    auto const path = target.substr(0, target.find('?'));
    return path == install_path || path == redirect_path;
}

bot::Outcome InstallPages::handle(bot::HttpRequest const& request) const {
    if (request.method != "GET") return outcome(bot::Reply::text(405, "Method not allowed\n"), "method");
    auto const q = request.target.find('?');
    auto const path = request.target.substr(0, q);
    auto const query = q == std::string_view::npos ? std::string_view{} : request.target.substr(q + 1);
    if (path == install_path) return install_page();
    return redirect(query, request.cookie);
}

bot::Outcome InstallPages::install_page() const {
    auto const now = std::chrono::floor<std::chrono::seconds>(clock_.now());
    auto state = bot::issue_oauth_state(settings_.state_secret, now);
    if (!state) return outcome(page(500, "Pushback", "<p>Something went wrong. Please reload.</p>"), state.error());
    if (auto saved = store_.add_oauth_state(state->nonce, state->expires_at); !saved) {
        log_.error("oauth: state not saved", {{"error", saved.error().message}});
        return outcome(page(503, "Pushback", "<p>Pushback cannot start an installation right now. Please reload.</p>"),
                       "state not saved");
    }
    auto const url = settings_.authorize_url + "?" +
                     bot::encode_form({{"client_id", settings_.client_id},
                                       {"scope", std::string(bot_scopes)},
                                       {"redirect_uri", settings_.redirect_uri()},
                                       {"state", state->value}});
    auto r = page(200, "Add Pushback to Slack",
                  "<p>Pushback coaches engineers to push back on product asks well: specific, with options, on the "
                  "record. Adding it lets everyone in the workspace use <code>/pushback</code>, the <em>Reframe "
                  "this</em> shortcut and the decision log.</p><p><a class=\"button\" id=\"add-to-slack\" href=\"" +
                      escape_html(url) +
                      "\">Add to Slack</a></p><p>An admin of an Enterprise Grid org can install it for the whole "
                      "org from the same button.</p>");
    r.headers.emplace_back("Set-Cookie", cookie(state->value, static_cast<int>(bot::oauth_state_lifetime.count())));
    return outcome(std::move(r), "install page");
}

bot::Outcome InstallPages::redirect(std::string_view query, std::string_view cookie_header) const {
    auto const refuse = [&](std::string_view why) {
        log_.warn("oauth: callback refused", {{"reason", why}});
        return outcome(callback_page(400, "This installation link is no longer valid",
                                     "<p>The link Slack sent you back with has expired, was already used, or was "
                                     "opened in another browser. Nothing was installed.</p>" +
                                         try_again(settings_)),
                       std::string(why));
    };
    auto form = bot::Form::decode(query);
    if (!form) return refuse("malformed query");
    auto const state = form->get_or("state");
    auto const now = std::chrono::floor<std::chrono::seconds>(clock_.now());
    // The state first: nothing else in the request is looked at, stored or sent before it passes.
    auto nonce = bot::verify_oauth_state(state, settings_.state_secret, now);
    if (!nonce) return refuse(bot::describe(nonce.error()));
    if (bot::cookie_value(cookie_header, bot::oauth_state_cookie) != state) return refuse("state cookie missing");
    auto used = store_.consume_oauth_state(*nonce, now);
    if (!used) {
        log_.error("oauth: state not checked", {{"error", used.error().message}});
        return outcome(callback_page(503, "Pushback could not be installed",
                                     "<p>Please try again in a minute.</p>" + try_again(settings_)),
                       "state store");
    }
    if (!*used) return refuse("state already used");

    if (auto const error = form->get_or("error"); !error.empty()) {
        bool const denied = error == "access_denied";
        return outcome(callback_page(denied ? 200 : 400, "Pushback was not installed",
                                     denied ? "<p>You cancelled the installation. Nothing was installed.</p>" +
                                                  try_again(settings_)
                                            : "<p>Slack reported a problem with the installation. Nothing was "
                                              "installed.</p>" +
                                                  try_again(settings_)),
                       denied ? "access_denied" : "slack error");
    }
    auto const code = std::string(form->get_or("code"));
    if (code.empty() || code.size() > 512) return refuse("no code");
    bot::Reply r;
    r.answer_later = [code, this] { return exchange_code(code, settings_, store_, tokens_, exchange_, clock_, log_); };
    return outcome(std::move(r), "code exchange");
}

}  // namespace pushback::handlers::oauth
