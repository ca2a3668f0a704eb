package io.dsm4j.automation.internal;

import io.dsm4j.Capability;
import io.dsm4j.Manager;
import io.dsm4j.RuleCatalog;
import io.dsm4j.automation.PolicyDocument.RuleRef;
import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.RuleQuery;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Rules looked up by ID, identifier or name: one call each, or one listing for many. */
public final class RuleIndex {
  /** Above this many rules of a kind, its catalog is listed once instead of one call each. */
  private static final int LIST_ONCE = 25;

  private final Manager manager;
  private final Map<RuleKind, Map<Integer, Rule>> listed = new EnumMap<>(RuleKind.class);
  private final Map<RuleKind, Boolean> many = new EnumMap<>(RuleKind.class);

  /**
   * @param manager the manager to read
   */
  public RuleIndex(Manager manager) {
    this.manager = manager;
  }

  /** Says that about {@code count} rules of the kind will be looked up. */
  public void expect(RuleKind kind, int count) {
    if (count > LIST_ONCE) {
      many.put(kind, true);
    }
  }

  private Map<Integer, Rule> all(RuleKind kind) {
    return listed.computeIfAbsent(
        kind,
        k -> {
          Map<Integer, Rule> m = new HashMap<>();
          manager.rules().of(k).list().stream().forEach(r -> m.put(r.id(), r));
          return m;
        });
  }

  public Rule get(RuleKind kind, int id) {
    if (many.containsKey(kind)) {
      Rule r = all(kind).get(id);
      if (r != null) {
        return r;
      }
    }
    return manager.rules().of(kind).get(id);
  }

  public Optional<Rule> find(RuleKind kind, RuleRef ref) {
    if (many.containsKey(kind)) {
      return all(kind).values().stream()
          .filter(
              r ->
                  ref.identifier() != null
                      ? ref.identifier().equals(r.identifier())
                      : ref.name().equals(r.name()) && !r.trendIssued())
          .min(java.util.Comparator.comparingInt(Rule::id));
    }
    RuleCatalog catalog = manager.rules().of(kind);
    if (ref.name() != null) {
      return catalog.findByName(ref.name()).filter(r -> !r.trendIssued());
    }
    if (manager.capabilities().supports(Capability.RULE_QUERY_IDENTIFIER, kind)) {
      return catalog.list(RuleQuery.builder().identifier(ref.identifier()).build()).stream()
          .filter(r -> ref.identifier().equals(r.identifier()))
          .findFirst();
    }
    return all(kind).values().stream()
        .filter(r -> ref.identifier().equals(r.identifier()))
        .findFirst();
  }
}
