package io.dsm4j.examples;

import io.dsm4j.Manager;
import io.dsm4j.model.Policy;
import java.io.PrintStream;

/** List every policy with its parent. */
public final class ListPoliciesExample {
  private ListPoliciesExample() {}

  /**
   * @param manager a manager
   * @param out where to print
   */
  public static void run(Manager manager, PrintStream out) {
    for (Policy p : manager.policies().list()) {
      out.printf("%5d %-30s parent=%s%n", p.id(), p.name(), p.parentId());
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
