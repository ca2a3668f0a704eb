package io.dsm4j.exception;

import io.dsm4j.Backend;
import org.jspecify.annotations.Nullable;

/**
 * The root of every error dsm4j raises about a manager call. Unchecked, so it works in streams and
 * lambdas. Each carries the operation (e.g. {@code policies.get}), the backend, and the HTTP status
 * or SOAP fault where the manager answered; the cause is always kept. Messages never contain
 * secrets (API keys, passwords, session IDs), and are always one printable line: a manager's text
 * in them has its control characters escaped (see {@link #oneLine(String)}).
 *
 * <pre>{@code
 * try {
 *   manager.policies().get(42);
 * } catch (NotFoundException e) {
 *   ...
 * } catch (DsmException e) {
 *   log.warn("{} failed: {} (status {})", e.operation(), e.getMessage(), e.httpStatus());
 * }
 * }</pre>
 */
public class DsmException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The SDK operation, possibly with the wire operation in parentheses. */
  private final String operation;

  private final transient Backend backend;

  /** The HTTP status, or 0. */
  private final int httpStatus;

  /** The SOAP fault's exception name, or null. */
  private final String fault;

  /** The description without the operation prefix. */
  private final String detail;

  /**
   * @param detail what went wrong, in words (no secrets)
   * @param operation the SDK operation, e.g. {@code policies.get}
   * @param backend the backend that failed, or null before any call
   * @param httpStatus the HTTP status, or 0 when none
   * @param fault the SOAP fault name (e.g. {@code ManagerValidationException}), or null
   * @param cause the cause, or null
   */
  public DsmException(
      String detail,
      String operation,
      @Nullable Backend backend,
      int httpStatus,
      @Nullable String fault,
      @Nullable Throwable cause) {
    super(format(oneLine(detail), operation, backend, httpStatus, fault), cause);
    this.detail = detail == null ? "" : oneLine(detail);
    this.operation = operation;
    this.backend = backend;
    this.httpStatus = httpStatus;
    this.fault = fault;
  }

  /** The longest detail kept; a server's error page is not a message. */
  static final int MAX_DETAIL = 2000;

  /**
   * Makes untrusted text safe for one line of a terminal or log: line breaks become a backslash and
   * {@code n}, other control characters (escape sequences included) a backslash-u escape, and it is
   * cut at {@link #MAX_DETAIL} characters.
   *
   * @param text the text, or null
   * @return one printable line, or null
   */
  public static @Nullable String oneLine(@Nullable String text) {
    if (text == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder(Math.min(text.length(), MAX_DETAIL + 16));
    for (int i = 0; i < text.length() && sb.length() < MAX_DETAIL; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c == '\t') {
        sb.append(' ');
      } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    if (sb.length() >= MAX_DETAIL && text.length() > MAX_DETAIL) {
      sb.append("… (cut)");
    }
    return sb.toString();
  }

  private static String format(
      String detail, String operation, Backend backend, int status, String fault) {
    StringBuilder sb = new StringBuilder();
    sb.append(operation == null ? "dsm4j" : operation);
    StringBuilder ctx = new StringBuilder();
    if (backend != null) {
      ctx.append(backend);
    }
    if (status > 0) {
      ctx.append(ctx.length() > 0 ? ", " : "").append("HTTP ").append(status);
    }
    if (fault != null) {
      ctx.append(ctx.length() > 0 ? ", " : "").append(fault);
    }
    if (ctx.length() > 0) {
      sb.append(" [").append(ctx).append(']');
    }
    sb.append(": ").append(detail == null || detail.isBlank() ? "failed" : detail);
    return sb.toString();
  }

  /**
   * @return the SDK operation that failed, e.g. {@code policies.get}
   */
  public String operation() {
    return operation;
  }

  /**
   * @return the backend that failed, or null when the call never reached one
   */
  public @Nullable Backend backend() {
    return backend;
  }

  /**
   * @return the HTTP status, or 0 when there was none
   */
  public int httpStatus() {
    return httpStatus;
  }

  /**
   * @return the SOAP fault's exception name, or null
   */
  public @Nullable String fault() {
    return fault;
  }

  /**
   * @return the manager's (or dsm4j's) description, without the operation prefix
   */
  public String detail() {
    return detail;
  }
}
