#include "bot/impl/tls.hpp"

#include <openssl/x509_vfy.h>

namespace pushback::bot::impl {

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
