package io.dsm4j.automation;

import com.fasterxml.jackson.databind.JsonNode;
import io.dsm4j.automation.internal.JournalFile;
import io.dsm4j.testkit.DsmSimulator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Reads what the simulator's state view does not show: a rule's detect-only mode on one policy (its
 * policy-level override, else the rule's own flag), through the simulator's REST API.
 */
final class SimProbe {
  private SimProbe() {}

  /** The detect-only mode rule {@code ruleId} has on policy {@code policyId}. */
  static boolean detectOnlyOn(DsmSimulator sim, int policyId, int ruleId) {
    return get(sim, "/api/policies/" + policyId + "/intrusionprevention/rules/" + ruleId)
        .get("detectOnly")
        .asBoolean();
  }

  /** Whether policy {@code policyId} has a detect-only override of its own for the rule. */
  static Boolean overrideOn(DsmSimulator sim, int policyId, int ruleId) {
    JsonNode n =
        get(
            sim,
            "/api/policies/"
                + policyId
                + "/intrusionprevention/rules/"
                + ruleId
                + "?overrides=true");
    return n.has("detectOnly") ? n.get("detectOnly").asBoolean() : null;
  }

  private static JsonNode get(DsmSimulator sim, String path) {
    try {
      HttpURLConnection c =
          (HttpURLConnection) URI.create(sim.url() + path).toURL().openConnection();
      c.setRequestProperty("api-secret-key", sim.apiKey());
      c.setRequestProperty("api-version", "v1");
      c.setConnectTimeout(10_000);
      c.setReadTimeout(30_000);
      try (InputStream in = c.getResponseCode() == 200 ? c.getInputStream() : c.getErrorStream()) {
        String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        if (c.getResponseCode() != 200) {
          throw new IllegalStateException(path + ": HTTP " + c.getResponseCode() + " " + body);
        }
        return JournalFile.JSON.readTree(body);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(path, e);
    }
  }
}
