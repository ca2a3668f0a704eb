package io.dsm4j.examples;

import io.dsm4j.Manager;
import io.dsm4j.Page;
import io.dsm4j.model.Rule;
import java.io.PrintStream;

/** Page through the intrusion prevention catalog; each page is one request. */
public final class PageThroughRulesExample {
  private PageThroughRulesExample() {}

  /**
   * @param manager a manager
   * @param out where to print
   */
  public static void run(Manager manager, PrintStream out) {
    int pages = 0;
    int rules = 0;
    for (Page<Rule> page : manager.rules().intrusionPrevention().list().byPage()) {
      pages++;
      rules += page.items().size();
    }
    out.println(rules + " intrusion prevention rules in " + pages + " page(s)");
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
