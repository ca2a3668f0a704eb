package io.dsm4j.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import io.dsm4j.model.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One JSON object of a {@code --file} (read by {@link JsonFiles}), read strictly: a key the command
 * does not know, or a value of the wrong type, is a usage error naming the file and the key; {@code
 * null} is the same as absent; the keys the CLI prints but a command cannot set ({@code id}, times,
 * {@code extra}) are ignored, so that what {@code --output json} printed can be read back.
 */
final class JsonInput {
  private final JsonNode node;
  private final String where;

  JsonInput(JsonNode node, String where) {
    this.node = node;
    this.where = where;
  }

  /** The object as parsed, for the commands that walk its keys. */
  JsonNode node() {
    return node;
  }

  /** Refuses keys other than these. */
  void check(Set<String> keys, Set<String> ignored) {
    List<String> unknown = new ArrayList<>();
    node.fieldNames()
        .forEachRemaining(
            k -> {
              if (!keys.contains(k) && !ignored.contains(k)) {
                unknown.add("'" + k + "'");
              }
            });
    if (!unknown.isEmpty()) {
      throw bad(
          (unknown.size() == 1 ? "unknown key " : "unknown keys ")
              + String.join(", ", unknown)
              + " (known: "
              + String.join(", ", new TreeSet<>(keys))
              + ")");
    }
  }

  /** A usage error about this object: {@code --file PATH: why}. */
  Dsm4j.UsageException bad(String why) {
    return new Dsm4j.UsageException(where + ": " + why);
  }

  /** Whether the key holds a value other than null. */
  boolean has(String key) {
    return value(key) != null;
  }

  /** A text value, or null when absent or null; another type is a usage error. */
  String text(String key) {
    JsonNode v = value(key);
    if (v != null && !v.isTextual()) {
      throw bad("'" + key + "' must be a string");
    }
    return v == null ? null : v.textValue();
  }

  /** A boolean, or null when absent or null; another type is a usage error. */
  Boolean bool(String key) {
    JsonNode v = value(key);
    if (v != null && !v.isBoolean()) {
      throw bad("'" + key + "' must be true or false");
    }
    return v == null ? null : v.booleanValue();
  }

  /** An integer (a Java {@code int}), or null when absent or null. */
  Integer integer(String key) {
    JsonNode v = value(key);
    if (v != null && (!v.isIntegralNumber() || !v.canConvertToInt())) {
      throw bad("'" + key + "' must be an integer");
    }
    return v == null ? null : v.intValue();
  }

  /** A manager's ID (1 … 2^31-1), or null when absent or null. */
  Integer id(String key) {
    JsonNode v = value(key);
    if (v == null) {
      return null;
    }
    if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() <= 0) {
      throw bad("'" + key + "' must be a positive ID");
    }
    return v.intValue();
  }

  /** A nested object, or null. */
  JsonInput object(String key) {
    JsonNode v = value(key);
    if (v == null) {
      return null;
    }
    if (!v.isObject()) {
      throw bad("'" + key + "' must be an object");
    }
    return new JsonInput(v, where + " " + key);
  }

  /** The objects of an array (none when absent). */
  List<JsonInput> objects(String key) {
    JsonNode v = value(key);
    List<JsonInput> out = new ArrayList<>();
    if (v == null) {
      return out;
    }
    if (!v.isArray()) {
      throw bad("'" + key + "' must be an array of objects");
    }
    for (int i = 0; i < v.size(); i++) {
      if (!v.get(i).isObject()) {
        throw bad("'" + key + "' must be an array of objects");
      }
      out.add(new JsonInput(v.get(i), where + " " + key + "[" + i + "]"));
    }
    return out;
  }

  /** The whole object as {@link Fields} (the manager's names, passed through). */
  Fields fields() {
    return Fields.of(plain());
  }

  /** The object without some keys, as {@link Fields}. */
  Fields fieldsWithout(Set<String> keys) {
    Map<String, Object> rest = plain();
    rest.keySet().removeAll(keys);
    return Fields.of(rest);
  }

  /** An enumeration constant by its CLI spelling ({@code real-time}) or its name. */
  <E extends Enum<E>> E choice(String key, Class<E> type) {
    String s = text(key);
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
    throw bad("'" + key + "' must be " + String.join(", ", known) + ", not '" + s + "'");
  }

  private JsonNode value(String key) {
    JsonNode v = node.get(key);
    return v == null || v.isNull() ? null : v;
  }

  /** Plain data, whole numbers as {@code Long} (as the manager's fields are passed on). */
  private Map<String, Object> plain() {
    try {
      Map<String, Object> m =
          JsonFiles.JSON
              .readerFor(Map.class)
              .with(DeserializationFeature.USE_LONG_FOR_INTS)
              .readValue(node);
      return new LinkedHashMap<>(m);
    } catch (IOException e) {
      throw bad("cannot be read as plain data: " + e.getMessage());
    }
  }
}
