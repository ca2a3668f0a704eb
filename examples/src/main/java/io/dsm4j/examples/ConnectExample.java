package io.dsm4j.examples;

import io.dsm4j.Manager;
import io.dsm4j.ManagerInfo;
import java.io.PrintStream;

/**
 * Connect and print what the manager is. Configure with DSM_URL plus DSM_API_KEY and/or
 * DSM_USERNAME/DSM_PASSWORD.
 */
public final class ConnectExample {
  private ConnectExample() {}

  /**
   * @param manager a manager
   * @param out where to print
   */
  public static void run(Manager manager, PrintStream out) {
    ManagerInfo info = manager.info();
    out.println("Deep Security Manager " + info.managerVersion() + " via " + info.backends());
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
