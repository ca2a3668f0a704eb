package io.dsm4j.automation;

import io.dsm4j.Capability;
import io.dsm4j.Manager;
import io.dsm4j.automation.PolicyDocument.CustomRule;
import io.dsm4j.automation.PolicyDocument.RuleRef;
import io.dsm4j.automation.internal.CustomRuleFields;
import io.dsm4j.automation.internal.PolicyJson;
import io.dsm4j.automation.internal.RuleIndex;
import io.dsm4j.model.IdOrName;
import io.dsm4j.model.ModuleState;
import io.dsm4j.model.Policy;
import io.dsm4j.model.PolicyDraft;
import io.dsm4j.model.PolicyUpdate;
import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleDraft;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.RuleUpdate;
import io.dsm4j.model.SecurityModule;
import io.dsm4j.model.Setting;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Policy as code: {@link #export} a policy's desired state as a {@link PolicyDocument}, {@link
 * #plan} the changes that bring a manager to a document, {@link #apply} them. Applying is
 * idempotent: a second apply of the same document plans nothing. A Trend Micro rule the document
 * references that the manager lacks (no rule with that identifier) fails the plan; a custom rule
 * missing on the manager is created from the document's {@code customRules}.
 *
 * <pre>{@code
 * PolicyAsCode pac = new PolicyAsCode(manager);
 * PolicyDocument doc = PolicyDocument.fromJson(Files.readString(file));
 * PolicyPlan plan = pac.plan(doc, false);
 * if (plan.hasChanges()) {
 *   pac.apply(doc, false);
 * }
 * }</pre>
 *
 * <p>Without prune an apply only adds and changes: settings, module states and assignments the
 * document does not list are left as they are. With prune, settings set on the policy but not in
 * the document are reset (inherited again) and directly assigned rules not in the document are
 * unassigned. Custom rules are never deleted.
 */
public final class PolicyAsCode {
  private final Manager manager;
  private final IdOrNameResolver resolver;

  /**
   * @param manager the manager to read and change
   */
  public PolicyAsCode(Manager manager) {
    this.manager = Objects.requireNonNull(manager, "manager");
    this.resolver = new IdOrNameResolver(manager);
  }

  /**
   * A policy's desired state: what is set on the policy itself, with the custom rules its direct
   * assignments use.
   *
   * @param policy the policy (ID or exact name)
   * @return the document
   * @throws io.dsm4j.exception.NotFoundException when there is no such policy
   */
  public PolicyDocument export(IdOrName policy) {
    Policy p = resolver.policy(Objects.requireNonNull(policy, "policy"));
    String parent = p.parentId() == null ? null : manager.policies().get(p.parentId()).name();
    Map<SecurityModule, ModuleState> modules = new EnumMap<>(SecurityModule.class);
    p.moduleStates()
        .forEach(
            (m, s) -> {
              if (s != ModuleState.UNKNOWN) {
                modules.put(m, s);
              }
            });
    Map<RuleKind, List<RuleRef>> rules = new EnumMap<>(RuleKind.class);
    Map<String, CustomRule> custom = new TreeMap<>();
    RuleIndex index = new RuleIndex(manager);
    for (RuleKind kind : assignable()) {
      List<RuleRef> refs = new ArrayList<>();
      List<Integer> direct = manager.policies().assignments(kind).direct(p.id());
      index.expect(kind, direct.size());
      for (int id : direct) {
        Rule r = index.get(kind, id);
        refs.add(ref(r));
        if (!r.trendIssued() && !authoritative(r)) {
          custom.put(PolicyJson.spell(kind) + "/" + r.name(), custom(r));
        }
      }
      if (!refs.isEmpty()) {
        rules.put(kind, refs);
      }
    }
    return new PolicyDocument(
        p.name(),
        p.description(),
        parent,
        modules,
        ownSettings(p.id()),
        rules,
        List.copyOf(custom.values()));
  }

  /**
   * What {@link #apply} would change, without changing anything.
   *
   * @param document the desired state
   * @param prune whether settings and assignments the document does not list are removed
   * @return the plan (empty when the manager matches)
   * @throws RefusedException when the document references a Trend Micro rule, a parent policy or an
   *     application type the manager lacks (every missing one is named)
   */
  public PolicyPlan plan(PolicyDocument document, boolean prune) {
    return new Planner(document, prune).plan();
  }

  /**
   * Brings the manager to the document: creates the policy and missing custom rules, sets the
   * description and module states, sets (and with prune resets) settings, assigns (and with prune
   * unassigns) rules.
   *
   * @param document the desired state
   * @param prune whether settings and assignments the document does not list are removed
   * @return the plan that was applied
   * @throws RefusedException as {@link #plan}, before anything is changed
   */
  public PolicyPlan apply(PolicyDocument document, boolean prune) {
    Planner planner = new Planner(document, prune);
    PolicyPlan plan = planner.plan();
    planner.steps.forEach(Runnable::run);
    return plan;
  }

  private Set<RuleKind> assignable() {
    Set<RuleKind> kinds = new LinkedHashSet<>();
    for (RuleKind k : RuleKind.values()) {
      if (manager.capabilities().supports(Capability.RULE_ASSIGNMENT, k)) {
        kinds.add(k);
      }
    }
    return kinds;
  }

  private Map<String, String> ownSettings(int policyId) {
    Map<String, String> out = new TreeMap<>();
    if (!manager.capabilities().supports(Capability.POLICY_SETTINGS)) {
      return out;
    }
    for (Setting s : manager.policies().settings(policyId).list()) {
      if (!s.inherited()) {
        out.put(s.name(), s.value());
      }
    }
    return out;
  }

  /**
   * A Trend Micro rule without an identifier (SOAP says so of application types): referenced by
   * name like a custom rule, but not exported as one.
   */
  private static boolean authoritative(Rule r) {
    return Boolean.TRUE.equals(r.extra().get("authoritative").orElse(null));
  }

  private static RuleRef ref(Rule r) {
    return r.trendIssued() ? RuleRef.trend(r.identifier()) : RuleRef.custom(r.name());
  }

  private CustomRule custom(Rule r) {
    RuleRef app = null;
    if (r.kind() == RuleKind.INTRUSION_PREVENTION && r.applicationTypeId() != null) {
      app = ref(manager.rules().applicationTypes().get(r.applicationTypeId()));
    }
    return new CustomRule(
        r.kind(),
        r.name(),
        r.description(),
        r.severity() == null ? null : PolicyJson.spell(r.severity()),
        r.kind() == RuleKind.INTRUSION_PREVENTION ? r.detectOnly() : null,
        app,
        r.ruleXml(),
        CustomRuleFields.of(r));
  }

  /** Equal values, whole numbers compared by value (a document's 3 is the manager's 3L). */
  private static boolean same(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) {
      return x.doubleValue() == y.doubleValue();
    }
    return Objects.equals(a, b);
  }

  /** Computes the changes and, for apply, the steps that make them, in order. */
  private final class Planner {
    private final PolicyDocument doc;
    private final boolean prune;
    private final List<PolicyChange> changes = new ArrayList<>();
    private final List<Runnable> steps = new ArrayList<>();
    private final List<String> missing = new ArrayList<>();
    private final Map<String, Integer> createdRules = new HashMap<>();
    private final int[] policyId = {0};
    private final RuleIndex index = new RuleIndex(manager);

    Planner(PolicyDocument doc, boolean prune) {
      this.doc = Objects.requireNonNull(doc, "document");
      this.prune = prune;
    }

    private void change(String action, String subject, String before, String after, Runnable step) {
      changes.add(new PolicyChange(action, subject, before, after));
      steps.add(step);
    }

    PolicyPlan plan() {
      Optional<Policy> existing = manager.policies().findByName(doc.name());
      Integer parentId = parentId();
      Map<RuleKind, Map<RuleRef, Integer>> resolved = resolveRules();
      if (!missing.isEmpty()) {
        throw new RefusedException(
            "the manager lacks what the document for policy '"
                + doc.name()
                + "' references: "
                + String.join("; ", missing));
      }
      if (existing.isEmpty()) {
        planCreate(parentId);
      } else {
        policyId[0] = existing.get().id();
        planUpdate(existing.get(), parentId);
      }
      planSettings(existing.isEmpty() ? Map.of() : ownSettings(policyId[0]));
      for (RuleKind kind : assignable()) {
        Map<RuleRef, Integer> wanted = resolved.getOrDefault(kind, Map.of());
        List<Integer> direct =
            existing.isEmpty()
                ? List.of()
                : manager.policies().assignments(kind).direct(policyId[0]);
        planAssignments(kind, wanted, direct);
      }
      return new PolicyPlan(doc.name(), prune, changes);
    }

    private Integer parentId() {
      if (doc.parent() == null) {
        return null;
      }
      Optional<Policy> parent = manager.policies().findByName(doc.parent());
      if (parent.isEmpty()) {
        missing.add("parent policy '" + doc.parent() + "'");
        return null;
      }
      return parent.get().id();
    }

    /** Each reference's rule ID; null for a custom rule the apply creates. */
    private Map<RuleKind, Map<RuleRef, Integer>> resolveRules() {
      Map<String, CustomRule> custom = new HashMap<>();
      doc.customRules().forEach(c -> custom.put(PolicyJson.spell(c.kind()) + "/" + c.name(), c));
      Set<String> planned = new java.util.HashSet<>();
      Map<RuleKind, Map<RuleRef, Integer>> out = new EnumMap<>(RuleKind.class);
      doc.rules()
          .forEach(
              (kind, refs) -> {
                if (!assignable().contains(kind)) {
                  missing.add(
                      PolicyJson.spell(kind) + " rule assignments (not supported by this backend)");
                  return;
                }
                Map<RuleRef, Integer> ids = new java.util.LinkedHashMap<>();
                index.expect(kind, refs.size());
                for (RuleRef ref : refs) {
                  Optional<Rule> rule = find(kind, ref);
                  String key = PolicyJson.spell(kind) + "/" + ref.name();
                  if (rule.isPresent()) {
                    ids.put(ref, rule.get().id());
                    if (ref.name() != null && custom.containsKey(key) && planned.add(key)) {
                      planCustomUpdate(rule.get(), custom.get(key));
                    }
                  } else if (ref.identifier() != null) {
                    missing.add(
                        PolicyJson.spell(kind) + " rule with identifier " + ref.identifier());
                  } else if (!custom.containsKey(key)) {
                    missing.add(
                        PolicyJson.spell(kind)
                            + " rule '"
                            + ref.name()
                            + "' (neither on the manager nor in customRules)");
                  } else {
                    ids.put(ref, null);
                    if (planned.add(key)) {
                      planCustomCreate(custom.get(key), key);
                    }
                  }
                }
                out.put(kind, ids);
              });
      return out;
    }

    private Optional<Rule> find(RuleKind kind, RuleRef ref) {
      return index.find(kind, ref);
    }

    private Integer applicationTypeId(CustomRule c) {
      if (c.applicationType() == null) {
        return null;
      }
      Optional<Rule> app = find(RuleKind.APPLICATION_TYPE, c.applicationType());
      if (app.isEmpty()) {
        missing.add(
            "application type "
                + c.applicationType()
                + " (used by "
                + PolicyJson.spell(c.kind())
                + " rule '"
                + c.name()
                + "')");
        return null;
      }
      return app.get().id();
    }

    private void planCustomCreate(CustomRule c, String key) {
      Integer app = applicationTypeId(c);
      RuleDraft.Generic d = RuleDraft.of(c.kind(), c.name());
      if (!c.description().isEmpty()) {
        d.description(c.description());
      }
      if (c.severity() != null) {
        d.field("severity", c.severity());
      }
      if (c.detectOnly() != null) {
        d.field("detectOnly", c.detectOnly());
      }
      if (app != null) {
        d.field("applicationTypeID", app);
      }
      if (c.ruleXml() != null) {
        d.ruleXml(c.ruleXml());
      }
      c.fields().forEach(d::field);
      RuleDraft draft = d.build();
      change(
          "create-rule",
          PolicyJson.spell(c.kind()) + " '" + c.name() + "'",
          null,
          null,
          () -> createdRules.put(key, manager.rules().of(c.kind()).create(draft).id()));
    }

    private void planCustomUpdate(Rule current, CustomRule c) {
      RuleUpdate.Builder u = RuleUpdate.builder();
      List<String> what = new ArrayList<>();
      if (!c.description().equals(current.description())) {
        u.description(c.description());
        what.add("description");
      }
      String severity = current.severity() == null ? null : PolicyJson.spell(current.severity());
      if (c.severity() != null && !c.severity().equals(severity)) {
        u.field("severity", c.severity());
        what.add("severity");
      }
      if (c.detectOnly() != null && !c.detectOnly().equals(current.detectOnly())) {
        u.detectOnly(c.detectOnly());
        what.add("detectOnly");
      }
      if (c.ruleXml() != null && !c.ruleXml().equals(current.ruleXml())) {
        u.ruleXml(c.ruleXml());
        what.add("ruleXml");
      }
      Map<String, Object> now =
          new CustomRule(
                  c.kind(), c.name(), "", null, null, null, null, CustomRuleFields.of(current))
              .fields();
      c.fields()
          .forEach(
              (name, value) -> {
                if (!same(value, now.get(name))) {
                  u.field(name, value);
                  what.add(name);
                }
              });
      if (what.isEmpty()) {
        return;
      }
      RuleUpdate update = u.build();
      change(
          "update-rule",
          PolicyJson.spell(c.kind()) + " '" + c.name() + "'",
          null,
          String.join(",", what),
          () -> manager.rules().of(c.kind()).update(current.id(), update));
    }

    private void planCreate(Integer parentId) {
      PolicyDraft.Builder b = PolicyDraft.builder(doc.name());
      if (!doc.description().isEmpty()) {
        b.description(doc.description());
      }
      if (parentId != null) {
        b.parentId(parentId);
      }
      doc.modules().forEach(b::moduleState);
      PolicyDraft draft = b.build();
      change(
          "create-policy",
          "policy '" + doc.name() + "'",
          null,
          doc.parent() == null ? null : "parent '" + doc.parent() + "'",
          () -> policyId[0] = manager.policies().create(draft).id());
    }

    private void planUpdate(Policy p, Integer parentId) {
      if (!Objects.equals(parentId, p.parentId())) {
        // The APIs cannot move a policy under another parent.
        throw new RefusedException(
            "policy '"
                + p.name()
                + "' has another parent on the manager than the document's '"
                + doc.parent()
                + "'; the APIs cannot move a policy");
      }
      PolicyUpdate.Builder u = PolicyUpdate.builder();
      boolean any = false;
      if (!doc.description().equals(p.description())) {
        u.description(doc.description());
        change("update-policy", "description", p.description(), doc.description(), () -> {});
        any = true;
      }
      for (Map.Entry<SecurityModule, ModuleState> e : doc.modules().entrySet()) {
        ModuleState now = p.moduleStates().get(e.getKey());
        if (now != e.getValue()) {
          u.moduleState(e.getKey(), e.getValue());
          change(
              "update-policy",
              "module " + PolicyJson.spell(e.getKey()),
              now == null ? null : PolicyJson.spell(now),
              PolicyJson.spell(e.getValue()),
              () -> {});
          any = true;
        }
      }
      if (any) {
        PolicyUpdate update = u.build();
        // One update for all of them: the last no-op step of the group sends it.
        steps.set(steps.size() - 1, () -> manager.policies().update(p.id(), update));
      }
    }

    private void planSettings(Map<String, String> own) {
      doc.settings()
          .forEach(
              (name, value) -> {
                if (!value.equals(own.get(name))) {
                  change(
                      "set-setting",
                      "setting " + name,
                      own.get(name),
                      value,
                      () -> manager.policies().settings(policyId[0]).set(name, value));
                }
              });
      if (prune) {
        own.forEach(
            (name, value) -> {
              if (!doc.settings().containsKey(name)) {
                change(
                    "reset-setting",
                    "setting " + name,
                    value,
                    null,
                    () -> manager.policies().settings(policyId[0]).reset(name));
              }
            });
      }
    }

    private void planAssignments(
        RuleKind kind, Map<RuleRef, Integer> wanted, List<Integer> direct) {
      List<RuleRef> toAssign = new ArrayList<>();
      Set<Integer> wantedIds = new java.util.HashSet<>();
      wanted.forEach(
          (ref, id) -> {
            if (id == null || !direct.contains(id)) {
              toAssign.add(ref);
            }
            if (id != null) {
              wantedIds.add(id);
            }
          });
      for (RuleRef ref : toAssign) {
        change("assign", PolicyJson.spell(kind) + " " + ref, null, null, () -> {});
      }
      if (!toAssign.isEmpty()) {
        // One assign call per kind, made when the custom rules it needs exist.
        steps.set(
            steps.size() - 1,
            () -> {
              List<Integer> ids = new ArrayList<>();
              for (RuleRef ref : toAssign) {
                Integer id = wanted.get(ref);
                ids.add(
                    id != null ? id : createdRules.get(PolicyJson.spell(kind) + "/" + ref.name()));
              }
              manager.policies().assignments(kind).assign(policyId[0], ids);
            });
      }
      if (prune) {
        List<Integer> extra = direct.stream().filter(id -> !wantedIds.contains(id)).toList();
        index.expect(kind, extra.size());
        for (int id : extra) {
          Rule r = index.get(kind, id);
          change("unassign", PolicyJson.spell(kind) + " " + ref(r), null, null, () -> {});
        }
        if (!extra.isEmpty()) {
          steps.set(
              steps.size() - 1,
              () -> manager.policies().assignments(kind).unassign(policyId[0], extra));
        }
      }
    }
  }
}
