package io.dsm4j.model;

/**
 * The state of a protection module on a policy.
 *
 * <p>Mapping: REST {@code prevent}/SOAP {@code ON} is {@link #ON}; REST {@code detect}/SOAP {@code
 * PASSIVE} (intrusion prevention only) is {@link #DETECT}; integrity monitoring's {@code
 * real-time}/{@code REALTIME} is {@link #REAL_TIME}. {@link #UNKNOWN} stands for a value a newer
 * manager may add; it is never sent.
 */
public enum ModuleState {
  /** On (intrusion prevention: prevent mode). */
  ON,
  /** Off. */
  OFF,
  /** Inherit the state from the parent policy. */
  INHERITED,
  /** Intrusion prevention in detect-only mode. */
  DETECT,
  /** Integrity monitoring in real time. */
  REAL_TIME,
  /** A value this version of dsm4j does not know; read-only. */
  UNKNOWN
}
