#include <openssl/ssl.h>
#include <openssl/x509_vfy.h>

#include <algorithm>
#include <atomic>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/json.hpp>
#include <boost/url/parse.hpp>
#include <cctype>
#include <cstdio>
#include <deque>
#include <future>
#include <map>
#include <random>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "bot/impl/tls_context.hpp"
#include "bot/slack_api.hpp"
#include "util/hex.hpp"

namespace pushback::bot {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace ssl = net::ssl;
using tcp = net::ip::tcp;
using Clock = std::chrono::steady_clock;

char const* to_string(SlackError::Kind kind) {
    switch (kind) {
        case SlackError::Kind::api:
            return "api";
        case SlackError::Kind::rate_limited:
            return "rate_limited";
        case SlackError::Kind::http:
            return "http";
        case SlackError::Kind::network:
            return "network";
        case SlackError::Kind::tls:
            return "tls";
        case SlackError::Kind::timeout:
            return "timeout";
        case SlackError::Kind::invalid_response:
            return "invalid_response";
        case SlackError::Kind::invalid_request:
            return "invalid_request";
    }
    return "unknown";
}

std::string SlackError::message() const {
    std::string out;
    switch (kind) {
        case Kind::api:
            out = "Slack API error: ";
            break;
        case Kind::rate_limited:
            out = "Slack rate limit: ";
            break;
        case Kind::http:
            out = "Slack HTTP error: ";
            break;
        case Kind::network:
            out = "network error talking to Slack: ";
            break;
        case Kind::tls:
            out = "TLS error talking to Slack: ";
            break;
        case Kind::timeout:
            out = "timeout talking to Slack: ";
            break;
        case Kind::invalid_response:
            out = "invalid response from Slack: ";
            break;
        case Kind::invalid_request:
            out = "Slack request refused: ";
            break;
    }
    out += error;
    if (!detail.empty()) out += " [" + detail + "]";
    if (http_status != 0 && !(kind == Kind::api && http_status == 200))
        out += " (HTTP " + std::to_string(http_status) + ")";
    if (attempts > 1) out += " after " + std::to_string(attempts) + " attempts";
    return out;
}

namespace detail {
namespace {

// Where a request goes, parsed once from a URL.
struct Endpoint {
    bool tls = true;
    std::string host;  // for DNS / certificate checks; IPv6 without brackets
    std::string port;
    bool ip_host = false;
    std::string host_header;
    std::string target;  // path (+ query) on the server
    std::string pool_key() const { return (tls ? "https://" : "http://") + host_header; }
};

bool iequals(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

// Only the loopback may be spoken to in clear text: that is local mode, where the fake Slack or a developer's
// stub runs on the same machine, and nothing (token or message) crosses a network.
std::expected<Endpoint, std::string> parse_endpoint(std::string_view text) {
    auto parsed = boost::urls::parse_uri(text);
    if (!parsed) return std::unexpected("not a valid absolute URL");
    auto const& u = *parsed;
    Endpoint ep;
    if (iequals(u.scheme(), "https"))
        ep.tls = true;
    else if (iequals(u.scheme(), "http"))
        ep.tls = false;
    else
        return std::unexpected("scheme must be https");
    if (u.has_userinfo()) return std::unexpected("credentials in the URL are not allowed");
    bool loopback = false;
    switch (u.host_type()) {
        case boost::urls::host_type::ipv4:
            ep.ip_host = true;
            ep.host = u.host_address();
            loopback = u.host_ipv4_address().to_bytes()[0] == 127;
            break;
        case boost::urls::host_type::ipv6:
            ep.ip_host = true;
            ep.host = u.host_ipv6_address().to_string();
            loopback = u.host_ipv6_address().is_loopback();
            break;
        case boost::urls::host_type::name:
            ep.host = u.host_name();
            loopback = iequals(ep.host, "localhost");
            break;
        default:
            return std::unexpected("unsupported host");
    }
    if (ep.host.empty()) return std::unexpected("missing host");
    if (!ep.tls && !loopback) return std::unexpected("plain http is allowed only to a loopback host");
    if (u.has_port()) {
        if (u.port_number() == 0) return std::unexpected("invalid port");
        ep.port = std::to_string(u.port_number());
    } else {
        ep.port = ep.tls ? "443" : "80";
    }
    std::string host_part = u.host_type() == boost::urls::host_type::ipv6 ? "[" + ep.host + "]" : ep.host;
    ep.host_header = u.has_port() ? host_part + ":" + ep.port : host_part;
    ep.target = std::string(u.encoded_path());
    if (ep.target.empty()) ep.target = "/";
    if (u.has_query()) ep.target += "?" + std::string(u.encoded_query());
    return ep;
}

bool valid_method(std::string_view m) {
    if (m.empty() || m.size() > 100 || m.front() == '.') return false;
    return std::all_of(m.begin(), m.end(),
                       [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_'; });
}

// Slack documents these read methods as accepting only form-encoded arguments: a JSON body is ignored and
// the call fails as if the arguments were missing.
bool form_only(std::string_view method) {
    static constexpr std::string_view methods[] = {
        "users.info",
        "users.list",
        "users.lookupByEmail",
        "users.getPresence",
        "conversations.info",
        "conversations.list",
        "conversations.history",
        "conversations.replies",
        "conversations.members",
        "team.info",
        "auth.test",
        "bots.info",
    };
    return std::find(std::begin(methods), std::end(methods), method) != std::end(methods);
}

void append_pct(std::string& out, std::string_view s) {
    for (unsigned char c : s) {
        if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            util::append_hex(out, c, util::HexCase::upper);
        }
    }
}

// Slack's form convention: scalars as text, nested objects and arrays as JSON text.
std::string form_encode(boost::json::object const& body) {
    std::string out;
    for (auto const& [key, value] : body) {
        if (value.is_null()) continue;
        if (!out.empty()) out += '&';
        append_pct(out, key);
        out += '=';
        if (value.is_string())
            append_pct(out, value.get_string());
        else if (value.is_bool())
            out += value.get_bool() ? "true" : "false";
        else
            append_pct(out, boost::json::serialize(value));
    }
    return out;
}

void scrub(std::string& text, std::string const& secret) {
    if (secret.empty()) return;
    for (auto pos = text.find(secret); pos != std::string::npos; pos = text.find(secret, pos))
        text.replace(pos, secret.size(), "[redacted]");
}

struct Connection {
    std::optional<beast::ssl_stream<beast::tcp_stream>> tls;
    std::optional<beast::tcp_stream> plain;
    beast::flat_buffer buffer;
    Clock::time_point idle_since{};

    beast::tcp_stream& tcp() { return tls ? beast::get_lowest_layer(*tls) : *plain; }
};

// The outcome of one HTTP exchange.
struct Exchange {
    beast::error_code ec;
    SlackError::Kind failure = SlackError::Kind::network;
    std::string what;           // a short description of the failure
    bool request_sent = false;  // Slack may have acted on it
    http::response<http::string_body> res;
};

}  // namespace

struct SlackClientState {
    SlackClientConfig cfg;
    net::strand<net::any_io_executor> strand;
    std::optional<TlsContext> tls;  // loads the trust store off the start-up path (bot/impl/tls_context.hpp)
    Endpoint api;
    // Touched only on the strand.
    std::map<std::string, std::vector<std::unique_ptr<Connection>>> idle;
    struct Slots {
        std::size_t active = 0;
        std::deque<std::shared_ptr<net::steady_timer>> waiters;  // woken by cancel(), in arrival order
    };
    std::map<std::string, Slots> slots;
    std::mt19937_64 rng{std::random_device{}()};
    std::atomic<std::size_t> opened{0};

    SlackClientState(net::any_io_executor ex, SlackClientConfig c) : cfg(std::move(c)), strand(net::make_strand(ex)) {}

    std::unique_ptr<Connection> take_idle(std::string const& key) {
        auto it = idle.find(key);
        if (it == idle.end()) return nullptr;
        auto& v = it->second;
        auto const now = Clock::now();
        while (!v.empty()) {
            auto c = std::move(v.back());
            v.pop_back();
            if (now - c->idle_since < cfg.idle_timeout) return c;
        }
        return nullptr;
    }

    void put_idle(std::string const& key, std::unique_ptr<Connection> c) {
        auto& v = idle[key];
        if (v.size() >= cfg.max_idle_connections_per_host) return;  // dropping it closes it
        c->idle_since = Clock::now();
        v.push_back(std::move(c));
    }

    // A connection slot for `key`; a released slot is handed straight to the oldest waiter, so that a steady
    // stream of new calls cannot starve one that is already queued.
    // False when too many calls already wait for this host (a long Slack outage under load): the
    // caller fails fast (and retries with backoff) instead of growing the queue without bound.
    net::awaitable<bool> acquire(std::string const& key) {
        auto& h = slots[key];
        if (h.active < std::max<std::size_t>(1, cfg.max_connections_per_host)) {
            ++h.active;
            co_return true;
        }
        if (h.waiters.size() >= cfg.max_waiting_calls_per_host) co_return false;
        auto t = std::make_shared<net::steady_timer>(co_await net::this_coro::executor, Clock::time_point::max());
        h.waiters.push_back(t);
        co_await t->async_wait(net::as_tuple(net::use_awaitable));
        co_return true;
    }

    void release(std::string const& key) {
        auto& h = slots[key];
        if (h.waiters.empty()) {
            --h.active;
            return;
        }
        auto t = std::move(h.waiters.front());
        h.waiters.pop_front();
        t->cancel();
    }

    std::chrono::milliseconds backoff(int attempt) {
        auto d = cfg.base_backoff;
        for (int i = 1; i < attempt && d < cfg.max_backoff; ++i) d *= 2;
        d = std::min(d, cfg.max_backoff);
        if (d.count() <= 1) return d;
        // Jitter in [d/2, d] so that clients that failed together do not retry together.
        std::uniform_int_distribution<long long> dist(d.count() / 2, d.count());
        return std::chrono::milliseconds(dist(rng));
    }
};

namespace {

constexpr auto tuple_awaitable = net::as_tuple(net::use_awaitable);

std::string describe(beast::error_code const& ec) { return ec.message(); }

bool is_timeout(beast::error_code const& ec) { return ec == beast::error::timeout; }

net::awaitable<Exchange> open_connection(SlackClientState& s, Endpoint const& ep, std::unique_ptr<Connection>& out) {
    Exchange ex;
    auto executor = co_await net::this_coro::executor;
    auto const step = std::chrono::duration_cast<Clock::duration>(s.cfg.request_timeout);

    // The resolver has no deadline of its own: a timer cancels it.
    auto resolver = std::make_shared<tcp::resolver>(executor);
    auto resolve_timed_out = std::make_shared<bool>(false);
    net::steady_timer guard(executor);
    guard.expires_after(step);
    guard.async_wait([resolver, resolve_timed_out](beast::error_code ec) {
        if (!ec) {
            *resolve_timed_out = true;
            resolver->cancel();
        }
    });
    auto [rec, endpoints] = co_await resolver->async_resolve(ep.host, ep.port, tuple_awaitable);
    guard.cancel();
    if (rec) {
        ex.ec = rec;
        ex.failure = *resolve_timed_out ? SlackError::Kind::timeout : SlackError::Kind::network;
        ex.what = "cannot resolve " + ep.host + ": " + (*resolve_timed_out ? "timed out" : describe(rec));
        co_return ex;
    }

    auto conn = std::make_unique<Connection>();
    if (ep.tls)
        conn->tls.emplace(executor, s.tls->get());
    else
        conn->plain.emplace(executor);
    auto& layer = conn->tcp();
    layer.expires_after(step);
    auto [cec, connected] = co_await layer.async_connect(endpoints, tuple_awaitable);
    (void)connected;
    if (cec) {
        ex.ec = cec;
        ex.failure = is_timeout(cec) ? SlackError::Kind::timeout : SlackError::Kind::network;
        ex.what = "cannot connect to " + ep.host_header + ": " + describe(cec);
        co_return ex;
    }
    s.opened.fetch_add(1, std::memory_order_relaxed);
    layer.socket().set_option(tcp::no_delay(true), cec);

    if (ep.tls) {
        SSL* ssl = conn->tls->native_handle();
        if (ep.ip_host) {
            // No SNI for IP literals (RFC 6066); the certificate must carry the address as an IP SAN.
            X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl), ep.host.c_str());
        } else {
            SSL_set_tlsext_host_name(ssl, ep.host.c_str());
            SSL_set_hostflags(ssl, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
            SSL_set1_host(ssl, ep.host.c_str());
        }
        layer.expires_after(step);
        auto [hec] = co_await conn->tls->async_handshake(ssl::stream_base::client, tuple_awaitable);
        if (hec) {
            ex.ec = hec;
            if (is_timeout(hec)) {
                ex.failure = SlackError::Kind::timeout;
                ex.what = "TLS handshake with " + ep.host_header + " timed out";
            } else if (hec.category() == net::error::get_ssl_category() || hec == net::ssl::error::stream_truncated) {
                ex.failure = SlackError::Kind::tls;
                ex.what = "TLS handshake with " + ep.host_header + " failed: " + describe(hec);
                if (auto v = SSL_get_verify_result(ssl); v != X509_V_OK)
                    ex.what += std::string(" (") + X509_verify_cert_error_string(v) + ")";
            } else {
                ex.failure = SlackError::Kind::network;
                ex.what = "TLS handshake with " + ep.host_header + " failed: " + describe(hec);
            }
            co_return ex;
        }
    }
    out = std::move(conn);
    co_return ex;
}

template <class Stream>
net::awaitable<void> send_receive(Stream& stream, Connection& conn, http::request<http::string_body> const& req,
                                  SlackClientState& s, Exchange& ex, bool& got_some) {
    auto const step = std::chrono::duration_cast<Clock::duration>(s.cfg.request_timeout);
    conn.tcp().expires_after(step);
    auto [wec, written] = co_await http::async_write(stream, req, tuple_awaitable);
    (void)written;
    if (wec) {
        ex.ec = wec;
        ex.request_sent = false;
        co_return;
    }
    ex.request_sent = true;
    http::response_parser<http::string_body> parser;
    parser.body_limit(s.cfg.max_response_bytes);
    conn.tcp().expires_after(step);
    auto [rec, read] = co_await http::async_read(stream, conn.buffer, parser, tuple_awaitable);
    (void)read;
    got_some = parser.got_some();
    if (rec) {
        ex.ec = rec;
        co_return;
    }
    conn.tcp().expires_never();
    ex.res = parser.release();
}

// One exchange, on a pooled connection if there is one. A pooled connection that the server closed while it
// sat idle fails before any byte of an answer arrives: that is retried at once on a fresh connection, without
// counting as an attempt (the request cannot have been acted on when the server had already hung up).
net::awaitable<Exchange> exchange_in_slot(SlackClientState& s, Endpoint const& ep, std::string const& key,
                                          http::request<http::string_body> const& req) {
    for (;;) {
        auto conn = s.take_idle(key);
        bool const reused = conn != nullptr;
        if (!conn) {
            auto opened = co_await open_connection(s, ep, conn);
            if (!conn) co_return opened;
        }
        Exchange ex;
        bool got_some = false;
        if (conn->tls)
            co_await send_receive(*conn->tls, *conn, req, s, ex, got_some);
        else
            co_await send_receive(*conn->plain, *conn, req, s, ex, got_some);
        if (ex.ec) {
            if (reused && !got_some && !is_timeout(ex.ec)) continue;
            if (is_timeout(ex.ec)) {
                ex.failure = SlackError::Kind::timeout;
                ex.what = ex.request_sent ? "no answer within " + std::to_string(s.cfg.request_timeout.count()) + "s"
                                          : "sending the request timed out";
            } else {
                ex.failure = SlackError::Kind::network;
                ex.what = (ex.request_sent ? "reading the answer failed: " : "sending the request failed: ") +
                          describe(ex.ec);
            }
            co_return ex;
        }
        if (ex.res.keep_alive()) s.put_idle(key, std::move(conn));
        co_return ex;
    }
}

net::awaitable<Exchange> exchange(SlackClientState& s, Endpoint const& ep,
                                  http::request<http::string_body> const& req) {
    auto const key = ep.pool_key();
    if (!co_await s.acquire(key)) {
        Exchange full;
        full.ec = net::error::no_buffer_space;
        full.what = "too many calls waiting for a connection to Slack";
        co_return full;
    }
    auto ex = co_await exchange_in_slot(s, ep, key, req);
    s.release(key);
    co_return ex;
}

SlackResult interpret(http::response<http::string_body> const& res, bool response_url) {
    int const status = res.result_int();
    boost::system::error_code jec;
    auto value = boost::json::parse(res.body(), jec);
    bool const is_object = !jec && value.is_object();
    if (status >= 200 && status < 300) {
        if (!is_object) {
            // Response URLs have answered a bare "ok" in the past; the Web API always answers JSON.
            if (response_url && (res.body().empty() || res.body() == "ok")) return boost::json::object{{"ok", true}};
            return std::unexpected(SlackError{SlackError::Kind::invalid_response,
                                              jec ? "answer is not JSON" : "answer is not a JSON object", status});
        }
        auto& obj = value.get_object();
        auto const* ok = obj.if_contains("ok");
        if (ok && ok->is_bool() && !ok->get_bool()) {
            auto const* err = obj.if_contains("error");
            SlackError e{SlackError::Kind::api,
                         err && err->is_string() ? std::string(err->get_string()) : std::string("unknown_error"),
                         status};
            if (auto const* meta = obj.if_contains("response_metadata"); meta && meta->is_object()) {
                if (auto const* msgs = meta->get_object().if_contains("messages"); msgs && msgs->is_array()) {
                    for (auto const& m : msgs->get_array()) {
                        if (!m.is_string()) continue;
                        if (!e.detail.empty()) e.detail += "; ";
                        e.detail += m.get_string();
                    }
                }
            }
            return std::unexpected(std::move(e));
        }
        if (!response_url && !(ok && ok->is_bool()))
            return std::unexpected(
                SlackError{SlackError::Kind::invalid_response, "answer has no \"ok\" field", status});
        return std::move(obj);
    }
    if (is_object) {
        if (auto const* err = value.get_object().if_contains("error"); err && err->is_string())
            return std::unexpected(SlackError{SlackError::Kind::api, std::string(err->get_string()), status});
    }
    return std::unexpected(SlackError{SlackError::Kind::http, "HTTP " + std::to_string(status), status});
}

std::chrono::milliseconds retry_after(http::response<http::string_body> const& res, SlackClientState& s, int attempt) {
    auto const field = res[http::field::retry_after];
    long long seconds = -1;
    if (!field.empty() && field.size() < 10 &&
        std::all_of(field.begin(), field.end(), [](char c) { return c >= '0' && c <= '9'; }))
        seconds = std::stoll(std::string(field));
    if (seconds < 0) return s.backoff(attempt);
    return std::chrono::duration_cast<std::chrono::milliseconds>(
        std::min(std::chrono::seconds(seconds), s.cfg.max_retry_after));
}

struct Job {
    Endpoint ep;
    std::string body;
    std::string content_type;
    bool with_token = false;
    bool response_url = false;
};

net::awaitable<SlackResult> perform(SlackClientState& s, Job const& job) {
    http::request<http::string_body> req{http::verb::post, job.ep.target, 11};
    req.set(http::field::host, job.ep.host_header);
    req.set(http::field::user_agent, "pushback (Boost.Beast)");
    req.set(http::field::accept, "application/json");
    req.set(http::field::content_type, job.content_type);
    if (job.with_token && !s.cfg.bot_token.empty()) req.set(http::field::authorization, "Bearer " + s.cfg.bot_token);
    req.keep_alive(true);
    req.body() = job.body;
    req.prepare_payload();

    int const max_attempts = std::max(1, s.cfg.max_attempts);
    auto executor = co_await net::this_coro::executor;
    for (int attempt = 1;; ++attempt) {
        auto ex = co_await exchange(s, job.ep, req);
        SlackError err;
        bool retryable = false;
        std::chrono::milliseconds wait{0};
        if (ex.ec || !ex.what.empty()) {
            err = SlackError{ex.failure, ex.what, 0};
            // A timeout after the request went out is not retried: Slack may have acted on it, and posting a
            // message twice is worse than reporting the timeout. Certificate failures do not heal by retrying.
            retryable = ex.failure == SlackError::Kind::network ||
                        (ex.failure == SlackError::Kind::timeout && !ex.request_sent);
            wait = s.backoff(attempt);
        } else {
            int const status = ex.res.result_int();
            if (status == 429) {
                err = SlackError{SlackError::Kind::rate_limited, "HTTP 429 Too Many Requests", status};
                retryable = true;
                wait = retry_after(ex.res, s, attempt);
            } else if (status >= 500) {
                err = SlackError{SlackError::Kind::http, "HTTP " + std::to_string(status), status};
                retryable = true;
                wait = s.backoff(attempt);
            } else {
                auto result = interpret(ex.res, job.response_url);
                if (!result) result.error().attempts = attempt;
                co_return result;
            }
        }
        if (!retryable || attempt >= max_attempts) {
            err.attempts = attempt;
            co_return std::unexpected(std::move(err));
        }
        net::steady_timer timer(executor);
        timer.expires_after(wait);
        co_await timer.async_wait(tuple_awaitable);
    }
}

net::awaitable<void> run(std::shared_ptr<SlackClientState> s, Job job, SlackApi::Done done) {
    SlackResult result = co_await perform(*s, job);
    if (!result) {
        scrub(result.error().error, s->cfg.bot_token);
        scrub(result.error().detail, s->cfg.bot_token);
    }
    if (!done) co_return;
    try {
        done(std::move(result));
    } catch (...) {
        // A throwing completion must not take the executor's thread down with it.
        std::fputs("pushback: a Slack completion handler threw; ignored\n", stderr);
    }
}

void fail_now(std::shared_ptr<SlackClientState> const& s, std::string what, SlackApi::Done done) {
    if (!done) return;
    // Still asynchronous, so a caller never sees its callback run inside call().
    net::post(s->strand, [what = std::move(what), done = std::move(done)]() mutable {
        try {
            done(std::unexpected(SlackError{SlackError::Kind::invalid_request, std::move(what), 0, 0}));
        } catch (...) {
            std::fputs("pushback: a Slack completion handler threw; ignored\n", stderr);
        }
    });
}

}  // namespace
}  // namespace detail

SlackClient::SlackClient(boost::asio::any_io_executor ex, SlackClientConfig cfg)
    : state_(std::make_shared<detail::SlackClientState>(std::move(ex), std::move(cfg))) {
    auto& s = *state_;
    auto api = detail::parse_endpoint(s.cfg.api_base);
    if (!api) throw std::invalid_argument("SLACK_API_URL: " + api.error());
    if (api->target.back() != '/') api->target += '/';
    if (api->target.find('?') != std::string::npos) throw std::invalid_argument("SLACK_API_URL: must not have a query");
    s.api = std::move(*api);

    s.tls.emplace(s.cfg.extra_ca_file);
}

SlackClient::~SlackClient() = default;

void SlackClient::call(std::string method, boost::json::object body, Done done) {
    if (!detail::valid_method(method)) return detail::fail_now(state_, "invalid method name", std::move(done));
    detail::Job job;
    job.ep = state_->api;
    job.ep.target += method;
    job.with_token = true;
    if (detail::form_only(method)) {
        job.body = detail::form_encode(body);
        job.content_type = "application/x-www-form-urlencoded";
    } else {
        job.body = boost::json::serialize(body);
        job.content_type = "application/json; charset=utf-8";
    }
    net::co_spawn(state_->strand, detail::run(state_, std::move(job), std::move(done)), net::detached);
}

void SlackClient::respond(std::string response_url, boost::json::object body, Done done) {
    auto ep = detail::parse_endpoint(response_url);
    if (!ep) return detail::fail_now(state_, "response_url: " + ep.error(), std::move(done));
    detail::Job job;
    job.ep = std::move(*ep);
    job.body = boost::json::serialize(body);
    job.content_type = "application/json; charset=utf-8";
    job.response_url = true;
    net::co_spawn(state_->strand, detail::run(state_, std::move(job), std::move(done)), net::detached);
}

std::size_t SlackClient::connections_opened() const { return state_->opened.load(std::memory_order_relaxed); }

namespace {
SlackResult wait_for(std::future<SlackResult>& f, std::chrono::seconds timeout) {
    if (f.wait_for(timeout) != std::future_status::ready)
        return std::unexpected(
            SlackError{SlackError::Kind::timeout, "no result within " + std::to_string(timeout.count()) + "s", 0, 0});
    try {
        return f.get();
    } catch (std::future_error const&) {
        // The executor was stopped with the call in flight.
        return std::unexpected(SlackError{SlackError::Kind::network, "call abandoned", 0, 0});
    }
}
}  // namespace

SlackResult call_sync(SlackApi& api, std::string method, boost::json::object body, std::chrono::seconds timeout) {
    auto promise = std::make_shared<std::promise<SlackResult>>();
    auto future = promise->get_future();
    api.call(std::move(method), std::move(body), [promise](SlackResult r) { promise->set_value(std::move(r)); });
    return wait_for(future, timeout);
}

SlackResult respond_sync(SlackApi& api, std::string response_url, boost::json::object body,
                         std::chrono::seconds timeout) {
    auto promise = std::make_shared<std::promise<SlackResult>>();
    auto future = promise->get_future();
    api.respond(std::move(response_url), std::move(body),
                [promise](SlackResult r) { promise->set_value(std::move(r)); });
    return wait_for(future, timeout);
}

}  // namespace pushback::bot
