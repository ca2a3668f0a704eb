package io.dsm4j.cli;

import java.util.logging.Level;
import java.util.logging.LogManager;

/** Quiet by default: SLF4J at WARN, JAX-WS's java.util.logging chatter off; --debug turns up. */
final class Logging {
  private Logging() {}

  static void configure(boolean debug) {
    // slf4j-simple reads this when the first logger is made, which is after parsing.
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null || debug) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", debug ? "debug" : "warn");
    }
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
