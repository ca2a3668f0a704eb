package io.dsm4j.soap.internal;

import io.dsm4j.Backend;
import io.dsm4j.exception.DsmException;
import io.dsm4j.exception.NotFoundException;
import io.dsm4j.exception.ServerException;
import io.dsm4j.model.BulkResult;
import io.dsm4j.model.Computer;
import io.dsm4j.model.ComputerAction;
import io.dsm4j.model.ComputerDraft;
import io.dsm4j.model.ComputerQuery;
import io.dsm4j.model.DeploymentScriptOptions;
import io.dsm4j.model.Recommendations;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.ScanStatus;
import io.dsm4j.soap.internal.WsdlEnums.ExternalFilterType;
import io.dsm4j.soap.internal.WsdlEnums.HostDetailLevel;
import io.dsm4j.soap.internal.WsdlEnums.HostFilterType;
import io.dsm4j.soap.internal.generated.ExternalFilterTransport;
import io.dsm4j.soap.internal.generated.HostDetailTransport;
import io.dsm4j.soap.internal.generated.HostFilterTransport;
import io.dsm4j.soap.internal.generated.HostTransport;
import io.dsm4j.soap.internal.generated.Manager;
import io.dsm4j.spi.ComputerFilter;
import io.dsm4j.spi.ComputerOperations;
import io.dsm4j.spi.PageRequest;
import io.dsm4j.spi.PageResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Computers (hosts), read through {@code hostDetailRetrieve} at the {@link #LEVEL} detail level,
 * which carries the status (light, overall and module statuses, last communication, cloud
 * instance); actions are a table from action to operation. A query uses at most one of SOAP's
 * server-side selections — a name ({@code …ByName}, {@code …ByNameStartsWith}), an external ID
 * ({@code …ByExternal}), a group with or without its subgroups, or a policy (host filters) — and
 * the core filters the rest.
 */
final class SoapComputers implements ComputerOperations {
  private static final String DETAIL = "hostDetailRetrieve";

  /** The detail level of every read: the highest, a superset of the others. */
  static final String LEVEL = HostDetailLevel.HIGH.name();

  /** An action's call for a list of hosts. */
  @FunctionalInterface
  private interface HostsCall {
    void call(Manager port, List<Integer> hostIds, String sid) throws Exception;
  }

  /**
   * One action: its operation, and whether the operation takes one host (one call each) rather than
   * a list.
   */
  private record Action(String op, boolean perComputer, HostsCall call) {}

  private static final Map<ComputerAction, Action> ACTIONS =
      SoapReads.table(
          ComputerAction.class,
          Map.of(
              ComputerAction.SCAN_FOR_RECOMMENDATIONS,
              new Action("hostRecommendationScan", false, Manager::hostRecommendationScan),
              ComputerAction.SCAN_FOR_MALWARE,
              new Action("hostAntiMalwareScan", false, Manager::hostAntiMalwareScan),
              ComputerAction.SCAN_FOR_INTEGRITY_CHANGES,
              new Action("hostIntegrityScan", false, Manager::hostIntegrityScan),
              ComputerAction.SEND_POLICY,
              new Action("hostUpdateNow", false, Manager::hostUpdateNow),
              ComputerAction.CLEAR_WARNINGS_AND_ERRORS,
              new Action("hostClearWarningsErrors", false, Manager::hostClearWarningsErrors),
              ComputerAction.GET_EVENTS_NOW,
              new Action(
                  "hostGetEventsNow", true, (p, ids, s) -> p.hostGetEventsNow(ids.get(0), s)),
              ComputerAction.ACTIVATE_AGENT,
              new Action("hostAgentActivate", false, Manager::hostAgentActivate),
              ComputerAction.DEACTIVATE_AGENT,
              new Action("hostAgentDeactivate", false, Manager::hostAgentDeactivate)));

  private final SoapClient client;

  SoapComputers(SoapClient client) {
    this.client = client;
  }

  static HostFilterTransport allHosts() {
    HostFilterTransport f = new HostFilterTransport();
    f.setType(HostFilterType.ALL_HOSTS.name());
    return f;
  }

  static HostFilterTransport oneHost(int id) {
    HostFilterTransport f = new HostFilterTransport();
    f.setType(HostFilterType.SPECIFIC_HOST.name());
    f.setHostID(id);
    return f;
  }

  static HostFilterTransport hostFilter(HostFilterType type, Integer group, Integer policy) {
    HostFilterTransport f = new HostFilterTransport();
    f.setType(type.name());
    f.setHostGroupID(group);
    f.setSecurityProfileID(policy);
    return f;
  }

  /** The details of the hosts the filter selects; all hosts come in one answer. */
  private List<HostDetailTransport> details(HostFilterTransport f, boolean bulk) {
    return client.call(DETAIL, bulk, (p, s) -> p.hostDetailRetrieve(f, LEVEL, s));
  }

  /** The last host with that ID among the answer, or null. */
  private static HostDetailTransport withId(List<HostDetailTransport> hosts, int id) {
    HostDetailTransport found = null;
    if (hosts != null) {
      for (HostDetailTransport h : hosts) {
        if (h != null && h.getID() != null && h.getID() == id) {
          found = h;
        }
      }
    }
    return found;
  }

  @Override
  public PageResult<Computer> list(PageRequest page) {
    return list(ComputerFilter.all(), page);
  }

  @Override
  public PageResult<Computer> list(ComputerFilter filter, PageRequest page) {
    return PageResult.all(
        SoapReads.mapAll(select(filter.query()), HostMappers::computer, Computer::id, "computers"));
  }

  /** One call that selects on the manager what SOAP can: the narrowest selection first. */
  private List<HostDetailTransport> select(ComputerQuery q) {
    String name = q.hostName();
    if (name != null && ComputerFilter.isExact(name)) {
      return byName(
          "hostDetailRetrieveByName", (p, s) -> p.hostDetailRetrieveByName(name, LEVEL, s));
    }
    if (name != null && ComputerFilter.isPrefix(name)) {
      String prefix = name.substring(0, name.length() - 1);
      return byName(
          "hostDetailRetrieveByNameStartsWith",
          (p, s) -> p.hostDetailRetrieveByNameStartsWith(prefix, LEVEL, s));
    }
    if (q.externalId() != null) {
      ExternalFilterTransport f = new ExternalFilterTransport();
      f.setType(ExternalFilterType.SPECIFIC_EXT_HOST.name());
      f.setHostExternalID(q.externalId());
      return client.call(
          "hostDetailRetrieveByExternal",
          true,
          (p, s) -> p.hostDetailRetrieveByExternal(f, LEVEL, s));
    }
    if (q.groupId() != null) {
      HostFilterType type =
          q.includeSubgroups()
              ? HostFilterType.HOSTS_IN_GROUP_AND_ALL_SUBGROUPS
              : HostFilterType.HOSTS_IN_GROUP;
      return details(hostFilter(type, q.groupId(), null), true);
    }
    if (q.policyId() != null) {
      return details(
          hostFilter(HostFilterType.HOSTS_USING_SECURITY_PROFILE, null, q.policyId()), true);
    }
    return details(allHosts(), true);
  }

  /** A by-name read: a name no host has may be a "does not exist" fault, which means none. */
  private List<HostDetailTransport> byName(
      String op, SoapClient.SessionCall<List<HostDetailTransport>> call) {
    try {
      List<HostDetailTransport> hosts = client.call(op, true, call);
      return hosts == null ? List.of() : hosts;
    } catch (NotFoundException e) {
      return List.of();
    }
  }

  @Override
  public Computer get(int id) {
    List<HostDetailTransport> hosts = details(oneHost(id), false);
    if (hosts != null) {
      for (HostDetailTransport h : hosts) {
        if (h != null && h.getID() != null && h.getID() == id) {
          return HostMappers.computer(h);
        }
      }
    }
    throw SoapReads.notFound("computer", id, DETAIL);
  }

  /** Host names are DNS names: compared without case; the lowest ID of several. */
  @Override
  public Optional<Computer> findByName(String hostName) {
    List<HostDetailTransport> hosts;
    try {
      hosts =
          client.call(
              "hostDetailRetrieveByName",
              false,
              (p, s) -> p.hostDetailRetrieveByName(hostName, LEVEL, s));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
    if (hosts == null) {
      return Optional.empty();
    }
    return hosts.stream()
        .filter(h -> h != null && h.getName() != null && h.getName().equalsIgnoreCase(hostName))
        .map(HostMappers::computer)
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
  public Computer create(ComputerDraft draft) {
    String op = "hostCreate";
    HostTransport created =
        client.call(op, false, (p, s) -> p.hostCreate(HostMappers.host(draft), s));
    Computer c = HostMappers.computer(created);
    if (c == null) {
      throw new ServerException(
          "the manager returned no computer after creating it", op, Backend.SOAP, 0, null, null);
    }
    return c;
  }

  @Override
  public BulkResult delete(List<Integer> computerIds) {
    return all(computerIds, "hostDelete", (p, ids, s) -> p.hostDelete(ids, s));
  }

  @Override
  public BulkResult moveToGroup(List<Integer> computerIds, int groupId) {
    return all(
        computerIds, "hostMoveToHostGroup", (p, ids, s) -> p.hostMoveToHostGroup(ids, groupId, s));
  }

  @Override
  public String deploymentScript(DeploymentScriptOptions options) {
    throw new UnsupportedOperationException("the SOAP API has no agent deployment scripts");
  }

  @Override
  public BulkResult run(ComputerAction action, List<Integer> computerIds) {
    Action a = ACTIONS.get(action);
    List<Integer> ids = List.copyOf(computerIds);
    if (a.perComputer()) {
      // The operation takes one host: one call each, one result each.
      List<Integer> ok = new ArrayList<>();
      Map<Integer, DsmException> failed = new LinkedHashMap<>();
      for (Integer id : ids) {
        try {
          send(a, List.of(id));
          ok.add(id);
        } catch (DsmException e) {
          failed.put(id, e);
        }
      }
      return new BulkResult(ok, failed);
    }
    return all(ids, a.op(), a.call());
  }

  /** One call for all computers: the manager's refusal applies to each of them. */
  private BulkResult all(List<Integer> computerIds, String op, HostsCall call) {
    List<Integer> ids = List.copyOf(computerIds);
    try {
      send(new Action(op, false, call), ids);
      return new BulkResult(ids, Map.of());
    } catch (DsmException e) {
      Map<Integer, DsmException> failed = new LinkedHashMap<>();
      ids.forEach(id -> failed.put(id, e));
      return new BulkResult(List.of(), failed);
    }
  }

  private void send(Action a, List<Integer> ids) {
    client.call(
        a.op(),
        false,
        (p, s) -> {
          a.call().call(p, ids, s);
          return null;
        });
  }

  @Override
  public Recommendations recommendations(int computerId, RuleKind kind) {
    // The scan time is only in the host details: callers wait for a scan by watching it. It is
    // read before the IDs, so a scan finishing in between shows an old time with newer IDs (the
    // caller waits on) rather than a new time with the previous scan's IDs (taken as fresh).
    HostDetailTransport h = withId(details(oneHost(computerId), false), computerId);
    Instant lastScan = h == null ? null : Mappers.instant(h.getOverallLastRecommendationScan());
    List<Integer> unassigned =
        client.call(
            "hostRecommendationRuleIDsRetrieve",
            false,
            (p, s) ->
                p.hostRecommendationRuleIDsRetrieve(computerId, Mappers.ruleType(kind), true, s));
    return new Recommendations(
        kind, ScanStatus.UNKNOWN, lastScan, Mappers.sortedIds(unassigned), List.of());
  }
}
