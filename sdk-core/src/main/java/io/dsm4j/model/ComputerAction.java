package io.dsm4j.model;

/** Actions the manager runs on computers asynchronously. */
public enum ComputerAction {
  /** Scan for recommendations. */
  SCAN_FOR_RECOMMENDATIONS,
  /** Run a manual anti-malware scan. */
  SCAN_FOR_MALWARE,
  /** Scan for integrity changes. */
  SCAN_FOR_INTEGRITY_CHANGES,
  /** Send the policy to the agent now ("update now"). */
  SEND_POLICY,
  /** Fetch the agent's events now. */
  GET_EVENTS_NOW,
  /** Clear warnings and errors. */
  CLEAR_WARNINGS_AND_ERRORS
}
