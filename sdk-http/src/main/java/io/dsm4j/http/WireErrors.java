package io.dsm4j.http;

import io.dsm4j.Backend;
import io.dsm4j.exception.AuthenticationException;
import io.dsm4j.exception.AuthorizationException;
import io.dsm4j.exception.ConnectionException;
import io.dsm4j.exception.DsmException;
import io.dsm4j.exception.DsmTimeoutException;
import io.dsm4j.exception.ResponseRejectedException;
import io.dsm4j.exception.ThrottledException;
import io.dsm4j.exception.TlsVerificationException;
import io.dsm4j.spi.BackendConfig;
import io.dsm4j.spi.CallContext;
import io.dsm4j.spi.Secrets;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.ProtocolException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The words of every transport failure, the same for both backends: what happened, where, and what
 * to check.
 */
final class WireErrors {
  private static final int EXCERPT = 300;
  private static final Pattern TITLE =
      Pattern.compile("<title>(.*?)</title>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  /** An answer dsm4j refuses (redirect, too large); surfaces as ResponseRejectedException. */
  static final class Rejected extends IOException {
    private static final long serialVersionUID = 1L;
    private final int status;

    Rejected(String message, int status) {
      super(message);
      this.status = status;
    }
  }

  /** A request not sent because the call's deadline has passed or would pass first. */
  static final class DeadlinePassed extends InterruptedIOException {
    private static final long serialVersionUID = 1L;

    DeadlinePassed(String message) {
      super(message);
    }
  }

  private final BackendConfig config;
  private final Backend backend;
  private final Secrets secrets;

  WireErrors(BackendConfig config, Backend backend) {
    this.config = config;
    this.backend = backend;
    this.secrets = config.secrets() != null ? config.secrets() : new Secrets();
  }

  /** Refuses a redirect: dsm4j never follows one, so credentials never go elsewhere. */
  Response rejectRedirect(Response response) throws Rejected {
    if (!response.isRedirect() && response.code() != 300) {
      return response;
    }
    String location = response.header("Location");
    response.close();
    throw new Rejected(
        "the manager answered HTTP "
            + response.code()
            + " redirecting to "
            + (location == null ? "(no Location)" : quote(location))
            + "; dsm4j never follows a redirect (credentials must not go to another address):"
            + " if that address is the manager, use it as the manager URL",
        response.code());
  }

  Rejected tooLarge(int status, String how, long limit) {
    return new Rejected(
        "the answer "
            + how
            + " than the limit of "
            + limit
            + " bytes (Manager.Builder.maxResponseBytes): refused",
        status);
  }

  private String quote(String serverText) {
    String s = secrets.redact(serverText).strip();
    return s.length() > EXCERPT ? s.substring(0, EXCERPT) + "…" : s;
  }

  /**
   * The exception for an answer that is not what the protocol expects (REST quotes its error bodies
   * with the manager's own message; SOAP uses this for an answer without a SOAP message).
   *
   * @param operation the wire operation
   * @param status the HTTP status
   * @param contentType the content type, or null
   * @param body the body's text
   * @return the exception
   */
  DsmException unexpectedAnswer(String operation, int status, String contentType, String body) {
    String what =
        "the manager answered HTTP " + status + ": " + describe(status, contentType, body);
    IOException cause = new IOException("HTTP " + status);
    return switch (status) {
      case 401 -> new AuthenticationException(what, operation, backend, status, null, cause);
      case 403 -> new AuthorizationException(what, operation, backend, status, null, cause);
      case 429 -> new ThrottledException(what, operation, backend, status, null, cause);
      default -> new ConnectionException(what, operation, backend, status, null, cause);
    };
  }

  /** What a body says, in one short line: an HTML page's title, or an excerpt. Redacted. */
  String describe(int status, String contentType, String body) {
    if (body == null || body.isBlank()) {
      return "HTTP " + status + " with an empty body";
    }
    String trimmed = body.trim();
    if (isHtml(contentType, trimmed)) {
      Matcher m = TITLE.matcher(trimmed);
      String title = m.find() ? m.group(1).trim() : "";
      return "the server answered with an HTML page" + (title.isEmpty() ? "" : ": " + quote(title));
    }
    return quote(trimmed.replaceAll("\\s+", " "));
  }

  static boolean isHtml(String contentType, String body) {
    return (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html"))
        || (body != null && body.trim().toLowerCase(Locale.ROOT).startsWith("<!doctype html"))
        || (body != null && body.trim().toLowerCase(Locale.ROOT).startsWith("<html"));
  }

  /** Translates what OkHttp threw. */
  DsmException translate(IOException e, String op, Request request) {
    HttpUrl url = request.url();
    String where = url.host() + ":" + url.port();
    boolean https = url.isHttps();
    String other = (https ? "http://" : "https://") + where;
    if (e instanceof Rejected r) {
      return new ResponseRejectedException(r.getMessage(), op, backend, r.status, e);
    }
    if (e instanceof DeadlinePassed) {
      return deadline(op, e, e.getMessage());
    }
    boolean tls = duringTls(e);
    if (isCallTimeout(e)) {
      return deadline(
          op,
          e,
          tls && https
              ? "no TLS handshake with " + where + ": is this port HTTPS? try " + other
              : null);
    }
    SSLPeerUnverifiedException unverified = find(e, SSLPeerUnverifiedException.class);
    if (unverified != null) {
      return untrusted(op, where, "it is not issued for the host name " + url.host(), e);
    }
    GeneralSecurityException cert = find(e, GeneralSecurityException.class);
    if (cert != null && find(e, SSLException.class) != null) {
      return untrusted(op, where, certificateProblem(e), e);
    }
    if (e instanceof SSLException || (tls && https)) {
      String why =
          e instanceof SocketTimeoutException
              ? "no answer within " + CallContext.human(handshakeTimeout())
              : line(e);
      return new ConnectionException(
          "TLS handshake with " + where + " failed (" + why + "): is this port HTTPS? try " + other,
          op,
          backend,
          0,
          null,
          e);
    }
    if (!https && speaksTls(e)) {
      return new ConnectionException(
          "the manager at "
              + where
              + " answered in TLS, not HTTP: the port speaks TLS: try "
              + other,
          op,
          backend,
          0,
          null,
          e);
    }
    if (e instanceof SocketTimeoutException) {
      String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
      if (m.contains("connect")) {
        return new DsmTimeoutException(
            "cannot connect to the manager at "
                + where
                + " within "
                + CallContext.human(config.connectTimeout()),
            op,
            backend,
            0,
            null,
            e);
      }
      return new DsmTimeoutException(
          "the manager at "
              + where
              + " sent nothing for "
              + CallContext.human(config.readTimeout())
              + " (the read timeout)",
          op,
          backend,
          0,
          null,
          e);
    }
    String why;
    if (find(e, UnknownHostException.class) != null) {
      why = "unknown host " + url.host();
    } else if (find(e, ConnectException.class) != null
        || find(e, NoRouteToHostException.class) != null) {
      why = "cannot connect (" + line(e) + ")";
    } else if (closedWithoutAnswer(e)) {
      why =
          "the connection was closed without an answer ("
              + line(e)
              + ")"
              + (https ? "" : "; if the port speaks TLS, try " + other);
    } else {
      why = line(e);
    }
    return new ConnectionException(
        "cannot reach the manager at " + where + ": " + why, op, backend, 0, null, e);
  }

  private Duration handshakeTimeout() {
    return Duration.ofMillis(
        Math.min(config.connectTimeout().toMillis(), HttpTransport.MAX_HANDSHAKE.toMillis()));
  }

  private DsmException deadline(String op, IOException e, String hint) {
    CallContext ctx = CallContext.current().orElse(null);
    DsmTimeoutException t =
        ctx != null
            ? ctx.timeout(op, backend, e)
            : new DsmTimeoutException(
                "no answer within the call's deadline of "
                    + CallContext.human(config.callTimeout()),
                op,
                backend,
                0,
                null,
                e);
    if (hint == null && !(e instanceof DeadlinePassed)) {
      return t;
    }
    String extra = hint != null ? hint : e.getMessage();
    return new DsmTimeoutException(t.detail() + " (" + extra + ")", op, backend, 0, null, e);
  }

  private DsmException untrusted(String op, String where, String why, IOException e) {
    // A name mismatch is not fixed by trusting the certificate: say what does fix it.
    String advice =
        why.contains("host name")
            ? ". Connect with a name the certificate is issued for (dsm4j trust-cert --url URL"
                + " shows the certificate), or turn the host name check off with TlsOptions"
                + " hostnameVerification(false)"
            : ". Trust the manager's certificate with --trust-cert FILE or TlsOptions"
                + " (dsm4j trust-cert --url URL --out dsm.pem fetches it)";
    return new TlsVerificationException(
        "the manager's certificate at " + where + " was refused: " + why + advice, op, backend, e);
  }

  private static String certificateProblem(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      String m = String.valueOf(c.getMessage());
      if (m.contains("matches no pinned fingerprint")) {
        return m.substring(m.indexOf("the manager's certificate") + "the manager's ".length());
      }
      if (c instanceof CertificateExpiredException) {
        return "it has expired";
      }
      if (c instanceof CertificateNotYetValidException) {
        return "it is not valid yet";
      }
    }
    String all = chainText(e);
    if (all.contains("PKIX") || all.contains("certification path")) {
      return "it is not issued by an authority this client trusts (a self-signed certificate?)";
    }
    if (all.contains("No subject alternative") || all.contains("doesn't match")) {
      return "it is not issued for this host name";
    }
    return firstLine(e);
  }

  private static boolean isCallTimeout(IOException e) {
    return e instanceof InterruptedIOException
        && !(e instanceof SocketTimeoutException)
        && "timeout".equals(e.getMessage());
  }

  /** Whether it failed while setting up TLS (OkHttp's connectTls or the JDK's handshake). */
  private static boolean duringTls(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      for (StackTraceElement s : c.getStackTrace()) {
        if (s.getMethodName().equals("connectTls") || s.getMethodName().equals("startHandshake")) {
          return true;
        }
      }
    }
    return false;
  }

