package io.dsm4j.testkit.internal;

import static io.dsm4j.testkit.internal.RestCall.intList;
import static io.dsm4j.testkit.internal.RestCall.ints;
import static io.dsm4j.testkit.internal.RestCall.optInt;
import static io.dsm4j.testkit.internal.RestCall.optString;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dsm4j.model.ModuleState;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.SecurityModule;
import io.dsm4j.testkit.internal.Recs.ComputerRec;
import io.dsm4j.testkit.internal.Recs.PolicyRec;
import io.dsm4j.testkit.internal.RestCall.Fail;
import io.dsm4j.testkit.internal.SoapFault.Kind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Policies (SOAP: security profiles): list, get, search, create, modify, delete, assign to hosts.
 * The SOAP save and the REST JSON live in {@link PolicySoap} and {@link #json}.
 */
final class PolicyResource implements Resource {
  /** The {@code {id}} of {@code /policies/{id}...}: 404 before anything else when missing. */
  static final RestRoutes.Param<PolicyRec> POLICY =
      RestRoutes.Param.resolved(
          "policy",
          (s, seg) -> {
            PolicyRec p = s.policies.get(RestCall.id(seg, "policy"));
            if (p == null) {
              throw new Fail(404, "The policy does not exist.");
            }
            return p;
          });

  @Override
  public void routes(RestRoutes rest) {
    rest.on("policies").get(this::list).post(this::create);
    rest.on("policies", "search").post(this::search);
    rest.on("policies", POLICY).get(this::get).post(this::modify).delete(this::delete);
    rest.notFoundBelow("policies", POLICY);
  }

  @Override
  public void operations(SoapOperations soap) {
    soap.op(
        "securityProfileRetrieveAll",
        (s, r) ->
            SoapOut.many(
                "securityProfileRetrieveAll",
                "SecurityProfileTransport",
                s.policies.values().stream().map(p -> PolicySoap.profile(s, p)).toList()));
    soap.op(
        "securityProfileRetrieve",
        (s, r) ->
            SoapOut.maybe(
                "securityProfileRetrieve",
                "SecurityProfileTransport",
                SoapArgs.opt(
                    s.policies.get(SoapArgs.req(r, "id")), p -> PolicySoap.profile(s, p))));
    soap.op(
        "securityProfileRetrieveByName",
        (s, r) ->
            SoapOut.maybe(
                "securityProfileRetrieveByName",
                "SecurityProfileTransport",
                SoapArgs.opt(
                    s.policies.byName(SoapArgs.nonNull(r.str("name"), "name")),
                    p -> PolicySoap.profile(s, p))));
    soap.op(
        "securityProfileSave",
        (s, r) ->
            SoapOut.single(
                "securityProfileSave",
                "SecurityProfileTransport",
                PolicySoap.profile(s, PolicySoap.save(s, SoapArgs.need(r, "sp")))));
    soap.op("securityProfileDelete", this::soapDelete);
    soap.op("securityProfileAssignToHost", this::assignToHost);
  }

  // ------------------------------------------------------------------ REST

  private JsonNode list(RestCall c) {
    boolean overrides = c.flag("overrides");
    return RestCall.wrap(
        "policies",
        Search.run(
            Search.parse(null), c.s.policies.values(), x -> x.id, x -> json(c.s, x, overrides)));
  }

  private JsonNode search(RestCall c) {
    boolean overrides = c.flag("overrides");
    return RestCall.wrap(
        "policies",
        Search.run(
            Search.parse(c.body()),
            c.s.policies.values(),
            x -> x.id,
            x -> json(c.s, x, overrides)));
  }

  private JsonNode get(RestCall c) {
    return json(c.s, c.get(POLICY), c.flag("overrides"));
  }

  private JsonNode modify(RestCall c) {
    PolicyRec pol = c.get(POLICY);
    modify(c.s, pol, c.objectBody());
    return json(c.s, pol, c.flag("overrides"));
  }

  private JsonNode delete(RestCall c) {
    PolicyRec pol = c.get(POLICY);
    if (PolicyTree.inUse(c.s, pol.id)) {
      throw new Fail(
          400, "The policy is in use by computers or child policies and cannot be deleted.");
    }
    c.s.policies.remove(pol.id);
    return null;
  }

  private JsonNode create(RestCall c) {
    Store s = c.s;
    ObjectNode b = c.objectBody();
    String name = optString(b, "name");
    if (name == null || name.isBlank()) {
      throw new Fail(400, "The policy name is required.");
    }
    if (s.policies.byName(name) != null) {
      // A real DSM rejects duplicate names as a validation error (HTTP 400).
      throw new Fail(400, "A policy with the name '" + name + "' already exists.");
    }
    Integer parent = optInt(b, "parentID");
    if (parent != null && parent != 0 && s.policies.get(parent) == null) {
      throw new Fail(400, "The parent policy " + parent + " does not exist.");
    }
    Map<SecurityModule, ModuleState> states = parseModuleStates(b);
    Map<RuleKind, List<Integer>> ruleIds = parseModuleRuleIds(s, b);
    PolicyRec p = PolicyTree.create(s, name, parent == null || parent == 0 ? null : parent);
    applyFields(p, b, states, ruleIds);
    return json(s, p, c.flag("overrides"));
  }

  private static void modify(Store s, PolicyRec p, ObjectNode b) {
    String name = optString(b, "name");
    if (name != null) {
      if (name.isBlank()) {
        throw new Fail(400, "The policy name must not be blank.");
      }
      PolicyRec other = s.policies.byName(name);
      if (other != null && other != p) {
        throw new Fail(400, "A policy with the name '" + name + "' already exists.");
      }
    }
    Integer parent = optInt(b, "parentID");
    if (parent != null && parent != 0) {
      if (s.policies.get(parent) == null) {
        throw new Fail(400, "The parent policy " + parent + " does not exist.");
      }
      if (PolicyTree.isSelfOrDescendant(s, p.id, parent)) {
        throw new Fail(400, "A policy cannot be its own ancestor.");
      }
    }
    Map<SecurityModule, ModuleState> states = parseModuleStates(b);
    Map<RuleKind, List<Integer>> ruleIds = parseModuleRuleIds(s, b);
    if (name != null) {
      p.name = name;
    }
    if (parent != null) {
      p.parentId = parent == 0 ? null : parent;
    }
    applyFields(p, b, states, ruleIds);
  }

  private static void applyFields(
      PolicyRec p,
      ObjectNode b,
      Map<SecurityModule, ModuleState> states,
      Map<RuleKind, List<Integer>> ruleIds) {
    String d = optString(b, "description");
    if (d != null) {
      p.description = d;
    }
    String mode = optString(b, "recommendationScanMode");
    if (mode != null) {
      if (!mode.equals("off") && !mode.equals("ongoing")) {
        throw new Fail(400, "recommendationScanMode must be off or ongoing.");
      }
      p.recommendationScanMode = mode;
    }
    states.forEach(
        (m, st) -> {
          if (st == ModuleState.INHERITED && p.parentId == null) {
            p.states.put(m, ModuleState.OFF);
          } else {
            p.states.put(m, st);
          }
        });
    ruleIds.forEach(
        (k, ids) -> {
          p.direct.get(k).clear();
          p.direct.get(k).addAll(ids);
        });
  }

  private static Map<SecurityModule, ModuleState> parseModuleStates(ObjectNode b) {
    Map<SecurityModule, ModuleState> out = new LinkedHashMap<>();
    for (SecurityModule m : SecurityModule.values()) {
      JsonNode ext = b.get(Names.restModuleKey(m));
      if (ext == null || ext.isNull()) {
        continue;
      }
      if (!ext.isObject()) {
        throw new Fail(400, Names.restModuleKey(m) + " must be an object.");
      }
      String st = optString(ext, "state");
      if (st != null) {
        ModuleState parsed = Names.parseRestState(m, st);
        if (parsed == null) {
          throw new Fail(400, "Invalid " + Names.restModuleKey(m) + " state '" + st + "'.");
        }
        out.put(m, parsed);
      }
    }
    return out;
  }

  private static Map<RuleKind, List<Integer>> parseModuleRuleIds(Store s, ObjectNode b) {
    Map<RuleKind, List<Integer>> out = new LinkedHashMap<>();
    for (RuleKind k : Names.MODULE_KINDS) {
      JsonNode ext = b.get(Names.restModuleKey(Names.module(k)));
      if (ext == null || !ext.isObject()) {
        continue;
      }
      List<Integer> ids = intList(ext, "ruleIDs");
      if (ids != null) {
        List<Integer> bad = PolicyTree.unknownRules(s, k, ids);
        if (!bad.isEmpty()) {
          throw new Fail(400, "Invalid rule IDs: " + bad + ".");
        }
        out.put(k, ids);
      }
    }
    return out;
  }

  /** The REST policy object; with {@code overrides} only what the policy sets itself. */
  static ObjectNode json(Store s, PolicyRec p, boolean overrides) {
    ObjectNode o = RestCall.JSON.createObjectNode();
    if (p.parentId != null) {
      o.put("parentID", p.parentId);
    }
    o.put("name", p.name);
    o.put("description", p.description);
    o.put("recommendationScanMode", p.recommendationScanMode);
    o.put("autoRequiresUpdate", "on");
    ObjectNode settings = o.putObject("policySettings");
    SimSettings.policyAll(s, p, overrides)
        .forEach((name, value) -> settings.putObject(name).put("value", value));
    o.put("ID", p.id);
    for (SecurityModule m : SecurityModule.values()) {
      ModuleState own = p.states.getOrDefault(m, ModuleState.INHERITED);
      ObjectNode ext = RestCall.JSON.createObjectNode();
      if (!overrides || own != ModuleState.INHERITED) {
        ModuleState shown = overrides ? own : PolicyTree.effectiveState(s, p.id, m);
        ext.put("state", Names.restState(m, shown));
        if (!overrides) {
          ext.putObject("moduleStatus")
              .put("status", shown == ModuleState.OFF ? "inactive" : "active")
              .put("statusMessage", shown == ModuleState.OFF ? "Off" : "On");
        }
      }
      RuleKind k = Names.ruleKind(m);
      if (k != null) {
        TreeSet<Integer> ids = overrides ? p.direct.get(k) : PolicyTree.effective(s, p.id, k);
        if (!ids.isEmpty()) {
          ints(ext.putArray("ruleIDs"), ids);
        }
        if (k == RuleKind.INTRUSION_PREVENTION) {
          TreeSet<Integer> apps =
              PolicyTree.appTypesFor(
                  s,
                  ids,
                  overrides
                      ? p.direct.get(RuleKind.APPLICATION_TYPE)
                      : PolicyTree.effective(s, p.id, RuleKind.APPLICATION_TYPE));
          if (!apps.isEmpty()) {
            ints(ext.putArray("applicationTypeIDs"), apps);
          }
        }
      }
      if (!ext.isEmpty()) {
        o.set(Names.restModuleKey(m), ext);
      }
    }
    return o;
  }

  // ------------------------------------------------------------------ SOAP

  private String soapDelete(Store s, XNode r) {
    List<Integer> ids = r.ints("ids");
    for (Integer id : ids) {
      if (s.policies.get(id) == null) {
        throw new SoapFault(Kind.VALIDATION, "Security profile " + id + " does not exist.");
      }
      if (PolicyTree.inUse(s, id)) {
        throw new SoapFault(
            Kind.INTEGRITY,
            "Security profile " + id + " is in use by computers or child profiles.");
      }
    }
    ids.forEach(s.policies::remove);
    return SoapOut.empty("securityProfileDelete");
  }

  private String assignToHost(Store s, XNode r) {
    int pid = SoapArgs.req(r, "securityProfileID");
    if (s.policies.get(pid) == null) {
      throw new SoapFault(Kind.VALIDATION, "Security profile " + pid + " does not exist.");
    }
    for (ComputerRec c : ComputerResource.hosts(s, r.ints("hostIDs"))) {
      c.policyId = pid;
      c.lastSendPolicyRequest = s.now();
      c.lastSendPolicySuccess = s.now();
    }
    return SoapOut.empty("securityProfileAssignToHost");
  }
}
