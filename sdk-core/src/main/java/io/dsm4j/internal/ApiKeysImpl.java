package io.dsm4j.internal;

import io.dsm4j.ApiKeys;
import io.dsm4j.Capability;
import io.dsm4j.model.ApiKey;
import io.dsm4j.model.ApiKeyDraft;
import io.dsm4j.model.NewApiKey;
import io.dsm4j.spi.ApiKeyOperations;
import io.dsm4j.spi.BackendConnection;
import java.util.Objects;

/** {@link ApiKeys} over {@link ApiKeyOperations}. */
final class ApiKeysImpl extends ReadGroup<ApiKey, ApiKeyOperations> implements ApiKeys {
  ApiKeysImpl(CallPipeline pipeline) {
    super(
        pipeline,
        "apiKeys",
        "API key",
        Capability.API_KEYS,
        BackendConnection::apiKeys,
        ApiKey::id);
  }

  @Override
  public ApiKey current() {
    return call("current", Capability.API_KEYS, true, ApiKeyOperations::current);
  }

  @Override
  public NewApiKey create(ApiKeyDraft draft) {
    Objects.requireNonNull(draft, "draft");
    return call("create", Capability.API_KEY_WRITE, false, g -> g.create(draft));
  }

  @Override
  public NewApiKey rotate(int id) {
    Args.id(id, "API key ID");
    return call("rotate", Capability.API_KEY_WRITE, false, g -> g.rotate(id));
  }

  @Override
  public ApiKey disable(int id) {
    Args.id(id, "API key ID");
    return call("disable", Capability.API_KEY_WRITE, false, g -> g.disable(id));
  }

  @Override
  public void delete(int id) {
    deleteById(id, Capability.API_KEY_WRITE, ApiKeyOperations::delete);
  }

  @Override
  String nameWhat() {
    return "key name";
  }
}
