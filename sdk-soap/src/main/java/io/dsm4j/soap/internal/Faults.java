package io.dsm4j.soap.internal;

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
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import javax.xml.stream.XMLStreamException;

/**
 * The one translator from what a SOAP call throws to dsm4j's exceptions.
 *
 * <p>A SOAP fault is classified by, in order: the declared detail element ({@code fault} ... {@code
 * fault9} in {@code urn:Manager}), Axis's {@code detail/exceptionName} (a class name, qualified or
 * not), then an exception name inside the fault string. The manager's fault string becomes the
 * detail, the exception name {@link DsmException#fault()}, the status 500.
 */
final class Faults {
  static final String NS = "urn:Manager";

  /** Detail element → exception name, from the WSDL's fault elements. */
  private static final Map<String, String> ELEMENTS =
      Map.of(
          "fault", "ManagerException",
          "fault1", "ManagerLockoutException",
          "fault2", "ManagerAuthenticationException",
          "fault3", "ManagerMaxSessionsException",
          "fault4", "ManagerSecurityException",
          "fault5", "ManagerCommunicationException",
          "fault6", "ManagerTimeoutException",
          "fault7", "ManagerValidationException",
          "fault8", "ManagerAuthorizationException",
          "fault9", "ManagerIntegrityConstraintException");

  private static final Set<String> KNOWN = Set.copyOf(ELEMENTS.values());

  private static final Pattern NAME_IN_TEXT = Pattern.compile("\\b(Manager[A-Za-z]*Exception)\\b");

  /** Fault strings that clearly say the object asked for does not exist. */
  private static final Pattern NOT_FOUND =
      Pattern.compile(
          "(?i)(does not exist|doesn't exist|not found|no such|could not find|cannot find"
              + "|can't find|unable to find|unknown (id|identifier)|invalid id\\b)");

  private static final Pattern HTTP_STATUS = Pattern.compile("HTTP status code (\\d{3})");

  /** What a SOAP fault said. */
  record Fault(String name, String text) {
    /** Whether the session is gone (expired or unknown), so signing in again may help. */
    boolean sessionGone() {
      return "ManagerTimeoutException".equals(name)
          || "ManagerAuthenticationException".equals(name);
    }
  }

  private final UnaryOperator<String> redact;

  /**
   * @param redact removes secrets (session ID, password) from text the manager sent
   */
  Faults(UnaryOperator<String> redact) {
    this.redact = redact;
  }

  /**
   * @return the fault, or null when the throwable is not a SOAP fault
   */
  static Fault classify(Throwable t) {
    if (t instanceof ReceivedFault f) {
      return classify(f.code(), f.text(), f.detail(), f.exceptionName());
    }
    return null;
  }

  /**
   * Names a fault by, in order: the declared detail element, Axis's {@code exceptionName}, an
   * exception name in the fault string, the fault code.
   */
  static Fault classify(
      String code,
      String text,
      java.util.List<javax.xml.namespace.QName> detail,
      String exception) {
    String byElement = null;
    for (javax.xml.namespace.QName q : detail) {
      if (NS.equals(q.getNamespaceURI()) && ELEMENTS.containsKey(q.getLocalPart())) {
        byElement = ELEMENTS.get(q.getLocalPart());
        break;
      }
    }
    String byExceptionName = simpleName(exception);
    String name = byElement;
    // The base element says little; a more specific class name from Axis wins over it.
    if ((name == null || name.equals("ManagerException"))
        && byExceptionName != null
        && KNOWN.contains(byExceptionName)) {
      name = byExceptionName;
    }
    if (name == null && text != null) {
      Matcher m = NAME_IN_TEXT.matcher(text);
      while (m.find()) {
        if (KNOWN.contains(m.group(1))) {
          name = m.group(1);
          break;
        }
      }
    }
    if (name == null) {
      name = byExceptionName; // unknown class names are still better than nothing
    }
    if (name == null && code != null) {
      name = "SOAP fault " + code;
    }
    return new Fault(name == null ? "SOAP fault" : name, text);
  }

  /** {@code com.x.ManagerTimeoutException} or {@code a.B$ManagerTimeoutException} → simple name. */
  static String simpleName(String className) {
    if (className == null) {
      return null;
    }
    String s = className.trim();
    int i = Math.max(s.lastIndexOf('.'), s.lastIndexOf('$'));
    s = s.substring(i + 1);
    return s.isEmpty() ? null : s;
  }

