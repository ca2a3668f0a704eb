package io.dsm4j.spi;

import io.dsm4j.model.CloudInstance;
import io.dsm4j.model.Computer;
import io.dsm4j.model.ComputerQuery;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A {@link ComputerQuery} as the core hands it to a backend: the query, and the computer groups it
 * covers already resolved (the group, plus every subgroup at any depth when the query includes
 * them), so that a backend without a subgroup filter can search group by group. {@link
 * #matches(Computer)} is the one definition of the criteria: the core applies it to every computer
 * a backend returns, so a backend may filter on the manager only partly (returning more, never
 * fewer).
 *
 * <p>SPI: for backend implementors.
 *
 * @param query the query
 * @param groupIds the groups a computer must be in (the query's group and, with subgroups, all of
 *     them), or null when the query names no group
 */
public record ComputerFilter(ComputerQuery query, @Nullable Set<Integer> groupIds) {

  /**
   * Copies the components.
   *
   * @param query the query
   * @param groupIds the groups a computer must be in, or null for any
   */
  public ComputerFilter {
    Objects.requireNonNull(query, "query");
    groupIds = groupIds == null ? null : Set.copyOf(groupIds);
  }

  /**
   * @return a filter that every computer passes
   */
  public static ComputerFilter all() {
    return new ComputerFilter(ComputerQuery.all(), null);
  }

  /**
   * @param computer a computer as a backend read it
   * @return whether it meets every criterion
   */
  public boolean matches(Computer computer) {
    ComputerQuery q = query;
    if (q.hostName() != null && !like(q.hostName(), computer.hostName())) {
      return false;
    }
    if (q.displayName() != null && !like(q.displayName(), computer.displayName())) {
      return false;
    }
    if (q.search() != null
        && !like(q.search(), computer.hostName())
        && !like(q.search(), computer.displayName())) {
      return false;
    }
    if (groupIds != null
        && (computer.groupId() == null || !groupIds.contains(computer.groupId()))) {
      return false;
    }
    if (q.policyId() != null && !q.policyId().equals(computer.policyId())) {
      return false;
    }
    if (q.instanceId() != null) {
      CloudInstance cloud = computer.cloud();
      if (cloud == null || !cloud.instanceId().equals(q.instanceId())) {
        return false;
      }
    }
    if (q.externalId() != null
        && !q.externalId().equals(computer.extra().string("externalID").orElse(null))) {
      return false;
    }
    if (!q.statuses().isEmpty() && !q.statuses().contains(computer.status().agent())) {
      return false;
    }
    Instant seen = computer.status().lastCommunication();
    if (q.lastSeenBefore() != null && (seen == null || !seen.isBefore(q.lastSeenBefore()))) {
      return false;
    }
    return q.lastSeenAfter() == null || (seen != null && !seen.isBefore(q.lastSeenAfter()));
  }

  /**
   * Whether a text matches a name pattern: {@code *} is any run of characters, everything else is
   * literal, case is ignored.
   *
   * @param pattern the pattern
   * @param text the text (null never matches)
   * @return whether it matches
   */
  public static boolean like(String pattern, @Nullable String text) {
    if (text == null) {
      return false;
    }
    String[] parts = pattern.split("\\*", -1);
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        re.append(".*");
      }
      if (!parts[i].isEmpty()) {
        re.append(Pattern.quote(parts[i]));
      }
    }
    return Pattern.compile(
            re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL)
        .matcher(text)
        .matches();
  }

  /**
   * @param pattern a name pattern
   * @return whether it is a plain prefix ({@code abc*}: one {@code *}, at the end)
   */
  public static boolean isPrefix(String pattern) {
    return pattern.length() > 1 && pattern.indexOf('*') == pattern.length() - 1;
  }

  /**
   * @param pattern a name pattern
   * @return whether it has no wildcard (an exact name)
   */
  public static boolean isExact(String pattern) {
    return pattern.indexOf('*') < 0;
  }
}
