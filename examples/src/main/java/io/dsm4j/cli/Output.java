package io.dsm4j.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.PrintStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes data to stdout only: a table, or one JSON object per line whose fields are the model's
 * (camelCase, the object's own ID as {@code id}, times as ISO-8601 UTC).
 */
final class Output {
  enum Format {
    TABLE,
    JSON
  }

  private static final int MAX_CELL = 60;

  private final Format format;
  private final PrintStream out;
  private final ObjectMapper json =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  Output(Format format, PrintStream out) {
    this.format = format;
    this.out = out;
  }

  Format format() {
    return format;
  }

  /** Prints records; {@code columns} names the components the table shows (JSON shows all). */
  void records(Collection<? extends Record> items, String... columns) {
    if (format == Format.JSON) {
      items.forEach(this::json);
      return;
    }
    List<String[]> rows = new ArrayList<>();
    for (Record r : items) {
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

  /** One JSON object (any value Jackson can write) on its own line. */
  void json(Object value) {
    try {
      out.println(json.writeValueAsString(value));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Key/value pairs: a two-column table or one JSON object. */
  void properties(Map<String, ?> values) {
    if (format == Format.JSON) {
      json(values);
      return;
    }
    List<String[]> rows = new ArrayList<>();
    values.forEach((k, v) -> rows.add(new String[] {k, cell(v)}));
    table(new String[] {"field", "value"}, rows);
  }

  void table(String[] header, List<String[]> rows) {
    int[] width = new int[header.length];
    for (int i = 0; i < header.length; i++) {
      width[i] = header[i].length();
    }
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    line(header, width);
    for (String[] row : rows) {
      line(row, width);
    }
  }

  private void line(String[] cells, int[] width) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        sb.append("  ");
      }
      sb.append(i == cells.length - 1 ? cells[i] : pad(cells[i], width[i]));
    }
    out.println(sb.toString().stripTrailing());
  }

  private static String pad(String s, int w) {
    return s + " ".repeat(Math.max(0, w - s.length()));
  }

  private static Object component(Record r, String name) {
    for (RecordComponent c : r.getClass().getRecordComponents()) {
      if (c.getName().equals(name)) {
        try {
          return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    throw new IllegalArgumentException("no column " + name + " in " + r.getClass().getSimpleName());
  }

  static String cell(Object v) {
    String s;
    if (v == null) {
      s = "";
    } else if (v instanceof Collection<?> c) {
      s = String.join(",", c.stream().map(String::valueOf).toList());
    } else {
      s = String.valueOf(v);
    }
    s = s.replaceAll("\\s+", " ");
    return s.length() > MAX_CELL ? s.substring(0, MAX_CELL - 1) + "…" : s;
  }
}
