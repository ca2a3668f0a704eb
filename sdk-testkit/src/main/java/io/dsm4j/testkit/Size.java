package io.dsm4j.testkit;

/** How much data the simulator generates at start. */
public enum Size {
  /** About 300 IPS rules, 6 policies, 8 computers: starts in milliseconds, for most tests. */
  SMALL,
  /** About 10,000 IPS rules with realistic rule XML, 12 policies, 40 computers. */
  FULL
}
