package io.dsm4j.testkit.internal;

import io.dsm4j.testkit.internal.Recs.RuleRec;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Plausible rule bodies, derived on demand from the rule so that ten thousand rules do not keep
 * megabytes of XML in memory.
 */
final class RuleXml {
  private RuleXml() {}

  private static final String[] TOKENS = {
    "GET ",
    "POST ",
    "/cgi-bin/",
    "../",
    "%2e%2e%2f",
    "<script",
    "UNION SELECT",
    "${jndi:",
    "\\x90\\x90\\x90",
    "Content-Length:",
    "Transfer-Encoding: chunked",
    "cmd.exe",
    "/bin/sh",
    "AAAAAAAA",
    "SMB\\x72",
    "\\xffSMB",
    "User-Agent:",
    "Cookie:",
    "eval(",
    "base64_decode("
  };

  /** 1-4 KB of IPS rule XML for SOAP {@code DPIRuleTransport.ruleXML}. */
  static String ips(long seed, RuleRec r) {
    SplittableRandom rnd = new SplittableRandom(seed * 7919 + r.id);
    int target = 1024 + rnd.nextInt(3072);
    StringBuilder sb = new StringBuilder(target + 256);
    sb.append("<rule id=\"")
        .append(r.identifier)
        .append("\" version=\"")
        .append(1 + rnd.nextInt(9))
        .append("\" severity=\"")
        .append(r.severity == null ? "medium" : r.severity.name().toLowerCase(Locale.ROOT))
        .append("\">\n  <meta>\n    <name>")
        .append(SoapOut.escapeText(r.name))
        .append("</name>\n");
    for (String cve : r.cves) {
      sb.append("    <cve>").append(cve).append("</cve>\n");
    }
    sb.append("  </meta>\n  <pdu type=\"stream\" direction=\"").append(r.direction).append("\">\n");
    int i = 0;
    while (sb.length() < target) {
      String token = TOKENS[rnd.nextInt(TOKENS.length)];
      sb.append("    <pattern offset=\"")
          .append(rnd.nextInt(512))
          .append("\" depth=\"")
          .append(64 + rnd.nextInt(4096))
          .append("\" nocase=\"")
          .append(rnd.nextBoolean())
          .append("\" id=\"p")
          .append(i++)
          .append("\">")
          .append(SoapOut.escapeText(token))
          .append("</pattern>\n");
      if (rnd.nextInt(4) == 0) {
        sb.append("    <distance min=\"0\" max=\"")
            .append(rnd.nextInt(2048))
            .append("\"/>\n    <state name=\"s")
            .append(i)
            .append("\" on-match=\"continue\"/>\n");
      }
    }
    sb.append("  </pdu>\n  <action type=\"drop\" log=\"true\" packet-data=\"false\"/>\n</rule>");
    return sb.toString();
  }

  static String logInspection(RuleRec r) {
    return "<group name=\"dsm4j_simulated,\">\n  <rule id=\""
        + (100000 + r.id % 9999)
        + "\" level=\""
        + r.level
        + "\">\n    <description>"
        + SoapOut.escapeText(r.name)
        + "</description>\n    <match>failure|denied|error</match>\n  </rule>\n</group>";
  }
}
