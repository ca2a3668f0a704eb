package io.dsm4j.testkit.internal;

import static io.dsm4j.testkit.internal.RestCall.ints;
import static io.dsm4j.testkit.internal.RestCall.optInt;
import static io.dsm4j.testkit.internal.RestCall.optString;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dsm4j.model.RuleKind;
import io.dsm4j.testkit.internal.Recs.ComputerRec;
import io.dsm4j.testkit.internal.RestCall.Fail;
import io.dsm4j.testkit.internal.SoapFault.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Computers (SOAP: hosts): list, get, search, modify (policy, group, names), rule assignments with
 * recommendations, host detail and status. Actions on computers are {@link ComputerActionResource}.
 */
final class ComputerResource implements Resource {
  static final RestRoutes.Param<ComputerRec> COMPUTER =
      RestRoutes.Param.resolved(
          "computer",
          (s, seg) -> {
            ComputerRec c = s.computers.get(RestCall.id(seg, "computer"));
            if (c == null) {
              throw new Fail(404, "The computer does not exist.");
            }
            return c;
          });

  @Override
  public void routes(RestRoutes rest) {
    rest.on("computers").get(c -> search(c, Search.parse(null)));
    rest.on("computers", "search").post(c -> search(c, Search.parse(searchable(c.body()))));
    rest.on("computers", COMPUTER)
        .get(c -> ComputerWire.json(c.s, c.get(COMPUTER), expand(c)))
        .post(
            c -> {
              modify(c.s, c.get(COMPUTER), c.objectBody());
              return ComputerWire.json(c.s, c.get(COMPUTER), expand(c));
            });
    for (RuleKind kind : Names.MODULE_KINDS) {
      rest.on("computers", COMPUTER, Names.moduleSegment(kind), "assignments")
          .get(c -> assignments(c.s, c.get(COMPUTER), kind, c.flag("overrides")));
    }
    rest.notFoundBelow("computers", COMPUTER);
  }

  @Override
  public void operations(SoapOperations soap) {
    soap.op("hostDetailRetrieve", this::hostDetailRetrieve);
    soap.op(
        "hostDetailRetrieveByName",
        (s, r) -> {
          String name = SoapArgs.nonNull(r.str("hostname"), "hostname");
          List<Map<String, Object>> out = new ArrayList<>();
          for (ComputerRec c : s.computers.values()) {
            if (c.hostName.equalsIgnoreCase(name)) {
              out.add(ComputerWire.hostDetail(s, c));
            }
          }
          return SoapOut.many("hostDetailRetrieveByName", "HostDetailTransport", out);
        });
    soap.op(
        "hostDetailRetrieveByNameStartsWith",
        (s, r) -> {
          level(r);
          String prefix =
              SoapArgs.nonNull(r.str("startsWithHostname"), "startsWithHostname")
                  .toLowerCase(Locale.ROOT);
          return details(
              s,
              "hostDetailRetrieveByNameStartsWith",
              c -> c.hostName.toLowerCase(Locale.ROOT).startsWith(prefix));
        });
    soap.op(
        "hostDetailRetrieveByExternal",
        (s, r) -> {
          level(r);
          XNode f = SoapArgs.need(r, "externalFilter");
          String type = SoapArgs.nonNull(f.str("type"), "type");
          Predicate<ComputerRec> p =
              switch (type) {
                case "ALL_EXT_HOSTS" -> c -> c.externalId != null;
                case "SPECIFIC_EXT_HOST" -> {
                  String ext = SoapArgs.nonNull(f.str("hostExternalID"), "hostExternalID");
                  yield c -> ext.equals(c.externalId);
                }
                // The simulator has no external groups: nothing is in one.
                case "HOSTS_IN_EXT_GROUP", "HOSTS_IN_EXT_GROUP_AND_ALL_SUBGROUPS" -> c -> false;
                default ->
                    throw new SoapFault(
                        Kind.VALIDATION, "Invalid external filter type " + type + ".");
              };
          return details(s, "hostDetailRetrieveByExternal", p);
        });
    soap.op(
        "hostGetStatus",
        (s, r) ->
            SoapOut.maybe(
                "hostGetStatus",
                "HostStatusTransport",
                SoapArgs.opt(
                    s.computers.get(SoapArgs.req(r, "id")), c -> ComputerWire.hostStatus(s, c))));
    soap.op(
        "hostRecommendationRuleIDsRetrieve",
        (s, r) -> {
          ComputerRec c = host(s, SoapArgs.req(r, "hostID"));
          RuleKind k = SoapArgs.ruleType(SoapArgs.req(r, "type"));
          Boolean only = r.bool("onlyunassigned");
          Recommendations.settle(s, c);
          TreeSet<Integer> ids =
              Boolean.TRUE.equals(only)
                  ? Recommendations.toAssign(s, c, k)
                  : new TreeSet<>(c.recommended.getOrDefault(k, new TreeSet<>()));
          return SoapOut.many("hostRecommendationRuleIDsRetrieve", "int", ids);
        });
  }

