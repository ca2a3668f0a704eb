package io.dsm4j.model;

import java.util.List;

/**
 * A named list of entries: an IP, MAC or port list, or an anti-malware directory, file or file
 * extension list ({@link ListKind}).
 *
 * @param id the manager's ID
 * @param kind which kind of list
 * @param name the name
 * @param description the description, empty when none
 * @param items the entries, in the manager's order (for IP lists: addresses, ranges, masks)
 */
public record ItemList(int id, ListKind kind, String name, String description, List<String> items) {
  /**
   * Normalizes the components.
   *
   * @param id the manager's ID
   * @param kind which kind of list
   * @param name the name
   * @param description the description, empty when none
   * @param items the entries, in the manager's order
   */
  public ItemList {
    java.util.Objects.requireNonNull(kind, "kind");
    name = name == null ? "" : name;
    description = description == null ? "" : description;
    items = List.copyOf(items == null ? List.of() : items);
  }
}
