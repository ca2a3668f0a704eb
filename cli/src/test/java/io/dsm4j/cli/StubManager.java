package io.dsm4j.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * A loopback HTTP server that answers like a manager gone wrong: what {@code answer} returns for
 * each request (an echo of the secrets, nonsense IDs, control characters).
 */
final class StubManager implements AutoCloseable {
  /** A request as the stub sees it. */
  record Request(String method, String path, String apiKey, String body) {}

  /** An answer. */
  record Answer(int status, String contentType, String body) {
    static Answer json(int status, String body) {
      return new Answer(status, "application/json", body);
    }

    static Answer xml(int status, String body) {
      return new Answer(status, "text/xml; charset=utf-8", body);
    }
  }

  private final HttpServer http;

  StubManager(Function<Request, Answer> answer) throws IOException {
    http = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 16);
    http.createContext("/", ex -> handle(ex, answer));
    http.start();
  }

  String url() {
    return "http://127.0.0.1:" + http.getAddress().getPort();
  }

  private static void handle(HttpExchange ex, Function<Request, Answer> answer) throws IOException {
    String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Answer a =
        answer.apply(
            new Request(
                ex.getRequestMethod(),
                ex.getRequestURI().getPath(),
                ex.getRequestHeaders().getFirst("api-secret-key"),
                body));
    byte[] bytes = a.body().getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", a.contentType());
    ex.sendResponseHeaders(a.status(), bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    }
    ex.close();
  }

  /** A SOAP answer of {@code operation} with one return value. */
  static String soapReturn(String operation, String value) {
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
        + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">"
        + "<soapenv:Body><"
        + operation
        + "Response xmlns=\"urn:Manager\"><"
        + operation
        + "Return>"
        + value
        + "</"
        + operation
        + "Return></"
        + operation
        + "Response></soapenv:Body></soapenv:Envelope>";
  }

  /** A SOAP fault as Axis writes it for a ManagerException, with {@code text} as its message. */
  static String soapFault(String exception, String text) {
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
        + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">"
        + "<soapenv:Body><soapenv:Fault><faultcode>soapenv:Server.userException</faultcode>"
        + "<faultstring>"
        + escape(text)
        + "</faultstring><detail><ns2:exceptionName xmlns:ns2=\"http://xml.apache.org/axis/\">"
        + "com.thirdbrigade.manager.webservice.exceptions."
        + exception
        + "</ns2:exceptionName></detail></soapenv:Fault></soapenv:Body></soapenv:Envelope>";
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  @Override
  public void close() {
    http.stop(0);
  }
}
