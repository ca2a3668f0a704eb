package io.dsm4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The {@code /api} {@code searchFilter}: criteria are ANDed and evaluated against each object's
 * JSON representation, so field names are exactly the spec's property names (sub-objects via {@code
 * a/b}). Results are always in ID order. String and choice comparisons ignore case.
 */
final class Search {
  private Search() {}

  /** A criterion that cannot be evaluated; answered with HTTP 400. */
  static final class BadSearch extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadSearch(String message) {
      super(message);
    }
  }

  record Filter(int maxItems, List<Criterion> criteria) {}

  interface Criterion {
    /** Whether the test only needs the object ID (checked before rendering). */
    boolean idOnly();

    boolean test(int id, ObjectNode json);
  }

  static Filter parse(JsonNode body) {
    if (body == null || body.isNull() || body.isMissingNode()) {
      return new Filter(5000, List.of());
    }
    if (!body.isObject()) {
      throw new BadSearch("The search filter must be a JSON object.");
    }
    int max = 5000;
    JsonNode m = body.get("maxItems");
    if (m != null && !m.isNull()) {
      if (!m.isIntegralNumber() || m.asLong() < 0 || m.asLong() > Integer.MAX_VALUE) {
        throw new BadSearch("maxItems must be a non-negative integer.");
      }
      max = m.asInt();
    }
    JsonNode sort = body.get("sortByObjectID");
    if (sort != null && !sort.isNull() && !sort.isBoolean()) {
      throw new BadSearch("sortByObjectID must be a boolean.");
    }
    List<Criterion> out = new ArrayList<>();
    JsonNode crit = body.get("searchCriteria");
    if (crit != null && !crit.isNull()) {
      if (!crit.isArray()) {
        throw new BadSearch("searchCriteria must be an array.");
      }
      for (JsonNode c : crit) {
        out.add(criterion(c));
      }
    }
    return new Filter(max, out);
  }

  static <T> List<ObjectNode> run(
      Filter f, Iterable<T> items, Function<T, Integer> id, Function<T, ObjectNode> render) {
    return run(f, items, id, render, render);
  }

  /**
   * Like {@link #run(Filter, Iterable, Function, Function)}, with the criteria tested on another
   * rendering than the one answered (a DSM searches fields whatever {@code expand} shows).
   */
  static <T> List<ObjectNode> run(
      Filter f,
      Iterable<T> items,
      Function<T, Integer> id,
      Function<T, ObjectNode> tested,
      Function<T, ObjectNode> render) {
    List<ObjectNode> out = new ArrayList<>();
    if (f.maxItems() == 0) {
      return out;
    }
    outer:
    for (T item : items) {
      int i = id.apply(item);
      for (Criterion c : f.criteria()) {
        if (c.idOnly() && !c.test(i, null)) {
          continue outer;
        }
      }
      ObjectNode json = null;
      for (Criterion c : f.criteria()) {
        if (!c.idOnly()) {
          if (json == null) {
            json = tested.apply(item);
          }
          if (!c.test(i, json)) {
            continue outer;
          }
        }
      }
      out.add(json == null || tested != render ? render.apply(item) : json);
      if (out.size() >= f.maxItems()) {
        break;
      }
    }
    return out;
  }

  private static String text(JsonNode c, String field) {
    JsonNode n = c.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isValueNode()) {
      throw new BadSearch(field + " must be a scalar value.");
    }
    return n.asText();
  }

  private static boolean flag(JsonNode c, String field, boolean dflt) {
    JsonNode n = c.get(field);
    if (n == null || n.isNull()) {
      return dflt;
    }
    if (!n.isBoolean()) {
      throw new BadSearch(field + " must be a boolean.");
    }
    return n.booleanValue();
  }

  private static Double number(JsonNode c, String field) {
    JsonNode n = c.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isNumber()) {
      throw new BadSearch(field + " must be a number.");
    }
    return n.doubleValue();
  }

  private static boolean compare(String op, double actual, double expected) {
    int cmp = Double.compare(actual, expected);
    return switch (op) {
      case "less-than" -> cmp < 0;
      case "less-than-or-equal" -> cmp <= 0;
      case "equal" -> cmp == 0;
      case "greater-than-or-equal" -> cmp >= 0;
      case "greater-than" -> cmp > 0;
      case "not-equal" -> cmp != 0;
      default -> throw new BadSearch("Unknown comparison '" + op + "'.");
    };
  }

  private static void checkOp(String op) {
    compare(op, 0, 0);
  }

  static Criterion criterion(JsonNode c) {
    if (!c.isObject()) {
      throw new BadSearch("Each search criterion must be a JSON object.");
    }
    String field = text(c, "fieldName");
    if (c.hasNonNull("idTest") || c.hasNonNull("idValue")) {
      String op = text(c, "idTest") == null ? "equal" : text(c, "idTest");
      Double v = number(c, "idValue");
      if (v == null) {
        throw new BadSearch("idValue is required for an idTest.");
      }
      checkOp(op);
      return new Criterion() {
        @Override
        public boolean idOnly() {
          return true;
        }

        @Override
        public boolean test(int id, ObjectNode json) {
          return compare(op, id, v);
        }
      };
    }
    if (field == null || field.isBlank()) {
      throw new BadSearch("fieldName is required for all tests except idTest.");
    }
    if (c.hasNonNull("stringTest") || c.hasNonNull("stringValue")) {
      String op = text(c, "stringTest") == null ? "equal" : text(c, "stringTest");
      if (!op.equals("equal") && !op.equals("not-equal")) {
        throw new BadSearch("stringTest must be equal or not-equal.");
      }
      String value = text(c, "stringValue");
      if (value == null) {
        throw new BadSearch("stringValue is required for a stringTest.");
      }
      Pattern p = like(value, flag(c, "stringWildcards", true));
      boolean want = op.equals("equal");
      return fieldTest(
          field,
          n -> {
            if (n == null) {
              return !want;
            }
            boolean any = false;
            if (n.isArray()) {
              for (JsonNode e : n) {
                any |= p.matcher(e.asText()).matches();
              }
            } else {
              any = p.matcher(n.asText()).matches();
            }
            return any == want;
          });
    }
    if (c.hasNonNull("choiceTest") || c.hasNonNull("choiceValue")) {
      String op = text(c, "choiceTest") == null ? "equal" : text(c, "choiceTest");
      if (!op.equals("equal") && !op.equals("not-equal")) {
        throw new BadSearch("choiceTest must be equal or not-equal.");
      }
      String value = text(c, "choiceValue");
      if (value == null) {
        throw new BadSearch("choiceValue is required for a choiceTest.");
      }
      boolean want = op.equals("equal");
      return fieldTest(field, n -> (n != null && n.asText().equalsIgnoreCase(value)) == want);
    }
    if (c.hasNonNull("numericTest") || c.hasNonNull("numericValue")) {
      String op = text(c, "numericTest") == null ? "equal" : text(c, "numericTest");
      Double v = number(c, "numericValue");
      if (v == null) {
        throw new BadSearch("numericValue is required for a numericTest.");
      }
      checkOp(op);
      return fieldTest(
          field,
          n -> {
            if (n == null) {
              return false;
            }
            try {
              return compare(
                  op, n.isNumber() ? n.doubleValue() : Double.parseDouble(n.asText()), v);
            } catch (NumberFormatException e) {
              return false;
            }
          });
    }
    if (c.has("firstDateValue") || c.has("lastDateValue")) {
      Double from = number(c, "firstDateValue");
      Double to = number(c, "lastDateValue");
      boolean fromIn = flag(c, "firstDateInclusive", true);
      boolean toIn = flag(c, "lastDateInclusive", true);
      return fieldTest(
          field,
          n -> {
            if (n == null || !n.isNumber()) {
              return false;
            }
            double t = n.doubleValue();
            boolean lowOk = from == null || (fromIn ? t >= from : t > from);
            boolean highOk = to == null || (toIn ? t <= to : t < to);
            return lowOk && highOk;
          });
    }
    if (c.hasNonNull("nullTest")) {
      boolean wantNull = flag(c, "nullTest", true);
      return fieldTest(field, n -> (n == null) == wantNull);
    }
    if (c.hasNonNull("versionTest") || c.hasNonNull("versionValue")) {
      String op = text(c, "versionTest") == null ? "equal" : text(c, "versionTest");
      String value = text(c, "versionValue");
      if (value == null) {
        throw new BadSearch("versionValue is required for a versionTest.");
      }
      checkOp(op);
      return fieldTest(field, n -> n != null && compare(op, compareVersions(n.asText(), value), 0));
    }
    boolean want = flag(c, "booleanTest", true);
    return fieldTest(field, n -> n != null && n.isBoolean() && n.booleanValue() == want);
  }

  private static int compareVersions(String a, String b) {
    String[] x = a.split("[.\\-]");
    String[] y = b.split("[.\\-]");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      long p = i < x.length ? parseLong(x[i]) : 0;
      long q = i < y.length ? parseLong(y[i]) : 0;
      if (p != q) {
        return Long.compare(p, q);
      }
    }
    return 0;
  }

  private static long parseLong(String s) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static Criterion fieldTest(String path, java.util.function.Predicate<JsonNode> p) {
    String[] parts = path.split("/");
    return new Criterion() {
      @Override
      public boolean idOnly() {
        return false;
      }

      @Override
      public boolean test(int id, ObjectNode json) {
        JsonNode n = json;
        for (String part : parts) {
          n = n == null ? null : n.get(part);
        }
        if (parts.length == 1 && parts[0].equals("ID")) {
          n = json.get("ID");
        }
        return p.test(n == null || n.isNull() ? null : n);
      }
    };
  }

  /** SQL LIKE semantics: {@code %} any run, {@code _} one character, case-insensitive. */
  static Pattern like(String value, boolean wildcards) {
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      if (wildcards && ch == '%') {
        re.append(".*");
      } else if (wildcards && ch == '_') {
        re.append('.');
      } else {
        re.append(Pattern.quote(String.valueOf(ch)));
      }
    }
    return Pattern.compile(
        re.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL | Pattern.UNICODE_CASE);
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
