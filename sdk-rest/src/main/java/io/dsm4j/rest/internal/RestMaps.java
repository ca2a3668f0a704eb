package io.dsm4j.rest.internal;

import io.dsm4j.model.Fields;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reading JSON objects the manager sent ({@link Map}s as Jackson reads them) liberally: a field of
 * another type than expected reads as absent, never as an error; and building the objects dsm4j
 * sends.
 */
final class RestMaps {
  private RestMaps() {}

  static String str(Map<String, Object> m, String field) {
    return m.get(field) instanceof String s ? s : null;
  }

  static Boolean bool(Map<String, Object> m, String field) {
    return m.get(field) instanceof Boolean b ? b : null;
  }

  /** An int field; null when absent, not a number or out of the int range. */
  static Integer integer(Map<String, Object> m, String field) {
    if (m.get(field) instanceof Number n) {
      long v = n.longValue();
      if (v == n.doubleValue() && v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) {
        return (int) v;
      }
    }
    return null;
  }

  /** An ID field: a positive int, or null. */
  static Integer id(Map<String, Object> m, String field) {
    Integer v = integer(m, field);
    return v != null && v > 0 ? v : null;
  }

  static Long longValue(Map<String, Object> m, String field) {
    return m.get(field) instanceof Number n && !(n instanceof Double || n instanceof Float)
        ? n.longValue()
        : null;
  }

  static Instant time(Map<String, Object> m, String field) {
    Long ms = longValue(m, field);
    return ms == null ? null : Instant.ofEpochMilli(ms);
  }

  /** A nested object, or null. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Map<String, Object> m, String field) {
    return m.get(field) instanceof Map<?, ?> o ? (Map<String, Object>) o : null;
  }

  /** The objects of an array field; other elements are left out. */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> objects(Map<String, Object> m, String field) {
    List<Map<String, Object>> out = new ArrayList<>();
    if (m != null && m.get(field) instanceof List<?> l) {
      for (Object o : l) {
        if (o instanceof Map<?, ?> x) {
          out.add((Map<String, Object>) x);
        }
      }
    }
    return out;
  }

  /** The strings of an array field; other elements are left out. */
  static List<String> strings(Map<String, Object> m, String field) {
    List<String> out = new ArrayList<>();
    if (m.get(field) instanceof List<?> l) {
      for (Object o : l) {
        if (o instanceof String s) {
          out.add(s);
        }
      }
    }
    return out;
  }

  /** The fields of an object but some, as {@link Fields} (the manager's names). */
  static Fields rest(Map<String, Object> m, Set<String> typed) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (m != null) {
      m.forEach(
          (k, v) -> {
            if (!typed.contains(k)) {
              out.put(k, v);
            }
          });
    }
    return Fields.of(out);
  }

  /** {@link Fields} as plain JSON values to send (nested fields as objects). */
  static Map<String, Object> plain(Fields f) {
    Map<String, Object> out = new LinkedHashMap<>();
    f.asMap().forEach((k, v) -> out.put(k, plainValue(v)));
    return out;
  }

  private static Object plainValue(Object v) {
    if (v instanceof Fields f) {
      return plain(f);
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      l.forEach(x -> out.add(plainValue(x)));
      return out;
    }
    return v;
  }

  /** A JSON object to send, with only the entries whose value is not null, in order. */
  static Map<String, Object> object(Object... keysAndValues) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (keysAndValues[i + 1] != null) {
        out.put((String) keysAndValues[i], keysAndValues[i + 1]);
      }
    }
    return out;
  }
}
