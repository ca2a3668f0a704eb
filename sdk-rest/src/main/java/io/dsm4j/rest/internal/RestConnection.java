package io.dsm4j.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.dsm4j.Backend;
import io.dsm4j.Capabilities;
import io.dsm4j.Capability;
import io.dsm4j.exception.ConnectionException;
import io.dsm4j.exception.DsmException;
import io.dsm4j.exception.NotFoundException;
import io.dsm4j.exception.ResponseRejectedException;
import io.dsm4j.http.HttpTransport;
import io.dsm4j.model.BulkResult;
import io.dsm4j.model.Computer;
import io.dsm4j.model.ComputerAction;
import io.dsm4j.model.ComputerGroup;
import io.dsm4j.model.ComputerStatus;
import io.dsm4j.model.IpList;
import io.dsm4j.model.Policy;
import io.dsm4j.model.PolicyDraft;
import io.dsm4j.model.PolicyUpdate;
import io.dsm4j.model.Recommendations;
import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.RuleQuery;
import io.dsm4j.model.StagingSettings;
import io.dsm4j.rest.internal.dto.Dtos.AssignmentsDto;
import io.dsm4j.rest.internal.dto.Dtos.ComputerDto;
import io.dsm4j.rest.internal.dto.Dtos.ComputerFilter;
import io.dsm4j.rest.internal.dto.Dtos.DetectOnlyDto;
import io.dsm4j.rest.internal.dto.Dtos.OnceOnly;
import io.dsm4j.rest.internal.dto.Dtos.PolicyDto;
import io.dsm4j.rest.internal.dto.Dtos.RuleDto;
import io.dsm4j.rest.internal.dto.Dtos.RuleIds;
import io.dsm4j.rest.internal.dto.Dtos.RuleList;
import io.dsm4j.rest.internal.dto.Dtos.ScheduleDetails;
import io.dsm4j.rest.internal.dto.Dtos.ScheduledTaskDto;
import io.dsm4j.rest.internal.dto.Dtos.SearchCriteria;
import io.dsm4j.rest.internal.dto.Dtos.SearchFilter;
import io.dsm4j.rest.internal.dto.Dtos.TaskParameters;
import io.dsm4j.spi.BackendConfig;
import io.dsm4j.spi.BackendConnection;
import io.dsm4j.spi.PageRequest;
import io.dsm4j.spi.PageResult;
import io.dsm4j.spi.ServerInfo;
import java.io.IOException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/** The REST backend: {@code /api} through Retrofit, OkHttp and Jackson. */
public final class RestConnection implements BackendConnection {
  private static final Logger LOG = LoggerFactory.getLogger(RestConnection.class);
  private static final List<String> EXPAND_NONE = List.of("none");
  private static final List<String> EXPAND_STATUS = List.of("computerStatus");

