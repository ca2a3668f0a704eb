package io.dsm4j.model;

import io.dsm4j.Capability;

/** Actions the manager runs on computers asynchronously. */
public enum ComputerAction {
  /** Scan for recommendations. */
  SCAN_FOR_RECOMMENDATIONS(Capability.ACTION_SCAN_FOR_RECOMMENDATIONS),
  /** Run a manual anti-malware scan. */
  SCAN_FOR_MALWARE(Capability.ACTION_SCAN_FOR_MALWARE),
  /** Scan for integrity changes. */
  SCAN_FOR_INTEGRITY_CHANGES(Capability.ACTION_SCAN_FOR_INTEGRITY_CHANGES),
  /** Send the policy to the agent now ("update now"). */
  SEND_POLICY(Capability.ACTION_SEND_POLICY),
  /** Fetch the agent's events now. */
  GET_EVENTS_NOW(Capability.ACTION_GET_EVENTS_NOW),
  /** Clear warnings and errors. */
  CLEAR_WARNINGS_AND_ERRORS(Capability.ACTION_CLEAR_WARNINGS_AND_ERRORS),
  /** Activate the agent (the manager contacts it and takes it under management). */
  ACTIVATE_AGENT(Capability.ACTION_ACTIVATE_AGENT),
  /** Deactivate the agent (the computer becomes unmanaged). */
  DEACTIVATE_AGENT(Capability.ACTION_DEACTIVATE_AGENT);

  private final Capability capability;

  ComputerAction(Capability capability) {
    this.capability = capability;
  }

  /**
   * @return the capability a backend declares when it can run this action
   */
  public Capability capability() {
    return capability;
  }
}