  /** The computer with this ID, or a ManagerValidationException. */
  static ComputerRec host(Store s, int id) {
    ComputerRec c = s.computers.get(id);
    if (c == null) {
      throw new SoapFault(Kind.VALIDATION, "Host " + id + " does not exist.");
    }
    return c;
  }

  static List<ComputerRec> hosts(Store s, List<Integer> ids) {
    List<ComputerRec> out = new ArrayList<>();
    for (Integer id : ids) {
      out.add(host(s, id));
    }
    return out;
  }

  static Set<String> expand(RestCall c) {
    Set<String> expand = new HashSet<>(c.query.getOrDefault("expand", List.of("all")));
    if (c.flag("overrides")) {
      expand.add(ComputerWire.OWN_ONLY);
    }
    return expand;
  }

  /** The fields under {@code computerStatus} cannot be searched: a DSM refuses them. */
  private static JsonNode searchable(JsonNode body) {
    JsonNode criteria = body == null ? null : body.get("searchCriteria");
    if (criteria != null && criteria.isArray()) {
      for (JsonNode c : criteria) {
        String field = c.path("fieldName").asText("");
        if (field.startsWith("computerStatus")) {
          throw new Search.BadSearch("The field " + field + " is not searchable.");
        }
      }
    }
    return body;
  }

  private static JsonNode search(RestCall c, Search.Filter f) {
    Set<String> expand = expand(c);
    Set<String> all = Set.of("all");
    return RestCall.wrap(
        "computers",
        Search.run(
            f,
            c.s.computers.values(),
            x -> x.id,
            x -> ComputerWire.json(c.s, x, all),
            x -> ComputerWire.json(c.s, x, expand)));
  }

  private static void modify(Store s, ComputerRec c, ObjectNode b) {
    Integer policy = optInt(b, "policyID");
    Integer group = optInt(b, "groupID");
    String display = optString(b, "displayName");
    String description = optString(b, "description");
    if (policy != null && policy != 0 && s.policies.get(policy) == null) {
      throw new Fail(400, "The policy " + policy + " does not exist.");
    }
    if (group != null && group != 0 && !s.groups.contains(group)) {
      throw new Fail(400, "The computer group " + group + " does not exist.");
    }
    if (policy != null) {
      c.policyId = policy == 0 ? null : policy;
      c.lastSendPolicyRequest = s.now();
      c.lastSendPolicySuccess = s.now();
    }
    if (group != null) {
      c.groupId = group == 0 ? null : group;
    }
    if (display != null) {
      c.displayName = display;
    }
    if (description != null) {
      c.description = description;
    }
  }

  static ObjectNode assignments(Store s, ComputerRec c, RuleKind kind, boolean overrides) {
    TreeSet<Integer> assigned =
        overrides
            ? new TreeSet<>(c.direct.get(kind))
            : Recommendations.computerEffective(s, c, kind);
    ObjectNode o = RestCall.JSON.createObjectNode();
    ints(o.putArray("assignedRuleIDs"), assigned);
    if (kind == RuleKind.FIREWALL) {
      return o;
    }
    if (kind == RuleKind.INTRUSION_PREVENTION) {
      ints(
          o.putArray("assignedApplicationTypeIDs"),
          PolicyTree.appTypesFor(s, assigned, new TreeSet<>()));
    }
    String status = Recommendations.scanStatus(s, c);
    PolicyAssignmentResource.recommendationFields(
        o,
        status,
        c.lastRecommendationScan,
        Recommendations.toAssign(s, c, kind),
        Recommendations.toUnassign(s, c, kind));
    return o;
  }

  /** The host details of the computers that pass a test, in ID order. */
  private static String details(Store s, String op, Predicate<ComputerRec> p) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ComputerRec c : s.computers.values()) {
      if (p.test(c)) {
        out.add(ComputerWire.hostDetail(s, c));
      }
    }
    return SoapOut.many(op, "HostDetailTransport", out);
  }

  /** Checks the detail level; every level answers every field here. */
  private static void level(XNode r) {
    String level = r.str("hostDetailLevel");
    if (level != null && !List.of("LOW", "MEDIUM", "HIGH").contains(level)) {
      throw new SoapFault(Kind.VALIDATION, "Invalid hostDetailLevel " + level + ".");
    }
  }

  private String hostDetailRetrieve(Store s, XNode r) {
    level(r);
    Predicate<Integer> f = HostFilter.of(s, r.child("hostFilter"));
    List<Map<String, Object>> out = new ArrayList<>();
    for (ComputerRec c : s.computers.values()) {
      if (f.test(c.id)) {
        out.add(ComputerWire.hostDetail(s, c));
      }
    }
    return SoapOut.many("hostDetailRetrieve", "HostDetailTransport", out);
  }
}
