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

/** Re-labels a backend's error with the SDK operation, keeping its type, status and cause. */
final class Errors {
  private Errors() {}

  static DsmException withOperation(DsmException e, String sdkOperation) {
    if (e.operation() != null && e.operation().startsWith(sdkOperation)) {
      return e;
    }
    String op = e.operation() == null ? sdkOperation : sdkOperation + " (" + e.operation() + ")";
    String d = e.detail();
    Backend b = e.backend();
    int s = e.httpStatus();
    String f = e.fault();
    Throwable c = e.getCause() != null ? e.getCause() : e;
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
    } else if (e instanceof DsmTimeoutException) {
      copy = new DsmTimeoutException(d, op, b, s, f, c);
    } else if (e instanceof ConnectionException) {
      copy = new ConnectionException(d, op, b, s, f, c);
    } else if (e instanceof ServerException) {
      copy = new ServerException(d, op, b, s, f, c);
    } else if (e.getClass() == DsmException.class) {
      copy = new DsmException(d, op, b, s, f, c);
    } else {
      return e; // a subclass we do not know: keep it as it is rather than lose its type
    }
    if (c != e) {
      copy.addSuppressed(e);
    }
    return copy;
  }

  static boolean retryable(DsmException e, boolean read) {
    if (e instanceof ThrottledException) {
      return true; // the manager refused it without processing it
    }
    if (!read) {
      return false;
    }
    // SOAP faults (fault != null) are answers, not transient failures: never retried.
    return e instanceof ConnectionException
        || (e instanceof ServerException && e.fault() == null && e.httpStatus() >= 500);
  }
}
