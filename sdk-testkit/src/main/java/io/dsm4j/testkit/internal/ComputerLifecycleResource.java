package io.dsm4j.testkit.internal;

import static io.dsm4j.testkit.internal.RestCall.optBool;
import static io.dsm4j.testkit.internal.RestCall.optInt;
import static io.dsm4j.testkit.internal.RestCall.optString;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dsm4j.testkit.internal.Recs.ComputerRec;
import io.dsm4j.testkit.internal.Recs.Platform;
import io.dsm4j.testkit.internal.RestCall.Fail;
import io.dsm4j.testkit.internal.SoapFault.Kind;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The computer lifecycle: create (REST {@code POST /computers}, SOAP {@code hostCreate}), delete
 * (REST {@code DELETE /computers/{id}}, SOAP {@code hostDelete}), move to a group (SOAP {@code
 * hostMoveToHostGroup}; REST moves with a modify), activate and deactivate agents (SOAP only, as on
 * a DSM) and agent deployment scripts (REST only). A new computer has no activated agent.
 */
final class ComputerLifecycleResource implements Resource {
  private static final List<String> PLATFORMS =
      List.of("linux", "windows", "solaris", "aix", "macos");

  @Override
  public void routes(RestRoutes rest) {
    rest.on("computers").post(this::create);
    rest.on("computers", ComputerResource.COMPUTER)
        .delete(
            c -> {
              c.s.computers.remove(c.get(ComputerResource.COMPUTER).id);
              return null;
            });
    rest.on("agentdeploymentscripts").post(this::script);
  }

  @Override
  public void operations(SoapOperations soap) {
    soap.op("hostCreate", this::hostCreate);
    soap.op(
        "hostDelete",
        (s, r) -> {
          // All or nothing: one unknown host fails the call before any is deleted.
          for (ComputerRec c : ComputerResource.hosts(s, r.ints("ids"))) {
            s.computers.remove(c.id);
          }
          return SoapOut.empty("hostDelete");
        });
    soap.op(
        "hostMoveToHostGroup",
        (s, r) -> {
          int group = SoapArgs.req(r, "hostGroupID");
          if (!s.groups.contains(group)) {
            throw new SoapFault(Kind.VALIDATION, "Host group " + group + " does not exist.");
          }
          for (ComputerRec c : ComputerResource.hosts(s, r.ints("hostIDs"))) {
            c.groupId = group;
          }
          return SoapOut.empty("hostMoveToHostGroup");
        });
    hostAction(soap, "hostAgentActivate", "activate");
    hostAction(soap, "hostAgentDeactivate", "deactivate");
  }

  private static void hostAction(SoapOperations soap, String op, String action) {
    soap.op(
        op,
        (s, r) -> {
          Actions.run(s, action, ComputerResource.hosts(s, r.ints("hostIDs")));
          return SoapOut.empty(op);
        });
  }

  /** A computer as a manager adds it: named, placed, no agent activated yet. */
  static ComputerRec added(
      Store s,
      String hostName,
      String displayName,
      String description,
      Integer group,
      Integer policy) {
    ComputerRec c = new ComputerRec();
    c.id = s.computers.allocateId();
    c.hostName = hostName;
    c.displayName = displayName == null ? "" : displayName;
    c.description = description == null ? "" : description;
    c.platform = "";
    c.family = Platform.LINUX;
    c.agentVersion = "0.0.0.0";
    c.lastIp = "";
    c.hostGuid = String.format("A0DED000-0000-4000-8000-%012X", c.id);
    c.groupId = group;
    c.policyId = policy;
    c.activated = false;
    s.computers.put(c);
    return c;
  }

