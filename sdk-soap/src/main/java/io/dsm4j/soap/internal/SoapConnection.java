package io.dsm4j.soap.internal;

import io.dsm4j.Backend;
import io.dsm4j.Capabilities;
import io.dsm4j.Capability;
import io.dsm4j.exception.ConflictException;
import io.dsm4j.exception.DsmException;
import io.dsm4j.exception.InvalidRequestException;
import io.dsm4j.exception.NotFoundException;
import io.dsm4j.exception.ServerException;
import io.dsm4j.model.BulkResult;
import io.dsm4j.model.Computer;
import io.dsm4j.model.ComputerAction;
import io.dsm4j.model.ComputerGroup;
import io.dsm4j.model.ComputerStatus;
import io.dsm4j.model.Event;
import io.dsm4j.model.EventKind;
import io.dsm4j.model.IpList;
import io.dsm4j.model.ModuleState;
import io.dsm4j.model.Policy;
import io.dsm4j.model.PolicyDraft;
import io.dsm4j.model.PolicyUpdate;
import io.dsm4j.model.Recommendations;
import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.RuleQuery;
import io.dsm4j.model.ScanStatus;
import io.dsm4j.model.SecurityModule;
import io.dsm4j.model.SecurityUpdate;
import io.dsm4j.model.SecurityUpdateResult;
import io.dsm4j.model.StagingSettings;
import io.dsm4j.soap.internal.WsdlEnums.HostDetailLevel;
import io.dsm4j.soap.internal.WsdlEnums.HostFilterType;
import io.dsm4j.soap.internal.WsdlEnums.Operator;
import io.dsm4j.soap.internal.WsdlEnums.SecurityProfileRecommendationState;
import io.dsm4j.soap.internal.WsdlEnums.TimeFilterType;
import io.dsm4j.soap.internal.generated.ApplierInformationTransport;
import io.dsm4j.soap.internal.generated.DPIRuleTransport;
import io.dsm4j.soap.internal.generated.EditableSettingStoredTransport;
import io.dsm4j.soap.internal.generated.HostDetailTransport;
import io.dsm4j.soap.internal.generated.HostFilterTransport;
import io.dsm4j.soap.internal.generated.HostStatusTransport;
import io.dsm4j.soap.internal.generated.IDFilterTransport;
import io.dsm4j.soap.internal.generated.IDFilterTransport2;
import io.dsm4j.soap.internal.generated.Manager;
import io.dsm4j.soap.internal.generated.SecurityProfileTransport;
import io.dsm4j.soap.internal.generated.SystemInformationTransport;
import io.dsm4j.soap.internal.generated.TimeFilterTransport;
import io.dsm4j.spi.BackendConfig;
import io.dsm4j.spi.BackendConnection;
import io.dsm4j.spi.EventBatch;
import io.dsm4j.spi.PageRequest;
import io.dsm4j.spi.PageResult;
import io.dsm4j.spi.ServerInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SOAP backend's connection: each SPI method is one or a few Web Service API calls. The {@code
 * …RetrieveAll} calls (whole catalogs, many MB) get the bulk size limit; list results are one
 * complete page sorted by ID.
 */
public final class SoapConnection implements BackendConnection {
  private static final Logger LOG = LoggerFactory.getLogger(SoapConnection.class);

  private static final Capabilities CAPABILITIES = capabilitiesOf();

  private final SoapClient client;

  /**
   * Makes the ports; does not touch the network.
   *
   * @param config the configuration
   */
  public SoapConnection(BackendConfig config) {
    this.client = new SoapClient(config);
  }

  private static Capabilities capabilitiesOf() {
    RuleKind[] all = RuleKind.values();
    return Capabilities.builder()
        .add(
            Capability.POLICIES,
            Capability.POLICY_WRITE,
            Capability.IPS_DETECT_ONLY_GLOBAL,
            Capability.COMPUTERS,
            Capability.COMPUTER_ASSIGN_POLICY,
            Capability.ACTION_SCAN_FOR_RECOMMENDATIONS,
            Capability.ACTION_SCAN_FOR_MALWARE,
            Capability.ACTION_SCAN_FOR_INTEGRITY_CHANGES,
            Capability.ACTION_SEND_POLICY,
            Capability.ACTION_GET_EVENTS_NOW,
            Capability.ACTION_CLEAR_WARNINGS_AND_ERRORS,
            Capability.SECURITY_UPDATES,
            Capability.EVENTS,
            Capability.IP_LISTS,
            Capability.COMPUTER_GROUPS,
            Capability.STAGING_SETTINGS)
        .add(Capability.RULES, all)
        .add(Capability.RULE_ASSIGNMENT, all)
        .add(Capability.POLICY_RECOMMENDATIONS, all)
        .add(Capability.COMPUTER_RECOMMENDATIONS, all)
        .add(Capability.RULE_QUERY_NAME, all)
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
        .build();
  }

  /**
   * @return what every SOAP connection can do, without making one
   */
  public static Capabilities declaredCapabilities() {
    return CAPABILITIES;
  }

