package io.dsm4j.model;

import java.util.List;

/**
 * An IP list (used by firewall rules).
 *
 * @param id the manager's ID
 * @param name the name
 * @param description the description, empty when none
 * @param items the entries (addresses, ranges, masks)
 */
public record IpList(int id, String name, String description, List<String> items) {
  /**
   * Copies the components.
   *
   * @param id the manager's ID
   * @param name the name
   * @param description the description, empty when none
   * @param items the entries (addresses, ranges, masks)
   */
  public IpList {
    name = name == null ? "" : name;
    description = description == null ? "" : description;
    items = List.copyOf(items == null ? List.of() : items);
  }
}
