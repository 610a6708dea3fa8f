#pragma once
// What graceful stop waits for besides open connections: work started after an acknowledgement and reminder
// DMs being sent. Each piece of work holds a Token while it runs; the server's stop waits (bounded by its
// grace) until none is held. Thread-safe. A token may outlive the InFlight (a coroutine destroyed with its
// io_context after a forced stop releases it then): they share the count.

#include <atomic>
#include <memory>
#include <utility>

namespace pushback::bot {

class InFlight {
  public:
    class Token {
      public:
        Token() = default;
        explicit Token(std::shared_ptr<std::atomic<int>> count) : count_(std::move(count)) {
            if (count_) count_->fetch_add(1, std::memory_order_relaxed);
        }
        Token(Token&&) noexcept = default;
        Token& operator=(Token&& other) noexcept {
            if (this != &other) {
                release();
                count_ = std::move(other.count_);
            }
            return *this;
        }
        Token(Token const&) = delete;
        Token& operator=(Token const&) = delete;
        ~Token() { release(); }

        void release() {
            if (auto c = std::exchange(count_, nullptr)) c->fetch_sub(1, std::memory_order_acq_rel);
        }

      private:
        std::shared_ptr<std::atomic<int>> count_;
    };

    InFlight() = default;
    InFlight(InFlight const&) = delete;
    InFlight& operator=(InFlight const&) = delete;

    Token enter() { return Token(count_); }
    int count() const { return count_->load(std::memory_order_acquire); }

  private:
    std::shared_ptr<std::atomic<int>> count_ = std::make_shared<std::atomic<int>>(0);
};

}  // namespace pushback::bot
