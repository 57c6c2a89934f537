#include "app/signing_key.hpp"

#include "app/secrets.hpp"
#include "store/invitation_repo.hpp"

namespace icity::app {

const std::string& SigningKey::get() {
  std::call_once(once_, [this] {
    db_.write([this](store::Tx& tx) -> core::Result<void> {
      key_ = store::signing_keys::get_or_create(tx, "check_in", random_token(32));
      return {};
    });
  });
  return key_;
}

}  // namespace icity::app
