package io.dsm4j.bench;

import io.dsm4j.Backend;
import io.dsm4j.Manager;
import io.dsm4j.Page;
import io.dsm4j.model.AgentStatus;
import io.dsm4j.model.Computer;
import io.dsm4j.testkit.DsmSimulator;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Lists a fleet of 20,000 computers with their status from the simulator, in a child JVM with a
 * small heap: REST in one pass of search pages ({@code -Xmx64m}), reporting the time per 1,000
 * computers and the heap after a GC at each page (flat: it holds one page at a time); SOAP, whose
 * {@code hostDetailRetrieve} answers all hosts at once, with growing heaps until it succeeds,
 * reporting the heap it needs.
 *
 * <p>Run: {@code mvn -B -q -pl benchmarks exec:java
 * -Dexec.mainClass=io.dsm4j.bench.ComputerListBenchmark} (optionally {@code -Dexec.args="20000 3"}:
 * computers, REST runs).
 */
public final class ComputerListBenchmark {
  private ComputerListBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--child")) {
      child(args[1], args[2], args[3], args[4], Backend.valueOf(args[5]));
      return;
    }
    int fleet = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    try (DsmSimulator sim = DsmSimulator.builder().eventsPerKind(0).ipsRuleCount(300).start()) {
      long t0 = System.nanoTime();
      sim.state().addComputers(fleet - sim.state().computers().size());
      System.out.printf(
          "simulator: %d computers (%d ms to add); load average %.1f, %d cores%n",
          sim.state().computers().size(),
          (System.nanoTime() - t0) / 1_000_000,
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
          Runtime.getRuntime().availableProcessors());
      for (int i = 1; i <= runs; i++) {
        System.out.println("REST run " + i + " (-Xmx64m):");
        fork(sim, "64m", Backend.REST);
      }
      System.out.printf(
          "SOAP: one hostDetailRetrieve answer of %.1f MB%n", soapAnswerBytes(sim) / 1e6);
      for (String heap : List.of("64m", "128m", "192m", "256m", "384m", "512m", "768m")) {
        System.out.println("SOAP, -Xmx" + heap + ":");
        if (fork(sim, heap, Backend.SOAP) == 0) {
          break;
        }
      }
    }
  }

  /** The size of the one SOAP answer for all hosts at the HIGH detail level. */
  private static long soapAnswerBytes(DsmSimulator sim) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String sid =
        soap(
            http,
            sim,
            "<authenticate xmlns=\"urn:Manager\"><username>"
                + sim.username()
                + "</username><password>"
                + sim.password()
                + "</password></authenticate>");
    sid =
        sid.substring(
            sid.indexOf("<authenticateReturn>") + 20, sid.indexOf("</authenticateReturn>"));
    return soap(
            http,
            sim,
            "<hostDetailRetrieve xmlns=\"urn:Manager\"><hostFilter><type>ALL_HOSTS</type></hostFilter>"
                + "<hostDetailLevel>HIGH</hostDetailLevel><sID>"
                + sid
                + "</sID></hostDetailRetrieve>")
        .getBytes(StandardCharsets.UTF_8)
        .length;
  }

  private static String soap(HttpClient http, DsmSimulator sim, String body) throws Exception {
    String envelope =
        "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"
            + body
            + "</soapenv:Body></soapenv:Envelope>";
    HttpRequest req =
        HttpRequest.newBuilder(URI.create(sim.url() + "/webservice/Manager"))
            .header("Content-Type", "text/xml; charset=utf-8")
            .header("SOAPAction", "\"\"")
            .POST(HttpRequest.BodyPublishers.ofString(envelope))
            .build();
    return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
  }

  /** Runs the listing in a child JVM; returns its exit code. */
  private static int fork(DsmSimulator sim, String heap, Backend backend) throws Exception {
    String java =
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    List<String> cmd =
        new ArrayList<>(
            List.of(
                java,
                "-Xmx" + heap,
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                ComputerListBenchmark.class.getName(),
                "--child",
                sim.url().toString(),
                sim.apiKey(),
                sim.username(),
                sim.password(),
                backend.name()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      int shown = 0;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("  ") || shown++ < 40) {
          System.out.println("  " + line);
        }
      }
    }
    return p.waitFor();
  }

  private static void child(String url, String key, String user, String password, Backend backend) {
    Manager.Builder b =
        Manager.builder()
            .url(url)
            .backend(backend)
            .requestsPerMinute(0)
            .bulkCallTimeout(Duration.ofMinutes(10));
    if (backend == Backend.REST) {
      b.apiKey(key);
    } else {
      b.username(user).password(password.toCharArray());
    }
    try (Manager m = b.build()) {
      m.info(); // sign in and warm the connection outside the timing
      // Pass 1, timed: just the listing.
      Map<AgentStatus, Integer> byStatus = new EnumMap<>(AgentStatus.class);
      int pages = 0;
      int computers = 0;
      long start = System.nanoTime();
      for (Page<Computer> page : m.computers().list().byPage()) {
        pages++;
        for (Computer c : page.items()) {
          computers++;
          byStatus.merge(c.status().agent(), 1, Integer::sum);
        }
      }
      long ms = (System.nanoTime() - start) / 1_000_000;
      System.out.printf(
          "%d computers in %d pages: %d ms, %.1f ms per 1,000%n",
          computers, pages, ms, ms * 1000.0 / computers);
      System.out.println("statuses: " + byStatus);
      // Pass 2: the heap a full GC leaves after each page (flat: one page at a time).
      List<Long> heapAfterPage = new ArrayList<>();
      for (Page<Computer> page : m.computers().list().byPage()) {
        if (!page.items().isEmpty()) {
          heapAfterPage.add(usedAfterGc());
        }
      }
      System.out.println(
          "heap after a GC at each page (MB): "
              + heapAfterPage.stream().map(x -> String.format("%.1f", x / 1e6)).toList());
      System.out.printf("heap pools' peaks, summed: %.1f MB%n", peakHeap() / 1e6);
    } catch (OutOfMemoryError e) {
      System.out.println("OutOfMemoryError: " + e.getMessage());
      System.exit(3);
    } catch (RuntimeException e) {
      System.out.println("failed: " + e);
      System.exit(e.getCause() instanceof OutOfMemoryError ? 3 : 1);
    }
  }

  private static long usedAfterGc() {
    System.gc();
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
