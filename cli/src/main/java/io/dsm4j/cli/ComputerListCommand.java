package io.dsm4j.cli;

import io.dsm4j.Manager;
import io.dsm4j.model.AgentStatus;
import io.dsm4j.model.Computer;
import io.dsm4j.model.ComputerQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dsm4j computers list}: the fleet with its status, searched. */
@Command(
    name = "list",
    description = {
      "List computers with their status, optionally searched; all criteria must match.",
      "Run on the manager where its API can: host and display names, group, policy, instance ID"
          + " and last communication on REST; a name, a prefix, a group (with its subgroups) or a"
          + " policy on SOAP (one of them per call). The rest is filtered here after reading:"
          + " --status always (REST cannot search the agent status; SOAP reports it as a light),"
          + " --search on SOAP, and on REST a group with more subgroups than a few searches per page"
          + " can cover."
    })
final class ComputerListCommand extends Base {
  /** The CLI's statuses and dsm4j's: the one table {@code --status} goes through. */
  static final Map<String, AgentStatus> STATUSES =
      Map.of(
          "online", AgentStatus.ONLINE,
          "offline", AgentStatus.OFFLINE,
          "warning", AgentStatus.WARNING,
          "error", AgentStatus.ERROR,
          "unmanaged", AgentStatus.UNMANAGED);

  @Option(
      names = "--status",
      split = ",",
      paramLabel = "STATUS",
      description =
          "Only computers with this agent status: online, offline, warning, error or unmanaged"
              + " (repeat or separate with commas for any of several). Filtered on the client:"
              + " neither API searches it. REST active/warning/error/inactive and SOAP's"
              + " green/yellow/red/grey light map to these; an agent whose status says Offline is"
              + " offline.")
  List<String> statuses = new ArrayList<>();

  @Option(
      names = "--search",
      paramLabel = "PATTERN",
      description =
          "Only computers whose host name or display name matches PATTERN: * for any text,"
              + " case ignored (e.g. 'web*', '*.prod.example.com').")
  String search;

  @Option(
      names = "--group",
      paramLabel = "GROUP",
      description =
          "Only computers in this computer group: its ID or its exact name (a name that several"
              + " groups have is refused with their IDs).")
  String group;

  @Option(
      names = "--recursive",
      description = "With --group: also the computers in its subgroups, at any depth.")
  boolean recursive;

  @Option(names = "--policy", paramLabel = "POLICY")
  String policy;

  @Option(
      names = "--instance-id",
      paramLabel = "ID",
      description = "Only the computer that is this cloud instance (e.g. i-0e80f75f9532ad1ba).")
  String instanceId;

  @Option(
      names = "--last-seen-before",
      paramLabel = "TIME",
      description =
          "Only computers whose agent last communicated before TIME: a duration ago (24h, 7d)"
              + " or a time (2026-01-31, 2026-01-31T12:00:00Z). Computers that never communicated"
              + " are not listed (see --status unmanaged).")
  String lastSeenBefore;

  @Option(
      names = "--last-seen-after",
      paramLabel = "TIME",
      description = "Only computers whose agent communicated at or after TIME (as above).")
  String lastSeenAfter;

  @Override
  int run(Manager m, Output out) {
    ComputerQuery q = query(m);
    List<Computer> found = m.computers().list(q).stream().toList();
    List<Map<String, Object>> rows = new ArrayList<>();
    found.stream()
        .sorted(java.util.Comparator.comparingInt(Computer::id))
        .forEach(c -> rows.add(ComputerRows.row(c)));
    out.rows(ComputerRows.COLUMNS, rows);
    return 0;
  }

  /** The options as a query; the user's own mistakes are usage errors before any call. */
  private ComputerQuery query(Manager m) {
    if (recursive && group == null) {
      throw new Dsm4j.UsageException("--recursive needs --group");
    }
    ComputerQuery.Builder b = ComputerQuery.builder();
    for (String s : statuses) {
      AgentStatus st = STATUSES.get(s.trim().toLowerCase(Locale.ROOT));
      if (st == null) {
        throw new Dsm4j.UsageException(
            "--status must be online, offline, warning, error or unmanaged, not '" + s + "'");
      }
      b.status(st);
    }
    Instant now = Instant.now();
    Instant before = lastSeenBefore == null ? null : Times.time(lastSeenBefore, now);
    Instant after = lastSeenAfter == null ? null : Times.time(lastSeenAfter, now);
    if (before != null && after != null && !after.isBefore(before)) {
      throw new Dsm4j.UsageException("--last-seen-after must be before --last-seen-before");
    }
    if (search != null) {
      b.search(nonBlank(search, "--search"));
    }
    if (instanceId != null) {
      b.instanceId(nonBlank(instanceId, "--instance-id"));
    }
    if (policy != null) {
      Resolver.parse(policy, "policy");
    }
    if (group != null) {
      Resolver.parse(group, "computer group");
    }
    if (before != null) {
      b.lastSeenBefore(before);
    }
    if (after != null) {
      b.lastSeenAfter(after);
    }
    // Resolved last: every usage error above comes before a call.
    if (policy != null) {
      b.policy(policy(m, policy).id());
    }
    if (group != null) {
      b.group(Fleet.group(m, group).id(), recursive);
    }
    return b.build();
  }

  private static String nonBlank(String v, String option) {
    if (v.isBlank()) {
      throw new Dsm4j.UsageException(option + " must not be blank");
    }
    return v;
  }
}
