package io.dsm4j.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.dsm4j.Backend;
import io.dsm4j.Manager;
import io.dsm4j.model.Rule;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Lists 10,000 intrusion prevention rules (two search pages of 5,000, then the empty page) from a
 * loopback server, through dsm4j and through a bare OkHttp + Jackson-tree baseline that sends the
 * same three requests. Prints medians, the ratio, and bytes allocated per listing.
 *
 * <p>Run: {@code mvn -B -q -pl benchmarks exec:java
 * -Dexec.mainClass=io.dsm4j.bench.RestListBenchmark}
 */
public final class RestListBenchmark {
  private static final int RULES = 10_000;
  private static final int PAGE = 5_000;
  private static final Pattern AFTER = Pattern.compile("\"idValue\"\\s*:\\s*(\\d+)");

  private RestListBenchmark() {}

  public static void main(String[] args) throws Exception {
    int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    byte[][] pages = pages();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/api/intrusionpreventionrules/search",
        ex -> {
          String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          Matcher m = AFTER.matcher(body);
          long after = m.find() ? Long.parseLong(m.group(1)) : 0;
          byte[] page = after == 0 ? pages[0] : after == PAGE ? pages[1] : pages[2];
          ex.getResponseHeaders().set("Content-Type", "application/json");
          ex.sendResponseHeaders(200, page.length);
          try (OutputStream os = ex.getResponseBody()) {
            os.write(page);
          }
        });
    server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(2));
    server.start();
    String url = "http://127.0.0.1:" + server.getAddress().getPort();
    System.out.printf(
        "payload: %d rules, %.1f MB in 2 pages%n",
        RULES, (pages[0].length + pages[1].length) / 1e6);

    Manager manager =
        Manager.builder()
            .url(url)
            .apiKey("2:bench")
            .backend(Backend.REST)
            .requestsPerMinute(0)
            .build();
    OkHttpClient raw = new OkHttpClient();
    ObjectMapper json = new ObjectMapper();

    Runnable sdk =
        () -> {
          long n = 0;
          for (Rule r : manager.rules().intrusionPrevention().list()) {
            n += r.id() > 0 ? 1 : 0;
          }
          check(n);
        };
    Runnable baseline =
        () -> {
          long n = 0;
          long after = 0;
          while (true) {
            JsonNode page = post(raw, json, url, after);
            JsonNode items = page.get("intrusionPreventionRules");
            if (items == null || items.isEmpty()) {
              break;
            }
            for (JsonNode r : items) {
              n += r.get("ID").asLong() > 0 ? 1 : 0;
              after = Math.max(after, r.get("ID").asLong());
            }
          }
          check(n);
        };

    for (int i = 0; i < 5; i++) { // warm-up
      sdk.run();
      baseline.run();
    }
    List<Long> sdkTimes = new ArrayList<>();
    List<Long> baseTimes = new ArrayList<>();
    long sdkAlloc = 0;
    long baseAlloc = 0;
    for (int i = 0; i < iterations; i++) { // interleaved, so drift hits both alike
      long a0 = allocated();
      long t0 = System.nanoTime();
      sdk.run();
      sdkTimes.add(System.nanoTime() - t0);
      sdkAlloc += allocated() - a0;
      a0 = allocated();
      t0 = System.nanoTime();
      baseline.run();
      baseTimes.add(System.nanoTime() - t0);
      baseAlloc += allocated() - a0;
    }
    double sdkMs = median(sdkTimes) / 1e6;
    double baseMs = median(baseTimes) / 1e6;
    System.out.printf(
        "dsm4j    median %.1f ms, %.1f MB allocated per listing%n",
        sdkMs, sdkAlloc / 1e6 / iterations);
    System.out.printf(
        "baseline median %.1f ms, %.1f MB allocated per listing%n",
        baseMs, baseAlloc / 1e6 / iterations);
    System.out.printf("ratio dsm4j/baseline = %.2f%n", sdkMs / baseMs);
    manager.close();
    server.stop(0);
    System.exit(0);
  }

  private static JsonNode post(OkHttpClient raw, ObjectMapper json, String url, long after) {
    String body =
        "{\"maxItems\":"
            + PAGE
            + ",\"searchCriteria\":[{\"idTest\":\"greater-than\",\"idValue\":"
            + after
            + "}],\"sortByObjectID\":true}";
    Request req =
        new Request.Builder()
            .url(url + "/api/intrusionpreventionrules/search")
            .header("api-secret-key", "2:bench")
            .header("api-version", "v1")
            .post(RequestBody.create(body, MediaType.get("application/json")))
            .build();
    try (Response r = raw.newCall(req).execute()) {
      return json.readTree(r.body().byteStream());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void check(long n) {
    if (n != RULES) {
      throw new IllegalStateException("listed " + n + " rules, expected " + RULES);
    }
  }

  private static long allocated() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
        .getCurrentThreadAllocatedBytes();
  }

  private static double median(List<Long> xs) {
    List<Long> s = new ArrayList<>(xs);
    Collections.sort(s);
    return s.get(s.size() / 2);
  }

  /**
   * Realistic rules: the fields a DSM 20 answer carries, with names and descriptions of real size.
   */
  private static byte[][] pages() {
    Random r = new Random(1);
    String[] sev = {"low", "medium", "high", "critical"};
    byte[][] out = new byte[3][];
    for (int p = 0; p < 2; p++) {
      StringBuilder sb = new StringBuilder("{\"intrusionPreventionRules\":[");
      for (int i = 1; i <= PAGE; i++) {
        int id = p * PAGE + i;
        if (i > 1) {
          sb.append(',');
        }
        sb.append("{\"name\":\"")
            .append(String.format("%07d", 1_000_000 + id))
            .append(" - Vulnerability in Example Product Component ")
            .append(id)
            .append(" (CVE-20")
            .append(10 + r.nextInt(15))
            .append('-')
            .append(1000 + r.nextInt(90000))
            .append(")\",\"description\":\"")
            .append(
                "This rule protects against an exploit of a vulnerability in a widely deployed server component. "
                    .repeat(2))
            .append("\",\"minimumAgentVersion\":\"10.0.0.0\",\"applicationTypeID\":")
            .append(1 + r.nextInt(60))
            .append(",\"priority\":\"normal\",\"severity\":\"")
            .append(sev[r.nextInt(4)])
            .append("\",\"detectOnly\":")
            .append(r.nextBoolean())
            .append(
                ",\"eventLoggingDisabled\":false,\"generateEventOnPacketDrop\":true,\"alwaysIncludePacketData\":false,")
            .append("\"debugModeEnabled\":false,\"type\":\"exploit\",\"originalIssue\":")
            .append(1_400_000_000_000L + r.nextInt(1_000_000_000))
            .append(",\"lastUpdated\":")
            .append(1_600_000_000_000L + r.nextInt(1_000_000_000))
            .append(",\"identifier\":\"")
            .append(1_000_000 + id)
            .append(
                "\",\"template\":\"custom\",\"alertEnabled\":false,\"recommendationsMode\":\"enabled\",")
            .append("\"canBeAssignedAlone\":true,\"dependsOnRuleIDs\":[],\"ID\":")
            .append(id)
            .append(",\"CVSSScore\":\"")
            .append(r.nextInt(10))
            .append('.')
            .append(r.nextInt(10))
            .append("\",\"CVE\":[\"CVE-2021-")
            .append(10000 + r.nextInt(80000))
            .append("\"]}");
      }
      out[p] = sb.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }
    out[2] = "{\"intrusionPreventionRules\":[]}".getBytes(StandardCharsets.UTF_8);
    return out;
  }
}
