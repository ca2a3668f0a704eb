package io.dsm4j.testkit.internal;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.dsm4j.testkit.Fault;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The loopback HTTP server: one port for {@code /api} and {@code /webservice/Manager}, with request
 * counting, latency and injected faults applied before either protocol sees a request.
 */
public final class Server implements AutoCloseable {
  static final String DSM_VERSION = "Deep Security/20.0.877";
  private static final String NODELAY = "sun.net.httpserver.nodelay";

  private final Store store;
  private final RestRouter rest;
  private final SoapDispatcher soap;
  private final HttpServer http;
  private final ExecutorService pool;
  private final CountDownLatch closing = new CountDownLatch(1);
  private Fault fault;
  private int faultsLeft;

  public Server(Store store, int port) throws IOException {
    this.store = store;
    this.rest = new RestRouter(store);
    this.soap = new SoapDispatcher(store);
    if (System.getProperty(NODELAY) == null) {
      // The JDK server writes headers and body separately; without TCP_NODELAY they meet the
      // client's delayed ACK and every exchange waits ~40 ms on loopback. Read once per JVM, at
      // the first server; an explicit setting wins. The bytes on the wire are the same.
      System.setProperty(NODELAY, "true");
    }
    // Loopback only: a test double must never be reachable from the network.
    this.http =
        HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 64);
    AtomicInteger n = new AtomicInteger();
    this.pool =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "dsm4j-simulator-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    http.setExecutor(pool);
    http.createContext("/", this::handle);
    http.start();
  }

  public int port() {
    return http.getAddress().getPort();
  }

  public void delaySoapOperation(String operation, java.time.Duration delay) {
    soap.delay(operation, delay);
  }

  public synchronized void injectFault(Fault f, int count) {
    this.fault = count > 0 ? f : null;
    this.faultsLeft = count;
  }

  private synchronized Fault takeFault() {
    if (fault == null || faultsLeft <= 0) {
      return null;
    }
    Fault f = fault;
    if (--faultsLeft == 0) {
      fault = null;
    }
    return f;
  }

  private void handle(HttpExchange ex) throws IOException {
    try {
      byte[] body;
      try (InputStream in = ex.getRequestBody()) {
        body = in.readAllBytes();
      }
      store.countRequest();
      long latency = store.cfg.latency().toMillis();
      if (latency > 0 && closing.await(latency, TimeUnit.MILLISECONDS)) {
        ex.close();
        return;
      }
      String path = ex.getRequestURI().getRawPath();
      boolean isRest = path.equals("/api") || path.startsWith("/api/");
      boolean isSoap = path.equals("/webservice/Manager");
      Fault f = takeFault();
      if (f != null) {
        applyFault(ex, f, isRest);
        return;
      }
      Reply reply;
      if (isRest) {
        Map<String, String> headers = new HashMap<>();
        for (Map.Entry<String, List<String>> e : ex.getRequestHeaders().entrySet()) {
          if (!e.getValue().isEmpty()) {
            headers.put(e.getKey().toLowerCase(java.util.Locale.ROOT), e.getValue().get(0));
          }
        }
        reply =
            rest.handle(
                ex.getRequestMethod(), path, ex.getRequestURI().getRawQuery(), headers, body);
      } else if (isSoap) {
        reply =
            ex.getRequestMethod().equals("POST")
                ? soap.handle(body)
                : Reply.of(
                    405,
                    "text/plain; charset=utf-8",
                    "The Manager web service accepts SOAP POST requests only.\n");
      } else {
        reply = Reply.of(404, "text/plain; charset=utf-8", "Not found: " + path + "\n");
      }
      send(ex, reply, isRest);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      ex.close();
    } catch (RuntimeException e) {
      // A simulator bug must surface as a server error, not a silently dropped connection.
      send(
          ex,
          Reply.of(500, "text/plain; charset=utf-8", "dsm4j simulator error: " + e + "\n"),
          false);
    }
  }

  private void applyFault(HttpExchange ex, Fault f, boolean isRest)
      throws IOException, InterruptedException {
    switch (f) {
      case CONNECTION_RESET -> ex.close(); // no status line: the client sees the connection drop
      case TIMEOUT -> {
        closing.await(30, TimeUnit.SECONDS);
        ex.close();
      }
      case HTTP_500 ->
          send(
              ex,
              isRest
                  ? Reply.of(500, RestRouter.JSON, "{\"message\":\"Internal Server Error\"}")
                  : SoapFault.generic(),
              isRest);
      case MALFORMED_BODY ->
          send(
              ex,
              isRest
                  ? Reply.of(200, RestRouter.JSON, "{\"policies\":[{\"name\":\"Base Pol")
                  : Reply.of(
                      200,
                      SoapFault.XML,
                      SoapOut.ENVELOPE_START
                          + "<securityProfileRetrieveAllResponse xmlns=\"urn:Manager\"><securityProfileRetrieveAllReturn><ID>1</I"),
              isRest);
      case HTML_ERROR_PAGE ->
          send(
              ex,
              Reply.of(
                  502,
                  "text/html; charset=utf-8",
                  "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad"
                      + " Gateway</h1></center><hr><center>nginx</center></body></html>\n"),
              false);
    }
  }

  private static void send(HttpExchange ex, Reply r, boolean rest) throws IOException {
    Headers h = ex.getResponseHeaders();
    h.set("Content-Type", r.contentType());
    if (rest) {
      h.set("X-DSM-Version", DSM_VERSION);
    }
    ex.sendResponseHeaders(r.status(), r.body().length == 0 ? -1 : r.body().length);
    if (r.body().length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(r.body());
      }
    }
    ex.close();
  }

  @Override
  public void close() {
    closing.countDown();
    http.stop(0);
    pool.shutdownNow();
  }
}
