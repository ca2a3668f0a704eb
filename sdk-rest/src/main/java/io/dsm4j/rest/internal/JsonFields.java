package io.dsm4j.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dsm4j.model.Fields;
import io.dsm4j.spi.Secrets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reading the JSON trees of {@link JsonApi}: liberal (a missing or null field is a default, a
 * number sent as text is read), and every field a model does not name kept in its {@link Fields}.
 */
final class JsonFields {
  private static final ObjectMapper PLAIN = new ObjectMapper();

  private JsonFields() {}

  /** The object's ID: {@code ID}, or {@code id} (vCenter connectors), 0 when absent. */
  static int id(JsonNode n) {
    JsonNode v = n.has("ID") ? n.get("ID") : n.get("id");
    return v == null || !v.canConvertToInt() ? 0 : Math.max(0, v.asInt());
  }

  static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
  }

  static Integer integer(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull() || !(v.isNumber() || v.isTextual())) {
      return null;
    }
    try {
      int i = v.isNumber() ? v.intValue() : Integer.parseInt(v.asText().trim());
      return i == 0 ? null : i; // 0 means "none" for references in the API
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static boolean bool(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v != null && (v.isBoolean() ? v.booleanValue() : "true".equalsIgnoreCase(v.asText()));
  }

  static Instant instant(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isNumber() || v.longValue() <= 0) {
      return null;
    }
    return Instant.ofEpochMilli(v.longValue());
  }

  static List<String> strings(JsonNode n, String field) {
    List<String> out = new ArrayList<>();
    JsonNode v = n.get(field);
    if (v != null && v.isArray()) {
      v.forEach(x -> out.add(x.asText()));
    }
    return out;
  }

  /** Every field but the named ones, as {@link Fields}. */
  static Fields extra(JsonNode n, Set<String> named) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!named.contains(e.getKey())) {
        m.put(e.getKey(), PLAIN.convertValue(e.getValue(), Object.class));
      }
    }
    return Fields.of(m);
  }

  /** The items of a list or search answer, e.g. {@code {"roles": [...]}}; empty when absent. */
  static List<JsonNode> items(JsonNode answer, String wrapper) {
    List<JsonNode> out = new ArrayList<>();
    JsonNode a = answer == null ? null : answer.get(wrapper);
    if (a != null && a.isArray()) {
      a.forEach(
          x -> {
            if (x.isObject()) {
              out.add(x);
            }
          });
    }
    return out;
  }

  /** A new JSON object. */
  static ObjectNode object() {
    return PLAIN.createObjectNode();
  }

  /**
   * Registers every text value of a field whose name contains {@code password} or {@code secret}
   * (any case, at any depth) as a secret: requests and answers of the escape hatch, new keys.
   */
  static void registerSecrets(JsonNode n, Secrets secrets) {
    if (n == null) {
      return;
    }
    if (n.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String k = e.getKey().toLowerCase(Locale.ROOT);
        if ((k.contains("password") || k.contains("secret")) && e.getValue().isTextual()) {
          secrets.add(e.getValue().textValue());
        } else {
          registerSecrets(e.getValue(), secrets);
        }
      }
    } else if (n.isArray()) {
      n.forEach(x -> registerSecrets(x, secrets));
    }
  }
}