  @Override
  public Backend backend() {
    return Backend.SOAP;
  }

  @Override
  public Capabilities capabilities() {
    return CAPABILITIES;
  }

  @Override
  public ServerInfo serverInfo() {
    Instant time = Mappers.instant(client.plain("getManagerTime", Manager::getManagerTime));
    int api = client.plain("getApiVersion", Manager::getApiVersion);
    return new ServerInfo(managerVersion(), time, Integer.toString(api));
  }

  /**
   * Signs in (unless a session from an earlier sign-in is open) before reading the server's
   * information: {@link #serverInfo()} alone uses calls that need no session and tolerates a
   * refused one, so it cannot tell a wrong password.
   */
  @Override
  public ServerInfo verifyCredentials() {
    client.call("authenticate", false, (port, sid) -> sid);
    return serverInfo();
  }

  /** The product version from systemInformationRetrieve, or "" when it does not say. */
  private String managerVersion() {
    List<SystemInformationTransport> info;
    try {
      info = client.call("systemInformationRetrieve", false, Manager::systemInformationRetrieve);
    } catch (DsmException e) {
      if (e.fault() == null) {
        throw e; // the manager is unreachable: that is an error, not a missing version
      }
      // A role may lack the right to read system information; the version is optional.
      LOG.debug("systemInformationRetrieve refused ({}); no manager version", e.fault());
      return "";
    }
    return managerVersion(info);
  }

  static String managerVersion(List<SystemInformationTransport> info) {
    if (info == null) {
      return "";
    }
    String fallback = "";
    for (SystemInformationTransport i : info) {
      if (i == null || i.getValue() == null || i.getValue().isBlank()) {
        continue;
      }
      String label = (nz(i.getKey()) + " " + nz(i.getName())).toLowerCase(Locale.ROOT);
      if (!label.contains("version")) {
        continue;
      }
      if (label.contains("manager")) {
        return i.getValue().trim();
      }
      if (fallback.isEmpty()
          && !label.contains("database")
          && !label.contains("java")
          && !label.contains("os ")
          && !label.contains("agent")) {
        fallback = i.getValue().trim();
      }
    }
    return fallback;
  }

  // ---------------------------------------------------------------- helpers

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  /** Maps a list, leaving out items the mapper rejects (no ID), sorted by ID. */
  private static <S, T> List<T> mapAll(
      List<S> items, Function<S, T> mapper, ToIntFunction<T> id, String what) {
    if (items == null) {
      return List.of();
    }
    List<T> out = new ArrayList<>(items.size());
    int skipped = 0;
    for (S s : items) {
      T t = s == null ? null : mapper.apply(s);
      if (t == null) {
        skipped++;
      } else {
        out.add(t);
      }
    }
    if (skipped > 0) {
      LOG.debug("left out {} {} without an ID", skipped, what);
    }
    out.sort(Comparator.comparingInt(id));
    return out;
  }

  private static NotFoundException notFound(String what, int id, String op) {
    return BackendConnection.notFound(what, id, op, Backend.SOAP);
  }

  /** A by-ID read: the manager's nil answer and its "does not exist" faults are both not-found. */
  private static <T> T found(T value, String what, int id, String op) {
    if (value == null) {
      throw notFound(what, id, op);
    }
    return value;
  }

  /** A by-name read: only an exact name match counts; "does not exist" faults mean empty. */
  private <T> Optional<T> byName(
      String op, SoapClient.SessionCall<T> call, Function<T, String> nameOf, String name) {
    T t;
    try {
      t = client.call(op, false, call);
    } catch (NotFoundException e) {
      return Optional.empty();
    }
    if (t == null || !name.equals(nameOf.apply(t))) {
      return Optional.empty();
    }
    return Optional.of(t);
  }

  // ---------------------------------------------------------------- policies

  @Override
  public PageResult<Policy> listPolicies(PageRequest page) {
    return PageResult.all(
        mapAll(
            client.call("securityProfileRetrieveAll", true, Manager::securityProfileRetrieveAll),
            Mappers::policy,
            Policy::id,
            "policies"));
  }

  private SecurityProfileTransport readPolicy(int id) {
    String op = "securityProfileRetrieve";
    SecurityProfileTransport t = client.call(op, false, (p, s) -> p.securityProfileRetrieve(id, s));
    if (t == null || t.getID() == null) {
      throw notFound("policy", id, op);
    }
    return t;
  }

  @Override
  public Policy getPolicy(int id) {
    return Mappers.policy(readPolicy(id));
  }

  @Override
  public Optional<Policy> findPolicyByName(String name) {
    return byName(
            "securityProfileRetrieveByName",
            (p, s) -> p.securityProfileRetrieveByName(name, s),
            SecurityProfileTransport::getName,
            name)
        .map(Mappers::policy);
  }

