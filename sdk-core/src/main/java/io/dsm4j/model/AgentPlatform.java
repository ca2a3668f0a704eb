package io.dsm4j.model;

/** The platforms the manager generates agent deployment scripts for. */
public enum AgentPlatform {
  /** Linux (a shell script). */
  LINUX,
  /** Windows (a PowerShell script). */
  WINDOWS,
  /** Solaris. */
  SOLARIS,
  /** AIX. */
  AIX,
  /** macOS. */
  MACOS
}
