package io.dsm4j.soap.internal;

import io.dsm4j.exception.DsmException;
import io.dsm4j.soap.internal.generated.Manager;
import io.dsm4j.spi.BackendConfig;
import io.dsm4j.spi.CallContext;
import io.dsm4j.spi.Secrets;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SOAP side of one connection: the generated service interface sent through dsm4j's own invoker
 * ({@link SoapInvoker}), the session, and the one place every SOAP request goes through: session
 * ID, fault translation, and signing in again whenever the session is gone.
 *
 * <p>The port is stateless and shared by threads; deadlines, size limits and the rate limit are per
 * request, in the transport.
 */
final class SoapClient {
  private static final Logger LOG = LoggerFactory.getLogger(SoapClient.class);
  static final String PATH = "/webservice/Manager";

  /** The longest {@link #close()} waits for the manager to end the session. */
  static final Duration CLOSE_BUDGET = Duration.ofSeconds(5);

  /**
   * Sign-ins one call may make when its session keeps expiring: far more than a call can need (a
   * session lasts minutes), few enough that a manager rejecting every fresh session is not
   * hammered.
   */
  static final int MAX_RENEWALS = 10;

  /** A call that carries the session ID. */
  @FunctionalInterface
  interface SessionCall<T> {
    T call(Manager port, String sid) throws Exception;
  }

  /** A call without a session (getApiVersion, getManagerTime). */
  @FunctionalInterface
  interface PlainCall<T> {
    T call(Manager port) throws Exception;
  }

  /** One port call. */
  @FunctionalInterface
  interface Attempt<T> {
    T run() throws Exception;
  }

  private final Manager port;
  private final SoapInvoker transport;
  private final SoapClient parent;
  private final String tenantName;
  private final Secrets secrets;
  private final Duration callTimeout;
  private final String username;
  private final char[] password;
  private final String tenant;
  private final String endpoint;
  private final Faults faults;

  private final ReentrantLock lock = new ReentrantLock();
  private volatile String sid;
  private volatile boolean closed;

  SoapClient(BackendConfig config) {
    if (config.username() == null || config.password() == null) {
      throw new IllegalArgumentException("the SOAP backend needs a username and password");
    }
    this.username = config.username();
    this.password = config.password();
    this.tenant = config.tenant();
    this.secrets = config.secrets() == null ? new Secrets() : config.secrets();
    this.secrets.add(password);
    this.callTimeout = config.callTimeout();
    this.endpoint = stripSlash(config.baseUrl().toString()) + PATH;
    this.faults = new Faults(secrets::redact);
    this.transport = new SoapInvoker(config, endpoint);
    this.parent = null;
    this.tenantName = null;
    this.port = transport.port();
  }

  /**
   * A client for one tenant of the primary tenant's {@code parent}: the same port and transport,
   * its own session, obtained with {@code signInAsTenant} on the parent's session (which the parent
   * renews as needed). Closing it ends its session only.
   */
  private SoapClient(SoapClient parent, String tenantName) {
    this.username = parent.username;
    this.password = parent.password;
    this.tenant = null;
    this.secrets = parent.secrets;
    this.callTimeout = parent.callTimeout;
    this.endpoint = parent.endpoint;
    this.faults = parent.faults;
    this.transport = parent.transport;
    this.port = parent.port;
    this.parent = parent;
    this.tenantName = tenantName;
  }

  /**
   * @param tenantName the tenant's exact name
   * @return a client signed in to that tenant through this one, on first use
   */
  SoapClient forTenant(String tenantName) {
    return new SoapClient(this, tenantName);
  }

  /** The invoker, for operations the generated interface does not have (the escape hatch). */
  SoapInvoker invoker() {
    return transport;
  }

  private static String stripSlash(String s) {
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  String endpoint() {
    return endpoint;
  }

  /**
   * Runs a call with the session ID; signs in first when needed, and again each time the manager
   * says the session is gone, as long as signing in succeeds and the call's deadline allows.
   */
  <T> T call(String op, boolean bulk, SessionCall<T> fn) {
    String s = session();
    for (int renewals = 0; ; renewals++) {
      String current = s;
      try {
        return send(bulk, () -> fn.call(port, current));
      } catch (Exception e) {
        Faults.Fault f = Faults.classify(e);
        if (f == null || !f.sessionGone() || renewals >= MAX_RENEWALS) {
          throw faults.map(e, op);
        }
        LOG.debug("{}: the session is no longer valid ({}); signing in again", op, f.name());
        s = renew(current);
      }
    }
  }

  /** Runs a call that takes no session ID. */
  <T> T plain(String op, PlainCall<T> fn) {
    try {
      return send(false, () -> fn.call(port));
    } catch (Exception e) {
      throw faults.map(e, op);
    }
  }

  private <T> T send(boolean bulk, Attempt<T> attempt) throws Exception {
    ensureOpen();
    return SoapInvoker.withBulk(bulk, attempt);
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("this SOAP connection is closed");
    }
  }

