#pragma once
// Which installation a piece of work is for: the workspace (or Enterprise Grid org) a request came from.
// After-ack work runs on an executor that carries its tenant (with_tenant), so the Web API client finds the
// right token for every call a handler's coroutine makes (current_tenant) without handlers passing it around.

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/execution.hpp>
#include <boost/asio/prefer.hpp>
#include <boost/asio/query.hpp>
#include <boost/asio/require.hpp>
#include <memory>
#include <string>
#include <utility>

namespace pushback::bot {

struct Tenant {
    std::string enterprise_id;        // "" outside Enterprise Grid
    std::string team_id;              // the workspace the request came from
    bool enterprise_install = false;  // the request is for an org-wide install
    friend bool operator==(Tenant const&, Tenant const&) = default;
};

// An executor that runs work on `inner` and remembers the tenant it runs for. Every property Asio asks of
// an any_io_executor is forwarded to `inner`; the tenant stays attached through require/prefer.
class TenantExecutor {
  public:
    TenantExecutor(boost::asio::any_io_executor inner, std::shared_ptr<Tenant const> tenant)
        : inner_(std::move(inner)), tenant_(std::move(tenant)) {}

    Tenant const& tenant() const noexcept { return *tenant_; }
    boost::asio::any_io_executor const& inner() const noexcept { return inner_; }

    boost::asio::execution_context& query(boost::asio::execution::context_t) const noexcept {
        return boost::asio::query(inner_, boost::asio::execution::context);
    }
    TenantExecutor require(boost::asio::execution::blocking_t::never_t p) const {
        return {boost::asio::require(inner_, p), tenant_};
    }
    template <typename Property>
    TenantExecutor prefer(Property const& p)
        const requires boost::asio::can_prefer<boost::asio::any_io_executor const&, Property>::value {
        return {boost::asio::prefer(inner_, p), tenant_};
    }
    template <typename F>
    void execute(F&& f) const {
        inner_.execute(std::forward<F>(f));
    }
    friend bool operator==(TenantExecutor const& a, TenantExecutor const& b) noexcept {
        return a.inner_ == b.inner_ && a.tenant_ == b.tenant_;
    }
    friend bool operator!=(TenantExecutor const& a, TenantExecutor const& b) noexcept { return !(a == b); }

  private:
    boost::asio::any_io_executor inner_;
    std::shared_ptr<Tenant const> tenant_;
};

// `ex`, carrying `tenant` (work spawned on it, and every coroutine it awaits, runs for that tenant).
inline boost::asio::any_io_executor with_tenant(boost::asio::any_io_executor ex, std::shared_ptr<Tenant const> tenant) {
    if (!tenant) return ex;
    if (auto const* t = ex.target<TenantExecutor>()) ex = t->inner();
    return TenantExecutor{std::move(ex), std::move(tenant)};
}

// The tenant `ex` carries, or nullptr (single-workspace mode, start-up, tests).
inline Tenant const* current_tenant(boost::asio::any_io_executor const& ex) {
    auto const* t = ex.target<TenantExecutor>();
    return t ? &t->tenant() : nullptr;
}

}  // namespace pushback::bot
