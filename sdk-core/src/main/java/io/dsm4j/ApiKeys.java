package io.dsm4j;

import io.dsm4j.model.ApiKey;
import io.dsm4j.model.ApiKeyDraft;
import io.dsm4j.model.NewApiKey;

/**
 * API keys ({@link Capability#API_KEYS}, REST). A secret is answered only once: when a key is
 * created or its secret is replaced; dsm4j masks it in every message and log from then on.
 */
public interface ApiKeys extends ResourceGroup<ApiKey> {

  /**
   * @return the key this manager authenticates with
   */
  ApiKey current();

  /**
   * Creates a key ({@link Capability#API_KEY_WRITE}).
   *
   * @param draft the key
   * @return the key and its secret (shown once)
   */
  NewApiKey create(ApiKeyDraft draft);

  /**
   * Replaces a key's secret; the old one stops working ({@link Capability#API_KEY_WRITE}).
   *
   * @param id the key's ID
   * @return the key and its new secret (shown once)
   */
  NewApiKey rotate(int id);

  /**
   * Makes a key unable to authenticate, keeping it ({@link Capability#API_KEY_WRITE}).
   *
   * @param id the key's ID
   * @return the key as the manager answered
   */
  ApiKey disable(int id);

  /**
   * Deletes a key ({@link Capability#API_KEY_WRITE}).
   *
   * @param id the key's ID
   */
  void delete(int id);
}
