package io.dsm4j.automation;

import io.dsm4j.Manager;
import io.dsm4j.exception.NotFoundException;
import io.dsm4j.model.Computer;
import io.dsm4j.model.ComputerGroup;
import io.dsm4j.model.IdOrName;
import io.dsm4j.model.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Resolves what a person typed ({@link IdOrName}: all digits an ID, anything else an exact name,
 * {@code name:TEXT} always a name) to a policy, computer or computer group on the manager. A name
 * that matches nothing fails with a {@link NotFoundException} that suggests a near miss: {@code no
 * policy named 'base policy'; did you mean 'Base Policy'?} (same text in another case, or a small
 * typo). The command line and the rollout's scope use this one resolver.
 *
 * <pre>{@code
 * IdOrNameResolver resolve = new IdOrNameResolver(manager);
 * Policy p = resolve.policy(IdOrName.parse(args[0], "policy"));
 * Computer c = resolve.computer(IdOrName.parse("web1.example.com", "computer"));
 * }</pre>
 */
public final class IdOrNameResolver {
  private final Manager manager;

  /**
   * @param manager the manager to look names up on
   */
  public IdOrNameResolver(Manager manager) {
    this.manager = Objects.requireNonNull(manager, "manager");
  }

  /**
   * @param ref an ID or an exact policy name
   * @return the policy
   * @throws NotFoundException when there is none (with a suggestion for a near miss)
   */
  public Policy policy(IdOrName ref) {
    if (ref.isId()) {
      return manager.policies().get(ref.id());
    }
    return manager
        .policies()
        .findByName(ref.name())
        .orElseThrow(() -> notFound("policy", ref, names(manager.policies().list(), Policy::name)));
  }

  /**
   * @param ref an ID or an exact host name
   * @return the computer
   * @throws NotFoundException when there is none (with a suggestion for a near miss)
   */
  public Computer computer(IdOrName ref) {
    if (ref.isId()) {
      return manager.computers().get(ref.id());
    }
    return manager
        .computers()
        .findByName(ref.name())
        .orElseThrow(
            () -> notFound("computer", ref, names(manager.computers().list(), Computer::hostName)));
  }

  /**
   * @param ref an ID or an exact group name
   * @return the computer group
   * @throws NotFoundException when there is none (with a suggestion for a near miss)
   */
  public ComputerGroup computerGroup(IdOrName ref) {
    if (ref.isId()) {
      return manager.computerGroups().get(ref.id());
    }
    return manager
        .computerGroups()
        .findByName(ref.name())
        .orElseThrow(
            () ->
                notFound(
                    "computer group",
                    ref,
                    names(manager.computerGroups().list(), ComputerGroup::name)));
  }

  /**
   * The not-found error for a name, with a suggestion when one of the candidates is a near miss.
   *
   * @param what what was looked for, e.g. {@code policy}
   * @param ref what was typed
   * @param candidates the names that exist
   * @return the exception to throw
   */
  public static NotFoundException notFound(String what, IdOrName ref, List<String> candidates) {
    String message =
        ref.isId()
            ? "no " + what + " with ID " + ref.id()
            : "no "
                + what
                + " named '"
                + ref.name()
                + "'"
                + suggestion(ref.name(), candidates)
                    .map(s -> "; did you mean '" + s + "'?")
                    .orElse("");
    return new NotFoundException(message, "resolve." + what.replace(' ', '-'), null, 0, null, null);
  }

  /**
   * The near miss for a name that matched nothing: a candidate equal but for case, else the closest
   * one within a small edit distance (1 for names up to 4 characters, 2 up to 12, 3 beyond), ties
   * broken by the first in the list.
   *
   * @param name what was typed
   * @param candidates the names that exist
   * @return the suggestion, or empty when none is close
   */
  public static Optional<String> suggestion(String name, List<String> candidates) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String c : candidates) {
      if (c != null && c.toLowerCase(Locale.ROOT).equals(lower)) {
        return Optional.of(c);
      }
    }
    int limit = name.length() <= 4 ? 1 : name.length() <= 12 ? 2 : 3;
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      if (c == null || Math.abs(c.length() - name.length()) > limit) {
        continue;
      }
      int d = distance(lower, c.toLowerCase(Locale.ROOT), limit);
      if (d <= limit && d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Levenshtein distance, giving up (limit + 1) once every path exceeds the limit. */
  private static int distance(String a, String b, int limit) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private static <T> List<String> names(Iterable<T> items, Function<T, String> name) {
    List<String> out = new ArrayList<>();
    for (T t : items) {
      out.add(name.apply(t));
    }
    return out;
  }
}
