package io.dsm4j.soap.internal;

import io.dsm4j.exception.DsmException;
import io.dsm4j.exception.NotFoundException;
import io.dsm4j.model.BulkResult;
import io.dsm4j.model.Computer;
import io.dsm4j.model.ComputerAction;
import io.dsm4j.model.ComputerStatus;
import io.dsm4j.model.Recommendations;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.ScanStatus;
import io.dsm4j.soap.internal.WsdlEnums.HostDetailLevel;
import io.dsm4j.soap.internal.WsdlEnums.HostFilterType;
import io.dsm4j.soap.internal.generated.HostDetailTransport;
import io.dsm4j.soap.internal.generated.HostFilterTransport;
import io.dsm4j.soap.internal.generated.HostStatusTransport;
import io.dsm4j.soap.internal.generated.Manager;
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
 * Computers (hosts), read through {@code hostDetailRetrieve} at the LOW detail level; actions are a
 * table from action to operation.
 */
final class SoapComputers implements ComputerOperations {
  private static final String DETAIL = "hostDetailRetrieve";

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
                  "hostGetEventsNow", true, (p, ids, s) -> p.hostGetEventsNow(ids.get(0), s))));

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

  /** The details of the hosts the filter selects; every computer is as large as a catalog. */
  private List<HostDetailTransport> details(HostFilterTransport f, boolean bulk) {
    return client.call(
        DETAIL, bulk, (p, s) -> p.hostDetailRetrieve(f, HostDetailLevel.LOW.name(), s));
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
    return PageResult.all(
        SoapReads.mapAll(details(allHosts(), true), Mappers::computer, Computer::id, "computers"));
  }

  @Override
  public Computer get(int id) {
    List<HostDetailTransport> hosts = details(oneHost(id), false);
    if (hosts != null) {
      for (HostDetailTransport h : hosts) {
        if (h != null && h.getID() != null && h.getID() == id) {
          return Mappers.computer(h);
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
              (p, s) -> p.hostDetailRetrieveByName(hostName, HostDetailLevel.LOW.name(), s));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
    if (hosts == null) {
      return Optional.empty();
    }
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
  public ComputerStatus status(int computerId) {
    String op = "hostGetStatus";
    HostStatusTransport t = client.call(op, false, (p, s) -> p.hostGetStatus(computerId, s));
    return Mappers.computerStatus(computerId, SoapReads.found(t, "computer", computerId, op));
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
    try {
      send(a, ids);
      return new BulkResult(ids, Map.of());
    } catch (DsmException e) {
      // One call for all computers: the manager's refusal applies to each of them.
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
    List<Integer> unassigned =
        client.call(
            "hostRecommendationRuleIDsRetrieve",
            false,
            (p, s) ->
                p.hostRecommendationRuleIDsRetrieve(computerId, Mappers.ruleType(kind), true, s));
    // The scan time is only in the host details: callers wait for a scan by watching it.
    HostDetailTransport h = withId(details(oneHost(computerId), false), computerId);
    Instant lastScan = h == null ? null : Mappers.instant(h.getOverallLastRecommendationScan());
    return new Recommendations(
        kind, ScanStatus.UNKNOWN, lastScan, Mappers.sortedIds(unassigned), List.of());
  }
}
