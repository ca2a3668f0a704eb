package io.dsm4j.model;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Criteria for listing computers; all criteria set must match. Name patterns take {@code *} for any
 * run of characters (no {@code *}: the exact name) and ignore case. Where a backend's API can
 * filter on the manager it does; what it cannot, dsm4j filters on the client after reading the
 * computers — the same result, at the cost of reading more (which criterion runs where is listed in
 * {@code docs/backends.md}).
 *
 * <pre>{@code
 * ComputerQuery q = ComputerQuery.builder()
 *     .group(webTier.id(), true)               // the group and all its subgroups
 *     .status(AgentStatus.OFFLINE, AgentStatus.ERROR)
 *     .lastSeenBefore(Instant.now().minus(Duration.ofDays(1)))
 *     .build();
 * manager.computers().list(q).forEach(c -> System.out.println(c.hostName()));
 * }</pre>
 */
public final class ComputerQuery {
  private static final ComputerQuery ALL = new Builder().build();

  private final String hostName;
  private final String displayName;
  private final String search;
  private final Integer groupId;
  private final boolean includeSubgroups;
  private final Integer policyId;
  private final String instanceId;
  private final String externalId;
  private final Set<AgentStatus> statuses;
  private final Instant lastSeenBefore;
  private final Instant lastSeenAfter;

