package io.dsm4j.bench;

import com.sun.net.httpserver.HttpServer;
import io.dsm4j.Backend;
import io.dsm4j.Manager;
import io.dsm4j.testkit.DsmSimulator;
import io.dsm4j.testkit.Size;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * {@code DPIRuleRetrieveAll} of 10,000 rules of realistic size ({@code ruleXML} of 1–4 KB each),
 * through the SOAP backend vs a bare StAX parse of the same bytes, and the cold start of the SOAP
 * backend (JVM start to the first answered call) in a child JVM.
 *
 * <p>The answer is captured once from the simulator (FULL size) and then served as fixed bytes from
 * a loopback server, so neither side pays for the simulator. Baselines: (a) the same HTTP request
 * with {@code java.net.http} plus a StAX parse that reads the fields dsm4j maps; (b) that StAX
 * parse alone, from memory.
 *
 * <p>Run: {@code mvn -B -q -pl benchmarks exec:java
 * -Dexec.mainClass=io.dsm4j.bench.SoapParseBenchmark}
 */
public final class SoapParseBenchmark {
  private static final String NS = "urn:Manager";

  private SoapParseBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--cold")) {
      coldChild(args[1]);
      return;
    }
    if (args.length > 0 && args[0].equals("--cold-only")) {
      // Just the cold start, against the simulator: N fresh JVMs.
      try (DsmSimulator sim = DsmSimulator.builder().start()) {
        coldStarts(sim.url().toString(), args.length > 1 ? Integer.parseInt(args[1]) : 5);
      }
      System.exit(0);
    }
    int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    byte[] answer;
    try (DsmSimulator sim = DsmSimulator.builder().size(Size.FULL).start()) {
      answer = capture(sim);
    }
    System.out.printf("answer: %.1f MB%n", answer.length / 1e6);
    HttpServer server = cannedServer(answer);
    String url = "http://127.0.0.1:" + server.getAddress().getPort();
    Manager manager =
        Manager.builder()
            .url(url)
            .username("bench")
            .password("bench")
            .backend(Backend.SOAP)
            .requestsPerMinute(0)
            .build();
    HttpClient http = HttpClient.newHttpClient();
    Runnable sdk =
        () -> {
          long n =
              manager.rules().intrusionPrevention().list().stream().filter(r -> r.id() > 0).count();
          check(n);
        };
    Runnable httpStax = () -> check(stax(fetch(http, url)));
    Runnable staxOnly = () -> check(stax(answer));
    for (int i = 0; i < 3; i++) {
      sdk.run();
      httpStax.run();
      staxOnly.run();
    }
    List<Long> a = new ArrayList<>();
    List<Long> b = new ArrayList<>();
    List<Long> c = new ArrayList<>();
    for (int i = 0; i < iterations; i++) {
      a.add(time(sdk));
      b.add(time(httpStax));
      c.add(time(staxOnly));
    }
    double sdkMs = median(a) / 1e6;
    double httpMs = median(b) / 1e6;
    double staxMs = median(c) / 1e6;
    System.out.printf("dsm4j SOAP backend       median %.0f ms%n", sdkMs);
    System.out.printf(
        "HTTP + bare StAX         median %.0f ms   ratio %.2f%n", httpMs, sdkMs / httpMs);
    System.out.printf(
        "bare StAX from memory    median %.0f ms   ratio %.2f%n", staxMs, sdkMs / staxMs);
    manager.close();

    coldStarts(url, 3);
    server.stop(0);
    System.exit(0);
  }

  /** Cold start: fresh JVMs that each build a Manager and make their first call. */
  private static void coldStarts(String url, int runs) throws Exception {
    String cp = System.getProperty("java.class.path");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      Process p =
          new ProcessBuilder(
                  java.toString(), "-cp", cp, SoapParseBenchmark.class.getName(), "--cold", url)
              .redirectErrorStream(true)
              .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      p.waitFor();
      System.out.printf(
          "cold start %d: %d ms wall; %s%n", i + 1, (System.nanoTime() - t0) / 1_000_000, out);
    }
  }

  /** In the child JVM: what the time to the first answered call is spent on. */
  private static void coldChild(String url) {
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    long mainAt = System.currentTimeMillis();
    Manager manager =
        Manager.builder()
            .url(url)
            .username("bench")
            .password("bench")
            .backend(Backend.SOAP)
            .build();
    long builtAt = System.currentTimeMillis();
    manager.info(); // authenticate + getManagerTime + getApiVersion + systemInformationRetrieve
    long firstAt = System.currentTimeMillis();
    manager.close();
    System.out.printf(
        "JVM to main %d ms, Manager.build() %d ms, first call %d ms, total %d ms",
        mainAt - jvmStart, builtAt - mainAt, firstAt - builtAt, firstAt - jvmStart);
  }

  private static long time(Runnable r) {
    long t0 = System.nanoTime();
    r.run();
    return System.nanoTime() - t0;
  }

  private static void check(long n) {
    if (n != 10_000) {
      throw new IllegalStateException("read " + n + " rules, expected 10000");
    }
  }

  private static double median(List<Long> xs) {
    List<Long> s = new ArrayList<>(xs);
    Collections.sort(s);
    return s.get(s.size() / 2);
  }

  private static String envelope(String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soapenv:Envelope"
        + " xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:urn=\"urn:Manager\">"
        + "<soapenv:Body>"
        + body
        + "</soapenv:Body></soapenv:Envelope>";
  }

  private static String post(HttpClient http, String url, String body)
      throws IOException, InterruptedException {
    HttpRequest req =
        HttpRequest.newBuilder(URI.create(url + "/webservice/Manager"))
            .header("Content-Type", "text/xml; charset=utf-8")
            .header("SOAPAction", "\"\"")
            .POST(HttpRequest.BodyPublishers.ofString(envelope(body)))
            .build();
    return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
  }

  /** The simulator's DPIRuleRetrieveAll answer, as bytes. */
  private static byte[] capture(DsmSimulator sim) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String auth =
        post(
            http,
            sim.url().toString(),
            "<urn:authenticate><urn:username>"
                + sim.username()
                + "</urn:username><urn:password>"
                + sim.password()
                + "</urn:password></urn:authenticate>");
    String sid = auth.replaceAll("(?s).*<authenticateReturn>([^<]+)</authenticateReturn>.*", "$1");
    HttpRequest req =
        HttpRequest.newBuilder(URI.create(sim.url() + "/webservice/Manager"))
            .header("Content-Type", "text/xml; charset=utf-8")
            .header("SOAPAction", "\"\"")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    envelope(
                        "<urn:DPIRuleRetrieveAll><urn:sID>"
                            + sid
                            + "</urn:sID></urn:DPIRuleRetrieveAll>")))
            .build();
    return http.send(req, HttpResponse.BodyHandlers.ofByteArray()).body();
  }

  private static byte[] fetch(HttpClient http, String url) {
    try {
      HttpRequest req =
          HttpRequest.newBuilder(URI.create(url + "/webservice/Manager"))
              .header("Content-Type", "text/xml; charset=utf-8")
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      envelope(
                          "<urn:DPIRuleRetrieveAll><urn:sID>s</urn:sID></urn:DPIRuleRetrieveAll>")))
              .build();
      return http.send(req, HttpResponse.BodyHandlers.ofByteArray()).body();
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Serves a fixed authenticate answer, and the captured catalog for everything else. */
  private static HttpServer cannedServer(byte[] catalog) throws IOException {
    byte[] auth =
        ("<?xml version=\"1.0\" encoding=\"utf-8\"?><soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                + "<soapenv:Body><authenticateResponse xmlns=\"urn:Manager\"><authenticateReturn>s</authenticateReturn>"
                + "</authenticateResponse></soapenv:Body></soapenv:Envelope>")
            .getBytes(StandardCharsets.UTF_8);
    byte[] time =
        ("<?xml version=\"1.0\" encoding=\"utf-8\"?><soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                + "<soapenv:Body><getManagerTimeResponse xmlns=\"urn:Manager\"><getManagerTimeReturn>2026-01-01T00:00:00.000Z</getManagerTimeReturn>"
                + "</getManagerTimeResponse></soapenv:Body></soapenv:Envelope>")
            .getBytes(StandardCharsets.UTF_8);
    byte[] version =
        ("<?xml version=\"1.0\" encoding=\"utf-8\"?><soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                + "<soapenv:Body><getApiVersionResponse xmlns=\"urn:Manager\"><getApiVersionReturn>1</getApiVersionReturn>"
                + "</getApiVersionResponse></soapenv:Body></soapenv:Envelope>")
            .getBytes(StandardCharsets.UTF_8);
    byte[] info =
        ("<?xml version=\"1.0\" encoding=\"utf-8\"?><soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                + "<soapenv:Body><systemInformationRetrieveResponse xmlns=\"urn:Manager\"/></soapenv:Body></soapenv:Envelope>")
            .getBytes(StandardCharsets.UTF_8);
    byte[] end =
        ("<?xml version=\"1.0\" encoding=\"utf-8\"?><soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                + "<soapenv:Body><endSessionResponse xmlns=\"urn:Manager\"/></soapenv:Body></soapenv:Envelope>")
            .getBytes(StandardCharsets.UTF_8);
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/webservice/Manager",
        ex -> {
          String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          byte[] out =
              body.contains("authenticate>") || body.contains("authenticate ")
                  ? auth
                  : body.contains("getManagerTime")
                      ? time
                      : body.contains("getApiVersion")
                          ? version
                          : body.contains("systemInformationRetrieve")
                              ? info
                              : body.contains("endSession") ? end : catalog;
          ex.getResponseHeaders().set("Content-Type", "text/xml; charset=utf-8");
          ex.sendResponseHeaders(200, out.length);
          try (OutputStream os = ex.getResponseBody()) {
            os.write(out);
          }
        });
    server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(2));
    server.start();
    return server;
  }

  /** Reads the fields dsm4j maps from each DPIRuleTransport; returns how many rules it read. */
  static long stax(byte[] bytes) {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    long n = 0;
    long checksum = 0;
    try {
      XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(bytes));
      int depth = 0;
      int ruleDepth = -1;
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          depth++;
          String name = r.getLocalName();
          if (name.equals("DPIRuleRetrieveAllReturn") && NS.equals(r.getNamespaceURI())) {
            ruleDepth = depth;
            n++;
          } else if (ruleDepth > 0 && depth == ruleDepth + 1) {
            switch (name) {
              case "ID",
                  "name",
                  "description",
                  "identifier",
                  "severity",
                  "cveNumbers",
                  "cvssScore",
                  "detectOnly",
                  "applicationTypeID",
                  "issued" -> {
                String text = r.getElementText();
                depth--;
                checksum += text.length();
              }
              default -> {}
            }
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          if (depth == ruleDepth) {
            ruleDepth = -1;
          }
          depth--;
        }
      }
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return checksum >= 0 ? n : -1;
  }
}
