package io.dsm4j.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dsm4j.exception.InvalidRequestException;
import io.dsm4j.model.ComputerAction;
import io.dsm4j.model.ModuleState;
import io.dsm4j.model.PolicyDraft;
import io.dsm4j.model.PolicyUpdate;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.RuleQuery;
import io.dsm4j.model.SecurityModule;
import io.dsm4j.model.Severity;
import io.dsm4j.spi.BackendConfig;
import io.dsm4j.spi.PageRequest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Drives every request the REST backend can send through {@code ../shared/tools/dsm-api-mock},
 * which serves {@code /api} from the vendor's OpenAPI spec and answers any request that breaks it
 * with HTTP 422. Run once with static example answers and once with {@code --dynamic} random
 * schema-valid answers, which the backend must parse. Skipped when the tool is not there.
 */
class RestConformanceTest {
  private static final Path TOOL =
      Path.of("")
          .toAbsolutePath()
          .getParent()
          .resolveSibling("shared")
          .resolve("tools/dsm-api-mock");

  @Test
  void everyOperation_matchesTheSpec_withExampleAnswers() throws Exception {
    runAgainstMock(false);
  }

  @Test
  void everyOperation_matchesTheSpec_andParsesRandomAnswers() throws Exception {
    runAgainstMock(true);
  }

