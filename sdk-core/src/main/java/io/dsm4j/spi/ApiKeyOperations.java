package io.dsm4j.spi;

import io.dsm4j.model.ApiKey;
import io.dsm4j.model.ApiKeyDraft;
import io.dsm4j.model.NewApiKey;

/**
 * API keys (capabilities {@code API_KEYS}, {@code API_KEY_WRITE}). Reads follow {@link
 * ReadOperations}. Every secret the manager answers is registered with the connection's secrets
 * before the answer is returned.
 *
 * <p>SPI: for backend implementors.
 */
public interface ApiKeyOperations extends ReadOperations<ApiKey> {

  /**
   * @return the key the connection authenticates with
   */
  ApiKey current();

  /**
   * @param draft the key
   * @return the key and its secret
   */
  NewApiKey create(ApiKeyDraft draft);

  /**
   * @param id a positive ID
   * @return the key and its new secret
   */
  NewApiKey rotate(int id);

  /**
   * Sets the key inactive; only that field is sent.
   *
   * @param id a positive ID
   * @return the key as the manager answered
   */
  ApiKey disable(int id);

  /**
   * @param id a positive ID
   */
  void delete(int id);
}
