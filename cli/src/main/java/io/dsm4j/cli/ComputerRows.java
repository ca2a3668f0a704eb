package io.dsm4j.cli;

import io.dsm4j.model.CloudInstance;
import io.dsm4j.model.Computer;
import io.dsm4j.model.ModuleStatus;
import io.dsm4j.model.SecurityModule;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A computer as the CLI prints it: one flat row, the same keys as table headers and JSON keys
 * ({@code status} is the agent status as {@code --status} takes it; each module under its kind
 * spelling).
 */
final class ComputerRows {
  /** What {@code computers list} shows as a table. */
  static final String[] COLUMNS = {
    "id",
    "hostName",
    "displayName",
    "status",
    "lastCommunication",
    "policyId",
    "groupId",
    "platform"
  };

  private ComputerRows() {}

  static Map<String, Object> row(Computer c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", c.id());
    m.put("hostName", c.hostName());
    m.put("displayName", c.displayName());
    m.put("description", c.description());
    m.put("status", c.status().agent());
    m.put("statusMessages", c.status().messages());
    m.put("lastCommunication", c.status().lastCommunication());
    m.put("lastPolicySent", c.status().lastPolicySent());
    m.put("policyId", c.policyId());
    m.put("groupId", c.groupId());
    m.put("platform", c.platform());
    m.put("agentVersion", c.agentVersion());
    m.put("ipAddresses", c.ipAddresses());
    CloudInstance cloud = c.cloud();
    m.put("cloudProvider", cloud == null ? null : cloud.provider());
    m.put("instanceId", cloud == null ? null : cloud.instanceId());
    m.put("accountId", cloud == null ? null : cloud.accountId());
    m.put("location", cloud == null ? null : cloud.location());
    Map<String, Object> modules = new LinkedHashMap<>();
    for (SecurityModule k : SecurityModule.values()) {
      ModuleStatus s = c.status().modules().get(k);
      if (s != null) {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("state", s.state());
        one.put("health", s.health());
        one.put("message", s.message());
        modules.put(Output.spelling(k), one);
      }
    }
    m.put("modules", modules);
    m.put("extra", c.extra().asMap());
    return m;
  }
}
