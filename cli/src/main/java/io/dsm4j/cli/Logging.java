package io.dsm4j.cli;

import java.util.logging.Level;
import java.util.logging.LogManager;

/**
 * Quiet by default: SLF4J at WARN, JAX-WS's java.util.logging chatter off; {@code --debug} turns
 * both up. java.util.logging is configured only when a SOAP backend may run (setting it up costs
 * start-up time that a REST command need not pay).
 */
final class Logging {
  private static boolean julConfigured;

  private Logging() {}

  static void configure(boolean debug) {
    // slf4j-simple reads this when the first logger is made, which is after parsing.
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null || debug) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", debug ? "debug" : "warn");
    }
    if (debug) {
      configureJul(true);
    }
  }

  /** Before a SOAP backend is built: JAX-WS logs through java.util.logging. */
  static synchronized void configureJul(boolean debug) {
    if (julConfigured && !debug) {
      return;
    }
    julConfigured = true;
    LogManager.getLogManager().reset();
    java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
    root.setLevel(debug ? Level.INFO : Level.OFF);
    if (debug) {
      java.util.logging.ConsoleHandler h = new java.util.logging.ConsoleHandler();
      h.setLevel(Level.INFO);
      root.addHandler(h);
    }
  }
}
