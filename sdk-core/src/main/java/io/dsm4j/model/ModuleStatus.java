package io.dsm4j.model;

import java.util.Objects;

/**
 * One protection module on one computer: its state and how the agent reports it.
 *
 * <p>REST reads both from the module's object ({@code state}, {@code moduleStatus}). SOAP's host
 * details carry only the module's status text (e.g. {@code On, Prevent, 2 rules}); there the state
 * is read from the text's start ({@code On…} is {@link ModuleState#ON}, with {@code Detect} {@link
 * ModuleState#DETECT} and {@code Real Time} {@link ModuleState#REAL_TIME}; {@code Off…} {@link
 * ModuleState#OFF}; anything else {@link ModuleState#UNKNOWN}), and the health from the state (on:
 * {@link Health#ACTIVE}, off: {@link Health#INACTIVE}).
 *
 * @param state the module's state on the computer
 * @param health the agent's report for the module
 * @param message the manager's text, e.g. {@code On, Prevent, 2 rules}; empty when none
 */
public record ModuleStatus(ModuleState state, Health health, String message) {

  /** The agent's report for one module (REST {@code moduleStatus.agentStatus}). */
  public enum Health {
    /** Active. */
    ACTIVE,
    /** Inactive (off or not installed). */
    INACTIVE,
    /** Active with warnings. */
    WARNING,
    /** In error. */
    ERROR,
    /** The agent does not support the module on this platform. */
    NOT_SUPPORTED,
    /** Not reported, or a value this version does not know. */
    UNKNOWN
  }

  /**
   * Normalizes the components.
   *
   * @param state the module's state on the computer
   * @param health the agent's report for the module
   * @param message the manager's text, e.g. {@code On, Prevent, 2 rules}; empty when none
   */
  public ModuleStatus {
    state = Objects.requireNonNullElse(state, ModuleState.UNKNOWN);
    health = Objects.requireNonNullElse(health, Health.UNKNOWN);
    message = message == null ? "" : message;
  }
}
