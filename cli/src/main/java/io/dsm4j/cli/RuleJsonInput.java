package io.dsm4j.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dsm4j.model.Fields;
import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleDraft;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.RuleUpdate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rule and policy {@code --file X.json} inputs: one JSON object, with the field names {@code
 * --output json} prints ({@code id} and read-only fields are ignored). A file that cannot be read
 * or parsed is the user's input: a usage error.
 */
final class RuleJsonInput {
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

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

  static JsonNode object(Path file, String option) {
    JsonNode n;
    try {
      n = JSON.readTree(Files.readString(file));
    } catch (NoSuchFileException e) {
      throw new Dsm4j.UsageException(option + ": no such file: " + file);
    } catch (JsonProcessingException e) {
      throw new Dsm4j.UsageException(
          option + ": " + file + " is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new Dsm4j.UsageException(option + ": cannot read " + file + ": " + e.getMessage());
    }
    if (n == null || !n.isObject()) {
      throw new Dsm4j.UsageException(option + ": " + file + " must hold one JSON object");
    }
    return n;
  }

  /** A rule's changes from a file; read-only fields are skipped. */
  static RuleUpdate ruleUpdate(Path file, String option) {
    JsonNode n = object(file, option);
    RuleUpdate.Builder b = RuleUpdate.builder();
    n.fields()
        .forEachRemaining(
            e -> {
              if (READ_ONLY_RULE_FIELDS.contains(e.getKey())) {
                return;
              }
              Object v = value(e.getValue(), option + ": " + e.getKey());
              if (v == null) {
                return;
              }
              if (e.getKey().equals(RULE_XML)) {
                b.ruleXml(text(v, option + ": " + RULE_XML));
              } else {
                usage(option + ": " + e.getKey(), () -> b.field(restName(e.getKey()), v));
              }
            });
    RuleUpdate changes = b.build();
    if (changes.isEmpty()) {
      throw new Dsm4j.UsageException(option + ": " + file + " changes no field");
    }
    return changes;
  }

  /**
   * A new rule from a file: {@code name} (required), the typed fields {@code --output json} prints,
   * {@code ruleXml} (plain; else the rule XML found in {@code extra}, as {@link Rule#ruleXml()}
   * reads it), any other field by its REST name. Read-only fields and the rest of {@code extra} are
   * ignored; a {@code kind} other than {@code --kind} is a usage error.
   */
  static RuleDraft ruleDraft(RuleKind kind, Path file, String option) {
    JsonNode n = object(file, option);
    JsonNode k = n.get("kind");
    if (k != null && !k.isNull() && Base.kind(k.asText()) != kind) {
      throw new Dsm4j.UsageException(
          option + ": the file holds a " + k.asText() + " rule, not " + Base.kindName(kind));
    }
    JsonNode name = n.get("name");
    if (name == null || !name.isTextual() || name.textValue().isBlank()) {
      throw new Dsm4j.UsageException(option + ": " + file + " has no rule name");
    }
    RuleDraft.Generic b = RuleDraft.of(kind, name.textValue());
    n.fields()
        .forEachRemaining(
            e -> {
              if (READ_ONLY_RULE_FIELDS.contains(e.getKey()) || e.getKey().equals("name")) {
                return;
              }
              Object v = value(e.getValue(), option + ": " + e.getKey());
              if (v == null) {
                return;
              }
              if (e.getKey().equals(RULE_XML)) {
                b.ruleXml(text(v, option + ": " + RULE_XML));
              } else {
                usage(option + ": " + e.getKey(), () -> b.field(restName(e.getKey()), v));
              }
            });
    if (!n.has(RULE_XML) && n.get("extra") instanceof ObjectNode extra) {
      Map<String, Object> fields = new LinkedHashMap<>();
      extra
          .fields()
          .forEachRemaining(
              e -> fields.put(e.getKey(), JSON.convertValue(e.getValue(), Object.class)));
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

  private static String text(Object v, String what) {
    if (!(v instanceof String s)) {
      throw new Dsm4j.UsageException(what + ": must be text");
    }
    return s;
  }

  private static void usage(String what, Runnable r) {
    try {
      r.run();
    } catch (IllegalArgumentException e) {
      throw new Dsm4j.UsageException(what + ": " + e.getMessage());
    }
  }

  /** A JSON value as text, boolean, number or list; null stays unset; objects are refused. */
  static Object value(JsonNode v, String what) {
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
        Object o = value(x, what);
        if (o instanceof List<?>) {
          throw new Dsm4j.UsageException(what + ": nested lists are not fields");
        }
        out.add(o);
      }
      return out;
    }
    throw new Dsm4j.UsageException(what + ": an object is not a field value");
  }
}
