package io.dsm4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dsm4j.model.Fields;
import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleDraft;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.RuleUpdate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Rule and policy {@code --file X.json} inputs: one JSON object, with the field names {@code
 * --output json} prints ({@code id} and read-only fields are ignored). A file that cannot be read
 * or parsed is the user's input: a usage error.
 */
final class RuleJsonInput {
  /** Fields a rule prints that are never changed through an input file. */
  static final Set<String> READ_ONLY_RULE_FIELDS =
      Set.of(
          "id", "ID", "kind", "identifier", "cves", "cvssScore", "issued", "lastUpdated", "extra");

  /** The CLI's name of a field where it differs from the REST name. */
  private static final Map<String, String> REST_NAMES =
      Map.of("applicationTypeId", "applicationTypeID");

  /** The plain rule XML of an input file (not a REST field: each backend encodes it its way). */
  static final String RULE_XML = "ruleXml";

  private RuleJsonInput() {}

  /** A rule's changes from a file; read-only fields are skipped. */
  static RuleUpdate ruleUpdate(Dsm4j root, Path file) {
    JsonInput in = JsonFiles.readObject(root, file);
    RuleUpdate.Builder b = RuleUpdate.builder();
    eachField(in, Set.of(), b::ruleXml, b::field);
    RuleUpdate changes = b.build();
    if (changes.isEmpty()) {
      throw in.bad("changes no field");
    }
    return changes;
  }

  /**
   * A new rule from a file: {@code name} (required), the typed fields {@code --output json} prints,
   * {@code ruleXml} (plain; else the rule XML found in {@code extra}, as {@link Rule#ruleXml()}
   * reads it), any other field by its REST name. Read-only fields and the rest of {@code extra} are
   * ignored; a {@code kind} other than {@code --kind} is a usage error.
   */
  static RuleDraft ruleDraft(Dsm4j root, RuleKind kind, Path file) {
    JsonInput in = JsonFiles.readObject(root, file);
    JsonNode n = in.node();
    JsonNode k = n.get("kind");
    if (k != null && !k.isNull() && Base.kind(k.asText()) != kind) {
      throw in.bad("the file holds a " + k.asText() + " rule, not " + Base.kindName(kind));
    }
    String name = in.text("name");
    if (name == null || name.isBlank()) {
      throw in.bad("the rule needs a \"name\"");
    }
    RuleDraft.Generic b = RuleDraft.of(kind, name);
    eachField(in, Set.of("name"), b::ruleXml, b::field);
    if (!n.has(RULE_XML) && n.get("extra") instanceof ObjectNode extra) {
      Map<String, Object> fields = new LinkedHashMap<>();
      extra.fields().forEachRemaining(e -> fields.put(e.getKey(), JsonFiles.plain(e.getValue())));
      String xml =
          new Rule(
                  kind,
                  1,
                  "x",
                  "",
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  Fields.of(fields))
              .ruleXml();
      if (xml != null) {
        b.ruleXml(xml);
      }
    }
    return b.build();
  }

  private static String restName(String cliName) {
    return REST_NAMES.getOrDefault(cliName, cliName);
  }

  /**
   * Hands each field the file sets to the builder: {@code ruleXml} as plain XML, the others by
   * their REST name; read-only fields, {@code skipped} ones and nulls are left out.
   */
  private static void eachField(
      JsonInput in,
      Set<String> skipped,
      Consumer<String> ruleXml,
      BiConsumer<String, Object> field) {
    in.node()
        .fieldNames()
        .forEachRemaining(
            k -> {
              if (READ_ONLY_RULE_FIELDS.contains(k) || skipped.contains(k)) {
                return;
              }
              if (k.equals(RULE_XML)) {
                String xml = in.text(RULE_XML);
                if (xml != null) {
                  ruleXml.accept(xml);
                }
                return;
              }
              Object v = value(in, k);
              if (v != null) {
                try {
                  field.accept(restName(k), v);
                } catch (IllegalArgumentException e) {
                  throw in.bad("'" + k + "': " + e.getMessage());
                }
              }
            });
  }

  /** A field's value as text, boolean, number or list; null stays unset; objects are refused. */
  private static Object value(JsonInput in, String key) {
    return value(in.node().get(key), in, key);
  }

  private static Object value(JsonNode v, JsonInput in, String key) {
    if (v.isNull()) {
      return null;
    }
    if (v.isTextual()) {
      return v.textValue();
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    if (v.isIntegralNumber()) {
      return v.longValue();
    }
    if (v.isNumber()) {
      return v.doubleValue();
    }
    if (v.isArray()) {
      List<Object> out = new ArrayList<>();
      for (JsonNode x : v) {
        Object o = value(x, in, key);
        if (o instanceof List<?>) {
          throw in.bad("'" + key + "': nested lists are not fields");
        }
        out.add(o);
      }
      return out;
    }
    throw in.bad("'" + key + "': an object is not a field value");
  }
}