  @Override
  public Policy createPolicy(PolicyDraft draft) {
    SecurityProfileTransport t = new SecurityProfileTransport();
    t.setID(null); // nil ID: the manager creates a new profile
    t.setName(draft.name());
    t.setDescription(draft.description());
    t.setParentSecurityProfileID(draft.parentId());
    // Non-nillable primitives are always sent, so set them on purpose: inherit the parent's
    // anti-malware configurations rather than send "false".
    t.setAntiMalwareManualInherit(true);
    t.setAntiMalwareRealTimeInherit(true);
    t.setAntiMalwareScheduledInherit(true);
    // Modules the draft leaves open: inherited under a parent, off at the top level.
    ModuleState open = draft.parentId() != null ? ModuleState.INHERITED : ModuleState.OFF;
    for (SecurityModule m : SecurityModule.values()) {
      Mappers.setState(t, m, draft.moduleStates().getOrDefault(m, open));
    }
    for (RuleKind k : RuleKind.values()) {
      Mappers.setRuleIds(t, k, Mappers.intArray(List.of()));
    }
    return savePolicy(t);
  }

  private Policy savePolicy(SecurityProfileTransport t) {
    String op = "securityProfileSave";
    Policy saved = Mappers.policy(client.call(op, false, (p, s) -> p.securityProfileSave(t, s)));
    if (saved == null) {
      throw new ServerException(
          "the manager returned no policy after saving", op, Backend.SOAP, 0, null, null);
    }
    return saved;
  }

  @Override
  public Policy updatePolicy(int id, PolicyUpdate update) {
    SecurityProfileTransport t = readPolicy(id);
    if (update.name() != null) {
      t.setName(update.name());
    }
    if (update.description() != null) {
      t.setDescription(update.description());
    }
    update.moduleStates().forEach((m, st) -> Mappers.setState(t, m, st));
    return savePolicy(t);
  }

  @Override
  public void deletePolicy(int id) {
    client.call(
        "securityProfileDelete",
        false,
        (p, s) -> {
          p.securityProfileDelete(List.of(id), s);
          return null;
        });
  }

  // ---------------------------------------------------------------- rule assignment

  @Override
  public List<Integer> directRuleIds(int policyId, RuleKind kind) {
    return Mappers.sortedIds(Mappers.ints(Mappers.ruleIds(readPolicy(policyId), kind)));
  }

  /** The deepest policy tree walked; DSM trees are a few levels deep, a longer chain is bogus. */
  static final int MAX_POLICY_DEPTH = 64;

  /**
   * The rules in effect: the policy's own and every ancestor's. Overrides the SPI default to read
   * each policy once, and to stop on a cycle or an implausibly long chain.
   */
  @Override
  public List<Integer> effectiveRuleIds(int policyId, RuleKind kind) {
    Set<Integer> seen = new HashSet<>();
    TreeSet<Integer> rules = new TreeSet<>();
    Integer current = policyId;
    while (current != null && seen.add(current)) {
      if (seen.size() > MAX_POLICY_DEPTH) {
        throw new ServerException(
            "policy "
                + policyId
                + " has more than "
                + MAX_POLICY_DEPTH
                + " ancestors; the parent chain looks broken",
            "securityProfileRetrieve",
            Backend.SOAP,
            0,
            null,
            null);
      }
      SecurityProfileTransport t = readPolicy(current);
      rules.addAll(Mappers.ints(Mappers.ruleIds(t, kind)));
      current = t.getParentSecurityProfileID();
    }
    return List.copyOf(rules);
  }

  @Override
  public List<Integer> assignRules(int policyId, RuleKind kind, Set<Integer> ruleIds) {
    return changeRules(
        policyId,
        kind,
        current -> {
          Set<Integer> next = new TreeSet<>(current);
          next.addAll(ruleIds);
          return next;
        });
  }

  @Override
  public List<Integer> unassignRules(int policyId, RuleKind kind, Set<Integer> ruleIds) {
    return changeRules(
        policyId,
        kind,
        current -> {
          Set<Integer> next = new TreeSet<>(current);
          next.removeAll(ruleIds);
          return next;
        });
  }

  @Override
  public List<Integer> replaceRules(int policyId, RuleKind kind, Set<Integer> ruleIds) {
    return changeRules(policyId, kind, current -> new TreeSet<>(ruleIds));
  }

  /**
   * Read-modify-write of one rule-ID list. The complete transport as read is saved, so that no
   * other field is reset; the policy is read again afterwards and a list that is not what was saved
   * means someone else changed it at the same time.
   */
  private List<Integer> changeRules(
      int policyId, RuleKind kind, Function<Set<Integer>, Set<Integer>> change) {
    SecurityProfileTransport t = readPolicy(policyId);
    Set<Integer> current = new TreeSet<>(Mappers.ints(Mappers.ruleIds(t, kind)));
    Set<Integer> wanted = change.apply(current);
    if (wanted.equals(current)) {
      return List.copyOf(current);
    }
    Mappers.setRuleIds(t, kind, Mappers.intArray(wanted));
    client.call("securityProfileSave", false, (p, s) -> p.securityProfileSave(t, s));
    Set<Integer> after = new TreeSet<>(Mappers.ints(Mappers.ruleIds(readPolicy(policyId), kind)));
    if (!after.equals(wanted)) {
      throw new ConflictException(
          "the "
              + kind
              + " rules of policy "
              + policyId
              + " changed concurrently: saved "
              + wanted
              + " but the manager now has "
              + after,
          "securityProfileSave",
          Backend.SOAP,
          0,
          null,
          null);
    }
    return List.copyOf(after);
  }

