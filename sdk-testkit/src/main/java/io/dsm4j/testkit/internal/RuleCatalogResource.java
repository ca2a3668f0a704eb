package io.dsm4j.testkit.internal;

import static io.dsm4j.testkit.internal.RestCall.optBool;
import static io.dsm4j.testkit.internal.RestCall.optString;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dsm4j.model.RuleKind;
import io.dsm4j.testkit.internal.Recs.RuleRec;
import io.dsm4j.testkit.internal.RestCall.Fail;
import io.dsm4j.testkit.internal.SoapFault.Kind;
import java.util.List;
import java.util.Locale;

/**
 * The five rule catalogs (IPS, firewall, integrity monitoring, log inspection rules, application
 * types): list, search, get and modify over REST; RetrieveAll, Retrieve, RetrieveByName and Save
 * over SOAP. One handler parameterised by the per-kind {@link #CATALOGS} table.
 */
final class RuleCatalogResource implements Resource {
  /** How one rule kind is named on the wire. */
  record Catalog(
      RuleKind kind,
      String restResource,
      String restWrapper,
      String soapPrefix,
      String transport,
      boolean soapSave) {}

  static final List<Catalog> CATALOGS =
      List.of(
          new Catalog(
              RuleKind.INTRUSION_PREVENTION,
              "intrusionpreventionrules",
              "intrusionPreventionRules",
              "DPIRule",
              "DPIRuleTransport",
              true),
          new Catalog(
              RuleKind.FIREWALL,
              "firewallrules",
              "firewallRules",
              "firewallRule",
              "FirewallRuleTransport",
              true),
          new Catalog(
              RuleKind.INTEGRITY_MONITORING,
              "integritymonitoringrules",
              "integrityMonitoringRules",
              "integrityRule",
              "IntegrityRuleTransport",
              true),
          new Catalog(
              RuleKind.LOG_INSPECTION,
              "loginspectionrules",
              "logInspectionRules",
              "logInspectionRule",
              "LogInspectionRuleTransport",
              true),
          new Catalog(
              RuleKind.APPLICATION_TYPE,
              "applicationtypes",
              "applicationTypes",
              "applicationType",
              "ApplicationTypeTransport",
              true));

  @Override
  public void routes(RestRoutes rest) {
    for (Catalog cat : CATALOGS) {
      RuleKind k = cat.kind();
      RestRoutes.Param<RuleRec> rule =
          RestRoutes.Param.resolved(
              "rule",
              (s, seg) -> {
                RuleRec r;
                try {
                  r = s.catalog(k).get(Integer.parseInt(seg));
                } catch (NumberFormatException e) {
                  r = null;
                }
                if (r == null) {
                  throw new Fail(404, Names.missing(k));
                }
                return r;
              });
      rest.on(cat.restResource())
          .get(c -> search(c, cat, Search.parse(null)))
          .post(c -> RuleWire.json(RuleWrites.createRest(c.s, k, c.objectBody())));
      rest.on(cat.restResource(), "search").post(c -> search(c, cat, Search.parse(c.body())));
      rest.on(cat.restResource(), rule)
          .get(c -> RuleWire.json(c.get(rule)))
          .post(
              c -> {
                modify(c.s, c.get(rule), c.objectBody());
                return RuleWire.json(c.get(rule));
              })
          .delete(
              c -> {
                String no = RuleWrites.refusal(c.s, c.get(rule));
                if (no != null) {
                  throw new Fail(c.get(rule).authoritative ? 403 : 400, no);
                }
                c.s.catalog(k).remove(c.get(rule).id);
                return null;
              });
    }
  }

