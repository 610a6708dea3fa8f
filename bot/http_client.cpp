#include "bot/http_client.hpp"

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http.hpp>

namespace pushback::bot {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;

struct HttpConnection::Impl {
    net::io_context ioc;
    beast::tcp_stream stream{ioc};
    beast::flat_buffer buffer;
    std::chrono::milliseconds timeout{};
    std::string host;

    std::expected<HttpResult, std::string> read_response() {
        http::response_parser<http::string_body> parser;
        parser.body_limit(std::uint64_t{64} * 1024 * 1024);
        stream.expires_after(timeout);
        boost::system::error_code ec;
        http::read(stream, buffer, parser, ec);
        if (ec) return std::unexpected("read: " + ec.message());
        HttpResult r;
        auto& res = parser.get();
        r.status = res.result_int();
        for (auto const& f : res) {
            std::string name(f.name_string());
            for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            r.headers[name] = std::string(f.value());
        }
        r.body = std::move(res.body());
        return r;
    }
};

HttpConnection::HttpConnection(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
HttpConnection::HttpConnection(HttpConnection&&) noexcept = default;
HttpConnection& HttpConnection::operator=(HttpConnection&&) noexcept = default;
HttpConnection::~HttpConnection() {
    if (impl_) {
        boost::system::error_code ignored;
        impl_->stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
    }
}

std::expected<HttpConnection, std::string> HttpConnection::open(std::string const& host, unsigned short port,
                                                                std::chrono::milliseconds timeout) {
    auto impl = std::make_unique<Impl>();
    impl->timeout = timeout;
    impl->host = host;
    boost::system::error_code ec;
    tcp::resolver resolver{impl->ioc};
    auto const results = resolver.resolve(host, std::to_string(port), ec);
    if (ec) return std::unexpected("resolve " + host + ": " + ec.message());
    impl->stream.expires_after(timeout);
    impl->stream.connect(results, ec);
    if (ec) return std::unexpected("connect " + host + ":" + std::to_string(port) + ": " + ec.message());
    return HttpConnection{std::move(impl)};
}

std::expected<HttpResult, std::string> HttpConnection::request(
    std::string const& method, std::string const& target,
    std::vector<std::pair<std::string, std::string>> const& headers, std::string const& body) {
    http::request<http::string_body> req{http::string_to_verb(method), target, 11};
    req.set(http::field::host, impl_->host);
    req.keep_alive(true);
    for (auto const& [k, v] : headers) req.set(k, v);
    req.body() = body;
    req.prepare_payload();
    impl_->stream.expires_after(impl_->timeout);
    boost::system::error_code ec;
    http::write(impl_->stream, req, ec);
    if (ec) return std::unexpected("write: " + ec.message());
    return impl_->read_response();
}

std::expected<HttpResult, std::string> HttpConnection::raw(std::string const& bytes) {
    impl_->stream.expires_after(impl_->timeout);
    boost::system::error_code ec;
    net::write(impl_->stream, net::buffer(bytes), ec);
    if (ec) return std::unexpected("write: " + ec.message());
    return impl_->read_response();
}

std::expected<HttpResult, std::string> http_request(std::string const& host, unsigned short port,
                                                    std::string const& method, std::string const& target,
                                                    std::vector<std::pair<std::string, std::string>> const& headers,
                                                    std::string const& body, std::chrono::milliseconds timeout) {
    auto conn = HttpConnection::open(host, port, timeout);
    if (!conn) return std::unexpected(conn.error());
    return conn->request(method, target, headers, body);
}

}  // namespace pushback::bot
