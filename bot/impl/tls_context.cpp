#include "bot/impl/tls_context.hpp"

#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <stdexcept>

namespace pushback::bot::impl {
namespace ssl = boost::asio::ssl;

namespace {

// Cheap (a few ms even for the system bundle): decodes the PEM armour only, not the certificates.
void check_ca_file(std::string const& path) {
    auto fail = [&](char const* why) {
        throw std::runtime_error("SSL_CERT_FILE: cannot load CA file " + path + ": " + why);
    };
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_file(path.c_str(), "r"), &BIO_free);
    if (!bio) fail("cannot be read");
    int usable = 0;
    char* name = nullptr;
    char* header = nullptr;
    unsigned char* data = nullptr;
    long len = 0;
    while (PEM_read_bio(bio.get(), &name, &header, &data, &len) == 1) {
        if (!std::strcmp(name, PEM_STRING_X509) || !std::strcmp(name, PEM_STRING_X509_TRUSTED) ||
            !std::strcmp(name, PEM_STRING_X509_CRL))
            ++usable;
        OPENSSL_free(name);
        OPENSSL_free(header);
        OPENSSL_free(data);
    }
    if (usable == 0) fail("no PEM certificate in it");
}

// The CA file set_default_verify_paths() loads: $SSL_CERT_FILE if set, else OpenSSL's built-in default
// (OpenSSL reads that variable itself; this only mirrors it, to avoid loading the same file twice).
std::string openssl_default_ca_file() {
    if (char const* env = std::getenv(X509_get_default_cert_file_env()); env && *env) return env;
    return X509_get_default_cert_file();
}

bool same_file(std::string const& a, std::string const& b) {
    std::error_code ec;
    return std::filesystem::equivalent(a, b, ec) && !ec;
}

std::shared_ptr<ssl::context> load(std::optional<std::string> extra_ca_file) {
    auto ctx = std::make_shared<ssl::context>(ssl::context::tls_client);
    ctx->set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3 |
                     ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1);
    SSL_CTX_set_min_proto_version(ctx->native_handle(), TLS1_2_VERSION);
    // Errors are reported, not thrown: this runs off the start-up path, where nobody could catch them.
    boost::system::error_code ec;
    ctx->set_default_verify_paths(ec);
    if (ec) std::fprintf(stderr, "pushback: cannot load the system CA certificates: %s\n", ec.message().c_str());
    if (extra_ca_file && !same_file(*extra_ca_file, openssl_default_ca_file())) {
        ctx->load_verify_file(*extra_ca_file, ec);
        // Checked readable at construction; if it became unusable since, its CAs are simply not trusted.
        if (ec)
            std::fprintf(stderr, "pushback: SSL_CERT_FILE: cannot load CA file %s: %s\n", extra_ca_file->c_str(),
                         ec.message().c_str());
    }
    ctx->set_verify_mode(ssl::verify_peer);
    return ctx;
}

}  // namespace

TlsContext::TlsContext(std::optional<std::string> extra_ca_file) {
    if (extra_ca_file) check_ca_file(*extra_ca_file);
    ready_ = std::async(std::launch::async, load, std::move(extra_ca_file)).share();
}

TlsContext::~TlsContext() {
    if (ready_.valid()) ready_.wait();
}

ssl::context& TlsContext::get() { return *ready_.get(); }

}  // namespace pushback::bot::impl