  /** The current session ID, signing in when there is none. */
  private String session() {
    String s = sid;
    if (s != null) {
      return s;
    }
    lock.lock();
    try {
      ensureOpen();
      if (sid == null) {
        sid = signIn();
      }
      return sid;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Replaces a session that the manager no longer knows. Only the first thread that reports a given
   * stale ID signs in; the others find a newer ID and use it.
   */
  private String renew(String stale) {
    lock.lock();
    try {
      ensureOpen();
      if (sid != null && !sid.equals(stale)) {
        return sid;
      }
      sid = null;
      sid = signIn();
      return sid;
    } finally {
      lock.unlock();
    }
  }

  /** Signs in; called with the lock held. */
  private String signIn() {
    if (parent != null) {
      return signInAsTenant();
    }
    String op = tenant == null ? "authenticate" : "authenticateTenant";
    try {
      String s =
          send(
              false,
              () ->
                  tenant == null
                      ? port.authenticate(username, new String(password))
                      : port.authenticateTenant(tenant, username, new String(password)));
      // Registered before anything else sees it: logs and errors never show a session ID.
      secrets.add(s);
      if (s == null || s.isBlank()) {
        throw new io.dsm4j.exception.AuthenticationException(
            "the manager returned no session ID", op, io.dsm4j.Backend.SOAP, 0, null, null);
      }
      LOG.debug("signed in to {} as {}{}", endpoint, username, tenant == null ? "" : " (tenant)");
      return s;
    } catch (Exception e) {
      throw faults.map(e, op);
    }
  }

  /** A tenant session from the parent's session; called with the lock held. */
  private String signInAsTenant() {
    String op = "signInAsTenant";
    String s = parent.call(op, false, (p, sid) -> p.signInAsTenant(tenantName, sid));
    secrets.add(s);
    if (s == null || s.isBlank()) {
      throw new io.dsm4j.exception.AuthenticationException(
          "the manager returned no tenant session ID", op, io.dsm4j.Backend.SOAP, 0, null, null);
    }
    LOG.debug("signed in to tenant {} at {}", tenantName, endpoint);
    return s;
  }

  /**
   * Ends the session if one was opened, within {@link #CLOSE_BUDGET} (so a shutdown hook cannot
   * hang); never throws; later calls fail.
   */
  void close() {
    String s;
    lock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      s = sid;
      sid = null;
    } finally {
      lock.unlock();
    }
    try {
      if (s != null) {
        endSession(s);
      }
    } finally {
      if (parent == null) {
        transport.close(); // a tenant's client shares its parent's transport
      }
    }
  }

  private void endSession(String s) {
    Duration budget = callTimeout.compareTo(CLOSE_BUDGET) < 0 ? callTimeout : CLOSE_BUDGET;
    try {
      CallContext.open("endSession", budget, false)
          .run(
              () -> {
                try {
                  SoapInvoker.withBulk(
                      false,
                      () -> {
                        port.endSession(s);
                        return null;
                      });
                  return null;
                } catch (Exception e) {
                  throw new IllegalStateException(faults.mapQuietly(e), e);
                }
              });
      LOG.debug("ended the session at {}", endpoint);
    } catch (RuntimeException e) {
      // A failed logout only leaves a session to time out; close() must not throw.
      String why = e instanceof DsmException d ? d.getMessage() : e.getMessage();
      LOG.debug("ending the session at {} failed: {}", endpoint, secrets.redact(why));
    }
  }

  /** The connection's secrets: secrets sent in a body are registered here before sending. */
  Secrets secrets() {
    return secrets;
  }

  /** Removes the password and every session ID from text that may echo them. */
  String redact(String text) {
    return secrets.redact(text);
  }

  @Override
  public String toString() {
    return "SoapClient["
        + endpoint
        + ", user="
        + username
        + (tenantName == null ? "" : ", tenant=" + tenantName)
        + ", session="
        + (sid != null)
        + "]";
  }
}