  @Override
  public void operations(SoapOperations soap) {
    for (Catalog cat : CATALOGS) {
      String all = cat.soapPrefix() + "RetrieveAll";
      String one = cat.soapPrefix() + "Retrieve";
      String byName = cat.soapPrefix() + "RetrieveByName";
      String type = cat.transport();
      soap.op(all, (s, r) -> retrieveAll(s, all, cat));
      soap.op(
          one,
          (s, r) ->
              SoapOut.maybe(
                  one,
                  type,
                  SoapArgs.opt(
                      s.catalog(cat.kind()).get(SoapArgs.req(r, "id")), x -> RuleWire.soap(s, x))));
      soap.op(
          byName,
          (s, r) ->
              SoapOut.maybe(
                  byName,
                  type,
                  SoapArgs.opt(
                      s.catalog(cat.kind()).byName(SoapArgs.name(r)), x -> RuleWire.soap(s, x))));
      if (cat.soapSave()) {
        String save = cat.soapPrefix() + "Save";
        soap.op(
            save,
            (s, r) -> {
              XNode t = r.children.isEmpty() ? null : r.children.get(0);
              if (t == null || t.nil || t.name.equals("sID")) {
                throw new SoapFault(Kind.VALIDATION, "The rule to save is required.");
              }
              return SoapOut.single(save, type, RuleWire.soap(s, RuleSave.save(s, cat, t)));
            });
      }
      if (cat.kind() == RuleKind.INTRUSION_PREVENTION) {
        String deps = "DPIRuleDependenciesRetrieve";
        soap.op(
            deps,
            (s, r) -> {
              RuleRec rule = s.catalog(cat.kind()).get(SoapArgs.req(r, "id"));
              if (rule == null) {
                throw new SoapFault(Kind.VALIDATION, "DPI rule does not exist.");
              }
              // Every rule it needs, transitively (dsm4j does not ask again for each of them).
              List<Object> out = new java.util.ArrayList<>();
              for (int d : RuleWrites.withDependencies(s, cat.kind(), rule.dependsOn)) {
                out.add(RuleWire.soap(s, s.catalog(cat.kind()).get(d)));
              }
              return SoapOut.many(deps, type, out);
            });
      }
      String delete = cat.soapPrefix() + "Delete";
      soap.op(
          delete,
          (s, r) -> {
            List<RuleRec> doomed = new java.util.ArrayList<>();
            for (XNode id : r.all("ids")) {
              RuleRec rec = s.catalog(cat.kind()).get(Integer.parseInt(id.text().trim()));
              if (rec == null) {
                throw new SoapFault(
                    Kind.VALIDATION, cat.transport() + " " + id.text() + " does not exist.");
              }
              String no = RuleWrites.refusal(s, rec);
              if (no != null) {
                throw new SoapFault(Kind.VALIDATION, no);
              }
              doomed.add(rec);
            }
            doomed.forEach(rec -> s.catalog(cat.kind()).remove(rec.id));
            return SoapOut.empty(delete);
          });
    }
  }

  private static JsonNode search(RestCall c, Catalog cat, Search.Filter f) {
    return RestCall.wrap(
        cat.restWrapper(),
        Search.run(f, c.s.catalog(cat.kind()).values(), x -> x.id, RuleWire::json));
  }

  private static String retrieveAll(Store s, String op, Catalog cat) {
    List<RuleRec> all = s.catalog(cat.kind()).values();
    SoapOut o =
        new SoapOut(
            all.size() * (cat.kind() == RuleKind.INTRUSION_PREVENTION ? 3600 : 1200) + 1024);
    o.start(op);
    for (RuleRec rule : all) {
      o.transport(op + "Return", cat.transport(), RuleWire.soap(s, rule));
    }
    o.end(op);
    return o.toString();
  }

