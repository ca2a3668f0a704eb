package io.dsm4j.soap.internal;

import com.sun.xml.ws.developer.JAXWSProperties;
import io.dsm4j.exception.DsmException;
import io.dsm4j.soap.internal.generated.Manager;
import io.dsm4j.soap.internal.generated.ManagerService;
import io.dsm4j.spi.BackendConfig;
import io.dsm4j.spi.RequestGate;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.handler.MessageContext;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JAX-WS side of one connection: two ports (normal and bulk read timeout) made once from the
 * packaged WSDL, the session, and the one place every SOAP request goes through: gate, session ID,
 * fault translation, and signing in again once when the session is gone.
 *
 * <p>The request contexts of the ports are set once here and never changed afterwards, so the ports
 * can be shared by threads.
 */
final class SoapClient {
  private static final Logger LOG = LoggerFactory.getLogger(SoapClient.class);
  static final String WSDL = "/wsdl/Manager.wsdl";
  static final String PATH = "/webservice/Manager";

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

  private final Manager port;
  private final Manager bulkPort;
  private final RequestGate gate;
  private final String username;
  private final char[] password;
  private final String tenant;
  private final String endpoint;
  private final Faults faults;

  private final ReentrantLock lock = new ReentrantLock();
  private volatile String sid;
  private volatile String previousSid;
  private volatile boolean closed;

  SoapClient(BackendConfig config) {
    if (config.proxy() != null) {
      // JAX-WS RI only takes proxies from the JVM-wide ProxySelector; changing that would affect
      // the whole application, so a per-manager proxy is refused rather than applied globally.
      throw new IllegalStateException(
          "the SOAP backend cannot use a per-manager HTTP proxy: the JAX-WS runtime only takes"
              + " proxies from the JVM-wide settings (http(s).proxyHost/proxyPort or"
              + " ProxySelector.setDefault). Leave ProxyOptions unset and configure the JVM"
              + " proxy instead.");
    }
    if (config.username() == null || config.password() == null) {
      throw new IllegalArgumentException("the SOAP backend needs a username and password");
    }
    this.gate = Objects.requireNonNull(config.gate(), "gate");
    this.username = config.username();
    this.password = config.password();
    this.tenant = config.tenant();
    this.endpoint = stripSlash(config.baseUrl().toString()) + PATH;
    this.faults = new Faults(this::redact);
    URL wsdl = SoapClient.class.getResource(WSDL);
    if (wsdl == null) {
      throw new IllegalStateException("the packaged WSDL " + WSDL + " is missing from dsm4j-soap");
    }
    ManagerService service = new ManagerService(wsdl);
    this.port = configure(service.getManager(), config, config.readTimeout());
    this.bulkPort = configure(service.getManager(), config, config.bulkReadTimeout());
  }

  private static String stripSlash(String s) {
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  private Manager configure(Manager p, BackendConfig config, Duration readTimeout) {
    Map<String, Object> ctx = ((BindingProvider) p).getRequestContext();
    ctx.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, endpoint);
    if (config.tls() != null) {
      if (config.tls().socketFactory() != null) {
        ctx.put(JAXWSProperties.SSL_SOCKET_FACTORY, config.tls().socketFactory());
      }
      if (config.tls().hostnameVerifier() != null) {
        ctx.put(JAXWSProperties.HOSTNAME_VERIFIER, config.tls().hostnameVerifier());
      }
    }
    ctx.put(JAXWSProperties.CONNECT_TIMEOUT, millis(config.connectTimeout()));
    ctx.put(JAXWSProperties.REQUEST_TIMEOUT, millis(readTimeout));
    if (config.userAgent() != null && !config.userAgent().isBlank()) {
      ctx.put(
          MessageContext.HTTP_REQUEST_HEADERS, Map.of("User-Agent", List.of(config.userAgent())));
    }
    return p;
  }

  private static int millis(Duration d) {
    if (d == null) {
      return 0;
    }
    return (int) Math.min(Integer.MAX_VALUE, Math.max(1, d.toMillis()));
  }

  String endpoint() {
    return endpoint;
  }

  /** Runs a call with the session ID; signs in first when needed and again once if it expired. */
  <T> T call(String op, boolean bulk, SessionCall<T> fn) {
    Manager p = bulk ? bulkPort : port;
    String s = session();
    try {
      return send(p, s, fn);
    } catch (Exception e) {
      Faults.Fault f = Faults.classify(e);
      if (f == null || !f.sessionGone()) {
        throw faults.map(e, op);
      }
      LOG.debug("{}: the session is no longer valid ({}); signing in again", op, f.name());
      String fresh = renew(s);
      try {
        return send(p, fresh, fn);
      } catch (Exception e2) {
        throw faults.map(e2, op);
      }
    }
  }

  /** Runs a call that takes no session ID. */
  <T> T plain(String op, PlainCall<T> fn) {
    ensureOpen();
    try {
      gate.acquire();
      return fn.call(port);
    } catch (Exception e) {
      throw faults.map(e, op);
    }
  }

  private <T> T send(Manager p, String s, SessionCall<T> fn) throws Exception {
    ensureOpen();
    gate.acquire();
    return fn.call(p, s);
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
      previousSid = stale;
      sid = null;
      sid = signIn();
      return sid;
    } finally {
      lock.unlock();
    }
  }

  /** Signs in; called with the lock held. */
  private String signIn() {
    String op = tenant == null ? "authenticate" : "authenticateTenant";
    try {
      gate.acquire();
      String s =
          tenant == null
              ? port.authenticate(username, new String(password))
              : port.authenticateTenant(tenant, username, new String(password));
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

  /** Ends the session if one was opened; never throws; later calls fail. */
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
    if (s == null) {
      return;
    }
    try {
      gate.acquire();
      port.endSession(s);
      LOG.debug("ended the session at {}", endpoint);
    } catch (Exception e) {
      // A failed logout only leaves a session to time out; close() must not throw.
      String why = e instanceof DsmException d ? d.getMessage() : faults.mapQuietly(e);
      LOG.debug("ending the session at {} failed: {}", endpoint, why);
    }
  }

  /** Removes the session IDs and the password from text that may echo them. */
  String redact(String text) {
    if (text == null) {
      return null;
    }
    String out = text;
    for (String secret : new String[] {sid, previousSid}) {
      if (secret != null && !secret.isEmpty()) {
        out = out.replace(secret, "****");
      }
    }
    if (password != null && password.length >= 4) {
      out = out.replace(new String(password), "****");
    }
    return out;
  }

  @Override
  public String toString() {
    return "SoapClient[" + endpoint + ", user=" + username + ", session=" + (sid != null) + "]";
  }
}
