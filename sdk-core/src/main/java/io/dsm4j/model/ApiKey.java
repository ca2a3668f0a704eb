package io.dsm4j.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An API key (its secret is never part of it; see {@link NewApiKey}).
 *
 * @param id the manager's ID
 * @param name the key's name
 * @param description the description, empty when none
 * @param roleId the role it acts with, or null when the manager did not say
 * @param active whether it can authenticate (false: disabled or locked out)
 * @param created when it was created, or null
 * @param expires when it expires, or null for never
 * @param lastSignIn when it last authenticated, or null
 * @param serviceAccount whether the primary tenant made it for a tenant
 * @param extra every other field the manager sent
 */
public record ApiKey(
    int id,
    String name,
    String description,
    @Nullable Integer roleId,
    boolean active,
    @Nullable Instant created,
    @Nullable Instant expires,
    @Nullable Instant lastSignIn,
    boolean serviceAccount,
    Fields extra) {
  /**
   * Copies the components.
   *
   * @param id the manager's ID
   * @param name the key's name
   * @param description the description, empty when none
   * @param roleId the role, or null
   * @param active whether it can authenticate
   * @param created when it was created, or null
   * @param expires when it expires, or null
   * @param lastSignIn when it last authenticated, or null
   * @param serviceAccount whether the primary tenant made it for a tenant
   * @param extra every other field the manager sent
   */
  public ApiKey {
    name = name == null ? "" : name;
    description = description == null ? "" : description;
    extra = extra == null ? Fields.empty() : extra;
  }
}
