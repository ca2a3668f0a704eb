package io.dsm4j.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A condition an event must meet for an event-based task to act: a field of the event (the
 * manager's names: {@code hostname}, {@code platform}, {@code lastUsedIP}, {@code tag}, {@code
 * cloudProvider}, …) and the value to match; key/value fields such as {@code tag} also name a key.
 *
 * <pre>{@code
 * EventTaskCondition linux = EventTaskCondition.of("platform", ".*Linux.*");
 * }</pre>
 *
 * @param field the event field
 * @param key the key, for key/value fields (else null)
 * @param value the value to match
 */
public record EventTaskCondition(String field, @Nullable String key, String value) {
  /**
   * Checks the components.
   *
   * @param field the event field (not blank)
   * @param key the key, or null
   * @param value the value to match
   */
  public EventTaskCondition {
    if (field == null || field.isBlank()) {
      throw new IllegalArgumentException("a condition needs a field");
    }
    Objects.requireNonNull(value, "value");
  }

  /**
   * @param field the event field
   * @param value the value to match
   * @return the condition
   */
  public static EventTaskCondition of(String field, String value) {
    return new EventTaskCondition(field, null, value);
  }
}