  /** REST modify: Trend Micro rules only change their flags. */
  private static void modify(Store s, RuleRec rule, ObjectNode b) {
    String name = optString(b, "name");
    String description = optString(b, "description");
    if (rule.authoritative
        && ((name != null && !name.equals(rule.name))
            || (description != null && !description.equals(rule.description)))) {
      throw new Fail(
          403,
          "Not authorized to modify the rule or the requested modification is not permitted: Trend Micro rules are read-only apart from their flags.");
    }
    Boolean detect = optBool(b, "detectOnly");
    Boolean alert = optBool(b, "alertEnabled");
    Boolean noLog = optBool(b, "eventLoggingDisabled");
    Boolean packet = optBool(b, "alwaysIncludePacketData");
    String prio = optString(b, "priority");
    String mode = optString(b, "recommendationsMode");
    if (detect != null && rule.kind != RuleKind.INTRUSION_PREVENTION) {
      throw new Fail(400, "detectOnly applies to intrusion prevention rules only.");
    }
    if (prio != null
        && rule.kind == RuleKind.INTRUSION_PREVENTION
        && !List.of("lowest", "low", "normal", "high", "highest").contains(prio)) {
      throw new Fail(400, "Invalid priority '" + prio + "'.");
    }
    if (mode != null && !List.of("enabled", "ignored", "unknown", "disabled").contains(mode)) {
      throw new Fail(400, "Invalid recommendationsMode '" + mode + "'.");
    }
    if (name != null) {
      rule.name = name;
    }
    if (description != null) {
      rule.description = description;
    }
    if (detect != null) {
      rule.detectOnly = detect;
    }
    if (alert != null) {
      rule.raiseAlert = alert;
    }
    if (noLog != null) {
      rule.disableEvent = noLog;
    }
    if (packet != null) {
      rule.includePacketData = packet;
    }
    if (prio != null && rule.kind == RuleKind.INTRUSION_PREVENTION) {
      rule.priority = prio;
    }
    if (mode != null) {
      rule.ignoreRecommendations = mode.equals("ignored");
    }
    boolean xml = b.has("customXML") || b.has("ruleXML");
    if (rule.authoritative && xml) {
      throw new Fail(403, "The rule XML of a Trend Micro rule cannot be changed.");
    }
    if (!rule.authoritative) {
      RuleWrites.applyRest(s, rule, b);
    }
    rule.lastUpdated = s.now();
  }

  /** SOAP {@code …RuleSave}: creates custom DPI rules, changes the flags of existing rules. */
  static final class RuleSave {
    private RuleSave() {}

    static RuleRec save(Store s, Catalog cat, XNode t) {
      RuleKind k = cat.kind();
      Table<RuleRec> rules = s.catalog(k);
      Integer id = t.integer("ID");
      RuleRec rule;
      if (id == null) {
        rule = RuleWrites.createSoap(s, k, t);
      } else {
        rule = rules.get(id);
        if (rule == null) {
          throw new SoapFault(Kind.VALIDATION, cat.transport() + " " + id + " does not exist.");
        }
        String name = t.str("name");
        if (rule.authoritative && name != null && !name.equals(rule.name)) {
          throw new SoapFault(Kind.VALIDATION, "Trend Micro rules cannot be renamed.");
        }
        if (name != null) {
          RuleRec clash = rules.byName(name);
          if (clash != null && clash != rule) {
            throw new SoapFault(Kind.INTEGRITY, "A rule named '" + name + "' already exists.");
          }
          rule.name = name;
        }
      }
      if (!rule.authoritative && t.child("description") != null) {
        String d = t.str("description");
        rule.description = d == null ? "" : d;
      }
      Boolean v;
      if ((v = t.bool("raiseAlert")) != null) {
        rule.raiseAlert = v;
      }
      if ((v = t.bool("ignoreRecommendations")) != null) {
        rule.ignoreRecommendations = v;
      }
      if (k == RuleKind.INTRUSION_PREVENTION) {
        if ((v = t.bool("detectOnly")) != null) {
          rule.detectOnly = v;
        }
        if ((v = t.bool("disableEvent")) != null) {
          rule.disableEvent = v;
        }
        if ((v = t.bool("includePacketData")) != null) {
          rule.includePacketData = v;
        }
        String prio = t.str("priority");
        if (prio != null) {
          if (!List.of("HIGHEST", "HIGH", "NORMAL", "LOW", "LOWEST").contains(prio)) {
            throw new SoapFault(Kind.VALIDATION, "Invalid priority " + prio + ".");
          }
          rule.priority = prio.toLowerCase(Locale.ROOT);
        }
      }
      if (id != null) {
        RuleWrites.soapTyped(rule, t);
      }
      RuleWrites.soapXml(rule, t);
      rule.lastUpdated = s.now();
      return rule;
    }
  }
}
