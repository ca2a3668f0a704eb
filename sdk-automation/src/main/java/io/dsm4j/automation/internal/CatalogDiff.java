package io.dsm4j.automation.internal;

import io.dsm4j.Manager;
import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rule-level change of a security update: a rule catalog before and after, compared by Trend
 * identifier (a rule without one by its ID). The manager reports counts only, this says which.
 */
public final class CatalogDiff {
  private CatalogDiff() {}

  /**
   * @param added rules whose identifier was not in the catalog before
   * @param updated rules whose last-updated time or ID changed (REST reports the time; over SOAP
   *     alone an update shows only as added rules)
   */
  public record Diff(List<Journal.RuleRef> added, List<Journal.RuleRef> updated) {}

  /**
   * @param manager the manager
   * @param kind a rule kind
   * @return its catalog as the journal records it
   */
  public static List<Journal.RuleRef> snapshot(Manager manager, RuleKind kind) {
    List<Journal.RuleRef> out = new ArrayList<>();
    for (Rule r : manager.rules().of(kind).list()) {
      out.add(
          new Journal.RuleRef(r.id(), r.identifier(), r.name(), r.detectOnly(), r.lastUpdated()));
    }
    return out;
  }

  /**
   * @param before the catalog before
   * @param after the catalog after
   * @return what was added and changed, in the order of {@code after}
   */
  public static Diff diff(List<Journal.RuleRef> before, List<Journal.RuleRef> after) {
    Map<String, Journal.RuleRef> old = new HashMap<>();
    for (Journal.RuleRef r : before) {
      old.put(key(r), r);
    }
    List<Journal.RuleRef> added = new ArrayList<>();
    List<Journal.RuleRef> updated = new ArrayList<>();
    for (Journal.RuleRef r : after) {
      Journal.RuleRef b = old.get(key(r));
      if (b == null) {
        added.add(r);
      } else if (!Objects.equals(b.lastUpdated, r.lastUpdated) || b.id != r.id) {
        updated.add(r);
      }
    }
    return new Diff(added, updated);
  }

  private static String key(Journal.RuleRef r) {
    return r.identifier == null || r.identifier.isEmpty() ? "#" + r.id : r.identifier;
  }
}
