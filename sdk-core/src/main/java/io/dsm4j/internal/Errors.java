package io.dsm4j.internal;

import io.dsm4j.Backend;
import io.dsm4j.exception.AuthenticationException;
import io.dsm4j.exception.AuthorizationException;
import io.dsm4j.exception.ConflictException;
import io.dsm4j.exception.ConnectionException;
import io.dsm4j.exception.DsmException;
import io.dsm4j.exception.DsmTimeoutException;
import io.dsm4j.exception.InvalidRequestException;
import io.dsm4j.exception.NotFoundException;
import io.dsm4j.exception.ServerException;
import io.dsm4j.exception.ThrottledException;
import io.dsm4j.exception.UnsupportedCapabilityException;
import io.dsm4j.spi.Secrets;

/** Re-labels a backend's error with the SDK operation, keeping its type, status and cause. */
final class Errors {
  private Errors() {}

  static DsmException withOperation(DsmException e, String sdkOperation) {
    if (e.operation() != null && e.operation().startsWith(sdkOperation)) {
      return e;
    }
    String op = e.operation() == null ? sdkOperation : sdkOperation + " (" + e.operation() + ")";
    Throwable c = e.getCause() != null ? e.getCause() : e;
    DsmException copy = copy(e, e.detail(), op, c);
    if (copy == null) {
      return e; // a subclass we do not know: keep it as it is rather than lose its type
    }
    if (c != e) {
      copy.addSuppressed(e);
    }
    return copy;
  }

  /**
   * Removes every secret from an exception that is about to leave the manager: its message, and
   * every throwable in its cause chain and suppressed lists (a library's exception that quotes a
   * secret is replaced by a {@link RedactedException} with the same class name, redacted message
   * and stack trace).
   */
  static DsmException redact(DsmException e, Secrets secrets) {
    if (secrets.isEmpty()
        || !leaks(
            e, secrets, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()))) {
      return e;
    }
    Throwable cause = scrub(e.getCause(), secrets, new java.util.IdentityHashMap<>());
    DsmException copy = copy(e, secrets.redact(e.detail()), secrets.redact(e.operation()), cause);
    if (copy == null) {
      copy =
          new DsmException(
              secrets.redact(e.detail()),
              secrets.redact(e.operation()),
              e.backend(),
              e.httpStatus(),
              e.fault(),
              cause);
    }
    copy.setStackTrace(e.getStackTrace());
    for (Throwable s : e.getSuppressed()) {
      copy.addSuppressed(scrub(s, secrets, new java.util.IdentityHashMap<>()));
    }
    return copy;
  }

  private static boolean leaks(Throwable t, Secrets secrets, java.util.Set<Throwable> seen) {
    if (t == null || !seen.add(t)) {
      return false;
    }
    if (secrets.containsSecret(t.getMessage()) || secrets.containsSecret(t.toString())) {
      return true;
    }
    for (Throwable s : t.getSuppressed()) {
      if (leaks(s, secrets, seen)) {
        return true;
      }
    }
    return leaks(t.getCause(), secrets, seen);
  }

  private static Throwable scrub(
      Throwable t, Secrets secrets, java.util.Map<Throwable, Throwable> done) {
    if (t == null) {
      return null;
    }
    Throwable already = done.get(t);
    if (already != null) {
      return already;
    }
    if (!leaks(
        t, secrets, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()))) {
      done.put(t, t);
      return t;
    }
    Throwable copy;
    if (t instanceof DsmException d) {
      copy = redact(d, secrets);
    } else {
      copy =
          new RedactedException(
              t.getClass().getName(),
              secrets.redact(t.getMessage()),
              scrub(t.getCause(), secrets, done));
      copy.setStackTrace(t.getStackTrace());
      for (Throwable s : t.getSuppressed()) {
        copy.addSuppressed(scrub(s, secrets, done));
      }
    }
    done.put(t, copy);
    return copy;
  }

  /** A copy of {@code e} of the same type, or null for a subclass this class does not know. */
  private static DsmException copy(DsmException e, String d, String op, Throwable c) {
    Backend b = e.backend();
    int s = e.httpStatus();
    String f = e.fault();
    DsmException copy;
    if (e instanceof UnsupportedCapabilityException) {
      copy = new UnsupportedCapabilityException(d, op, b);
    } else if (e instanceof AuthenticationException) {
      copy = new AuthenticationException(d, op, b, s, f, c);
    } else if (e instanceof AuthorizationException) {
      copy = new AuthorizationException(d, op, b, s, f, c);
    } else if (e instanceof NotFoundException) {
      copy = new NotFoundException(d, op, b, s, f, c);
    } else if (e instanceof ConflictException) {
      copy = new ConflictException(d, op, b, s, f, c);
    } else if (e instanceof InvalidRequestException) {
      copy = new InvalidRequestException(d, op, b, s, f, c);
    } else if (e instanceof ThrottledException) {
      copy = new ThrottledException(d, op, b, s, f, c);
    } else if (e instanceof io.dsm4j.exception.ResponseRejectedException) {
      copy = new io.dsm4j.exception.ResponseRejectedException(d, op, b, s, c);
    } else if (e instanceof io.dsm4j.exception.TlsVerificationException) {
      copy = new io.dsm4j.exception.TlsVerificationException(d, op, b, c);
    } else if (e instanceof DsmTimeoutException) {
      copy = new DsmTimeoutException(d, op, b, s, f, c);
    } else if (e instanceof ConnectionException) {
      copy = new ConnectionException(d, op, b, s, f, c);
    } else if (e instanceof ServerException) {
      copy = new ServerException(d, op, b, s, f, c);
    } else if (e.getClass() == DsmException.class) {
      copy = new DsmException(d, op, b, s, f, c);
    } else {
      return null;
    }
    return copy;
  }

  static boolean retryable(DsmException e, boolean read) {
    if (e instanceof ThrottledException) {
      return true; // the manager refused it without processing it
    }
    if (!read
        || e instanceof io.dsm4j.exception.TlsVerificationException
        || e instanceof io.dsm4j.exception.ResponseRejectedException) {
      return false; // a write may have been processed; a refusal would only repeat
    }
    // SOAP faults (fault != null) are answers, not transient failures: never retried.
    return e instanceof ConnectionException
        || (e instanceof ServerException && e.fault() == null && e.httpStatus() >= 500);
  }
}