  @Override
  public Recommendations policyRecommendations(int policyId, RuleKind kind) {
    List<Integer> recommended =
        client.call(
            "securityProfileRecommendationRuleIDsRetrieve",
            false,
            (p, s) ->
                p.securityProfileRecommendationRuleIDsRetrieve(
                    policyId, Mappers.ruleType(kind), s));
    // Rules inherited from a parent are assigned too: recommend only what is not in effect.
    Set<Integer> assigned = new HashSet<>(effectiveRuleIds(policyId, kind));
    List<Integer> toAssign =
        Mappers.sortedIds(recommended).stream().filter(id -> !assigned.contains(id)).toList();
    return new Recommendations(kind, ScanStatus.UNKNOWN, null, toAssign, List.of());
  }

  // ---------------------------------------------------------------- rules

  @Override
  public PageResult<Rule> listRules(RuleKind kind, RuleQuery query, PageRequest page) {
    List<Rule> all =
        switch (kind) {
          case INTRUSION_PREVENTION ->
              mapAll(
                  client.call("DPIRuleRetrieveAll", true, Manager::dpiRuleRetrieveAll),
                  Mappers::ipsRule,
                  Rule::id,
                  "rules");
          case FIREWALL ->
              mapAll(
                  client.call("firewallRuleRetrieveAll", true, Manager::firewallRuleRetrieveAll),
                  Mappers::firewallRule,
                  Rule::id,
                  "rules");
          case INTEGRITY_MONITORING ->
              mapAll(
                  client.call("integrityRuleRetrieveAll", true, Manager::integrityRuleRetrieveAll),
                  Mappers::integrityRule,
                  Rule::id,
                  "rules");
          case LOG_INSPECTION ->
              mapAll(
                  client.call(
                      "logInspectionRuleRetrieveAll", true, Manager::logInspectionRuleRetrieveAll),
                  Mappers::logInspectionRule,
                  Rule::id,
                  "rules");
          case APPLICATION_TYPE ->
              mapAll(
                  client.call(
                      "applicationTypeRetrieveAll", true, Manager::applicationTypeRetrieveAll),
                  Mappers::applicationType,
                  Rule::id,
                  "application types");
        };
    // SOAP has no rule search: the query is applied here, to the whole catalog.
    return PageResult.all(all.stream().filter(query::matches).toList());
  }

  @Override
  public Rule getRule(RuleKind kind, int id) {
    return switch (kind) {
      case INTRUSION_PREVENTION -> {
        String op = "DPIRuleRetrieve";
        yield found(
            Mappers.ipsRule(client.call(op, false, (p, s) -> p.dpiRuleRetrieve(id, s))),
            "intrusion prevention rule",
            id,
            op);
      }
      case FIREWALL -> {
        String op = "firewallRuleRetrieve";
        yield found(
            Mappers.firewallRule(client.call(op, false, (p, s) -> p.firewallRuleRetrieve(id, s))),
            "firewall rule",
            id,
            op);
      }
      case INTEGRITY_MONITORING -> {
        String op = "integrityRuleRetrieve";
        yield found(
            Mappers.integrityRule(client.call(op, false, (p, s) -> p.integrityRuleRetrieve(id, s))),
            "integrity monitoring rule",
            id,
            op);
      }
      case LOG_INSPECTION -> {
        String op = "logInspectionRuleRetrieve";
        yield found(
            Mappers.logInspectionRule(
                client.call(op, false, (p, s) -> p.logInspectionRuleRetrieve(id, s))),
            "log inspection rule",
            id,
            op);
      }
      case APPLICATION_TYPE -> {
        String op = "applicationTypeRetrieve";
        yield found(
            Mappers.applicationType(
                client.call(op, false, (p, s) -> p.applicationTypeRetrieve(id, s))),
            "application type",
            id,
            op);
      }
    };
  }