  /** The dsm4j exception for a fault; the text is already redacted. */
  static DsmException toException(Fault f, String op, String detail, Throwable cause) {
    Backend b = Backend.SOAP;
    String name = f.name();
    return switch (name) {
      case "ManagerAuthenticationException",
          "ManagerLockoutException",
          "ManagerMaxSessionsException",
          "ManagerTimeoutException" ->
          new AuthenticationException(detail, op, b, 500, name, cause);
      case "ManagerAuthorizationException", "ManagerSecurityException" ->
          new AuthorizationException(detail, op, b, 500, name, cause);
      case "ManagerValidationException" ->
          // A reference to an ID that does not exist is reported as a validation error.
          f.text() != null && NOT_FOUND.matcher(f.text()).find()
              ? new NotFoundException(detail, op, b, 500, name, cause)
              : new InvalidRequestException(detail, op, b, 500, name, cause);
      case "ManagerIntegrityConstraintException" ->
          new ConflictException(detail, op, b, 500, name, cause);
      case "ManagerCommunicationException" ->
          new ConnectionException(detail, op, b, 500, name, cause);
      default ->
          f.text() != null && NOT_FOUND.matcher(f.text()).find()
              ? new NotFoundException(detail, op, b, 500, name, cause)
              : new ServerException(detail, op, b, 500, name, cause);
    };
  }

  /**
   * Translates anything a port call threw. dsm4j exceptions pass through; programming errors (other
   * runtime exceptions) are rethrown as they are.
   */
  DsmException map(Throwable t, String operation) {
    if (t instanceof DsmException d) {
      return d;
    }
    Fault f = classify(t);
    if (f != null) {
      String text = f.text() == null || f.text().isBlank() ? null : redact.apply(f.text().trim());
      String detail = text != null ? text : "the manager raised " + f.name();
      return toException(f, operation, detail, t);
    }
    if (t instanceof IOException) {
      return transport(t, operation);
    }
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    // A checked exception the SEI declares but we do not know: treat it as a server failure.
    return new ServerException(
        "unexpected " + t.getClass().getSimpleName(), operation, Backend.SOAP, 0, null, t);
  }

  /** The message {@link #map} would give, for logging where nothing may be thrown. */
  String mapQuietly(Throwable t) {
    try {
      return map(t, "endSession").getMessage();
    } catch (RuntimeException | Error e) {
      return e.getClass().getSimpleName();
    }
  }

  private DsmException transport(Throwable t, String op) {
    Backend b = Backend.SOAP;
    Integer status = null;
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof SocketTimeoutException
          || (c instanceof InterruptedIOException
              && String.valueOf(c.getMessage()).contains("timed out"))) {
        return new DsmTimeoutException(
            "the manager did not answer in time (" + c.getMessage() + ")", op, b, 0, null, t);
      }
      if (c instanceof ConnectException) {
        return new ConnectionException(
            "cannot connect to the manager (" + c.getMessage() + ")", op, b, 0, null, t);
      }
      if (c instanceof UnknownHostException) {
        return new ConnectionException("unknown manager host " + c.getMessage(), op, b, 0, null, t);
      }
      if (c instanceof NoRouteToHostException) {
        return new ConnectionException(
            "no route to the manager (" + c.getMessage() + ")", op, b, 0, null, t);
      }
      if (c instanceof SSLException) {
        return new ConnectionException(
            "TLS with the manager failed: " + c.getMessage(), op, b, 0, null, t);
      }
      if (status == null && c.getMessage() != null) {
        Matcher m = HTTP_STATUS.matcher(c.getMessage());
        if (m.find()) {
          status = Integer.valueOf(m.group(1));
        }
      }
    }
    if (status != null) {
      if (status == 429) {
        return new ThrottledException(
            "the manager (or a proxy in front of it) refused the request: too many requests",
            op,
            b,
            429,
            null,
            t);
      }
      return new ConnectionException(
          "the manager answered HTTP " + status + " without a SOAP message",
          op,
          b,
          status,
          null,
          t);
    }
    Throwable root = t;
    boolean xml = false;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
      xml |= root instanceof XMLStreamException;
    }
    xml |= root instanceof XMLStreamException || t.getClass().getName().contains("Media");
    String why = root.getMessage() == null ? root.getClass().getSimpleName() : firstLine(root);
    String what =
        xml
            ? "the manager's answer is not a readable SOAP message"
            : "I/O error talking to the manager";
    return new ConnectionException(what + " (" + redact.apply(why) + ")", op, b, 0, null, t);
  }

  private static String firstLine(Throwable t) {
    String m = t.getMessage().strip();
    int nl = m.indexOf('\n');
    if (nl > 0) {
      m = m.substring(0, nl).strip();
    }
    return m.length() > 200 ? m.substring(0, 200) + "…" : m;
  }
}
