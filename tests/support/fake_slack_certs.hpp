#pragma once
// Test PKI for the fake Slack: a fresh CA and server certificates made with OpenSSL 3 (EC P-256), as PEM text.

#include <string>
#include <vector>

namespace pushback::testing::detail {

struct Pem {
    std::string cert;
    std::string key;
};

// A self-signed CA certificate (CA:TRUE, keyCertSign) valid from an hour ago for two days.
Pem make_test_ca(std::string const& common_name);

// A TLS server certificate signed by `ca`, with the given subjectAltName entries ("DNS:localhost", "IP:127.0.0.1").
Pem make_server_cert(Pem const& ca, std::string const& common_name, std::vector<std::string> const& alt_names);

}  // namespace pushback::testing::detail