  private void runAgainstMock(boolean dynamic) throws Exception {
    assumeTrue(Files.isExecutable(TOOL), "dsm-api-mock not found at " + TOOL);
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    List<String> cmd = new ArrayList<>(List.of(TOOL.toString(), "--port", String.valueOf(port)));
    if (dynamic) {
      cmd.add("--dynamic");
    }
    Process mock = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    try {
      assumeTrue(awaitListening(mock), "dsm-api-mock did not start (needs node and npm)");
      List<String> violations = drive(connection(port));
      assertThat(violations).as("requests the spec rejects").isEmpty();
    } finally {
      mock.descendants().forEach(ProcessHandle::destroy);
      mock.destroy();
      mock.waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static boolean awaitListening(Process p) throws InterruptedException {
    CountDownLatch up = new CountDownLatch(1);
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                  if (line.contains("is listening")) {
                    up.countDown();
                  }
                }
              } catch (IOException e) {
                // process ended
              }
            });
    reader.setDaemon(true);
    reader.start();
    return up.await(180, TimeUnit.SECONDS);
  }

  private static RestConnection connection(int port) {
    return new RestConnection(
        new BackendConfig(
            URI.create("http://127.0.0.1:" + port),
            "2:conformance-key",
            false,
            null,
            null,
            null,
            defaultTls(),
            null,
            Duration.ofSeconds(5),
            Duration.ofSeconds(30),
            Duration.ofSeconds(30),
            "dsm4j-test",
            100,
            () -> {},
            Duration.ofSeconds(60),
            32L << 20,
            256L << 20,
            new io.dsm4j.spi.Secrets()));
  }

  private static io.dsm4j.spi.TlsMaterial defaultTls() {
    try {
      var tmf =
          javax.net.ssl.TrustManagerFactory.getInstance(
              javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
      tmf.init((java.security.KeyStore) null);
      var tm = (javax.net.ssl.X509TrustManager) tmf.getTrustManagers()[0];
      var ctx = javax.net.ssl.SSLContext.getInstance("TLS");
      ctx.init(null, new javax.net.ssl.TrustManager[] {tm}, null);
      return new io.dsm4j.spi.TlsMaterial(ctx.getSocketFactory(), tm, null);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> drive(RestConnection c) {
    List<String> violations = new ArrayList<>();
    List<Executable> calls = new ArrayList<>();
    PageRequest page = new PageRequest(0, 100);
    calls.add(c::serverInfo);
    calls.add(() -> c.listPolicies(page));
    calls.add(() -> c.getPolicy(1));
    calls.add(() -> c.findPolicyByName("Base_Policy%"));
    calls.add(
        () ->
            c.createPolicy(
                PolicyDraft.builder("p")
                    .parentId(1)
                    .description("d")
                    .moduleState(SecurityModule.INTRUSION_PREVENTION, ModuleState.DETECT)
                    .moduleState(SecurityModule.INTEGRITY_MONITORING, ModuleState.REAL_TIME)
                    .moduleState(SecurityModule.FIREWALL, ModuleState.ON)
                    .moduleState(SecurityModule.ANTI_MALWARE, ModuleState.OFF)
                    .moduleState(SecurityModule.LOG_INSPECTION, ModuleState.INHERITED)
                    .build()));
    calls.add(() -> c.updatePolicy(1, PolicyUpdate.builder().name("n").description("").build()));
    calls.add(() -> c.deletePolicy(1));
    for (RuleKind k : RuleKind.values()) {
      calls.add(() -> c.listRules(k, RuleQuery.all(), page));
      calls.add(() -> c.listRules(k, RuleQuery.builder().nameContains("SSL").build(), page));
      calls.add(() -> c.getRule(k, 1));
      calls.add(() -> c.findRuleByName(k, "rule"));
      if (k != RuleKind.APPLICATION_TYPE) {
        calls.add(() -> c.directRuleIds(1, k));
        calls.add(() -> c.effectiveRuleIds(1, k));
        calls.add(() -> c.assignRules(1, k, Set.of(1, 2)));
        calls.add(() -> c.replaceRules(1, k, Set.of(3)));
        calls.add(() -> c.replaceRules(1, k, Set.of()));
        // The example answers list -2147483648 as assigned, so this sends the DELETE.
        calls.add(() -> c.unassignRules(1, k, Set.of(Integer.MIN_VALUE, 5)));
      }
      if (k != RuleKind.APPLICATION_TYPE && k != RuleKind.FIREWALL) {
        calls.add(() -> c.policyRecommendations(1, k));
        calls.add(() -> c.computerRecommendations(1, k));
      }
    }
    calls.add(
        () ->
            c.listRules(
                RuleKind.INTRUSION_PREVENTION,
                RuleQuery.builder()
                    .cve("CVE-2021-44228")
                    .identifier("1008610")
                    .severity(Severity.CRITICAL)
                    .updatedSince(Instant.parse("2024-01-01T00:00:00Z"))
                    .build(),
                page));
    calls.add(
        () ->
            c.listRules(
                RuleKind.INTEGRITY_MONITORING,
                RuleQuery.builder().severity(Severity.HIGH).identifier("1002773").build(),
                page));
    calls.add(() -> c.setDetectOnly(1, true));
    calls.add(() -> c.setDetectOnlyOnPolicy(1, 2, true));
    calls.add(() -> c.listComputers(page));
    calls.add(() -> c.getComputer(1));
    calls.add(() -> c.findComputerByHostName("web1.example.com"));
    calls.add(() -> c.assignPolicy(1, List.of(1, 2)));
    calls.add(() -> c.computerStatus(1));
    for (ComputerAction a :
        List.of(
            ComputerAction.SCAN_FOR_RECOMMENDATIONS,
            ComputerAction.SCAN_FOR_MALWARE,
            ComputerAction.SCAN_FOR_INTEGRITY_CHANGES,
            ComputerAction.SEND_POLICY)) {
      calls.add(() -> check(violations, a, c.runAction(a, List.of(1))));
      calls.add(() -> check(violations, a, c.runAction(a, List.of(1, 2, 3))));
    }
    calls.add(() -> c.listIpLists(page));
    calls.add(() -> c.getIpList(1));
    calls.add(() -> c.findIpListByName("list"));
    calls.add(() -> c.listComputerGroups(page));
    calls.add(() -> c.getComputerGroup(1));
    calls.add(() -> c.findComputerGroupByName("group"));
    for (Executable call : calls) {
      try {
        call.execute();
      } catch (InvalidRequestException e) {
        violations.add(e.getMessage());
      } catch (Throwable e) {
        violations.add("unexpected " + e);
      }
    }
    c.close();
    return violations;
  }

  private static void check(
      List<String> violations, ComputerAction a, io.dsm4j.model.BulkResult r) {
    r.failed().forEach((id, e) -> violations.add(a + " on " + id + ": " + e.getMessage()));
  }
}
