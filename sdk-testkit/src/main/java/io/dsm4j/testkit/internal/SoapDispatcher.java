package io.dsm4j.testkit.internal;

import io.dsm4j.testkit.internal.SoapFault.Kind;

/**
 * The SOAP {@code /webservice/Manager} front end (document/literal wrapped, Axis 1.4 shape): parses
 * the envelope, checks the session, and runs the operation of {@link Registry#operations()} while
 * holding the store lock.
 */
public final class SoapDispatcher {
  static final String URN = "urn:Manager";
  static final String SOAP_ENV = "http://schemas.xmlsoap.org/soap/envelope/";

  private final Store s;
  private final SoapOperations ops;
  private final java.util.Map<String, Long> delays = new java.util.concurrent.ConcurrentHashMap<>();

  public SoapDispatcher(Store s) {
    this.s = s;
    this.ops = Registry.operations();
  }

  /** Holds every later {@code operation} request this long before answering it (0 clears). */
  public void delay(String operation, java.time.Duration delay) {
    if (delay.isZero()) {
      delays.remove(operation);
    } else {
      delays.put(operation, delay.toMillis());
    }
  }

  public Reply handle(byte[] body) {
    XNode op;
    try {
      XNode env = XNode.parse(body);
      if (!env.name.equals("Envelope") || !env.namespace.equals(SOAP_ENV)) {
        return SoapFault.client("The request is not a SOAP 1.1 envelope.");
      }
      XNode b = env.child("Body");
      op = b == null || b.children.isEmpty() ? null : b.children.get(0);
      if (op == null) {
        return SoapFault.client("The SOAP body is empty.");
      }
    } catch (IllegalArgumentException e) {
      return SoapFault.client(e.getMessage());
    }
    s.countOperation("soap:" + op.name);
    try {
      SoapOperations.Handler h = op.namespace.equals(URN) ? ops.handler(op.name) : null;
      if (h == null) {
        throw SoapFault.notImplemented(op.name);
      }
      if (ops.needsSession(op.name)) {
        switch (s.sessions.touch(op.str("sID"))) {
          case UNKNOWN ->
              throw new SoapFault(Kind.AUTHENTICATION, "Invalid or unknown session ID.");
          case EXPIRED -> throw new SoapFault(Kind.TIMEOUT, "The session has timed out.");
          default -> {
            // valid session
          }
        }
      }
      Long delay = delays.get(op.name);
      if (delay != null) {
        // Outside the state lock, so other requests (endSession) are answered meanwhile; the
        // server's shutdown interrupts the wait.
        try {
          Thread.sleep(delay);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new SoapFault(Kind.MANAGER, "The simulator is shutting down.");
        }
      }
      // A tenant's session works in the tenant's own state.
      Store scoped = ops.needsSession(op.name) ? s.sessions.scope(op.str("sID")) : null;
      Store target = scoped != null ? scoped : s;
      String out;
      synchronized (target) {
        out = h.handle(target, op);
      }
      return Reply.of(200, SoapFault.XML, out);
    } catch (SoapFault f) {
      return f.reply();
    } catch (IllegalArgumentException e) {
      return new SoapFault(Kind.VALIDATION, e.getMessage()).reply();
    }
  }
}
