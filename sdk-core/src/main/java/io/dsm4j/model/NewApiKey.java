package io.dsm4j.model;

import java.util.Objects;

/**
 * An API key with its secret, as the manager answers it only once: when the key is created or its
 * secret is replaced. Store the secret at once; {@link #toString()} never shows it.
 *
 * @param key the key
 * @param secret the secret to authenticate with ({@code api-secret-key})
 */
public record NewApiKey(ApiKey key, String secret) {
  /**
   * Checks the components.
   *
   * @param key the key
   * @param secret the secret
   */
  public NewApiKey {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(secret, "secret");
  }

  @Override
  public String toString() {
    return "NewApiKey[key=" + key + ", secret=****]";
  }
}
