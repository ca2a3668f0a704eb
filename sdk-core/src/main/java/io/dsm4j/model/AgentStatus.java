package io.dsm4j.model;

/**
 * A computer's agent status in dsm4j's words, the same on every backend. Each backend maps its own
 * values through one table (documented in {@code docs/backends.md}):
 *
 * <ul>
 *   <li>REST {@code computerStatus.agentStatus}: {@code active} is {@link #ONLINE}, {@code warning}
 *       {@link #WARNING}, {@code error} {@link #ERROR}, {@code inactive} {@link #UNMANAGED}, {@code
 *       not-supported} {@link #UNKNOWN};
 *   <li>SOAP {@code hostLight}: {@code GREEN} is {@link #ONLINE}, {@code YELLOW} {@link #WARNING},
 *       {@code RED} {@link #ERROR}, {@code GREY} {@link #UNMANAGED};
 *   <li>on both, a status text that says the agent is offline ({@code Offline}, {@code Managed
 *       (Offline)}) is {@link #OFFLINE}, and SOAP's {@code Unmanaged (…)} is {@link #UNMANAGED}.
 * </ul>
 */
public enum AgentStatus {
  /** Managed and communicating, no warning or error. */
  ONLINE,
  /** Managed, but the agent does not communicate. */
  OFFLINE,
  /** Managed and online, with warnings. */
  WARNING,
  /** Managed, with errors. */
  ERROR,
  /** No activated agent (never activated, deactivated, or no agent installed). */
  UNMANAGED,
  /** The manager did not say, or said something this version does not know. */
  UNKNOWN
}
