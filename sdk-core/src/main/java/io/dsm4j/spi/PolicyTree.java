package io.dsm4j.spi;

import io.dsm4j.Backend;
import io.dsm4j.exception.ServerException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * The one walk up a policy's parent chain, for backends whose API cannot tell which rules a policy
 * inherits. Each policy is read once; a policy seen twice ends the walk; a chain deeper than {@link
 * #MAX_DEPTH} is treated as broken data.
 *
 * <p>SPI: for backend implementors.
 */
public final class PolicyTree {
  /** A policy tree deeper than this is treated as broken rather than walked forever. */
  public static final int MAX_DEPTH = 64;

  private PolicyTree() {}

  /**
   * One policy as the walk needs it.
   *
   * @param ruleIds the rules assigned on the policy itself
   * @param parentId the parent, or null (or 0) at the top
   */
  public record Level(Collection<Integer> ruleIds, @Nullable Integer parentId) {}

  /**
   * Unions the direct assignments of the policy and its ancestors.
   *
   * @param policyId the policy
   * @param read reads one policy (one call)
   * @param operation the wire operation {@code read} uses, for the error
   * @param backend the backend, for the error
   * @return the rule IDs in effect, ascending
   * @throws ServerException when the chain is longer than {@link #MAX_DEPTH}
   */
  public static List<Integer> effectiveRuleIds(
      int policyId, IntFunction<Level> read, String operation, Backend backend) {
    Set<Integer> seen = new HashSet<>();
    TreeSet<Integer> rules = new TreeSet<>();
    Integer current = policyId;
    while (current != null && current > 0 && seen.add(current)) {
      if (seen.size() > MAX_DEPTH) {
        throw new ServerException(
            "policy "
                + policyId
                + " has more than "
                + MAX_DEPTH
                + " ancestors; the parent chain looks broken",
            operation,
            backend,
            0,
            null,
            null);
      }
      Level level = read.apply(current);
      rules.addAll(level.ruleIds());
      current = level.parentId();
    }
    return List.copyOf(rules);
  }
}
