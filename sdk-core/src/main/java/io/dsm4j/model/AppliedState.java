package io.dsm4j.model;

/** Whether a security update (rule update package) has been applied. */
public enum AppliedState {
  /** Applied, but a newer update is current. */
  APPLIED,
  /** Applied and current. */
  APPLIED_CURRENT,
  /** Not applied (pending). */
  NOT_APPLIED,
  /** A value this version does not know. */
  UNKNOWN
}