  @Override
  public Optional<Rule> findRuleByName(RuleKind kind, String name) {
    Optional<Rule> rule =
        switch (kind) {
          case INTRUSION_PREVENTION ->
              byName(
                      "DPIRuleRetrieveByName",
                      (p, s) -> p.dpiRuleRetrieveByName(name, s),
                      t -> t.getName(),
                      name)
                  .map(Mappers::ipsRule);
          case FIREWALL ->
              byName(
                      "firewallRuleRetrieveByName",
                      (p, s) -> p.firewallRuleRetrieveByName(name, s),
                      t -> t.getName(),
                      name)
                  .map(Mappers::firewallRule);
          case INTEGRITY_MONITORING ->
              byName(
                      "integrityRuleRetrieveByName",
                      (p, s) -> p.integrityRuleRetrieveByName(name, s),
                      t -> t.getName(),
                      name)
                  .map(Mappers::integrityRule);
          case LOG_INSPECTION ->
              byName(
                      "logInspectionRuleRetrieveByName",
                      (p, s) -> p.logInspectionRuleRetrieveByName(name, s),
                      t -> t.getName(),
                      name)
                  .map(Mappers::logInspectionRule);
          case APPLICATION_TYPE ->
              byName(
                      "applicationTypeRetrieveByName",
                      (p, s) -> p.applicationTypeRetrieveByName(name, s),
                      t -> t.getName(),
                      name)
                  .map(Mappers::applicationType);
        };
    return rule;
  }

  /**
   * {@inheritDoc}
   *
   * <p>The flag belongs to the rule, so this affects every policy that uses it.
   */
  @Override
  public Rule setDetectOnly(int ruleId, boolean detectOnly) {
    String op = "DPIRuleRetrieve";
    DPIRuleTransport t = client.call(op, false, (p, s) -> p.dpiRuleRetrieve(ruleId, s));
    if (t == null || t.getID() == null) {
      throw notFound("intrusion prevention rule", ruleId, op);
    }
    t.setDetectOnly(detectOnly);
    DPIRuleTransport saved = client.call("DPIRuleSave", false, (p, s) -> p.dpiRuleSave(t, s));
    Rule rule = Mappers.ipsRule(saved);
    if (rule == null) {
      throw new ServerException(
          "the manager returned no rule after saving", "DPIRuleSave", Backend.SOAP, 0, null, null);
    }
    return rule;
  }

  // ---------------------------------------------------------------- computers

  private static HostFilterTransport allHosts() {
    HostFilterTransport f = new HostFilterTransport();
    f.setType(HostFilterType.ALL_HOSTS.name());
    return f;
  }

  private static HostFilterTransport oneHost(int id) {
    HostFilterTransport f = new HostFilterTransport();
    f.setType(HostFilterType.SPECIFIC_HOST.name());
    f.setHostID(id);
    return f;
  }

  @Override
  public PageResult<Computer> listComputers(PageRequest page) {
    HostFilterTransport f = allHosts();
    // Every computer with its details is as large as a catalog: bulk timeout.
    return PageResult.all(
        mapAll(
            client.call(
                "hostDetailRetrieve",
                true,
                (p, s) -> p.hostDetailRetrieve(f, HostDetailLevel.LOW.name(), s)),
            Mappers::computer,
            Computer::id,
            "computers"));
  }

  @Override
  public Computer getComputer(int id) {
    String op = "hostDetailRetrieve";
    HostFilterTransport f = oneHost(id);
    List<HostDetailTransport> hosts =
        client.call(op, false, (p, s) -> p.hostDetailRetrieve(f, HostDetailLevel.LOW.name(), s));
    if (hosts != null) {
      for (HostDetailTransport h : hosts) {
        if (h != null && h.getID() != null && h.getID() == id) {
          return Mappers.computer(h);
        }
      }
    }
    throw notFound("computer", id, op);
  }

