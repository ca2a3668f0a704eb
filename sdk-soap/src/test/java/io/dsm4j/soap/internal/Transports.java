package io.dsm4j.soap.internal;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;

/** Transports as a real manager writes them, for WireMock answers. */
final class Transports {
  private Transports() {}

  /** An element sent as xsi:nil (JAXB declares the xsi prefix on the element itself). */
  static StringValuePattern nilElement(String name) {
    return WireMock.matching("(?s).*<" + name + "( xmlns:xsi=\"[^\"]+\")? xsi:nil=\"true\"/>.*");
  }

  static String policy(int id, String name, String dpiIds, String dpiState) {
    return "<ID>"
        + id
        + "</ID><description xsi:nil=\"true\"/><name>"
        + name
        + "</name><DPIRuleIDs>"
        + dpiIds
        + "</DPIRuleIDs><DPIState>"
        + dpiState
        + "</DPIState><antiMalwareManualID xsi:nil=\"true\"/>"
        + "<antiMalwareManualInherit>true</antiMalwareManualInherit>"
        + "<antiMalwareRealTimeID xsi:nil=\"true\"/>"
        + "<antiMalwareRealTimeInherit>true</antiMalwareRealTimeInherit>"
        + "<antiMalwareRealTimeScheduleID xsi:nil=\"true\"/>"
        + "<antiMalwareScheduledID>17</antiMalwareScheduledID>"
        + "<antiMalwareScheduledInherit>false</antiMalwareScheduledInherit>"
        + "<antiMalwareState>ON</antiMalwareState>"
        + "<applicationTypeIDs xsi:nil=\"true\"/>"
        + "<firewallRuleIDs><item>7</item></firewallRuleIDs>"
        + "<firewallState>INHERITED</firewallState>"
        + "<integrityRuleIDs/>"
        + "<integrityState>REALTIME</integrityState>"
        + "<logInspectionRuleIDs xsi:nil=\"true\"/>"
        + "<logInspectionState>OFF</logInspectionState>"
        + "<parentSecurityProfileID xsi:nil=\"true\"/>"
        + "<recommendationState>ONGOING</recommendationState>"
        + "<scheduleID xsi:nil=\"true\"/><statefulConfigurationID>3</statefulConfigurationID>";
  }

  /** {@link #policy} under a parent. */
  static String childPolicy(int id, String name, String dpiIds, int parentId) {
    return policy(id, name, dpiIds, "ON")
        .replace(
            "<parentSecurityProfileID xsi:nil=\"true\"/>",
            "<parentSecurityProfileID>" + parentId + "</parentSecurityProfileID>");
  }

  static String item(int... ids) {
    StringBuilder sb = new StringBuilder();
    for (int i : ids) {
      sb.append("<item>").append(i).append("</item>");
    }
    return sb.toString();
  }

  static String ipsRule(int id, String name, String cves, String severity) {
    return "<ID>"
        + id
        + "</ID><description>d</description><name>"
        + name
        + "</name>"
        + "<TBUID>x</TBUID><applicationTypeID>12</applicationTypeID><authoritative>true</authoritative>"
        + "<cvssScore>9.8</cvssScore><detectOnly>false</detectOnly><disableEvent>false</disableEvent>"
        + "<eventOnPacketDrop>true</eventOnPacketDrop><eventOnPacketModify>true</eventOnPacketModify>"
        + "<identifier>1008610</identifier><ignoreRecommendations>false</ignoreRecommendations>"
        + "<includePacketData>false</includePacketData><issued>2021-12-10T00:00:00.000Z</issued>"
        + "<patternAction xsi:nil=\"true\"/><patternCaseSensitive>false</patternCaseSensitive>"
        + "<patternEnd xsi:nil=\"true\"/><patternIf xsi:nil=\"true\"/><patternPatterns xsi:nil=\"true\"/>"
        + "<patternStart xsi:nil=\"true\"/><priority>NORMAL</priority><raiseAlert>true</raiseAlert>"
        + "<ruleXML xsi:nil=\"true\"/><scheduleID xsi:nil=\"true\"/><severity>"
        + severity
        + "</severity>"
        + "<signatureAction xsi:nil=\"true\"/><signatureCaseSensitive>false</signatureCaseSensitive>"
        + "<signatureSignature xsi:nil=\"true\"/><templateType>CUSTOM_XML</templateType>"
        + "<cveNumbers>"
        + cves
        + "</cveNumbers><msNumbers xsi:nil=\"true\"/>";
  }

  static String host(int id, String name) {
    return "<ID>"
        + id
        + "</ID><description xsi:nil=\"true\"/><name>"
        + name
        + "</name>"
        + "<displayName>web</displayName><external>false</external><externalID xsi:nil=\"true\"/>"
        + "<hostGroupID xsi:nil=\"true\"/><hostType>STANDARD</hostType><platform>Linux</platform>"
        + "<securityProfileID>3</securityProfileID><overallVersion>20.0.1</overallVersion>";
  }
}
