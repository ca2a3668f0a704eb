package io.dsm4j.soap.internal;

import io.dsm4j.Backend;
import io.dsm4j.exception.ConflictException;
import io.dsm4j.exception.ServerException;
import io.dsm4j.model.ModuleState;
import io.dsm4j.model.Policy;
import io.dsm4j.model.PolicyDraft;
import io.dsm4j.model.PolicyUpdate;
import io.dsm4j.model.Recommendations;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.ScanStatus;
import io.dsm4j.model.SecurityModule;
import io.dsm4j.model.StagingSettings;
import io.dsm4j.soap.internal.WsdlEnums.SecurityProfileRecommendationState;
import io.dsm4j.soap.internal.generated.DPIRuleTransport;
import io.dsm4j.soap.internal.generated.EditableSettingStoredTransport;
import io.dsm4j.soap.internal.generated.Manager;
import io.dsm4j.soap.internal.generated.SecurityProfileTransport;
import io.dsm4j.spi.PageRequest;
import io.dsm4j.spi.PageResult;
import io.dsm4j.spi.PolicyOperations;
import io.dsm4j.spi.PolicyTree;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Policies (security profiles). A change is a read-modify-write of the complete transport, so that
 * no field dsm4j does not model is reset; rule assignment reads the policy again afterwards to
 * detect a concurrent change.
 */
final class SoapPolicies implements PolicyOperations {
  private static final String RETRIEVE = "securityProfileRetrieve";
  private static final String DEPENDENCIES = "DPIRuleDependenciesRetrieve";
  private static final String SAVE = "securityProfileSave";

  private static final SoapCatalog<SecurityProfileTransport, Policy> CATALOG =
      new SoapCatalog<>(
          "policy",
          "policies",
          "securityProfileRetrieveAll",
          Manager::securityProfileRetrieveAll,
          RETRIEVE,
          Manager::securityProfileRetrieve,
          "securityProfileRetrieveByName",
          Manager::securityProfileRetrieveByName,
          SecurityProfileTransport::getName,
          Mappers::policy,
          Policy::id);

  private static final String AUTO_APPLY_UPDATES = "CONFIGURATION_DSRUAUTOAPPLYNEWDSRUS";
  private static final String AUTO_APPLY_IPS =
      "CONFIGURATION_DETECTIONENGINESTATEAUTOAPPLYDPIRULES";

  private final SoapClient client;

  SoapPolicies(SoapClient client) {
    this.client = client;
  }

  @Override
  public PageResult<Policy> list(PageRequest page) {
    return PageResult.all(CATALOG.list(client));
  }

  @Override
  public Policy get(int id) {
    return CATALOG.get(client, id);
  }

  @Override
  public Optional<Policy> findByName(String name) {
    return CATALOG.findByName(client, name);
  }

  /** The complete transport, for a read-modify-write. */
  private SecurityProfileTransport read(int id) {
    SecurityProfileTransport t =
        client.call(RETRIEVE, false, (p, s) -> p.securityProfileRetrieve(id, s));
    if (t == null || t.getID() == null) {
      throw SoapReads.notFound("policy", id, RETRIEVE);
    }
    return t;
  }

  @Override
  public Policy create(PolicyDraft draft) {
    Mappers.refuseExtendedStates(draft.moduleStates(), "policies.create");
    SecurityProfileTransport t = new SecurityProfileTransport();
    t.setID(null); // nil ID: the manager creates a new profile
    t.setName(draft.name());
    t.setDescription(draft.description());
    t.setParentSecurityProfileID(draft.parentId());
    // Non-nillable primitives are always sent, so set them on purpose: inherit the parent's
    // anti-malware configurations rather than send "false".
    t.setAntiMalwareManualInherit(true);
    t.setAntiMalwareRealTimeInherit(true);
    t.setAntiMalwareScheduledInherit(true);
    // Modules the draft leaves open: inherited under a parent, off at the top level.
    ModuleState open = draft.parentId() != null ? ModuleState.INHERITED : ModuleState.OFF;
    for (SecurityModule m : SecurityModule.values()) {
      if (m.extended()) {
        continue; // not in the SOAP transport (a draft setting one was refused above)
      }
      Mappers.setState(t, m, draft.moduleStates().getOrDefault(m, open));
    }
    for (RuleKind k : RuleKind.values()) {
      Mappers.setRuleIds(t, k, Mappers.intArray(List.of()));
    }
    return save(t);
  }

