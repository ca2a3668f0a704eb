package io.dsm4j.testkit.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The SOAP operation table: operation name to handler, and whether it needs a session. Resources
 * declare their operations here; {@link SoapDispatcher} serves exactly these, and {@link #names()}
 * lists them.
 */
final class SoapOperations {
  /** Answers one operation with a whole response envelope (see {@link SoapOut}). */
  @FunctionalInterface
  interface Handler {
    String handle(Store s, XNode request);
  }

  private record Op(Handler handler, boolean needsSession) {}

  private final Map<String, Op> ops = new LinkedHashMap<>();

  /** An operation that needs a valid {@code sID}. */
  void op(String name, Handler h) {
    add(name, new Op(h, true));
  }

  /** An operation served without a session check (sign-in, version, time, endSession). */
  void open(String name, Handler h) {
    add(name, new Op(h, false));
  }

  private void add(String name, Op op) {
    if (ops.put(name, op) != null) {
      throw new IllegalStateException("SOAP operation " + name + " is declared twice");
    }
  }

  /** The handler, or null for an operation the simulator does not serve. */
  Handler handler(String name) {
    Op op = ops.get(name);
    return op == null ? null : op.handler();
  }

  boolean needsSession(String name) {
    Op op = ops.get(name);
    return op != null && op.needsSession();
  }

  TreeSet<String> names() {
    return new TreeSet<>(ops.keySet());
  }
}
