package io.dsm4j.testkit;

import io.dsm4j.model.AntiMalwareConfiguration;
import io.dsm4j.model.ComputerGroup;
import io.dsm4j.model.ItemList;
import io.dsm4j.model.ListKind;
import io.dsm4j.model.Schedule;
import io.dsm4j.testkit.internal.FleetViews;
import io.dsm4j.testkit.internal.Store;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The fleet's reference objects of the simulated manager: item lists, computer groups, schedules,
 * anti-malware configurations, scheduled and event-based tasks.
 *
 * <p>A view of {@link SimulatorState}: it reads and changes the same simulated manager.
 */
public final class FleetState {
  private final Store store;

  FleetState(Store store) {
    this.store = store;
  }

  /**
   * The item lists of a kind (IP, MAC, port, directory, file, file extension), in ID order.
   *
   * @param kind the kind of lists
   * @return the lists of that kind with their items
   */
  public List<ItemList> itemLists(ListKind kind) {
    return FleetViews.lists(store, Objects.requireNonNull(kind, "kind"));
  }

  /**
   * Every computer group, in ID order, with its parent.
   *
   * @return the groups
   */
  public List<ComputerGroup> computerGroups() {
    return FleetViews.groups(store);
  }

  /**
   * Creates a computer group (a fixture: unlike the APIs, it allows a name a sibling has too).
   *
   * @param name the group's name
   * @param parentId the parent group's ID, or null for a top-level group
   * @return the group created, with its new ID
   * @throws IllegalArgumentException for a blank name or an unknown parent
   */
  public ComputerGroup addComputerGroup(String name, Integer parentId) {
    return FleetViews.addGroup(store, name, parentId);
  }

  /**
   * Every schedule, in ID order.
   *
   * @return the schedules
   */
  public List<Schedule> schedules() {
    return FleetViews.schedules(store);
  }

  /**
   * An anti-malware configuration as stored (its {@code extra} is empty), if it exists.
   *
   * @param id the configuration's ID
   * @return the configuration, or empty when there is none with this ID
   */
  public Optional<AntiMalwareConfiguration> antiMalwareConfiguration(int id) {
    return FleetViews.antiMalware(store, id);
  }

  /**
   * The IDs of the anti-malware configurations, ascending.
   *
   * @return the IDs
   */
  public List<Integer> antiMalwareConfigurationIds() {
    return FleetViews.antiMalwareIds(store);
  }

  /**
   * The IDs of the REST scheduled tasks, ascending.
   *
   * @return the IDs
   */
  public List<Integer> scheduledTaskIds() {
    return FleetViews.scheduledTaskIds(store);
  }

  /**
   * How many times each scheduled task ran (created with {@code runNow}, or modified with it), by
   * task ID; tasks that never ran are absent.
   *
   * @return the number of runs by task ID
   */
  public Map<Integer, Integer> scheduledTaskRuns() {
    return FleetViews.scheduledTaskRuns(store);
  }

  /**
   * The IDs of the event-based tasks, ascending.
   *
   * @return the IDs
   */
  public List<Integer> eventBasedTaskIds() {
    return FleetViews.eventBasedTaskIds(store);
  }

  /**
   * Plays an event (a REST event-based task type such as {@code agent-initiated-activation}) on a
   * computer: every enabled event-based task of that type whose conditions all match the computer
   * ({@code hostname}, {@code platform} and {@code lastUsedIP} are matched as regular expressions;
   * other fields never match) runs its actions ({@code assign-policy}, {@code assign-group} change
   * the computer).
   *
   * @param eventType the event-based task type of the event
   * @param computerId the ID of the computer the event happens on
   * @return how many tasks ran
   * @throws IllegalArgumentException for an unknown computer
   */
  public int fireEvent(String eventType, int computerId) {
    return FleetViews.fireEvent(store, Objects.requireNonNull(eventType, "eventType"), computerId);
  }
}