  /** What {@code /api} can do, the same on DSM 11.1–20 and Cloud One for the paths used here. */
  static final Capabilities CAPABILITIES =
      Capabilities.builder()
          .add(
              Capability.POLICIES,
              Capability.POLICY_WRITE,
              Capability.IPS_DETECT_ONLY_GLOBAL,
              Capability.IPS_DETECT_ONLY_PER_POLICY,
              Capability.COMPUTERS,
              Capability.COMPUTER_ASSIGN_POLICY,
              Capability.ACTION_SCAN_FOR_RECOMMENDATIONS,
              Capability.ACTION_SCAN_FOR_MALWARE,
              Capability.ACTION_SCAN_FOR_INTEGRITY_CHANGES,
              Capability.ACTION_SEND_POLICY,
              Capability.IP_LISTS,
              Capability.COMPUTER_GROUPS,
              Capability.STAGING_SETTINGS)
          .add(Capability.RULES, RuleKind.values())
          .add(Capability.RULE_QUERY_NAME, RuleKind.values())
          .add(
              Capability.RULE_QUERY_IDENTIFIER,
              RuleKind.INTRUSION_PREVENTION,
              RuleKind.INTEGRITY_MONITORING,
              RuleKind.LOG_INSPECTION)
          .add(Capability.RULE_QUERY_CVE, RuleKind.INTRUSION_PREVENTION)
          .add(
              Capability.RULE_QUERY_SEVERITY,
              RuleKind.INTRUSION_PREVENTION,
              RuleKind.INTEGRITY_MONITORING)
          .add(
              Capability.RULE_QUERY_UPDATED_SINCE,
              RuleKind.INTRUSION_PREVENTION,
              RuleKind.INTEGRITY_MONITORING,
              RuleKind.LOG_INSPECTION)
          .add(
              Capability.RULE_ASSIGNMENT,
              RuleKind.INTRUSION_PREVENTION,
              RuleKind.FIREWALL,
              RuleKind.INTEGRITY_MONITORING,
              RuleKind.LOG_INSPECTION)
          .add(
              Capability.POLICY_RECOMMENDATIONS,
              RuleKind.INTRUSION_PREVENTION,
              RuleKind.INTEGRITY_MONITORING,
              RuleKind.LOG_INSPECTION)
          .add(
              Capability.COMPUTER_RECOMMENDATIONS,
              RuleKind.INTRUSION_PREVENTION,
              RuleKind.INTEGRITY_MONITORING,
              RuleKind.LOG_INSPECTION)
          .build();

  private final BackendConfig config;
  private final HttpTransport transport;
  private final DsmApi api;
  private final ErrorMapper errors;
  private final HttpSetup.ResponseInfo lastResponse;

  /**
   * @param config the configuration
   */
  public RestConnection(BackendConfig config) {
    this.config = config;
    ObjectMapper json = objectMapper();
    this.errors = new ErrorMapper(json, config.secrets()::redact);
    this.lastResponse = new HttpSetup.ResponseInfo();
    this.transport = HttpSetup.transport(config, lastResponse);
    this.api =
        new Retrofit.Builder()
            .baseUrl(config.baseUrl().toString() + "/")
            .client(transport.client())
            .addConverterFactory(JacksonConverterFactory.create(json))
            .validateEagerly(true)
            .build()
            .create(DsmApi.class);
  }

  /**
   * Liberal in what it accepts: unknown fields, single values for arrays, nulls; sends no nulls.
   * Strict where liberal would be wrong: a key twice in one object is an error, not last-wins.
   */
  static ObjectMapper objectMapper() {
    return JsonMapper.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .serializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        .build();
  }

  // ----------------------------------------------------------------- plumbing

  private <T> T exec(Call<T> call) {
    String op = call.request().method() + " " + call.request().url().encodedPath();
    Response<T> response;
    try {
      // One deadline for the whole exchange: connect, TLS, write and every read of the body.
      call.timeout().timeout(transport.deadlineMillis(), TimeUnit.MILLISECONDS);
      response = call.execute();
    } catch (JsonProcessingException e) {
      String why = config.secrets().redact(e.getOriginalMessage());
      if (why != null && why.startsWith("Duplicate field")) {
        throw new ResponseRejectedException(
            "the answer has a key twice in one object (" + why + "): refused, not guessed",
            op,
            Backend.REST,
            200,
            e);
      }
      throw new ConnectionException(
          "unreadable response body: " + why, op, Backend.REST, 0, null, e);
    } catch (IOException e) {
      throw transport.translate(e, op, call.request());
    } catch (RuntimeException e) {
      throw new ConnectionException(
          "unreadable response: " + e.getMessage(), op, Backend.REST, 0, null, e);
    }
    if (!response.isSuccessful()) {
      throw errors.map(op, response.code(), response.headers().get("Content-Type"), body(response));
    }
    return response.body();
  }

  /** Like {@link #exec} for calls whose answer must have a body. */
  private <T> T require(Call<T> call) {
    String op = call.request().method() + " " + call.request().url().encodedPath();
    T body = exec(call);
    if (body == null) {
      throw new ConnectionException(
          "the manager answered with an empty body", op, Backend.REST, 200, null, null);
    }
    return body;
  }

