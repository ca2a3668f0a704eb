package io.dsm4j.rest.internal;

import io.dsm4j.Backend;
import io.dsm4j.exception.ResponseRejectedException;
import io.dsm4j.model.BulkResult;
import io.dsm4j.model.Computer;
import io.dsm4j.model.ComputerAction;
import io.dsm4j.model.ComputerDraft;
import io.dsm4j.model.DeploymentScriptOptions;
import io.dsm4j.model.Recommendations;
import io.dsm4j.model.RuleKind;
import io.dsm4j.rest.internal.dto.Dtos.ComputerDto;
import io.dsm4j.rest.internal.dto.Dtos.ComputerList;
import io.dsm4j.rest.internal.dto.Dtos.SearchCriteria;
import io.dsm4j.spi.ComputerFilter;
import io.dsm4j.spi.ComputerOperations;
import io.dsm4j.spi.PageRequest;
import io.dsm4j.spi.PageResult;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Computers over {@code /api/computers}, read with the {@link #EXPAND} values the status needs
 * (writes and the scheduled-task helpers use {@code expand=none}); searches in {@link
 * RestComputerSearch}, creation, deletion and deployment scripts in {@link RestComputerWrites}.
 *
 * <p>{@link #findByName} matches the host name ignoring case, as DNS does, but the manager's string
 * search may be case-sensitive (that depends on its database). So it searches for the name as given
 * first (wildcards off) and compares the answer ignoring case; when that finds nothing and the name
 * has letters, a second, paged search follows over the look-alikes: the computers whose host name
 * has the same length and the same digits, dots, colons and hyphens in the same places ({@link
 * #lookAlikes}), compared ignoring case here. Cost: a name the manager finds costs one request; any
 * other name costs one more, plus one per {@code pageSize} look-alikes. On a case-sensitive
 * manager, a computer named exactly as given wins over one named in another case even when that one
 * has the lower ID.
 */
final class RestComputers extends RestReads<ComputerList, ComputerDto, Computer>
    implements ComputerOperations {
  static final List<String> EXPAND_NONE = List.of("none");

  /**
   * What a read expands: just the parts a {@link Computer} maps (status, interfaces, the eight
   * protection modules, the cloud summaries that name an instance), never {@code all}.
   */
  static final List<String> EXPAND =
      List.of(
          "computerStatus",
          "interfaces",
          "antiMalware",
          "firewall",
          "intrusionPrevention",
          "integrityMonitoring",
          "logInspection",
          "webReputation",
          "applicationControl",
          "activityMonitoring",
          "ec2VirtualMachineSummary",
          "azureARMVirtualMachineSummary",
          "gcpVirtualMachineSummary",
          "noConnectorVirtualMachineSummary");

  private final RestScheduledTasks tasks;
  private final RestComputerWrites writes;

  RestComputers(RestClient client) {
    super(
        client,
        new Resource<>(
            f -> client.api().searchComputers(EXPAND, f),
            ComputerList::computers,
            id -> client.api().getComputer(id, EXPAND),
            ComputerDto::id,
            ComputerDto::hostName,
            "hostName",
            ComputerMapper::computer));
    this.tasks = new RestScheduledTasks(client, this::get);
    this.writes = new RestComputerWrites(client);
  }

  @Override
  public PageResult<Computer> list(ComputerFilter filter, PageRequest page) {
    List<ComputerDto> found =
        RestComputerSearch.page(
            RestComputerSearch.searches(filter),
            page,
            f -> client.require(api().searchComputers(EXPAND, f)).computers());
    return new PageResult<>(found.stream().map(ComputerMapper::computer).toList(), false);
  }

  private DsmApi api() {
    return client.api();
  }

  @Override
  public Optional<Computer> findByName(String hostName) {
    Optional<ComputerDto> exact =
        RestClient.lowest(
            found(RestClient.byName(resource.nameField(), hostName)),
            ComputerDto::id,
            ComputerDto::hostName,
            hostName::equalsIgnoreCase);
    return exact.or(() -> findIgnoringCase(hostName)).map(ComputerMapper::computer);
  }

  /** The paged look-alike search of the class comment, for a manager whose search is exact. */
  private Optional<ComputerDto> findIgnoringCase(String hostName) {
    if (hostName.chars().allMatch(RestComputers::caseless)) {
      return Optional.empty(); // no other case to look for: the first search was enough
    }
    AtomicReference<ComputerDto> match = new AtomicReference<>();
    boolean ended =
        client.scan(
            List.of(SearchCriteria.stringEquals("hostName", lookAlikes(hostName), true)),
            f -> client.require(api().searchComputers(EXPAND, f)).computers(),
            ComputerDto::id,
            page -> {
              RestClient.lowest(
                      page, ComputerDto::id, ComputerDto::hostName, hostName::equalsIgnoreCase)
                  .ifPresent(match::set);
              return match.get() == null;
            });
    if (!ended) {
      throw new ResponseRejectedException(
          "the manager returned a page whose IDs do not pass the cursor; stopping instead of"
              + " looping",
          "POST /api/computers/search",
          Backend.REST,
          0,
          null);
    }
    return Optional.ofNullable(match.get());
  }

  /**
   * A wildcard pattern that every host name equal to this one ignoring case matches: digits, dots,
   * colons and hyphens kept, any other ASCII character (letters, and {@code _}, {@code %} or {@code
   * [} that the manager's database could read as a pattern) one {@code _}, anything else {@code %}
   * (however the database counts its characters).
   */
  static String lookAlikes(String hostName) {
    StringBuilder p = new StringBuilder(hostName.length());
    for (int i = 0; i < hostName.length(); i++) {
      char ch = hostName.charAt(i);
      boolean literal = (ch >= '0' && ch <= '9') || ch == '.' || ch == ':' || ch == '-';
      p.append(literal ? ch : ch < 128 ? '_' : '%');
    }
    return p.toString();
  }

  private static boolean caseless(int ch) {
    return Character.toUpperCase(ch) == ch && Character.toLowerCase(ch) == ch;
  }

  @Override
  public void assignPolicy(int policyId, List<Integer> computerIds) {
    for (int id : computerIds) {
      client.require(api().modifyComputer(id, EXPAND_NONE, ComputerDto.withPolicy(policyId)));
    }
  }

  @Override
  public BulkResult run(ComputerAction action, List<Integer> computerIds) {
    return tasks.run(action, computerIds);
  }

  @Override
  public Computer create(ComputerDraft draft) {
    return writes.create(draft);
  }

  @Override
  public BulkResult delete(List<Integer> computerIds) {
    return writes.delete(computerIds);
  }

  @Override
  public BulkResult moveToGroup(List<Integer> computerIds, int groupId) {
    return writes.moveToGroup(computerIds, groupId);
  }

  @Override
  public String deploymentScript(DeploymentScriptOptions options) {
    return writes.deploymentScript(options);
  }

  @Override
  public Recommendations recommendations(int computerId, RuleKind kind) {
    return Mapper.recommendations(
        kind,
        client.require(api().computerAssignments(computerId, RuleCatalog.module(kind), false)));
  }
}
