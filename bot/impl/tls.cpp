#include "bot/impl/tls.hpp"

#include <openssl/x509_vfy.h>

#include <boost/system/error_code.hpp>

#include <stdexcept>

namespace pushback::bot::impl {

namespace ssl = boost::asio::ssl;

void configure_tls_client(ssl::context& ctx, std::optional<std::string> const& extra_ca_file) {
    ctx.set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3 |
                    ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1);
    SSL_CTX_set_min_proto_version(ctx.native_handle(), TLS1_2_VERSION);
    ctx.set_default_verify_paths();
    if (extra_ca_file) {
        boost::system::error_code ec;
        ctx.load_verify_file(*extra_ca_file, ec);
        if (ec)
            throw std::runtime_error("SSL_CERT_FILE: cannot load CA file " + *extra_ca_file + ": " + ec.message());
    }
    ctx.set_verify_mode(ssl::verify_peer);
}

void expect_peer(SSL* ssl, Endpoint const& ep) {
    if (ep.ip_host) {
        // No SNI for IP literals (RFC 6066); the certificate must carry the address as an IP SAN.
        X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl), ep.host.c_str());
    } else {
        SSL_set_tlsext_host_name(ssl, ep.host.c_str());
        SSL_set_hostflags(ssl, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
        SSL_set1_host(ssl, ep.host.c_str());
    }
}

}  // namespace pushback::bot::impl
