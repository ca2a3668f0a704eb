package io.dsm4j.kafka.connect.internal;

import io.dsm4j.exception.AuthenticationException;
import io.dsm4j.exception.AuthorizationException;
import io.dsm4j.exception.DsmException;
import io.dsm4j.exception.InvalidRequestException;
import io.dsm4j.exception.NotFoundException;
import io.dsm4j.exception.TlsVerificationException;
import io.dsm4j.exception.UnsupportedCapabilityException;

/**
 * What a failure means for a stream: wait and try again, or stop the task. Credentials, rights, TLS
 * trust, a tenant that does not exist, a manager without events: nothing a retry changes.
 * Everything else the manager or the network does (too many sessions, an expired session, a
 * timeout, a server error, a refused connection, a suspended tenant) passes.
 */
enum Failures {
  /** Wait (doubling) and run again; the session is kept. */
  TRANSIENT,
  /** Wait and run again with a new sign-in (the session was refused or has expired). */
  SESSION,
  /** Stop the task with a clear message. */
  FATAL;

  static final String MAX_SESSIONS = "ManagerMaxSessionsException";
  static final String SESSION_TIMEOUT = "ManagerTimeoutException";

  static Failures classify(RuntimeException e) {
    if (e instanceof AuthenticationException a) {
      return MAX_SESSIONS.equals(a.fault()) || SESSION_TIMEOUT.equals(a.fault()) ? SESSION : FATAL;
    }
    if (e instanceof AuthorizationException
        || e instanceof TlsVerificationException
        || e instanceof UnsupportedCapabilityException
        || e instanceof NotFoundException) {
      return FATAL;
    }
    if (e instanceof InvalidRequestException) {
      // asTenant on a tenant that is not active (suspended, being created): it may come back.
      return "asTenant".equals(((DsmException) e).operation()) ? SESSION : FATAL;
    }
    if (e instanceof DsmException) {
      return TRANSIENT;
    }
    return FATAL; // not the manager's doing: a defect, never hidden behind retries
  }

  /** The message that stops the task: what failed, where, and what to check. */
  static String fatalMessage(RuntimeException e, SourceConfig c, StreamId s) {
    String who =
        s.account()
            ? "user '" + c.username() + "'"
            : "tenant '" + s.tenant() + "' (signed in to as user '" + c.username() + "')";
    String what =
        e instanceof AuthenticationException
            ? "the manager refused the credentials of "
                + who
                + ": check dsm.username and"
                + " dsm.password"
            : e instanceof AuthorizationException
                ? "the manager refused " + who + " the right to read events"
                : e instanceof TlsVerificationException
                    ? "the manager's TLS certificate is not trusted: set dsm.tls.trusted.certificate"
                        + " or dsm.tls.pinned.sha256"
                    : e instanceof NotFoundException && !s.account()
                        ? "there is no tenant '" + s.tenant() + "' (dsm.tenants)"
                        : "reading " + s.kindName() + " events of " + who + " failed";
    String detail = e instanceof DsmException d ? d.getMessage() : e.toString();
    return what + " at " + c.url() + " (" + detail + ")";
  }
}