  @Override
  public Optional<Computer> findComputerByHostName(String hostName) {
    List<HostDetailTransport> hosts;
    try {
      hosts =
          client.call(
              "hostDetailRetrieveByName",
              false,
              (p, s) -> p.hostDetailRetrieveByName(hostName, HostDetailLevel.LOW.name(), s));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
    if (hosts == null) {
      return Optional.empty();
    }
    // Host names are DNS names: compared without case.
    return hosts.stream()
        .filter(h -> h != null && h.getName() != null && h.getName().equalsIgnoreCase(hostName))
        .map(Mappers::computer)
        .filter(Objects::nonNull)
        .min(Comparator.comparingInt(Computer::id));
  }

  @Override
  public void assignPolicy(int policyId, List<Integer> computerIds) {
    client.call(
        "securityProfileAssignToHost",
        false,
        (p, s) -> {
          p.securityProfileAssignToHost(policyId, List.copyOf(computerIds), s);
          return null;
        });
  }

  @Override
  public ComputerStatus computerStatus(int computerId) {
    String op = "hostGetStatus";
    HostStatusTransport t = client.call(op, false, (p, s) -> p.hostGetStatus(computerId, s));
    return Mappers.computerStatus(computerId, found(t, "computer", computerId, op));
  }

  @Override
  public BulkResult runAction(ComputerAction action, List<Integer> computerIds) {
    List<Integer> ids = List.copyOf(computerIds);
    if (action == ComputerAction.GET_EVENTS_NOW) {
      // hostGetEventsNow takes one host: one call each, one result each.
      List<Integer> ok = new ArrayList<>();
      Map<Integer, DsmException> failed = new LinkedHashMap<>();
      for (Integer id : ids) {
        try {
          client.call(
              "hostGetEventsNow",
              false,
              (p, s) -> {
                p.hostGetEventsNow(id, s);
                return null;
              });
          ok.add(id);
        } catch (DsmException e) {
          failed.put(id, e);
        }
      }
      return new BulkResult(ok, failed);
    }
    String op =
        switch (action) {
          case SCAN_FOR_RECOMMENDATIONS -> "hostRecommendationScan";
          case SCAN_FOR_MALWARE -> "hostAntiMalwareScan";
          case SCAN_FOR_INTEGRITY_CHANGES -> "hostIntegrityScan";
          case SEND_POLICY -> "hostUpdateNow";
          case CLEAR_WARNINGS_AND_ERRORS -> "hostClearWarningsErrors";
          case GET_EVENTS_NOW -> throw new IllegalStateException("handled above");
        };
    try {
      client.call(
          op,
          false,
          (p, s) -> {
            switch (action) {
              case SCAN_FOR_RECOMMENDATIONS -> p.hostRecommendationScan(ids, s);
              case SCAN_FOR_MALWARE -> p.hostAntiMalwareScan(ids, s);
              case SCAN_FOR_INTEGRITY_CHANGES -> p.hostIntegrityScan(ids, s);
              case SEND_POLICY -> p.hostUpdateNow(ids, s);
              case CLEAR_WARNINGS_AND_ERRORS -> p.hostClearWarningsErrors(ids, s);
              case GET_EVENTS_NOW -> throw new IllegalStateException("handled above");
            }
            return null;
          });
      return new BulkResult(ids, Map.of());
    } catch (DsmException e) {
      // One call for all computers: the manager's refusal applies to each of them.
      Map<Integer, DsmException> failed = new LinkedHashMap<>();
      ids.forEach(id -> failed.put(id, e));
      return new BulkResult(List.of(), failed);
    }
  }

  @Override
  public Recommendations computerRecommendations(int computerId, RuleKind kind) {
    List<Integer> unassigned =
        client.call(
            "hostRecommendationRuleIDsRetrieve",
            false,
            (p, s) ->
                p.hostRecommendationRuleIDsRetrieve(computerId, Mappers.ruleType(kind), true, s));
    // The scan time is only in the host details: callers wait for a scan by watching it.
    HostFilterTransport f = oneHost(computerId);
    List<HostDetailTransport> hosts =
        client.call(
            "hostDetailRetrieve",
            false,
            (p, s) -> p.hostDetailRetrieve(f, HostDetailLevel.LOW.name(), s));
    Instant lastScan = null;
    if (hosts != null) {
      for (HostDetailTransport h : hosts) {
        if (h != null && h.getID() != null && h.getID() == computerId) {
          lastScan = Mappers.instant(h.getOverallLastRecommendationScan());
        }
      }
    }
    return new Recommendations(
        kind, ScanStatus.UNKNOWN, lastScan, Mappers.sortedIds(unassigned), List.of());
  }

  // ---------------------------------------------------------------- staging settings

  private static final String AUTO_APPLY_UPDATES = "CONFIGURATION_DSRUAUTOAPPLYNEWDSRUS";
  private static final String AUTO_APPLY_IPS =
      "CONFIGURATION_DETECTIONENGINESTATEAUTOAPPLYDPIRULES";

  @Override
  public StagingSettings stagingSettings(List<Integer> policyIds) {
    List<EditableSettingStoredTransport> system =
        client.call(
            "systemSettingGet",
            false,
            (p, s) -> p.systemSettingGet(List.of(AUTO_APPLY_UPDATES), s));
    Map<Integer, StagingSettings.PolicyStaging> policies = new LinkedHashMap<>();
    for (int id : policyIds) {
      List<EditableSettingStoredTransport> own =
          client.call(
              "securityProfileSettingGet",
              false,
              (p, s) -> p.securityProfileSettingGet(id, List.of(AUTO_APPLY_IPS), s));
      SecurityProfileTransport t = readPolicy(id);
      SecurityProfileRecommendationState recommendation =
          WsdlEnums.parse(SecurityProfileRecommendationState.class, t.getRecommendationState());
      Boolean ongoing =
          recommendation == null
              ? null
              : recommendation == SecurityProfileRecommendationState.ONGOING;
      policies.put(id, new StagingSettings.PolicyStaging(id, flag(own, AUTO_APPLY_IPS), ongoing));
    }
    return new StagingSettings(flag(system, AUTO_APPLY_UPDATES), policies);
  }

  /** A setting's value as a boolean; null when absent or not a boolean. */
  private static Boolean flag(List<EditableSettingStoredTransport> settings, String key) {
    if (settings == null) {
      return null;
    }
    for (EditableSettingStoredTransport t : settings) {
      if (t != null && key.equals(t.getSettingKey()) && t.getSettingValue() != null) {
        return switch (t.getSettingValue().trim().toLowerCase(java.util.Locale.ROOT)) {
          case "true", "yes", "on", "1" -> Boolean.TRUE;
          case "false", "no", "off", "0" -> Boolean.FALSE;
          default -> null;
        };
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- security updates

  @Override
  public List<SecurityUpdate> listSecurityUpdates() {
    return mapAll(
        client.call("securityUpdateRetrieveAll", true, Manager::securityUpdateRetrieveAll),
        Mappers::securityUpdate,
        SecurityUpdate::id,
        "security updates");
  }

  @Override
  public boolean checkForSecurityUpdates() {
    // Downloads from Trend's update server: may take long, hence the bulk timeout.
    return client.call("updateComponents", true, Manager::updateComponents);
  }

  @Override
  public SecurityUpdateResult applySecurityUpdate(int id, boolean detectOnly) {
    String op = "securityUpdateApply";
    // Applying rewrites the rule catalogs: may take long, hence the bulk timeout.
    ApplierInformationTransport t =
        client.call(op, true, (p, s) -> p.securityUpdateApply(id, detectOnly, s));
    return Mappers.updateResult(id, found(t, "security update", id, op));
  }

  @Override
  public SecurityUpdateResult securityUpdateResult(int id) {
    String op = "securityUpdateGetApplierInformation";
    ApplierInformationTransport t =
        client.call(op, false, (p, s) -> p.securityUpdateGetApplierInformation(id, s));
    return Mappers.updateResult(id, found(t, "security update", id, op));
  }

  // ---------------------------------------------------------------- events

  @Override
  public EventBatch fetchEvents(
      EventKind kind, Instant from, Instant to, Integer computerId, Long afterId) {
    TimeFilterTransport time = new TimeFilterTransport();
    time.setType(TimeFilterType.CUSTOM_RANGE.name());
    time.setRangeFrom(Mappers.xml(from));
    time.setRangeTo(Mappers.xml(to));
    HostFilterTransport hosts = computerId == null ? allHosts() : oneHost(computerId);
    IDFilterTransport2 ids = new IDFilterTransport2();
    if (afterId != null) {
      ids.setId(afterId);
      ids.setOperator(Operator.GREATER_THAN.name());
    } // else: both nil, the schema's "no ID filter"
    return switch (kind) {
      case INTRUSION_PREVENTION -> {
        var l =
            events(
                "DPIEventRetrieve",
                (p, s) -> p.dpiEventRetrieve2(time, hosts, ids, s),
                (p, s) -> p.dpiEventRetrieve(time, hosts, legacyIds(afterId), s));
        yield batch(
            l == null || l.getDPIEvents() == null ? null : l.getDPIEvents().getItem(),
            l != null && l.isTruncated(),
            from,
            EventMappers::ips);
      }
      case FIREWALL -> {
        var l =
            events(
                "firewallEventRetrieve",
                (p, s) -> p.firewallEventRetrieve2(time, hosts, ids, s),
                (p, s) -> p.firewallEventRetrieve(time, hosts, legacyIds(afterId), s));
        yield batch(
            l == null || l.getFirewallEvents() == null ? null : l.getFirewallEvents().getItem(),
            l != null && l.isTruncated(),
            from,
            EventMappers::firewall);
      }
      case ANTI_MALWARE -> {
        var l =
            events(
                "antiMalwareEventRetrieve",
                (p, s) -> p.antiMalwareEventRetrieve2(time, hosts, ids, s),
                (p, s) -> p.antiMalwareEventRetrieve(time, hosts, legacyIds(afterId), s));
        yield batch(
            l == null || l.getAntiMalwareEvents() == null
                ? null
                : l.getAntiMalwareEvents().getItem(),
            l != null && l.isTruncated(),
            from,
            EventMappers::antiMalware);
      }
      case WEB_REPUTATION -> {
        var l =
            events(
                "webReputationEventRetrieve",
                (p, s) -> p.webReputationEventRetrieve2(time, hosts, ids, s),
                (p, s) -> p.webReputationEventRetrieve(time, hosts, legacyIds(afterId), s));
        yield batch(
            l == null || l.getWebReputationEvents() == null
                ? null
                : l.getWebReputationEvents().getItem(),
            l != null && l.isTruncated(),
            from,
            EventMappers::webReputation);
      }
      case INTEGRITY_MONITORING -> {
        var l =
            events(
                "integrityEventRetrieve",
                (p, s) -> p.integrityEventRetrieve2(time, hosts, ids, s),
                (p, s) -> p.integrityEventRetrieve(time, hosts, legacyIds(afterId), s));
        yield batch(
            l == null || l.getIntegrityEvents() == null ? null : l.getIntegrityEvents().getItem(),
            l != null && l.isTruncated(),
            from,
            EventMappers::integrity);
      }
      case LOG_INSPECTION -> {
        var l =
            events(
                "logInspectionEventRetrieve",
                (p, s) -> p.logInspectionEventRetrieve2(time, hosts, ids, s),
                (p, s) -> p.logInspectionEventRetrieve(time, hosts, legacyIds(afterId), s));
        yield batch(
            l == null || l.getLogInspectionEvents() == null
                ? null
                : l.getLogInspectionEvents().getItem(),
            l != null && l.isTruncated(),
            from,
            EventMappers::logInspection);
      }
      case SYSTEM -> {
        var l =
            events(
                "systemEventRetrieve",
                (p, s) -> p.systemEventRetrieve2(time, hosts, ids, true, s),
                (p, s) -> p.systemEventRetrieve(time, hosts, legacyIds(afterId), true, s));
        yield batch(
            l == null || l.getSystemEvents() == null ? null : l.getSystemEvents().getItem(),
            l != null && l.isTruncated(),
            from,
            EventMappers::system);
      }
    };
  }

  /**
   * Whether this manager only has the DSM 9.x event operations ({@code …Retrieve}, 32-bit event
   * IDs). Learnt from the first call: Axis answers an operation it does not have with "No such
   * operation".
   */
  private volatile boolean legacyEvents;

  private static final java.util.regex.Pattern NO_SUCH_OPERATION =
      java.util.regex.Pattern.compile(
          "(?i)no such operation|operation .* (is )?not (found|supported)");

  /** One event query: the DSM 10+ operation, or the 9.x one where the manager lacks it. */
  private <L> L events(String op, SoapClient.SessionCall<L> current, SoapClient.SessionCall<L> v9) {
    if (!legacyEvents) {
      try {
        return client.call(op + "2", false, current);
      } catch (DsmException e) {
        if (!NO_SUCH_OPERATION.matcher(e.detail()).find()) {
          throw e;
        }
        LOG.debug("{}2 is unknown to this manager; using the DSM 9.x {}", op, op);
        legacyEvents = true;
      }
    }
    return client.call(op, false, v9);
  }

  /** The 9.x ID filter has a 32-bit ID: a cursor beyond it cannot be expressed there. */
  private static IDFilterTransport legacyIds(Long afterId) {
    IDFilterTransport ids = new IDFilterTransport();
    if (afterId != null) {
      if (afterId > Integer.MAX_VALUE) {
        throw new InvalidRequestException(
            "event ID " + afterId + " does not fit the 32-bit ID filter of a DSM 9.x manager",
            "eventRetrieve",
            Backend.SOAP,
            0,
            null,
            null);
      }
      ids.setId(afterId.intValue());
      ids.setOperator(Operator.GREATER_THAN.name());
    }
    return ids;
  }

  /** Maps one kind of event transport (with its position and the window start). */
  @FunctionalInterface
  interface EventMapper<T> {
    Event map(T transport, int position, Instant fallbackTime);
  }

  private static <T> EventBatch batch(
      List<T> items, boolean truncated, Instant from, EventMapper<T> mapper) {
    if (items == null) {
      return new EventBatch(List.of(), truncated);
    }
    List<Event> events = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      T t = items.get(i);
      if (t != null) {
        events.add(mapper.map(t, i, from));
      }
    }
    return new EventBatch(events, truncated);
  }

  // ---------------------------------------------------------------- IP lists, groups

  @Override
  public PageResult<IpList> listIpLists(PageRequest page) {
    return PageResult.all(
        mapAll(
            client.call("IPListRetrieveAll", true, Manager::ipListRetrieveAll),
            Mappers::ipList,
            IpList::id,
            "IP lists"));
  }

  @Override
  public IpList getIpList(int id) {
    String op = "IPListRetrieve";
    return found(
        Mappers.ipList(client.call(op, false, (p, s) -> p.ipListRetrieve(id, s))),
        "IP list",
        id,
        op);
  }

  @Override
  public Optional<IpList> findIpListByName(String name) {
    return byName(
            "IPListRetrieveByName",
            (p, s) -> p.ipListRetrieveByName(name, s),
            t -> t.getName(),
            name)
        .map(Mappers::ipList);
  }

  @Override
  public PageResult<ComputerGroup> listComputerGroups(PageRequest page) {
    return PageResult.all(
        mapAll(
            client.call("hostGroupRetrieveAll", true, Manager::hostGroupRetrieveAll),
            Mappers::computerGroup,
            ComputerGroup::id,
            "computer groups"));
  }

  @Override
  public ComputerGroup getComputerGroup(int id) {
    String op = "hostGroupRetrieve";
    return found(
        Mappers.computerGroup(client.call(op, false, (p, s) -> p.hostGroupRetrieve(id, s))),
        "computer group",
        id,
        op);
  }

  @Override
  public Optional<ComputerGroup> findComputerGroupByName(String name) {
    return byName(
            "hostGroupRetrieveByName",
            (p, s) -> p.hostGroupRetrieveByName(name, s),
            t -> t.getName(),
            name)
        .map(Mappers::computerGroup);
  }

  // ---------------------------------------------------------------- lifecycle

  @Override
  public void close() {
    client.close();
  }

  @Override
  public String toString() {
    return "SoapConnection[" + client.endpoint() + "]";
  }
}
