package io.dsm4j.automation.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dsm4j.automation.PolicyDocument;
import io.dsm4j.automation.PolicyDocument.CustomRule;
import io.dsm4j.automation.PolicyDocument.RuleRef;
import io.dsm4j.model.ModuleState;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.SecurityModule;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The JSON form of a {@link PolicyDocument}: enumerations spelled as the CLI spells them ({@code
 * ips}, {@code integrity}, {@code log-inspection}, {@code real-time}), fields in a fixed order,
 * null values left out. Reading is strict: unknown fields and duplicate keys are errors, so that a
 * typo is not silently ignored by an apply.
 */
public final class PolicyJson {
  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();
  private static final Set<String> TOP =
      Set.of(
          "format", "name", "description", "parent", "modules", "settings", "rules", "customRules");
  private static final Set<String> CUSTOM =
      Set.of(
          "kind",
          "name",
          "description",
          "severity",
          "detectOnly",
          "applicationType",
          "ruleXml",
          "fields");

  private PolicyJson() {}

  /**
   * The CLI's spelling of an enumeration value: lower case with hyphens, and the two short names
   * the CLI uses ({@code ips}, {@code integrity}).
   */
  public static String spell(Enum<?> e) {
    String s = e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    return switch (s) {
      case "intrusion-prevention" -> "ips";
      case "integrity-monitoring" -> "integrity";
      default -> s;
    };
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String text, String where) {
    String name =
        switch (text) {
          case "ips" -> "INTRUSION_PREVENTION";
          case "integrity" -> "INTEGRITY_MONITORING";
          default -> text.toUpperCase(Locale.ROOT).replace('-', '_');
        };
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": unknown value '" + text + "'", e);
    }
  }

  /** Writes a document. */
  public static String write(PolicyDocument d) {
    ObjectNode o = JSON.createObjectNode();
    o.put("format", PolicyDocument.FORMAT);
    o.put("name", d.name());
    o.put("description", d.description());
    if (d.parent() != null) {
      o.put("parent", d.parent());
    }
    ObjectNode modules = o.putObject("modules");
    d.modules().forEach((m, s) -> modules.put(spell(m), spell(s)));
    ObjectNode settings = o.putObject("settings");
    d.settings().forEach(settings::put);
    ObjectNode rules = o.putObject("rules");
    d.rules()
        .forEach(
            (k, refs) -> {
              ArrayNode a = rules.putArray(spell(k));
              refs.forEach(r -> a.add(ref(r)));
            });
    ArrayNode custom = o.putArray("customRules");
    for (CustomRule c : d.customRules()) {
      ObjectNode n = custom.addObject();
      n.put("kind", spell(c.kind()));
      n.put("name", c.name());
      n.put("description", c.description());
      if (c.severity() != null) {
        n.put("severity", c.severity());
      }
      if (c.detectOnly() != null) {
        n.put("detectOnly", c.detectOnly());
      }
      if (c.applicationType() != null) {
        n.set("applicationType", ref(c.applicationType()));
      }
      if (c.ruleXml() != null) {
        n.put("ruleXml", c.ruleXml());
      }
      if (!c.fields().isEmpty()) {
        n.set("fields", JSON.valueToTree(c.fields()));
      }
    }
    try {
      return JSON.writeValueAsString(o) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a policy document", e);
    }
  }

  private static ObjectNode ref(RuleRef r) {
    ObjectNode n = JSON.createObjectNode();
    if (r.identifier() != null) {
      n.put("identifier", r.identifier());
    } else {
      n.put("name", r.name());
    }
    return n;
  }

  /** Reads a document; the message of the exception says what is wrong and where. */
  public static PolicyDocument read(String text) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("a policy document is one JSON object");
    }
    known(root, TOP, "the document");
    String format = string(root, "format", "the document", true);
    if (!PolicyDocument.FORMAT.equals(format)) {
      throw new IllegalArgumentException(
          "format must be " + PolicyDocument.FORMAT + ", not '" + format + "'");
    }
    Map<SecurityModule, ModuleState> modules = new EnumMap<>(SecurityModule.class);
    object(root, "modules")
        .forEach(
            (k, v) ->
                modules.put(
                    parse(SecurityModule.class, k, "modules"),
                    parse(ModuleState.class, text(v, "modules." + k), "modules." + k)));
    Map<String, String> settings = new LinkedHashMap<>();
    object(root, "settings").forEach((k, v) -> settings.put(k, text(v, "settings." + k)));
    Map<RuleKind, List<RuleRef>> rules = new EnumMap<>(RuleKind.class);
    object(root, "rules")
        .forEach(
            (k, v) -> {
              if (!v.isArray()) {
                throw new IllegalArgumentException("rules." + k + " must be a list");
              }
              List<RuleRef> refs = new ArrayList<>();
              v.forEach(r -> refs.add(ref(r, "rules." + k)));
              rules.put(parse(RuleKind.class, k, "rules"), refs);
            });
    List<CustomRule> custom = new ArrayList<>();
    JsonNode c = root.get("customRules");
    if (c != null && !c.isNull()) {
      if (!c.isArray()) {
        throw new IllegalArgumentException("customRules must be a list");
      }
      int i = 0;
      for (JsonNode n : c) {
        String where = "customRules[" + i++ + "]";
        if (!n.isObject()) {
          throw new IllegalArgumentException(where + " must be an object");
        }
        known(n, CUSTOM, where);
        JsonNode d = n.get("detectOnly");
        JsonNode app = n.get("applicationType");
        custom.add(
            new CustomRule(
                parse(RuleKind.class, string(n, "kind", where, true), where + ".kind"),
                string(n, "name", where, true),
                string(n, "description", where, false),
                string(n, "severity", where, false),
                d == null || d.isNull() ? null : bool(d, where + ".detectOnly"),
                app == null || app.isNull() ? null : ref(app, where + ".applicationType"),
                string(n, "ruleXml", where, false),
                fields(n, where)));
      }
    }
    return new PolicyDocument(
        string(root, "name", "the document", true),
        string(root, "description", "the document", false),
        string(root, "parent", "the document", false),
        modules,
        settings,
        rules,
        custom);
  }

  /** A custom rule's other fields: text, numbers, booleans and lists of those. */
  private static Map<String, Object> fields(JsonNode rule, String where) {
    Map<String, Object> out = new LinkedHashMap<>();
    object(rule, "fields")
        .forEach(
            (k, v) -> {
              if (v.isObject() || (v.isArray() && hasContainer(v))) {
                throw new IllegalArgumentException(
                    where + ".fields." + k + " must be text, a number, a boolean or a list");
              }
              if (!v.isNull()) {
                out.put(k, JSON.convertValue(v, Object.class));
              }
            });
    return out;
  }

  private static boolean hasContainer(JsonNode array) {
    for (JsonNode x : array) {
      if (x.isContainerNode()) {
        return true;
      }
    }
    return false;
  }

  private static void known(JsonNode n, Set<String> fields, String where) {
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!fields.contains(f)) {
        throw new IllegalArgumentException(where + " has an unknown field '" + f + "'");
      }
    }
  }

  private static Map<String, JsonNode> object(JsonNode root, String field) {
    JsonNode n = root.get(field);
    Map<String, JsonNode> out = new LinkedHashMap<>();
    if (n == null || n.isNull()) {
      return out;
    }
    if (!n.isObject()) {
      throw new IllegalArgumentException(field + " must be an object");
    }
    n.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  private static RuleRef ref(JsonNode n, String where) {
    if (!n.isObject()) {
      throw new IllegalArgumentException(
          where + ": a rule is {\"identifier\": …} or {\"name\": …}");
    }
    known(n, Set.of("identifier", "name"), where);
    try {
      return new RuleRef(string(n, "identifier", where, false), string(n, "name", where, false));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }

  private static String string(JsonNode n, String field, String where, boolean required) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        throw new IllegalArgumentException(where + " needs '" + field + "'");
      }
      return null;
    }
    return text(v, where + "." + field);
  }

  private static String text(JsonNode v, String where) {
    if (!v.isTextual()) {
      throw new IllegalArgumentException(where + " must be text");
    }
    return v.textValue();
  }

  private static boolean bool(JsonNode v, String where) {
    if (!v.isBoolean()) {
      throw new IllegalArgumentException(where + " must be true or false");
    }
    return v.booleanValue();
  }
}
