package io.dsm4j.cli;

import io.dsm4j.model.BulkResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a command on several computers reports: a row per computer on stdout ({@code id}, {@code
 * result}, {@code error}), a line on stderr per computer that failed, and the exit code: 0 all
 * done, 3 some failed, 1 all failed.
 */
final class BulkReport {
  static final String[] COLUMNS = {"id", "result", "error"};

  private final List<Map<String, Object>> rows = new ArrayList<>();
  private final Map<Integer, String> failures = new TreeMap<>();

  /** Adds a computer that succeeded, with what happened ({@code requested}, {@code deleted}…). */
  void ok(int id, String result) {
    rows.add(row(id, result, ""));
  }

  /** Adds a computer that failed (or, with {@code --wait}, timed out). */
  void failed(int id, String result, String why) {
    rows.add(row(id, result, why));
    failures.put(id, "computer " + id + ": " + why);
  }

  /** Adds the results of a bulk call. */
  BulkReport add(BulkResult r, String done) {
    r.succeeded().forEach(id -> ok(id, done));
    r.failed().forEach((id, e) -> failed(id, "failed", e.getMessage()));
    return this;
  }

  /** Prints the rows and the failure lines; returns the exit code. */
  int print(Base command, Output out) {
    rows.sort(Comparator.comparingInt(x -> (Integer) x.get("id")));
    out.rows(COLUMNS, rows);
    String name = command.spec.qualifiedName().replaceFirst("^dsm4j ", "");
    failures.values().forEach(f -> command.root().failureLine(name + ": " + Terminal.escape(f)));
    if (failures.isEmpty()) {
      return 0;
    }
    return failures.size() == rows.size() ? Dsm4j.FAILURE : Dsm4j.PARTIAL;
  }

  private static Map<String, Object> row(int id, String result, String error) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", id);
    row.put("result", result);
    row.put("error", error);
    return row;
  }
}