  private JsonNode create(RestCall c) {
    Store s = c.s;
    ObjectNode b = c.objectBody();
    String host = optString(b, "hostName");
    if (host == null || host.isBlank()) {
      throw new Fail(400, "The host name is required.");
    }
    Integer group = optInt(b, "groupID");
    Integer policy = optInt(b, "policyID");
    if (group != null && group != 0 && !s.groups.contains(group)) {
      throw new Fail(400, "The computer group " + group + " does not exist.");
    }
    if (policy != null && policy != 0 && s.policies.get(policy) == null) {
      throw new Fail(400, "The policy " + policy + " does not exist.");
    }
    ComputerRec added =
        added(
            s,
            host.trim(),
            optString(b, "displayName"),
            optString(b, "description"),
            group == null || group == 0 ? null : group,
            policy == null || policy == 0 ? null : policy);
    return ComputerWire.json(s, added, ComputerResource.expand(c));
  }

  private String hostCreate(Store s, XNode r) {
    XNode h = SoapArgs.need(r, "host");
    String name = h.str("name");
    if (name == null || name.isBlank()) {
      throw new SoapFault(Kind.VALIDATION, "The host name is required.");
    }
    Integer group = h.integer("hostGroupID");
    Integer policy = h.integer("securityProfileID");
    if (group != null && !s.groups.contains(group)) {
      throw new SoapFault(Kind.VALIDATION, "Host group " + group + " does not exist.");
    }
    if (policy != null && s.policies.get(policy) == null) {
      throw new SoapFault(Kind.VALIDATION, "Security profile " + policy + " does not exist.");
    }
    ComputerRec c =
        added(s, name.trim(), h.str("displayName"), h.str("description"), group, policy);
    Map<String, Object> m = new HashMap<>();
    m.put("ID", c.id);
    m.put("description", c.description);
    m.put("name", c.hostName);
    m.put("displayName", c.displayName);
    m.put("external", false);
    m.put("hostGroupID", c.groupId);
    m.put("hostType", "STANDARD");
    m.put("platform", c.platform);
    m.put("securityProfileID", c.policyId);
    return SoapOut.single("hostCreate", "HostTransport", m);
  }

  private JsonNode script(RestCall c) {
    Store s = c.s;
    ObjectNode b = c.objectBody();
    String platform = optString(b, "platform");
    if (platform == null || !PLATFORMS.contains(platform)) {
      throw new Fail(400, "Invalid platform '" + platform + "'.");
    }
    Integer policy = optInt(b, "policyID");
    Integer group = optInt(b, "computerGroupID");
    if (policy != null && s.policies.get(policy) == null) {
      throw new Fail(400, "The policy " + policy + " does not exist.");
    }
    if (group != null && !s.groups.contains(group)) {
      throw new Fail(400, "The computer group " + group + " does not exist.");
    }
    boolean activate = Boolean.TRUE.equals(optBool(b, "activationRequired"));
    ObjectNode out = b.deepCopy();
    out.put("scriptBody", body(platform, activate, policy, group));
    s.recordDeploymentScript(platform);
    return out;
  }

  private static String body(String platform, boolean activate, Integer policy, Integer group) {
    boolean windows = platform.equals("windows");
    String manager = "dsm://dsm.simulator.invalid:4120/";
    StringBuilder sb = new StringBuilder();
    sb.append(windows ? "#requires -version 4.0\n" : "#!/bin/bash\n");
    sb.append("# Deep Security Agent deployment script for ")
        .append(platform.toUpperCase(Locale.ROOT))
        .append(" (dsm4j simulator)\n");
    sb.append(
        windows
            ? "Start-Process msiexec.exe -ArgumentList '/i agent.msi /qn'\n"
            : "install_agent\n");
    if (activate) {
      sb.append(
              windows
                  ? "& $Env:ProgramFiles\"\\Trend Micro\\Deep Security Agent\\dsa_control\""
                  : "/opt/ds_agent/dsa_control")
          .append(" -a ")
          .append(manager);
      if (policy != null) {
        sb.append(" \"policyid:").append(policy).append('"');
      }
      if (group != null) {
        sb.append(" \"groupid:").append(group).append('"');
      }
      sb.append('\n');
    }
    return sb.toString();
  }
}
