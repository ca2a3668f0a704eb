package io.dsm4j.testkit.internal;

import io.dsm4j.testkit.internal.Recs.ComputerRec;
import java.time.Instant;
import java.util.List;

/** Computer actions shared by REST scheduled tasks and the SOAP host operations. */
final class Actions {
  private Actions() {}

  /** Runs an action named like a REST scheduled-task type on the given computers. */
  static void run(Store s, String action, List<ComputerRec> targets) {
    s.recordActionRun(action, targets);
    Instant now = s.now();
    for (ComputerRec c : targets) {
      switch (action) {
        case "scan-for-recommendations" -> Recommendations.startScan(s, c);
        case "scan-for-malware" -> c.lastAntiMalwareScan = now;
        case "scan-for-integrity-changes" -> c.lastIntegrityScan = now;
        case "send-policy" -> {
          c.lastSendPolicyRequest = now;
          c.lastSendPolicySuccess = now;
        }
        case "get-events-now" -> c.lastEventsNow = now;
        case "clear-warnings-errors" -> {
          c.warnings.clear();
          c.errors.clear();
          c.problemSince = c.offline ? c.problemSince : null;
        }
        case "activate" -> {
          // The manager reaches the agent and takes it under management.
          c.activated = true;
          c.offline = false;
          c.lastAgentCommunication = now;
          if (c.agentVersion.equals("0.0.0.0")) {
            c.agentVersion = c.family == Recs.Platform.WINDOWS ? "20.0.0.7943" : "20.0.0-7719";
          }
        }
        case "deactivate" -> {
          c.activated = false;
          c.offline = false;
          c.warnings.clear();
          c.errors.clear();
          c.problemSince = null;
        }
        default -> c.lastAgentCommunication = now;
      }
    }
  }
}
