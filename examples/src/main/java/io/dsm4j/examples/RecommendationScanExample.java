package io.dsm4j.examples;

import io.dsm4j.Manager;
import io.dsm4j.model.BulkResult;
import io.dsm4j.model.Computer;
import io.dsm4j.model.ComputerAction;
import io.dsm4j.model.Recommendations;
import io.dsm4j.model.RuleKind;
import java.io.PrintStream;
import java.util.List;

/** Run a recommendation scan on every computer and print the current results. */
public final class RecommendationScanExample {
  private RecommendationScanExample() {}

  /**
   * @param manager a manager
   * @param out where to print
   */
  public static void run(Manager manager, PrintStream out) {
    List<Integer> ids = manager.computers().list().stream().map(Computer::id).toList();
    BulkResult result = manager.computers().run(ComputerAction.SCAN_FOR_RECOMMENDATIONS, ids);
    out.println("scan requested for " + result.succeeded().size() + " computer(s)");
    result.failed().forEach((id, e) -> out.println("  computer " + id + ": " + e.getMessage()));
    for (int id : result.succeeded()) {
      Recommendations r = manager.computers().recommendations(id, RuleKind.INTRUSION_PREVENTION);
      out.println("  computer " + id + ": " + r.toAssign().size() + " rule(s) to assign");
    }
  }

  /**
   * @param args unused
   */
  public static void main(String[] args) {
    try (Manager manager = Manager.fromEnvironment().build()) {
      run(manager, System.out);
    }
  }
}