  private ComputerQuery(Builder b) {
    this.hostName = b.hostName;
    this.displayName = b.displayName;
    this.search = b.search;
    this.groupId = b.groupId;
    this.includeSubgroups = b.includeSubgroups;
    this.policyId = b.policyId;
    this.instanceId = b.instanceId;
    this.externalId = b.externalId;
    this.statuses =
        b.statuses.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(b.statuses));
    this.lastSeenBefore = b.lastSeenBefore;
    this.lastSeenAfter = b.lastSeenAfter;
  }

  /**
   * @return a query that matches every computer
   */
  public static ComputerQuery all() {
    return ALL;
  }

  /**
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return the host name pattern, or null
   */
  public @Nullable String hostName() {
    return hostName;
  }

  /**
   * @return the display name pattern, or null
   */
  public @Nullable String displayName() {
    return displayName;
  }

  /**
   * @return the pattern the host name or the display name must match, or null
   */
  public @Nullable String search() {
    return search;
  }

  /**
   * @return the computer group, or null
   */
  public @Nullable Integer groupId() {
    return groupId;
  }

  /**
   * @return whether computers in the group's subgroups (at any depth) match too
   */
  public boolean includeSubgroups() {
    return includeSubgroups;
  }

  /**
   * @return the assigned policy, or null
   */
  public @Nullable Integer policyId() {
    return policyId;
  }

  /**
   * @return the cloud instance ID (exact), or null
   */
  public @Nullable String instanceId() {
    return instanceId;
  }

  /**
   * @return the SOAP external ID (exact), or null
   */
  public @Nullable String externalId() {
    return externalId;
  }

  /**
   * @return the agent statuses of which one must match; empty for any
   */
  public Set<AgentStatus> statuses() {
    return statuses;
  }

  /**
   * @return the last communication must be before this, or null
   */
  public @Nullable Instant lastSeenBefore() {
    return lastSeenBefore;
  }

  /**
   * @return the last communication must be at or after this, or null
   */
  public @Nullable Instant lastSeenAfter() {
    return lastSeenAfter;
  }

  /**
   * @return true when no criterion is set
   */
  public boolean isEmpty() {
    return this == ALL
        || (hostName == null
            && displayName == null
            && search == null
            && groupId == null
            && policyId == null
            && instanceId == null
            && externalId == null
            && statuses.isEmpty()
            && lastSeenBefore == null
            && lastSeenAfter == null);
  }

  @Override
  public String toString() {
    return "ComputerQuery[hostName="
        + hostName
        + ", displayName="
        + displayName
        + ", search="
        + search
        + ", groupId="
        + groupId
        + (includeSubgroups ? " and subgroups" : "")
        + ", policyId="
        + policyId
        + ", instanceId="
        + instanceId
        + ", externalId="
        + externalId
        + ", statuses="
        + statuses
        + ", lastSeenBefore="
        + lastSeenBefore
        + ", lastSeenAfter="
        + lastSeenAfter
        + "]";
  }

  /** Builds a {@link ComputerQuery}. */
  public static final class Builder {
    private String hostName;
    private String displayName;
    private String search;
    private Integer groupId;
    private boolean includeSubgroups;
    private Integer policyId;
    private String instanceId;
    private String externalId;
    private final Set<AgentStatus> statuses = EnumSet.noneOf(AgentStatus.class);
    private Instant lastSeenBefore;
    private Instant lastSeenAfter;

    private Builder() {}

    private static String pattern(String p, String what) {
      Objects.requireNonNull(p, what);
      if (p.isBlank()) {
        throw new IllegalArgumentException(what + " must not be blank");
      }
      return p;
    }

    /**
     * @param pattern the host name: exact ({@code web01.example.com}), a prefix ({@code web*}) or a
     *     wildcard pattern ({@code *.example.com}); case is ignored
     * @return this builder
     */
    public Builder hostName(String pattern) {
      this.hostName = pattern(pattern, "host name pattern");
      return this;
    }

    /**
     * @param pattern the display name, with {@code *} wildcards; case is ignored
     * @return this builder
     */
    public Builder displayName(String pattern) {
      this.displayName = pattern(pattern, "display name pattern");
      return this;
    }

    /**
     * @param pattern a pattern that the host name or the display name must match, with {@code *}
     *     wildcards; case is ignored
     * @return this builder
     */
    public Builder search(String pattern) {
      this.search = pattern(pattern, "search pattern");
      return this;
    }

    /**
     * @param groupId the computer group (positive); its subgroups do not match
     * @return this builder
     */
    public Builder group(int groupId) {
      return group(groupId, false);
    }

    /**
     * @param groupId the computer group (positive)
     * @param includeSubgroups whether computers in its subgroups, at any depth, match too
     * @return this builder
     */
    public Builder group(int groupId, boolean includeSubgroups) {
      if (groupId <= 0) {
        throw new IllegalArgumentException("group ID must be positive, got " + groupId);
      }
      this.groupId = groupId;
      this.includeSubgroups = includeSubgroups;
      return this;
    }

    /**
     * @param policyId the assigned policy (positive)
     * @return this builder
     */
    public Builder policy(int policyId) {
      if (policyId <= 0) {
        throw new IllegalArgumentException("policy ID must be positive, got " + policyId);
      }
      this.policyId = policyId;
      return this;
    }

    /**
     * @param instanceId the cloud instance ID, exact (as the cloud writes it)
     * @return this builder
     */
    public Builder instanceId(String instanceId) {
      this.instanceId = pattern(instanceId, "instance ID").trim();
      return this;
    }

    /**
     * The SOAP API's external ID of a host ({@code hostDetailRetrieveByExternal}); not the cloud
     * instance ID. Needs {@code Capability.COMPUTER_QUERY_EXTERNAL_ID}.
     *
     * @param externalId the external ID, exact
     * @return this builder
     */
    public Builder externalId(String externalId) {
      this.externalId = pattern(externalId, "external ID");
      return this;
    }

    /**
     * Adds agent statuses; a computer matches when it has one of them.
     *
     * @param statuses the statuses
     * @return this builder
     */
    public Builder status(AgentStatus... statuses) {
      for (AgentStatus s : statuses) {
        this.statuses.add(Objects.requireNonNull(s, "status"));
      }
      return this;
    }

    /**
     * @param time the last communication must be before it (computers that never communicated do
     *     not match: they are {@link AgentStatus#UNMANAGED})
     * @return this builder
     */
    public Builder lastSeenBefore(Instant time) {
      this.lastSeenBefore = Objects.requireNonNull(time, "time");
      return this;
    }

    /**
     * @param time the last communication must be at or after it
     * @return this builder
     */
    public Builder lastSeenAfter(Instant time) {
      this.lastSeenAfter = Objects.requireNonNull(time, "time");
      return this;
    }

    /**
     * @return the query
     * @throws IllegalArgumentException when the last-seen window is empty
     */
    public ComputerQuery build() {
      if (lastSeenBefore != null
          && lastSeenAfter != null
          && !lastSeenAfter.isBefore(lastSeenBefore)) {
        throw new IllegalArgumentException(
            "lastSeenAfter ("
                + lastSeenAfter
                + ") must be before lastSeenBefore ("
                + lastSeenBefore
                + ")");
      }
      return new ComputerQuery(this);
    }
  }
}