  private Policy save(SecurityProfileTransport t) {
    Policy saved = Mappers.policy(client.call(SAVE, false, (p, s) -> p.securityProfileSave(t, s)));
    if (saved == null) {
      throw new ServerException(
          "the manager returned no policy after saving", SAVE, Backend.SOAP, 0, null, null);
    }
    return saved;
  }

  @Override
  public Policy update(int id, PolicyUpdate update) {
    Mappers.refuseExtendedStates(update.moduleStates(), "policies.update");
    SecurityProfileTransport t = read(id);
    if (update.name() != null) {
      t.setName(update.name());
    }
    if (update.description() != null) {
      t.setDescription(update.description());
    }
    update.moduleStates().forEach((m, st) -> Mappers.setState(t, m, st));
    return save(t);
  }

  @Override
  public void delete(int id) {
    client.call(
        "securityProfileDelete",
        false,
        (p, s) -> {
          p.securityProfileDelete(List.of(id), s);
          return null;
        });
  }

  // ---------------------------------------------------------------- rule assignment

  private static List<Integer> ruleIds(SecurityProfileTransport t, RuleKind kind) {
    return Mappers.ints(Mappers.ruleIds(t, kind));
  }

  @Override
  public List<Integer> directRuleIds(int policyId, RuleKind kind) {
    return Mappers.sortedIds(ruleIds(read(policyId), kind));
  }

  /** The rules in effect: the policy's own and every ancestor's, each policy read once. */
  @Override
  public List<Integer> effectiveRuleIds(int policyId, RuleKind kind) {
    return PolicyTree.effectiveRuleIds(
        policyId,
        id -> {
          SecurityProfileTransport t = read(id);
          return new PolicyTree.Level(ruleIds(t, kind), t.getParentSecurityProfileID());
        },
        RETRIEVE,
        Backend.SOAP);
  }

  @Override
  public List<Integer> assign(int policyId, RuleKind kind, Set<Integer> ruleIds) {
    return changeRules(
        policyId,
        kind,
        current -> {
          Set<Integer> next = new TreeSet<>(current);
          next.addAll(withDependencies(kind, ruleIds, current));
          return next;
        });
  }

  /**
   * The rules to assign with what they depend on, as REST's assignment adds them: one {@code
   * DPIRuleDependenciesRetrieve} per intrusion prevention rule not assigned yet, whose answer is
   * taken as that rule's dependencies (not asked again for them, so that an answer can never make
   * the lookups endless).
   */
  private Set<Integer> withDependencies(RuleKind kind, Set<Integer> ids, Set<Integer> assigned) {
    if (kind != RuleKind.INTRUSION_PREVENTION) {
      return ids;
    }
    Set<Integer> out = new TreeSet<>(ids);
    for (int id : ids) {
      if (assigned.contains(id)) {
        continue;
      }
      List<DPIRuleTransport> deps =
          client.call(DEPENDENCIES, false, (p, s) -> p.dpiRuleDependenciesRetrieve(id, s));
      for (DPIRuleTransport d : deps == null ? List.<DPIRuleTransport>of() : deps) {
        if (d != null && d.getID() != null) {
          out.add(d.getID());
        }
      }
    }
    return out;
  }

  @Override
  public List<Integer> unassign(int policyId, RuleKind kind, Set<Integer> ruleIds) {
    return changeRules(
        policyId,
        kind,
        current -> {
          Set<Integer> next = new TreeSet<>(current);
          next.removeAll(ruleIds);
          return next;
        });
  }

