package io.dsm4j.tck;

import io.dsm4j.model.RuleDraft;
import io.dsm4j.model.Severity;
import java.util.List;

/**
 * One custom rule draft per kind with the typed fields people set, for the conformance drivers of
 * both backends (every field goes through the reference mocks).
 */
public final class ConformanceDrafts {
  private ConformanceDrafts() {}

  /**
   * @return a draft of every kind
   */
  public static List<RuleDraft> all() {
    return List.of(
        RuleDraft.intrusionPrevention("Conformance IPS")
            .description("d")
            .priority("high")
            .severity(Severity.HIGH)
            .detectOnly(true)
            .applicationTypeId(1)
            .eventLoggingDisabled(false)
            .alertEnabled(true)
            .ruleXml("<rule/>")
            .build(),
        RuleDraft.firewall("Conformance FW")
            .action("deny")
            .priority(3)
            .direction("incoming")
            .frameType("ip")
            .protocol("tcp")
            .sourceIpList(1)
            .sourceMac("00:11:22:33:44:55")
            .sourcePortList(2)
            .destinationIp("10.0.0.1")
            .destinationMacList(3)
            .destinationPorts(List.of("80", "8000-8080"))
            .tcpFlags(List.of("syn", "ack"))
            .scheduleId(1)
            .build(),
        RuleDraft.integrityMonitoring("Conformance IM")
            .severity(Severity.LOW)
            .alertEnabled(true)
            .ruleXml("<FileSet base=\"/etc\"/>")
            .build(),
        RuleDraft.logInspection("Conformance LI")
            .alertEnabled(true)
            .ruleXml("<group name=\"c,\"/>")
            .build(),
        RuleDraft.applicationType("Conformance App")
            .direction("incoming")
            .protocol("tcp")
            .ports(List.of("8080"))
            .build());
  }
}
