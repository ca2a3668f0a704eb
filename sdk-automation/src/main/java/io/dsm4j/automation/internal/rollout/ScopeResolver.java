package io.dsm4j.automation.internal.rollout;

import io.dsm4j.Manager;
import io.dsm4j.automation.IdOrNameResolver;
import io.dsm4j.automation.Scope;
import io.dsm4j.model.Computer;
import io.dsm4j.model.ComputerGroup;
import io.dsm4j.model.IdOrName;
import io.dsm4j.model.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/** Resolves a {@link Scope} to the computers in it and their policies. */
final class ScopeResolver {
  private ScopeResolver() {}

  /** Computers in scope and their policies. */
  record Resolved(List<Computer> computers, List<Policy> policies) {}

  static Resolved resolve(Manager manager, Scope s) {
    IdOrNameResolver resolver = new IdOrNameResolver(manager);
    List<Computer> all = manager.computers().list().stream().toList();
    List<Computer> chosen = all;
    if (!s.computers().isEmpty()) {
      Map<Integer, Computer> picked = new TreeMap<>();
      for (String text : s.computers()) {
        IdOrName ref = IdOrName.parse(text, "computer");
        Computer found =
            all.stream()
                .filter(x -> ref.isId() ? x.id() == ref.id() : x.hostName().equals(ref.name()))
                .findFirst()
                .orElseThrow(
                    () ->
                        IdOrNameResolver.notFound(
                            "computer", ref, all.stream().map(Computer::hostName).toList()));
        picked.put(found.id(), found);
      }
      chosen = new ArrayList<>(picked.values());
    }
    if (s.group() != null) {
      ComputerGroup g = resolver.computerGroup(IdOrName.parse(s.group(), "computer group"));
      chosen = chosen.stream().filter(c -> Objects.equals(c.groupId(), g.id())).toList();
    }
    Policy scopePolicy = null;
    if (s.policy() != null) {
      Policy p = resolver.policy(IdOrName.parse(s.policy(), "policy"));
      scopePolicy = p;
      chosen = chosen.stream().filter(c -> Objects.equals(c.policyId(), p.id())).toList();
    }
    TreeSet<Integer> policyIds = new TreeSet<>();
    chosen.forEach(
        c -> {
          if (c.policyId() != null) {
            policyIds.add(c.policyId());
          }
        });
    List<Policy> policies = new ArrayList<>();
    for (Integer id : policyIds) {
      policies.add(
          scopePolicy != null && scopePolicy.id() == id ? scopePolicy : manager.policies().get(id));
    }
    if (scopePolicy != null && policies.isEmpty()) {
      policies.add(scopePolicy);
    }
    return new Resolved(List.copyOf(chosen), policies);
  }
}
