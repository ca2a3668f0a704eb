package io.dsm4j.rest.internal;

import io.dsm4j.exception.DsmException;
import io.dsm4j.exception.NotFoundException;
import io.dsm4j.model.BulkResult;
import io.dsm4j.model.Computer;
import io.dsm4j.model.ComputerAction;
import io.dsm4j.rest.internal.dto.Dtos.ComputerDto;
import io.dsm4j.rest.internal.dto.Dtos.ComputerFilter;
import io.dsm4j.rest.internal.dto.Dtos.OnceOnly;
import io.dsm4j.rest.internal.dto.Dtos.ScheduleDetails;
import io.dsm4j.rest.internal.dto.Dtos.ScheduledTaskDto;
import io.dsm4j.rest.internal.dto.Dtos.SearchCriteria;
import io.dsm4j.rest.internal.dto.Dtos.TaskParameters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * Computer actions through scheduled tasks run now: {@code /api} has no direct endpoints. A task's
 * computer filter names one computer, a group or a policy; a group or policy filter is used only
 * when its computers are exactly the ones asked for, otherwise one task per computer. Tasks are
 * deleted afterwards.
 */
final class RestScheduledTasks {
  /** The scheduled-task type of each action {@code /api} can run; the others are not declared. */
  private static final Map<ComputerAction, String> TYPES = new EnumMap<>(ComputerAction.class);

  static {
    TYPES.put(ComputerAction.SCAN_FOR_RECOMMENDATIONS, "scan-for-recommendations");
    TYPES.put(ComputerAction.SCAN_FOR_MALWARE, "scan-for-malware");
    TYPES.put(ComputerAction.SCAN_FOR_INTEGRITY_CHANGES, "scan-for-integrity-changes");
    TYPES.put(ComputerAction.SEND_POLICY, "send-policy");
  }

  private final RestClient client;
  private final IntFunction<Computer> computer;

  /**
   * @param client the client
   * @param computer reads one computer
   */
  RestScheduledTasks(RestClient client, IntFunction<Computer> computer) {
    this.client = client;
    this.computer = computer;
  }

  BulkResult run(ComputerAction action, List<Integer> computerIds) {
    String type = TYPES.get(action);
    if (type == null) {
      throw new IllegalArgumentException(action + " has no scheduled task");
    }
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
    Computer first = computer.apply(ids.get(0));
    if (first.groupId() != null && wanted.equals(idsWhere("groupID", first.groupId()))) {
      return new ComputerFilter("computers-in-group", null, first.groupId(), null);
    }
    if (first.policyId() != null && wanted.equals(idsWhere("policyID", first.policyId()))) {
      return new ComputerFilter("computers-using-policy", null, null, first.policyId());
    }
    return null;
  }

  /** The computers whose field has the value (a set that stops short only makes it not match). */
  private Set<Integer> idsWhere(String field, int value) {
    Set<Integer> found = new HashSet<>();
    client.scan(
        List.of(SearchCriteria.numberEquals(field, value)),
        f -> client.require(client.api().searchComputers(RestComputers.EXPAND_NONE, f)).computers(),
        ComputerDto::id,
        page -> {
          page.forEach(c -> found.add(c.id()));
          return true;
        });
    return found;
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
    ScheduledTaskDto created = client.require(client.api().createScheduledTask(task));
    if (created.id() != null) {
      try {
        client.exec(client.api().deleteScheduledTask(created.id()));
      } catch (NotFoundException e) {
        // A run-once task may already have removed itself.
      }
    }
  }
}
