package io.dsm4j.cli;

import java.io.PrintStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * Writes data to stdout only: a table, or one JSON object per line. Every command's data goes
 * through here, so the CLI's conventions hold everywhere:
 *
 * <ul>
 *   <li>one spelling per value: enumerations as the options take them ({@code ips}, {@code
 *       critical}, {@code rest}, {@code not-applied}), times ISO-8601 UTC, the object's own ID as
 *       {@code id}, field names camelCase — the same names as table headers and JSON keys;
 *   <li>stable order: rows of objects with an {@code id} by ID, map entries by key, sets sorted;
 *   <li>a server's text is inert: control characters and escape sequences are shown escaped in
 *       tables ({@link Terminal#escape}) and escaped by the JSON writer.
 * </ul>
 */
final class Output {
  enum Format {
    TABLE,
    JSON
  }

  private static final int MAX_CELL = 60;
  private static final int MAX_VALUE = 120;

  /** Takes the tables a command prints instead of printing them ({@code --all-tenants}). */
  @FunctionalInterface
  interface TableSink {
    void table(String[] header, List<String[]> rows);
  }

  private final Format format;
  private final PrintStream out;
  private String tenant;
  private TableSink sink;

  Output(Format format, PrintStream out) {
    this.format = format;
    this.out = out;
  }

  /**
   * Output of one tenant's run under {@code --all-tenants}: JSON objects get a {@code tenant} key
   * first, tables go to {@code sink} (which merges them with a {@code tenant} column), text lines
   * get a {@code [tenant]} prefix. Null values leave the output as it is.
   */
  Output tagged(String tenant, TableSink sink) {
    this.tenant = tenant;
    this.sink = sink;
    return this;
  }

  Format format() {
    return format;
  }

  /** Prints records; {@code columns} names the components the table shows (JSON shows all). */
  void records(Collection<? extends Record> items, String... columns) {
    List<? extends Record> sorted = byId(items);
    if (format == Format.JSON) {
      sorted.forEach(this::json);
      return;
    }
    List<String[]> rows = new ArrayList<>();
    for (Record r : sorted) {
      String[] row = new String[columns.length];
      for (int i = 0; i < columns.length; i++) {
        row[i] = cell(component(r, columns[i]));
      }
      rows.add(row);
    }
    table(columns, rows);
  }

  void record(Record item, String... columns) {
    records(List.of(item), columns);
  }

  /** One JSON object (a record, map, collection or plain value) on its own line. */
  void json(Object value) {
    Object p = plain(value);
    if (tenant != null && p instanceof Map<?, ?> m) {
      Map<String, Object> tagged = new LinkedHashMap<>();
      tagged.put("tenant", tenant);
      m.forEach((k, v) -> tagged.putIfAbsent(String.valueOf(k), v));
      p = tagged;
    }
    StringBuilder sb = new StringBuilder(256);
    Json.write(p, sb);
    out.println(sb);
  }

  /**
   * Text that is data in itself (a script, an XML answer): line by line, each escaped as a table
   * cell is but keeping its tabs, so that nothing in it can act on the terminal; tagged with the
   * tenant when one is set.
   */
  void text(String text) {
    String tag = tenant == null ? "" : "[" + Terminal.escape(tenant) + "] ";
    text.lines().forEach(line -> out.println(tag + Terminal.escapeKeepingTabs(line)));
  }

  /** Key/value pairs: a two-column table or one JSON object (in the order given). */
  void properties(Map<String, ?> values) {
    if (format == Format.JSON) {
      json(values);
      return;
    }
    List<String[]> rows = new ArrayList<>();
    values.forEach((k, v) -> rows.add(new String[] {k, cell(v, MAX_VALUE)}));
    table(new String[] {"field", "value"}, rows);
  }

  /** Rows of maps: a table of the {@code header} keys, or one JSON object per row (all keys). */
  void rows(String[] header, List<? extends Map<String, ?>> rows) {
    if (format == Format.JSON) {
      rows.forEach(this::json);
      return;
    }
    List<String[]> cells = new ArrayList<>();
    for (Map<String, ?> r : rows) {
      String[] row = new String[header.length];
      for (int i = 0; i < header.length; i++) {
        row[i] = cell(r.get(header[i]));
      }
      cells.add(row);
    }
    table(header, cells);
  }

  void table(String[] header, List<String[]> rows) {
    if (sink != null) {
      sink.table(header, rows);
      return;
    }
    String[] head = new String[header.length];
    for (int i = 0; i < header.length; i++) {
      head[i] = Terminal.escape(header[i]);
    }
    List<String[]> safe = new ArrayList<>(rows.size());
    for (String[] row : rows) {
      String[] s = new String[row.length];
      for (int i = 0; i < row.length; i++) {
        // Callers may pass raw server text: escape it here too (escaping is idempotent).
        s[i] = Terminal.escape(row[i] == null ? "" : row[i]);
      }
      safe.add(s);
    }
    int[] width = new int[head.length];
    for (int i = 0; i < head.length; i++) {
      width[i] = head[i].length();
    }
    for (String[] row : safe) {
      for (int i = 0; i < row.length && i < width.length; i++) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    line(head, width);
    for (String[] row : safe) {
      line(row, width);
    }
  }

  private void line(String[] cells, int[] width) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        sb.append("  ");
      }
      sb.append(i == cells.length - 1 || i >= width.length ? cells[i] : pad(cells[i], width[i]));
    }
    out.println(sb.toString().stripTrailing());
  }

  private static String pad(String s, int w) {
    return s + " ".repeat(Math.max(0, w - s.length()));
  }

  private static Object component(Record r, String name) {
    for (RecordComponent c : r.getClass().getRecordComponents()) {
      if (c.getName().equals(name)) {
        return value(r, c);
      }
    }
    throw new IllegalArgumentException("no column " + name + " in " + r.getClass().getSimpleName());
  }

  private static Object value(Record r, RecordComponent c) {
    try {
      return c.getAccessor().invoke(r);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + c.getName(), e);
    }
  }

  /** One table cell: the CLI's spelling, whitespace collapsed, control characters escaped, cut. */
  static String cell(Object v) {
    return cell(v, MAX_CELL);
  }

  private static String cell(Object v, int max) {
    Object p = plain(v);
    String s;
    if (p == null) {
      s = "";
    } else if (p instanceof List<?> c) {
      s = String.join(",", c.stream().map(Output::cell).toList());
    } else if (p instanceof Map<?, ?> m) {
      List<String> parts = new ArrayList<>();
      m.forEach((k, x) -> parts.add(k + "=" + cell(x)));
      s = String.join(",", parts);
    } else {
      s = String.valueOf(p);
    }
    s = Terminal.escape(s.replaceAll("[ \\t\\n\\x0B\\f\\r]+", " "));
    return s.length() > max ? s.substring(0, max - 1) + "…" : s;
  }

  // ---------------------------------------------------------------- one spelling, stable order

  /**
   * How the CLI spells an enumeration value: lower case with hyphens, as the options take it, and
   * the two short names the options use ({@code ips}, {@code integrity}).
   */
  static String spelling(Enum<?> e) {
    String s = e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    return switch (s) {
      case "intrusion-prevention" -> "ips";
      case "integrity-monitoring" -> "integrity";
      default -> s;
    };
  }

  /**
   * The value as plain data: records become maps of their components (in declaration order), maps
   * are ordered by key, sets are sorted, enumerations spelled, times and paths strings.
   */
  static Object plain(Object v) {
    if (v == null || v instanceof String || v instanceof Boolean || v instanceof Number) {
      return v;
    }
    if (v instanceof Enum<?> e) {
      return spelling(e);
    }
    if (v instanceof Optional<?> o) {
      return plain(o.orElse(null));
    }
    if (v instanceof io.dsm4j.model.Fields f) {
      return plain(new java.util.LinkedHashMap<>(f.asMap())); // the manager's order
    }
    if (v instanceof Record r) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        m.put(c.getName(), plain(value(r, c)));
      }
      return m;
    }
    if (v instanceof Map<?, ?> map) {
      if (map instanceof LinkedHashMap<?, ?> || map instanceof java.util.SortedMap<?, ?>) {
        // An order the caller chose.
        Map<String, Object> m = new LinkedHashMap<>();
        map.forEach((k, x) -> m.put(key(k), plain(x)));
        return m;
      }
      Map<Object, Object> sorted = new TreeMap<>(Output::compareKeys);
      map.forEach((k, x) -> sorted.put(k, x));
      Map<String, Object> m = new LinkedHashMap<>();
      sorted.forEach((k, x) -> m.put(key(k), plain(x)));
      return m;
    }
    if (v instanceof Collection<?> c) {
      List<Object> list = new ArrayList<>(c.size());
      for (Object x : c) {
        list.add(plain(x));
      }
      if (c instanceof Set<?> && !(c instanceof SortedSet<?>) && !isOrdered(c)) {
        list.sort(Output::compareValues);
      }
      return list;
    }
    if (v instanceof Object[] a) {
      return plain(List.of(a));
    }
    if (v instanceof Throwable t) {
      return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
    // Instant, Duration, LocalDate, Path, URI, …: their ISO or textual form.
    return v.toString();
  }

  /** Orders rows of objects with an {@code id} component by it; other rows keep their order. */
  private static <T extends Record> List<T> byId(Collection<T> items) {
    List<T> list = new ArrayList<>(items);
    if (list.size() > 1) {
      RecordComponent id = idComponent(list.get(0));
      if (id != null) {
        list.sort(
            Comparator.comparingLong(
                r -> {
                  Object x = value(r, id);
                  return x instanceof Number n ? n.longValue() : Long.MAX_VALUE;
                }));
      }
    }
    return list;
  }

  private static RecordComponent idComponent(Record r) {
    for (RecordComponent c : r.getClass().getRecordComponents()) {
      Class<?> t = c.getType();
      if (c.getName().equals("id")
          && (t == int.class || t == long.class || t == Integer.class || t == Long.class)) {
        return c;
      }
    }
    return null;
  }

  private static boolean isOrdered(Collection<?> c) {
    return c instanceof java.util.LinkedHashSet<?>;
  }

  private static String key(Object k) {
    Object p = plain(k);
    return String.valueOf(p);
  }

  private static int compareKeys(Object a, Object b) {
    return compareValues(plain(a), plain(b));
  }

  private static int compareValues(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) {
      return Double.compare(x.doubleValue(), y.doubleValue());
    }
    return String.valueOf(a).compareTo(String.valueOf(b));
  }

  /** A small JSON writer for plain data (maps, lists, strings, numbers, booleans, null). */
  static final class Json {
    private Json() {}

    static void write(Object v, StringBuilder sb) {
      if (v == null) {
        sb.append("null");
      } else if (v instanceof String s) {
        string(s, sb);
      } else if (v instanceof Boolean) {
        sb.append(v);
      } else if (v instanceof Double d && (d.isNaN() || d.isInfinite())) {
        sb.append("null");
      } else if (v instanceof Float f && (f.isNaN() || f.isInfinite())) {
        sb.append("null");
      } else if (v instanceof Number) {
        sb.append(v);
      } else if (v instanceof Map<?, ?> m) {
        sb.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : m.entrySet()) {
          if (!first) {
            sb.append(',');
          }
          first = false;
          string(String.valueOf(e.getKey()), sb);
          sb.append(':');
          write(e.getValue(), sb);
        }
        sb.append('}');
      } else if (v instanceof List<?> l) {
        sb.append('[');
        for (int i = 0; i < l.size(); i++) {
          if (i > 0) {
            sb.append(',');
          }
          write(l.get(i), sb);
        }
        sb.append(']');
      } else {
        write(plain(v), sb);
      }
    }

    /**
     * A JSON string. Besides what JSON requires (quote, backslash, C0 controls), escapes DEL, the
     * C1 controls (a raw U+009B is an escape sequence on some terminals), the Unicode line
     * separators and the bidirectional overrides, so that a line never moves or hides text.
     */
    static void string(String s, StringBuilder sb) {
      sb.append('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '"' -> sb.append("\\\"");
          case '\\' -> sb.append("\\\\");
          case '\n' -> sb.append("\\n");
          case '\r' -> sb.append("\\r");
          case '\t' -> sb.append("\\t");
          default -> {
            if (Terminal.isUnsafe(c)) {
              sb.append(String.format("\\u%04x", (int) c));
            } else {
              sb.append(c);
            }
          }
        }
      }
      sb.append('"');
    }
  }
}