  /** A TLS record where an HTTP status line was expected (an alert or handshake record). */
  private static boolean speaksTls(Throwable e) {
    ProtocolException p = find(e, ProtocolException.class);
    if (p == null || p.getMessage() == null) {
      return false;
    }
    String m = p.getMessage();
    int i = m.indexOf("status line: ");
    if (i < 0 || m.length() <= i + 13) {
      return false;
    }
    char first = m.charAt(i + 13);
    return first == 0x15 || first == 0x16;
  }

  private static boolean closedWithoutAnswer(Throwable e) {
    if (find(e, EOFException.class) != null) {
      return true;
    }
    String m = chainText(e);
    return m.contains("unexpected end of stream")
        || (find(e, SocketException.class) != null
            && (m.contains("reset") || m.contains("closed") || m.contains("Broken pipe")));
  }

  private static String chainText(Throwable e) {
    StringBuilder sb = new StringBuilder();
    for (Throwable c = e; c != null; c = c.getCause()) {
      sb.append(c.getMessage()).append(' ');
    }
    return sb.toString();
  }

  private static <T extends Throwable> T find(Throwable e, Class<T> type) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return type.cast(c);
      }
      if (c.getCause() == c) {
        break;
      }
    }
    return null;
  }

  /** The first line of an exception's message, which may quote the server: redacted. */
  private String line(Throwable t) {
    return secrets.redact(firstLine(t));
  }

  private static String firstLine(Throwable t) {
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip();
    int nl = m.indexOf('\n');
    if (nl > 0) {
      m = m.substring(0, nl).strip();
    }
    return m.length() > 200 ? m.substring(0, 200) + "…" : m;
  }
}