  private static String body(Response<?> response) {
    try (ResponseBody b = response.errorBody()) {
      if (b == null) {
        return "";
      }
      byte[] head = b.byteStream().readNBytes(64 * 1024);
      return new String(head, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  private static SearchFilter page(PageRequest page, List<SearchCriteria> criteria) {
    List<SearchCriteria> all = new ArrayList<>(criteria);
    all.add(SearchCriteria.idGreaterThan(page.afterId()));
    return new SearchFilter(page.size(), all, true);
  }

  private static SearchFilter byName(String field, String name) {
    // stringWildcards false: otherwise '_' and '%' in a name match other names.
    return new SearchFilter(10, List.of(SearchCriteria.stringEquals(field, name, false)), true);
  }

  private static <T> Optional<T> exact(List<T> found, Function<T, String> nameOf, String name) {
    return found == null
        ? Optional.empty()
        : found.stream().filter(t -> name.equals(nameOf.apply(t))).findFirst();
  }

  // ----------------------------------------------------------------- SPI

  /**
   * @return what every REST connection can do, without making one
   */
  public static Capabilities declaredCapabilities() {
    return CAPABILITIES;
  }

  @Override
  public Backend backend() {
    return Backend.REST;
  }

  @Override
  public Capabilities capabilities() {
    return CAPABILITIES;
  }

  @Override
  public ServerInfo serverInfo() {
    require(api.currentApiKey());
    String version = lastResponse.version();
    // The manager reports "<product>/<version>" in X-DSM-Version.
    if (version != null && version.contains("/")) {
      version = version.substring(version.lastIndexOf('/') + 1).trim();
    }
    Instant time = null;
    String date = lastResponse.date();
    if (date != null) {
      try {
        time = ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      } catch (RuntimeException e) {
        LOG.debug("unparsable Date header: {}", date);
      }
    }
    return new ServerInfo(version == null ? "" : version, time, "v1");
  }

  /** {@code GET /api/apikeys/current} is answered only for a valid key: that is the proof. */
  @Override
  public ServerInfo verifyCredentials() {
    return serverInfo();
  }

  @Override
  public PageResult<Policy> listPolicies(PageRequest page) {
    var list = require(api.searchPolicies(page(page, List.of()))).policies();
    return new PageResult<>(
        list == null ? List.of() : list.stream().map(Mapper::policy).toList(), false);
  }

  @Override
  public Policy getPolicy(int id) {
    return Mapper.policy(require(api.getPolicy(id)));
  }

  @Override
  public Optional<Policy> findPolicyByName(String name) {
    var list = require(api.searchPolicies(byName("name", name))).policies();
    return exact(list, d -> d.name(), name).map(Mapper::policy);
  }

  @Override
  public Policy createPolicy(PolicyDraft draft) {
    return Mapper.policy(require(api.createPolicy(Mapper.policy(draft))));
  }

  @Override
  public Policy updatePolicy(int id, PolicyUpdate update) {
    return Mapper.policy(require(api.modifyPolicy(id, Mapper.changes(update))));
  }

  @Override
  public void deletePolicy(int id) {
    exec(api.deletePolicy(id));
  }

  @Override
  public List<Integer> directRuleIds(int policyId, RuleKind kind) {
    return assigned(require(api.policyAssignments(policyId, Mapper.module(kind), true)));
  }

  @Override
  public List<Integer> effectiveRuleIds(int policyId, RuleKind kind) {
    return assigned(require(api.policyAssignments(policyId, Mapper.module(kind), false)));
  }

  private static List<Integer> assigned(AssignmentsDto d) {
    return Mapper.ids(d.assignedRuleIds());
  }

  @Override
  public List<Integer> assignRules(int policyId, RuleKind kind, Set<Integer> ruleIds) {
    return assigned(
        require(
            api.addPolicyAssignments(
                policyId, Mapper.module(kind), true, new RuleIds(List.copyOf(ruleIds)))));
  }

  @Override
  public List<Integer> unassignRules(int policyId, RuleKind kind, Set<Integer> ruleIds) {
    Set<Integer> current = new HashSet<>(directRuleIds(policyId, kind));
    List<Integer> result = List.copyOf(current);
    for (Integer id : ruleIds) {
      if (current.contains(id)) {
        result =
            assigned(require(api.removePolicyAssignment(policyId, Mapper.module(kind), id, true)));
      }
    }
    return result;
  }

  @Override
  public List<Integer> replaceRules(int policyId, RuleKind kind, Set<Integer> ruleIds) {
    return assigned(
        require(
            api.setPolicyAssignments(
                policyId, Mapper.module(kind), true, new RuleIds(List.copyOf(ruleIds)))));
  }

  @Override
  public Recommendations policyRecommendations(int policyId, RuleKind kind) {
    return Mapper.recommendations(
        kind, require(api.policyAssignments(policyId, Mapper.module(kind), false)));
  }

  @Override
  public PageResult<Rule> listRules(RuleKind kind, RuleQuery query, PageRequest page) {
    RuleList list = require(api.searchRules(Mapper.catalog(kind), page(page, criteria(query))));
    return new PageResult<>(
        rules(kind, list).stream().map(d -> Mapper.rule(kind, d)).toList(), false);
  }

  /** The server-side criteria of a query; the core drops wildcard false positives afterwards. */
  static List<SearchCriteria> criteria(RuleQuery q) {
    List<SearchCriteria> c = new ArrayList<>();
    if (q.identifier() != null) {
      c.add(SearchCriteria.stringEquals("identifier", q.identifier(), false));
    }
    if (q.cve() != null) {
      c.add(SearchCriteria.stringEquals("CVE", "%" + q.cve() + "%", true));
    }
    if (q.severity() != null) {
      c.add(
          SearchCriteria.choiceEquals(
              "severity", q.severity().name().toLowerCase(java.util.Locale.ROOT)));
    }
    if (q.updatedSince() != null) {
      c.add(SearchCriteria.dateFrom("lastUpdated", q.updatedSince().toEpochMilli()));
    }
    if (q.nameContains() != null) {
      c.add(SearchCriteria.stringEquals("name", "%" + q.nameContains() + "%", true));
    }
    return c;
  }

  private static List<RuleDto> rules(RuleKind kind, RuleList list) {
    List<RuleDto> items =
        switch (kind) {
          case INTRUSION_PREVENTION -> list.intrusionPreventionRules();
          case FIREWALL -> list.firewallRules();
          case INTEGRITY_MONITORING -> list.integrityMonitoringRules();
          case LOG_INSPECTION -> list.logInspectionRules();
          case APPLICATION_TYPE -> list.applicationTypes();
        };
    return items == null ? List.of() : items;
  }

  @Override
  public Rule getRule(RuleKind kind, int id) {
    return Mapper.rule(kind, require(api.getRule(Mapper.catalog(kind), id)));
  }

  @Override
  public Optional<Rule> findRuleByName(RuleKind kind, String name) {
    RuleList list = require(api.searchRules(Mapper.catalog(kind), byName("name", name)));
    return exact(rules(kind, list), RuleDto::name, name).map(d -> Mapper.rule(kind, d));
  }

  @Override
  public Rule setDetectOnly(int ruleId, boolean detectOnly) {
    return Mapper.rule(
        RuleKind.INTRUSION_PREVENTION,
        require(api.modifyIpsRule(ruleId, new DetectOnlyDto(detectOnly))));
  }

  @Override
  public void setDetectOnlyOnPolicy(int policyId, int ruleId, boolean detectOnly) {
    require(api.modifyIpsRuleOnPolicy(policyId, ruleId, true, new DetectOnlyDto(detectOnly)));
  }

  @Override
  public PageResult<Computer> listComputers(PageRequest page) {
    var list = require(api.searchComputers(EXPAND_NONE, page(page, List.of()))).computers();
    return new PageResult<>(
        list == null ? List.of() : list.stream().map(Mapper::computer).toList(), false);
  }

  @Override
  public Computer getComputer(int id) {
    return Mapper.computer(require(api.getComputer(id, EXPAND_NONE)));
  }

  @Override
  public Optional<Computer> findComputerByHostName(String hostName) {
    var list = require(api.searchComputers(EXPAND_NONE, byName("hostName", hostName))).computers();
    return exact(list, ComputerDto::hostName, hostName).map(Mapper::computer);
  }

  @Override
  public void assignPolicy(int policyId, List<Integer> computerIds) {
    for (int id : computerIds) {
      require(api.modifyComputer(id, EXPAND_NONE, ComputerDto.withPolicy(policyId)));
    }
  }

  @Override
  public ComputerStatus computerStatus(int computerId) {
    return Mapper.status(computerId, require(api.getComputer(computerId, EXPAND_STATUS)));
  }

  @Override
  public BulkResult runAction(ComputerAction action, List<Integer> computerIds) {
    return new ScheduledTasks(this).run(action, computerIds);
  }

  @Override
  public Recommendations computerRecommendations(int computerId, RuleKind kind) {
    return Mapper.recommendations(
        kind, require(api.computerAssignments(computerId, Mapper.module(kind), false)));
  }

  @Override
  public StagingSettings stagingSettings(List<Integer> policyIds) {
    Boolean autoApply =
        Mapper.flag(
            require(api.systemSettings()), "platformSettingUpdateRulesPolicyAutoApplyEnabled");
    Map<Integer, StagingSettings.PolicyStaging> policies = new LinkedHashMap<>();
    for (int id : policyIds) {
      PolicyDto p = require(api.getPolicy(id));
      String mode = p.recommendationScanMode();
      policies.put(
          id,
          new StagingSettings.PolicyStaging(
              id,
              Mapper.flag(
                  p.policySettings(), "intrusionPreventionSettingAutoApplyRecommendationsEnabled"),
              mode == null ? null : mode.equalsIgnoreCase("ongoing")));
    }
    return new StagingSettings(autoApply, policies);
  }

  @Override
  public PageResult<IpList> listIpLists(PageRequest page) {
    var list = require(api.searchIpLists(page(page, List.of()))).ipLists();
    return new PageResult<>(
        list == null ? List.of() : list.stream().map(Mapper::ipList).toList(), false);
  }

  @Override
  public IpList getIpList(int id) {
    return Mapper.ipList(require(api.getIpList(id)));
  }

  @Override
  public Optional<IpList> findIpListByName(String name) {
    var list = require(api.searchIpLists(byName("name", name))).ipLists();
    return exact(list, d -> d.name(), name).map(Mapper::ipList);
  }

  @Override
  public PageResult<ComputerGroup> listComputerGroups(PageRequest page) {
    var list = require(api.searchComputerGroups(page(page, List.of()))).computerGroups();
    return new PageResult<>(
        list == null ? List.of() : list.stream().map(Mapper::group).toList(), false);
  }

  @Override
  public ComputerGroup getComputerGroup(int id) {
    return Mapper.group(require(api.getComputerGroup(id)));
  }

  @Override
  public Optional<ComputerGroup> findComputerGroupByName(String name) {
    var list = require(api.searchComputerGroups(byName("name", name))).computerGroups();
    return exact(list, d -> d.name(), name).map(Mapper::group);
  }

  @Override
  public void close() {
    transport.close();
  }

  @Override
  public String toString() {
    return "RestConnection[" + config.baseUrl() + "]";
  }

  // ----------------------------------------------------------------- scheduled tasks

  /**
   * Computer actions through scheduled tasks run now: {@code /api} has no direct endpoints. A
   * task's computer filter names one computer, a group or a policy; a group or policy filter is
   * used only when its computers are exactly the ones asked for, otherwise one task per computer.
   * Tasks are deleted afterwards.
   */
  static final class ScheduledTasks {
    private final RestConnection rest;

    ScheduledTasks(RestConnection rest) {
      this.rest = rest;
    }

    BulkResult run(ComputerAction action, List<Integer> computerIds) {
      String type =
          switch (action) {
            case SCAN_FOR_RECOMMENDATIONS -> "scan-for-recommendations";
            case SCAN_FOR_MALWARE -> "scan-for-malware";
            case SCAN_FOR_INTEGRITY_CHANGES -> "scan-for-integrity-changes";
            case SEND_POLICY -> "send-policy";
            default -> throw new IllegalArgumentException(action + " has no scheduled task");
          };
      ComputerFilter shared = computerIds.size() >= 3 ? sharedFilter(computerIds) : null;
      if (shared != null) {
        try {
          runTask(type, shared);
          return new BulkResult(computerIds, Map.of());
        } catch (DsmException e) {
          Map<Integer, DsmException> failed = new LinkedHashMap<>();
          computerIds.forEach(id -> failed.put(id, e));
          return new BulkResult(List.of(), failed);
        }
      }
      List<Integer> ok = new ArrayList<>();
      Map<Integer, DsmException> failed = new LinkedHashMap<>();
      for (int id : computerIds) {
        try {
          runTask(type, new ComputerFilter("computer", id, null, null));
          ok.add(id);
        } catch (DsmException e) {
          failed.put(id, e);
        }
      }
      return new BulkResult(ok, failed);
    }

    /** A group or policy filter that covers exactly these computers, or null. */
    private ComputerFilter sharedFilter(List<Integer> ids) {
      Set<Integer> wanted = new HashSet<>(ids);
      Computer first = rest.getComputer(ids.get(0));
      if (first.groupId() != null && wanted.equals(idsWhere("groupID", first.groupId()))) {
        return new ComputerFilter("computers-in-group", null, first.groupId(), null);
      }
      if (first.policyId() != null && wanted.equals(idsWhere("policyID", first.policyId()))) {
        return new ComputerFilter("computers-using-policy", null, null, first.policyId());
      }
      return null;
    }

    private Set<Integer> idsWhere(String field, int value) {
      Set<Integer> found = new HashSet<>();
      long after = 0;
      while (true) {
        SearchFilter f =
            new SearchFilter(
                rest.config.pageSize(),
                List.of(
                    SearchCriteria.numberEquals(field, value), SearchCriteria.idGreaterThan(after)),
                true);
        var page = rest.require(rest.api.searchComputers(EXPAND_NONE, f)).computers();
        if (page == null || page.isEmpty()) {
          return found;
        }
        long max = after;
        for (ComputerDto c : page) {
          if (c.id() != null) {
            found.add(c.id());
            max = Math.max(max, c.id());
          }
        }
        if (max <= after) {
          return found;
        }
        after = max;
      }
    }

    private void runTask(String type, ComputerFilter filter) {
      TaskParameters p = new TaskParameters(filter);
      ScheduledTaskDto task =
          new ScheduledTaskDto(
              null,
              "dsm4j " + type + " " + UUID.randomUUID(),
              type,
              new ScheduleDetails("none", 1, new OnceOnly(0L)),
              true,
              type.equals("scan-for-recommendations") ? p : null,
              type.equals("scan-for-malware") ? p : null,
              type.equals("scan-for-integrity-changes") ? p : null,
              type.equals("send-policy") ? p : null);
      ScheduledTaskDto created = rest.require(rest.api.createScheduledTask(task));
      if (created.id() != null) {
        try {
          rest.exec(rest.api.deleteScheduledTask(created.id()));
        } catch (NotFoundException e) {
          // A run-once task may already have removed itself.
        }
      }
    }
  }
}
