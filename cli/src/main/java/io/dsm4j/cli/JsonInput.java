package io.dsm4j.cli;

import io.dsm4j.model.Fields;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One JSON object of a {@code --file}, read strictly: a key the command does not know, or a value
 * of the wrong type, is a usage error naming the key; {@code null} is the same as absent; the keys
 * the CLI prints but a command cannot set ({@code id}, times, {@code extra}) are ignored, so that
 * what {@code --output json} printed can be read back.
 */
final class JsonInput {
  private final Map<String, Object> values;
  private final String where;

  JsonInput(Map<String, Object> values, String where) {
    this.values = values;
    this.where = where;
  }

  /** The object in {@code --file}; the caller checks its keys. */
  static JsonInput read(Dsm4j root, Path file) {
    return new JsonInput(Fleet.readObject(root, file), "--file " + file);
  }

  /** Refuses keys other than these. */
  void check(Set<String> keys, Set<String> ignored) {
    for (String k : values.keySet()) {
      if (!keys.contains(k) && !ignored.contains(k)) {
        throw bad(
            "unknown key '" + k + "' (known: " + String.join(", ", new TreeSet<>(keys)) + ")");
      }
    }
  }

  Dsm4j.UsageException bad(String why) {
    return new Dsm4j.UsageException(where + ": " + why);
  }

  boolean has(String key) {
    return values.get(key) != null;
  }

  String string(String key) {
    Object v = values.get(key);
    if (v != null && !(v instanceof String)) {
      throw bad(key + " must be a string");
    }
    return (String) v;
  }

  Boolean bool(String key) {
    Object v = values.get(key);
    if (v != null && !(v instanceof Boolean)) {
      throw bad(key + " must be true or false");
    }
    return (Boolean) v;
  }

  Integer id(String key) {
    Object v = values.get(key);
    if (v == null) {
      return null;
    }
    if (!(v instanceof Long n) || n <= 0 || n > Integer.MAX_VALUE) {
      throw bad(key + " must be a positive ID");
    }
    return n.intValue();
  }

  /** A nested object, or null. */
  @SuppressWarnings("unchecked")
  JsonInput object(String key) {
    Object v = values.get(key);
    if (v == null) {
      return null;
    }
    if (!(v instanceof Map<?, ?>)) {
      throw bad(key + " must be an object");
    }
    return new JsonInput((Map<String, Object>) v, where + " " + key);
  }

  /** The objects of an array (none when absent). */
  @SuppressWarnings("unchecked")
  List<JsonInput> objects(String key) {
    Object v = values.get(key);
    List<JsonInput> out = new ArrayList<>();
    if (v == null) {
      return out;
    }
    if (!(v instanceof List<?> l)) {
      throw bad(key + " must be an array of objects");
    }
    for (int i = 0; i < l.size(); i++) {
      if (!(l.get(i) instanceof Map<?, ?> m)) {
        throw bad(key + " must be an array of objects");
      }
      out.add(new JsonInput((Map<String, Object>) m, where + " " + key + "[" + i + "]"));
    }
    return out;
  }

  /** The whole object as {@link Fields} (the manager's names, passed through). */
  Fields fields() {
    return Fields.of(values);
  }

  /** The object without some keys, as {@link Fields}. */
  Fields fieldsWithout(Set<String> keys) {
    Map<String, Object> rest = new java.util.LinkedHashMap<>(values);
    rest.keySet().removeAll(keys);
    return Fields.of(rest);
  }

  /** An enumeration constant by its CLI spelling ({@code real-time}) or its name. */
  <E extends Enum<E>> E choice(String key, Class<E> type) {
    String s = string(key);
    if (s == null) {
      return null;
    }
    List<String> known = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      if (Output.spelling(e).equals(s) || e.name().equals(s)) {
        return e;
      }
      known.add(Output.spelling(e));
    }
    throw bad(key + " must be " + String.join(", ", known) + ", not '" + s + "'");
  }
}