  @Override
  public List<Integer> replace(int policyId, RuleKind kind, Set<Integer> ruleIds) {
    return changeRules(
        policyId, kind, current -> new TreeSet<>(withDependencies(kind, ruleIds, Set.of())));
  }

  /**
   * Read-modify-write of one rule-ID list. The complete transport as read is saved, so that no
   * other field is reset; the policy is read again afterwards and a list that is not what was saved
   * means someone else changed it at the same time.
   */
  private List<Integer> changeRules(
      int policyId, RuleKind kind, Function<Set<Integer>, Set<Integer>> change) {
    SecurityProfileTransport t = read(policyId);
    Set<Integer> current = new TreeSet<>(ruleIds(t, kind));
    Set<Integer> wanted = change.apply(current);
    if (wanted.equals(current)) {
      return List.copyOf(current);
    }
    Mappers.setRuleIds(t, kind, Mappers.intArray(wanted));
    client.call(SAVE, false, (p, s) -> p.securityProfileSave(t, s));
    Set<Integer> after = new TreeSet<>(ruleIds(read(policyId), kind));
    if (!after.equals(wanted)) {
      throw new ConflictException(
          "the "
              + kind
              + " rules of policy "
              + policyId
              + " changed concurrently: saved "
              + wanted
              + " but the manager now has "
              + after,
          SAVE,
          Backend.SOAP,
          0,
          null,
          null);
    }
    return List.copyOf(after);
  }

  @Override
  public Recommendations recommendations(int policyId, RuleKind kind) {
    List<Integer> recommended =
        client.call(
            "securityProfileRecommendationRuleIDsRetrieve",
            false,
            (p, s) ->
                p.securityProfileRecommendationRuleIDsRetrieve(
                    policyId, Mappers.ruleType(kind), s));
    // Rules inherited from a parent are assigned too: recommend only what is not in effect.
    Set<Integer> assigned = new HashSet<>(effectiveRuleIds(policyId, kind));
    List<Integer> toAssign =
        Mappers.sortedIds(recommended).stream().filter(id -> !assigned.contains(id)).toList();
    return new Recommendations(kind, ScanStatus.UNKNOWN, null, toAssign, List.of());
  }

  // ---------------------------------------------------------------- staging settings

  @Override
  public StagingSettings stagingSettings(List<Integer> policyIds) {
    List<EditableSettingStoredTransport> system =
        client.call(
            "systemSettingGet",
            false,
            (p, s) -> p.systemSettingGet(List.of(AUTO_APPLY_UPDATES), s));
    Map<Integer, StagingSettings.PolicyStaging> policies = new LinkedHashMap<>();
    for (int id : policyIds) {
      List<EditableSettingStoredTransport> own =
          client.call(
              "securityProfileSettingGet",
              false,
              (p, s) -> p.securityProfileSettingGet(id, List.of(AUTO_APPLY_IPS), s));
      SecurityProfileTransport t = read(id);
      SecurityProfileRecommendationState recommendation =
          WsdlEnums.parse(SecurityProfileRecommendationState.class, t.getRecommendationState());
      Boolean ongoing =
          recommendation == null
              ? null
              : recommendation == SecurityProfileRecommendationState.ONGOING;
      policies.put(id, new StagingSettings.PolicyStaging(id, flag(own, AUTO_APPLY_IPS), ongoing));
    }
    return new StagingSettings(flag(system, AUTO_APPLY_UPDATES), policies);
  }

  /** A setting's value as a boolean; null when absent or not a boolean. */
  private static Boolean flag(List<EditableSettingStoredTransport> settings, String key) {
    if (settings == null) {
      return null;
    }
    for (EditableSettingStoredTransport t : settings) {
      if (t != null && key.equals(t.getSettingKey()) && t.getSettingValue() != null) {
        return switch (t.getSettingValue().trim().toLowerCase(Locale.ROOT)) {
          case "true", "yes", "on", "1" -> Boolean.TRUE;
          case "false", "no", "off", "0" -> Boolean.FALSE;
          default -> null;
        };
      }
    }
    return null;
  }
}
