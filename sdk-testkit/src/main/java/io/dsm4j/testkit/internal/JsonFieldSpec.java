package io.dsm4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The writable fields of an administrative resource, with their JSON types, as the spec declares
 * them: the simulator refuses a field it does not know or a value of the wrong type (400), so a
 * client mistake shows up in tests. Fields marked secret are kept out of the answers.
 */
final class JsonFieldSpec {
  /** A field's JSON type. */
  enum Type {
    STRING,
    INT,
    LONG,
    BOOL,
    OBJECT,
    ARRAY
  }

  private final Map<String, Type> fields = new LinkedHashMap<>();
  private final Set<String> secret;

  /**
   * @param secret the fields that are never answered
   * @param pairs field name, {@link Type}, …
   */
  JsonFieldSpec(Set<String> secret, Object... pairs) {
    this.secret = secret;
    for (int i = 0; i < pairs.length; i += 2) {
      fields.put((String) pairs[i], (Type) pairs[i + 1]);
    }
  }

  boolean isSecret(String field) {
    return secret.contains(field);
  }

  /** Checks a create or modify body: known fields, right types; read-only fields are refused. */
  void check(ObjectNode body) {
    for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Type t = fields.get(e.getKey());
      if (t == null) {
        throw new RestCall.Fail(400, "Unknown or read-only property: " + e.getKey() + ".");
      }
      JsonNode v = e.getValue();
      boolean ok =
          v.isNull()
              || switch (t) {
                case STRING -> v.isTextual();
                case INT -> v.isIntegralNumber() && v.canConvertToInt();
                case LONG -> v.isIntegralNumber() && v.canConvertToLong();
                case BOOL -> v.isBoolean();
                case OBJECT -> v.isObject();
                case ARRAY -> v.isArray();
              };
      if (!ok) {
        throw new RestCall.Fail(
            400, e.getKey() + " must be " + t.name().toLowerCase(java.util.Locale.ROOT) + ".");
      }
    }
  }

  /** Copies the body's fields onto the row's JSON (secrets into the row's secret slot). */
  void apply(ObjectNode body, JsonRec row) {
    for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (isSecret(e.getKey())) {
        row.secret = e.getValue().isNull() ? null : e.getValue().asText();
      } else if (e.getValue().isNull()) {
        row.json.remove(e.getKey());
      } else {
        row.json.set(e.getKey(), e.getValue().deepCopy());
      }
    }
  }
}
