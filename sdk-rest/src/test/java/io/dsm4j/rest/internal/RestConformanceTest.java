package io.dsm4j.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dsm4j.Backend;
import io.dsm4j.Manager;
import io.dsm4j.RestAccess;
import io.dsm4j.exception.InvalidRequestException;
import io.dsm4j.exception.ResponseRejectedException;
import io.dsm4j.model.AdministratorDraft;
import io.dsm4j.model.AgentPlatform;
import io.dsm4j.model.AgentStatus;
import io.dsm4j.model.ApiKeyDraft;
import io.dsm4j.model.CloudConnectorDraft;
import io.dsm4j.model.ComputerAction;
import io.dsm4j.model.ComputerDraft;
import io.dsm4j.model.ComputerQuery;
import io.dsm4j.model.ConnectorType;
import io.dsm4j.model.DeploymentScriptOptions;
import io.dsm4j.model.ModuleState;
import io.dsm4j.model.PolicyDraft;
import io.dsm4j.model.PolicyUpdate;
import io.dsm4j.model.RoleDraft;
import io.dsm4j.model.RuleDraft;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.RuleQuery;
import io.dsm4j.model.RuleUpdate;
import io.dsm4j.model.SecurityModule;
import io.dsm4j.model.SettingScope;
import io.dsm4j.model.Severity;
import io.dsm4j.spi.BackendConfig;
import io.dsm4j.spi.ComputerFilter;
import io.dsm4j.spi.ComputerOperations;
import io.dsm4j.spi.ComputerRuleOperations;
import io.dsm4j.spi.PageRequest;
import io.dsm4j.spi.PolicyOperations;
import io.dsm4j.spi.RuleOperations;
import io.dsm4j.spi.RuleOverrideOperations;
import io.dsm4j.spi.SettingOperations;
import io.dsm4j.tck.ConformanceDrafts;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
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
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    isolateSpecCopy(pb, port);
    Process mock = pb.start();
    java.util.Deque<String> output = new java.util.concurrent.ConcurrentLinkedDeque<>();
    try {
      assumeTrue(awaitListening(mock, output), "dsm-api-mock did not start (needs node and npm)");
      List<String> violations = drive(connection(port), dynamic);
      // A mock that died mid-run is no verdict on the requests: say so, with what it printed.
      assertThat(mock.isAlive())
          .as("dsm-api-mock exited during the run; its last output:%n%s", String.join("\n", output))
          .isTrue();
      assertThat(violations).as("requests the spec rejects").isEmpty();
    } finally {
      mock.descendants().forEach(ProcessHandle::destroy);
      mock.destroy();
      mock.waitFor(10, TimeUnit.SECONDS);
    }
  }

  /**
   * The tool rewrites its copy of the spec in its cache folder on every start, and a running mock
   * reloads when that file changes: two builds on one machine would restart each other's mock
   * mid-run. Each run gets its own cache folder, sharing the installed mock server.
   */
  private static void isolateSpecCopy(ProcessBuilder pb, int port) throws IOException {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path shared =
        (xdg == null || xdg.isBlank()
                ? Path.of(System.getProperty("user.home"), ".cache")
                : Path.of(xdg))
            .resolve("dsm-api-mock");
    if (!Files.isDirectory(shared.resolve("node_modules"))) {
      return; // not installed yet: the tool installs it into the shared folder on this run
    }
    Path own = Path.of("target", "dsm-api-mock-" + port).toAbsolutePath();
    Files.createDirectories(own.resolve("dsm-api-mock"));
    Path link = own.resolve("dsm-api-mock").resolve("node_modules");
    if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      Files.createSymbolicLink(link, shared.resolve("node_modules"));
    }
    pb.environment().put("XDG_CACHE_HOME", own.toString());
  }

  private static boolean awaitListening(Process p, java.util.Deque<String> output)
      throws InterruptedException {
    CountDownLatch up = new CountDownLatch(1);
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                  output.addLast(line);
                  if (output.size() > 40) {
                    output.pollFirst();
                  }
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
        BackendConfig.of(
            Manager.builder()
                .url("http://127.0.0.1:" + port)
                .apiKey("2:conformance-key")
                .backend(Backend.REST)
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(30))
                .bulkReadTimeout(Duration.ofSeconds(30))
                .callTimeout(Duration.ofSeconds(60))
                .userAgent("dsm4j-test")
                .pageSize(100)
                .toSettings()));
  }

  private static List<String> drive(RestConnection c, boolean dynamic) {
    List<String> violations = new ArrayList<>();
    List<Executable> calls = new ArrayList<>();
    PageRequest page = new PageRequest(0, 100);
    PolicyOperations policies = c.policies().orElseThrow();
    RuleOperations rules = c.rules().orElseThrow();
    ComputerOperations computers = c.computers().orElseThrow();
    calls.add(c::serverInfo);
    calls.add(() -> policies.list(page));
    calls.add(() -> policies.get(1));
    calls.add(() -> policies.findByName("Base_Policy%"));
    calls.add(
        () ->
            policies.create(
                PolicyDraft.builder("p")
                    .parentId(1)
                    .description("d")
                    .moduleState(SecurityModule.INTRUSION_PREVENTION, ModuleState.DETECT)
                    .moduleState(SecurityModule.INTEGRITY_MONITORING, ModuleState.REAL_TIME)
                    .moduleState(SecurityModule.FIREWALL, ModuleState.ON)
                    .moduleState(SecurityModule.ANTI_MALWARE, ModuleState.OFF)
                    .moduleState(SecurityModule.LOG_INSPECTION, ModuleState.INHERITED)
                    .moduleState(SecurityModule.WEB_REPUTATION, ModuleState.ON)
                    .moduleState(SecurityModule.APPLICATION_CONTROL, ModuleState.OFF)
                    .moduleState(SecurityModule.ACTIVITY_MONITORING, ModuleState.INHERITED)
                    .build()));
    calls.add(() -> policies.update(1, PolicyUpdate.builder().name("n").description("").build()));
    calls.add(
        () ->
            policies.update(
                1,
                PolicyUpdate.builder()
                    .moduleState(SecurityModule.WEB_REPUTATION, ModuleState.OFF)
                    .moduleState(SecurityModule.APPLICATION_CONTROL, ModuleState.ON)
                    .moduleState(SecurityModule.ACTIVITY_MONITORING, ModuleState.ON)
                    .build()));
    calls.add(() -> policies.delete(1));
    for (RuleKind k : RuleKind.values()) {
      calls.add(() -> rules.list(k, RuleQuery.all(), page));
      calls.add(() -> rules.list(k, RuleQuery.builder().nameContains("SSL").build(), page));
      calls.add(() -> rules.get(k, 1));
      calls.add(() -> rules.findByName(k, "rule"));
      if (k != RuleKind.APPLICATION_TYPE) {
        calls.add(() -> policies.directRuleIds(1, k));
        calls.add(() -> policies.effectiveRuleIds(1, k));
        calls.add(() -> policies.assign(1, k, Set.of(1, 2)));
        calls.add(() -> policies.replace(1, k, Set.of(3)));
        calls.add(() -> policies.replace(1, k, Set.of()));
        // The example answers list -2147483648 as assigned, so this sends the DELETE.
        calls.add(() -> policies.unassign(1, k, Set.of(Integer.MIN_VALUE, 5)));
      }
      if (k != RuleKind.APPLICATION_TYPE) {
        ComputerRuleOperations onComputer = c.computerRules().orElseThrow();
        calls.add(() -> onComputer.directRuleIds(1, k));
        calls.add(() -> onComputer.effectiveRuleIds(1, k));
        calls.add(() -> onComputer.assign(1, k, Set.of(1, 2)));
        calls.add(() -> onComputer.replace(1, k, Set.of(3)));
        calls.add(() -> onComputer.unassign(1, k, Set.of(Integer.MIN_VALUE, 5)));
        RuleOverrideOperations ov = c.ruleOverrides().orElseThrow();
        RuleUpdate changes = RuleUpdate.builder().alertEnabled(true).build();
        for (RuleOverrideOperations.Holder h : RuleOverrideOperations.Holder.values()) {
          calls.add(() -> ov.rule(h, 1, k, 2));
          calls.add(() -> ov.overrides(h, 1, k, 2));
          calls.add(() -> ov.override(h, 1, k, 2, changes));
          calls.add(() -> ov.reset(h, 1, k, 2));
        }
      }
      if (k != RuleKind.APPLICATION_TYPE && k != RuleKind.FIREWALL) {
        calls.add(() -> policies.recommendations(1, k));
        calls.add(() -> computers.recommendations(1, k));
      }
    }
    calls.add(
        () ->
            rules.list(
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
            rules.list(
                RuleKind.INTEGRITY_MONITORING,
                RuleQuery.builder().severity(Severity.HIGH).identifier("1002773").build(),
                page));
    calls.add(() -> rules.setDetectOnly(1, true));
    calls.add(() -> c.ruleOverrides().orElseThrow().setDetectOnly(1, 2, true));
    calls.add(() -> computers.list(page));
    calls.add(() -> computers.get(1));
    calls.add(() -> computers.findByName("web1.example.com"));
    calls.add(() -> computers.assignPolicy(1, List.of(1, 2)));
    calls.add(
        () ->
            computers.list(
                new ComputerFilter(
                    ComputerQuery.builder()
                        .hostName("web*.example.com")
                        .displayName("Web 0?")
                        .search("*web*")
                        .group(3, true)
                        .policy(2)
                        .instanceId("i-0e80f75f9532ad1ba")
                        .status(AgentStatus.OFFLINE)
                        .lastSeenAfter(Instant.parse("2024-01-01T00:00:00Z"))
                        .lastSeenBefore(Instant.parse("2024-02-01T00:00:00Z"))
                        .build(),
                    Set.of(3, 4)),
                page));
    calls.add(
        () ->
            computers.create(
                ComputerDraft.builder("web9.example.com")
                    .displayName("Web 9")
                    .description("d")
                    .groupId(3)
                    .policyId(2)
                    .build()));
    calls.add(() -> computers.create(ComputerDraft.builder("10.0.0.9").build()));
    calls.add(() -> check(violations, "delete", computers.delete(List.of(1, 2))));
    calls.add(() -> check(violations, "move", computers.moveToGroup(List.of(1, 2), 3)));
    for (AgentPlatform p : AgentPlatform.values()) {
      calls.add(() -> computers.deploymentScript(DeploymentScriptOptions.builder(p).build()));
    }
    calls.add(
        () ->
            computers.deploymentScript(
                DeploymentScriptOptions.builder(AgentPlatform.LINUX)
                    .activate(true)
                    .policyId(2)
                    .groupId(3)
                    .validateCertificate(false)
                    .validateSignature(false)
                    .build()));
    for (ComputerAction a :
        List.of(
            ComputerAction.SCAN_FOR_RECOMMENDATIONS,
            ComputerAction.SCAN_FOR_MALWARE,
            ComputerAction.SCAN_FOR_INTEGRITY_CHANGES,
            ComputerAction.SEND_POLICY)) {
      calls.add(() -> check(violations, a.toString(), computers.run(a, List.of(1))));
      calls.add(() -> check(violations, a.toString(), computers.run(a, List.of(1, 2, 3))));
    }
    for (RuleDraft d : ConformanceDrafts.all()) {
      calls.add(() -> rules.create(d));
      calls.add(
          () ->
              rules.update(
                  d.kind(),
                  1,
                  RuleUpdate.builder().description("d").field("alertEnabled", true).build()));
      calls.add(() -> rules.delete(d.kind(), 1));
    }
    SettingOperations settings = c.settings().orElseThrow();
    for (SettingScope scope :
        List.of(
            SettingScope.system(),
            SettingScope.defaultPolicy(),
            SettingScope.policy(1),
            SettingScope.computer(1))) {
      String name =
          scope.level() == SettingScope.Level.SYSTEM
              ? "platformSettingUpdateRulesPolicyAutoApplyEnabled"
              : "firewallSettingReconnaissanceEnabled";
      calls.add(() -> settings.list(scope));
      calls.add(() -> settings.get(scope, name));
      calls.add(() -> settings.set(scope, name, "true"));
      calls.add(() -> settings.reset(scope, name));
    }
    calls.addAll(RestFleetCalls.all(c, page));
    // API keys, administrators, roles, cloud connectors (tenants are not in the spec: on-premises
    // only; RestTenantsTest covers them on the simulator).
    var keys = c.apiKeys().orElseThrow();
    calls.add(() -> keys.list(page));
    calls.add(() -> keys.get(1));
    calls.add(() -> keys.findByName("ci"));
    calls.add(keys::current);
    calls.add(
        () ->
            keys.create(
                ApiKeyDraft.builder("ci", 2)
                    .description("d")
                    .expires(Instant.parse("2030-01-01T00:00:00Z"))
                    .locale("en-US")
                    .timeZone("UTC")
                    .build()));
    calls.add(() -> keys.rotate(1));
    calls.add(() -> keys.disable(1));
    calls.add(() -> keys.delete(1));
    var admins = c.administrators().orElseThrow();
    calls.add(() -> admins.list(page));
    calls.add(() -> admins.get(1));
    calls.add(() -> admins.findByName("auditor"));
    AdministratorDraft admin =
        AdministratorDraft.builder()
            .username("auditor")
            .password("Auditor-pass-1".toCharArray())
            .roleId(2)
            .fullName("Audit")
            .description("d")
            .emailAddress("audit@example.com")
            .active(true)
            .build();
    calls.add(() -> admins.create(admin));
    calls.add(() -> admins.update(1, admin));
    calls.add(() -> admins.delete(1));
    var roles = c.roles().orElseThrow();
    RoleDraft role =
        RoleDraft.builder()
            .name("r")
            .description("d")
            .allComputers(true)
            .allPolicies(false)
            .allowUserInterface(true)
            .allowWebService(true)
            .build();
    calls.add(() -> roles.list(page));
    calls.add(() -> roles.get(1));
    calls.add(() -> roles.findByName("Auditor"));
    calls.add(() -> roles.create(role));
    calls.add(() -> roles.update(1, role));
    calls.add(() -> roles.delete(1));
    var connectors = c.cloudConnectors().orElseThrow();
    for (ConnectorType t : ConnectorType.values()) {
      calls.add(() -> connectors.list(t, page));
      calls.add(() -> connectors.get(t, 1));
      calls.add(() -> connectors.findByName(t, "cloud"));
      calls.add(() -> connectors.delete(t, 1));
    }
    calls.add(
        () ->
            connectors.create(
                CloudConnectorDraft.builder(ConnectorType.AWS, "aws")
                    .set("accessKey", "AKIA")
                    .set("secretKey", "secret-key")
                    .set("seedRegion", "us-east-1")
                    .set("useInstanceRole", false)
                    .set("crossAccountRoleArn", "arn:aws:iam::1:role/x")
                    .set("workspacesEnabled", true)
                    .build()));
    calls.add(
        () ->
            connectors.create(
                CloudConnectorDraft.builder(ConnectorType.AZURE, "azure")
                    .set("azureTenantID", "t")
                    .set("subscriptionID", "s")
                    .set("azureAdApplicationID", "a")
                    .set("azureAdApplicationSecret", "secret-value")
                    .set("resourceApiEndPoint", "https://management.azure.com")
                    .set("loginApiEndPoint", "https://login.microsoftonline.com")
                    .build()));
    calls.add(
        () ->
            connectors.create(
                CloudConnectorDraft.builder(ConnectorType.GCP, "gcp")
                    .set("serviceAccount", "eyJwcm9qZWN0X2lkIjoicCJ9")
                    .build()));
    calls.add(
        () ->
            connectors.create(
                CloudConnectorDraft.builder(ConnectorType.VCENTER, "vc")
                    .set("host", "vc.example.com")
                    .set("port", 443)
                    .set("description", "d")
                    .set("username", "admin")
                    .set("password", "cGFzcw==")
                    .build()));
    calls.add(() -> connectors.synchronize(ConnectorType.GCP, 1));
    calls.add(() -> connectors.synchronize(ConnectorType.VCENTER, 1));
    // The escape hatch: a read, a search and a write of paths dsm4j does not model.
    var raw = c.restAccess().orElseThrow();
    calls.add(() -> raw.send(RestAccess.Request.get("/portlists/1").build()));
    calls.add(
        () ->
            raw.send(
                RestAccess.Request.post("/portlists/search", "{\"maxItems\":10}").bulk().build()));
    calls.add(
        () ->
            raw.send(
                RestAccess.Request.post("/portlists", "{\"name\":\"web\",\"items\":[\"80\"]}")
                    .build()));
    calls.add(
        () ->
            raw.send(
                RestAccess.Request.get("/computers/1").query("expand", "computerStatus").build()));
    for (Executable call : calls) {
      try {
        call.execute();
      } catch (InvalidRequestException e) {
        violations.add(e.getMessage());
      } catch (ResponseRejectedException e) {
        // Random answers ignore the ID cursor, so a paged search may stall on them; the backend
        // then fails instead of looping (RestReadsTest). Anything else rejected is a finding.
        if (!(dynamic && e.getMessage().contains("do not pass the cursor"))) {
          violations.add("unexpected " + e);
        }
      } catch (Throwable e) {
        violations.add("unexpected " + e);
      }
    }
    c.close();
    return violations;
  }

  private static void check(List<String> violations, String a, io.dsm4j.model.BulkResult r) {
    r.failed().forEach((id, e) -> violations.add(a + " on " + id + ": " + e.getMessage()));
  }
}
