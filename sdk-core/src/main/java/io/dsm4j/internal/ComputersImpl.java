package io.dsm4j.internal;

import io.dsm4j.Capability;
import io.dsm4j.Computers;
import io.dsm4j.PagedIterable;
import io.dsm4j.RuleAssignments;
import io.dsm4j.RuleOverrides;
import io.dsm4j.Settings;
import io.dsm4j.model.BulkResult;
import io.dsm4j.model.Computer;
import io.dsm4j.model.ComputerAction;
import io.dsm4j.model.ComputerDraft;
import io.dsm4j.model.ComputerGroup;
import io.dsm4j.model.ComputerQuery;
import io.dsm4j.model.DeploymentScriptOptions;
import io.dsm4j.model.Recommendations;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.SettingScope;
import io.dsm4j.spi.BackendConnection;
import io.dsm4j.spi.ComputerFilter;
import io.dsm4j.spi.ComputerOperations;
import io.dsm4j.spi.RuleOverrideOperations;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** {@link Computers} over {@link ComputerOperations}. */
final class ComputersImpl extends ReadGroup<Computer, ComputerOperations> implements Computers {

  private final Map<RuleKind, RuleAssignments> assignments = new EnumMap<>(RuleKind.class);
  private final Map<RuleKind, RuleOverrides> overrides = new EnumMap<>(RuleKind.class);

  ComputersImpl(CallPipeline pipeline) {
    super(
        pipeline,
        "computers",
        "computer",
        Capability.COMPUTERS,
        BackendConnection::computers,
        Computer::id);
    for (RuleKind k : RuleKind.values()) {
      assignments.put(k, new ComputerAssignmentsImpl(pipeline, k));
      overrides.put(k, new RuleOverridesImpl(pipeline, RuleOverrideOperations.Holder.COMPUTER, k));
    }
  }

  @Override
  String nameWhat() {
    return "host name";
  }

  @Override
  public PagedIterable<Computer> list(ComputerQuery query) {
    Objects.requireNonNull(query, "query");
    if (query.isEmpty()) {
      return list();
    }
    String op = "computers.list";
    // A backend that searches external IDs also lists computers: route by the narrower capability.
    Capability cap =
        query.externalId() != null ? Capability.COMPUTER_QUERY_EXTERNAL_ID : Capability.COMPUTERS;
    pipeline.route(op, cap, null); // unsupported: fail now, before any request
    // Each iteration resolves the groups first (outside any page's call, so that nothing is
    // retried twice), then pages; list() itself makes no call.
    return PagedIterable.fromPages(
        () -> {
          ComputerFilter filter = new ComputerFilter(query, groupIds(query));
          PagedIterable<Computer> raw =
              pipeline.paged(
                  op,
                  cap,
                  null,
                  BackendConnection::computers,
                  "computers",
                  g -> req -> g.list(filter, req),
                  Computer::id);
          // Backends filter on the manager what they can; the rest is decided here, for every
          // backend alike, while the cursor still advances over the raw pages.
          return Pager.filter(raw, filter::matches).byPage().iterator();
        });
  }

  /** The query's group, and with subgroups every group below it; null when it names none. */
  private Set<Integer> groupIds(ComputerQuery query) {
    Integer root = query.groupId();
    if (root == null) {
      return null;
    }
    Set<Integer> ids = new HashSet<>();
    ids.add(root);
    if (!query.includeSubgroups()) {
      return ids;
    }
    Map<Integer, List<Integer>> children = new HashMap<>();
    PagedIterable<ComputerGroup> groups =
        pipeline.paged(
            "computers.list",
            Capability.COMPUTER_GROUPS,
            null,
            BackendConnection::computerGroups,
            "computerGroups",
            g -> g::list,
            ComputerGroup::id);
    for (ComputerGroup g : groups) {
      if (g.parentId() != null) {
        children.computeIfAbsent(g.parentId(), k -> new java.util.ArrayList<>()).add(g.id());
      }
    }
    Deque<Integer> todo = new ArrayDeque<>(List.of(root));
    while (!todo.isEmpty()) {
      for (Integer child : children.getOrDefault(todo.pop(), List.of())) {
        if (ids.add(child)) {
          todo.push(child); // a cycle in a broken answer ends here, on a group seen before
        }
      }
    }
    return ids;
  }

  @Override
  public void assignPolicy(int policyId, Collection<Integer> computerIds) {
    Args.id(policyId, "policy ID");
    List<Integer> list = List.copyOf(Args.ids(computerIds, "computer IDs", false));
    call(
        "assignPolicy",
        Capability.COMPUTER_ASSIGN_POLICY,
        false,
        g -> {
          g.assignPolicy(policyId, list);
          return null;
        });
  }

  @Override
  public BulkResult run(ComputerAction action, Collection<Integer> computerIds) {
    Objects.requireNonNull(action, "action");
    List<Integer> list = List.copyOf(Args.ids(computerIds, "computer IDs", false));
    // One SDK call, but possibly a request per computer (REST: a scheduled task each): the bulk
    // deadline and size limit apply, as for a listing.
    return pipeline.bulkCall(
        "computers.run." + action,
        action.capability(),
        null,
        false,
        BackendConnection::computers,
        "computers",
        g -> g.run(action, list));
  }

  @Override
  public Recommendations recommendations(int computerId, RuleKind kind) {
    Args.id(computerId, "computer ID");
    Objects.requireNonNull(kind, "kind");
    return pipeline.call(
        "computers.recommendations",
        Capability.COMPUTER_RECOMMENDATIONS,
        kind,
        true,
        BackendConnection::computers,
        "computers",
        g -> g.recommendations(computerId, kind));
  }

  @Override
  public Settings settings(int computerId) {
    return new SettingsImpl(pipeline, SettingScope.computer(computerId));
  }

  @Override
  public RuleAssignments assignments(RuleKind kind) {
    return assignments.get(Objects.requireNonNull(kind, "kind"));
  }

  @Override
  public RuleOverrides ruleOverrides(RuleKind kind) {
    return overrides.get(Objects.requireNonNull(kind, "kind"));
  }

  @Override
  public Computer create(ComputerDraft draft) {
    Objects.requireNonNull(draft, "draft");
    return call("create", Capability.COMPUTER_WRITE, false, g -> g.create(draft));
  }

  @Override
  public BulkResult delete(Collection<Integer> computerIds) {
    List<Integer> list = List.copyOf(Args.ids(computerIds, "computer IDs", false));
    return call("delete", Capability.COMPUTER_WRITE, false, g -> g.delete(list));
  }

  @Override
  public BulkResult moveToGroup(Collection<Integer> computerIds, int groupId) {
    Args.id(groupId, "computer group ID");
    List<Integer> list = List.copyOf(Args.ids(computerIds, "computer IDs", false));
    return call("moveToGroup", Capability.COMPUTER_WRITE, false, g -> g.moveToGroup(list, groupId));
  }

  @Override
  public String deploymentScript(DeploymentScriptOptions options) {
    Objects.requireNonNull(options, "options");
    return call(
        "deploymentScript",
        Capability.AGENT_DEPLOYMENT_SCRIPTS,
        true,
        g -> g.deploymentScript(options));
  }
}
