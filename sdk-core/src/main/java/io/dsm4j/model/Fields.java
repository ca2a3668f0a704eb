package io.dsm4j.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Every other field the manager sent for an object, as a read-only name → value view, so that no
 * field needs leaving dsm4j to read. Names are the manager's own (REST JSON names such as {@code
 * minimumAgentVersion}, SOAP element names such as {@code minAgentVersion}); values are {@link
 * String}, {@link Long}, {@link Double}, {@link Boolean}, nested {@link Fields}, {@link List}s of
 * those, or null. The fields a model exposes as typed components are not repeated here.
 *
 * <pre>{@code
 * Rule rule = manager.rules().intrusionPrevention().get(42);
 * String min = rule.extra().string("minimumAgentVersion").orElse("any");
 * }</pre>
 */
public final class Fields {
  private static final Fields EMPTY = new Fields(Map.of());

  private final Map<String, @Nullable Object> values;

  private Fields(Map<String, @Nullable Object> values) {
    this.values = values;
  }

  /**
   * @return no fields
   */
  public static Fields empty() {
    return EMPTY;
  }

  /**
   * Copies a map of values, converting nested maps and lists (names keep their order).
   *
   * @param values names and values
   * @return the fields
   * @throws IllegalArgumentException for a value of another type
   */
  public static Fields of(Map<String, ? extends @Nullable Object> values) {
    Objects.requireNonNull(values, "values");
    if (values.isEmpty()) {
      return EMPTY;
    }
    Map<String, @Nullable Object> copy = new LinkedHashMap<>();
    values.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "name"), value(v)));
    return new Fields(Collections.unmodifiableMap(copy));
  }

  private static @Nullable Object value(@Nullable Object v) {
    if (v == null || v instanceof String || v instanceof Boolean || v instanceof Fields) {
      return v;
    }
    if (v instanceof Byte || v instanceof Short || v instanceof Integer || v instanceof Long) {
      return ((Number) v).longValue();
    }
    if (v instanceof Float || v instanceof Double) {
      return ((Number) v).doubleValue();
    }
    if (v instanceof Map<?, ?> m) {
      Map<String, @Nullable Object> nested = new LinkedHashMap<>();
      m.forEach((k, x) -> nested.put(String.valueOf(k), x));
      return of(nested);
    }
    if (v instanceof List<?> l) {
      List<@Nullable Object> out = new ArrayList<>(l.size());
      for (Object x : l) {
        out.add(value(x));
      }
      return Collections.unmodifiableList(out);
    }
    if (v instanceof Number n) {
      return n.toString(); // BigDecimal, BigInteger: kept exactly, as text
    }
    if (v instanceof Enum<?> e) {
      return e.name();
    }
    throw new IllegalArgumentException("unsupported field value type " + v.getClass().getName());
  }

  /**
   * @return the field names, in the order the manager sent them
   */
  public Set<String> names() {
    return values.keySet();
  }

  /**
   * @param name a field name
   * @return whether the manager sent the field (possibly as null)
   */
  public boolean has(String name) {
    return values.containsKey(name);
  }

  /**
   * @param name a field name
   * @return its value, empty when absent or null
   */
  public Optional<Object> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /**
   * @param name a field name
   * @return its value as text (numbers and booleans too), empty when absent or null
   */
  public Optional<String> string(String name) {
    Object v = values.get(name);
    return v == null || v instanceof Fields || v instanceof List
        ? Optional.empty()
        : Optional.of(v.toString());
  }

  /**
   * @return the fields as an unmodifiable map
   */
  public Map<String, @Nullable Object> asMap() {
    return values;
  }

  /**
   * @return whether there are none
   */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fields f && f.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
