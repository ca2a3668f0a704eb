package io.dsm4j.model;

/** The state of recommendation scan results. */
public enum ScanStatus {
  /** No scan has run. */
  NONE,
  /** The results are current. */
  VALID,
  /** The results are stale (rules or the computer changed since). */
  OUT_OF_DATE,
  /** The manager does not say, or said something this version does not know. */
  UNKNOWN
}
