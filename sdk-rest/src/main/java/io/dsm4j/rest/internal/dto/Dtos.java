package io.dsm4j.rest.internal.dto;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The JSON shapes of {@code /api} that dsm4j reads and writes. Property names follow the spec
 * exactly (upper-case acronyms such as {@code ID}, {@code CVE}, {@code ruleIDs}); enum-valued
 * properties are strings so that values a newer manager adds never fail a read. Nulls are never
 * sent (the mapper is configured with NON_NULL), so a partial update sends only what changes.
 */
public final class Dtos {
  private Dtos() {}

  /** A module extension of a policy ({@code intrusionPrevention}, {@code firewall}, …). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ModuleDto(
      String state,
      @JsonProperty("ruleIDs") List<Integer> ruleIds,
      @JsonProperty("applicationTypeIDs") List<Integer> applicationTypeIds) {
    public static ModuleDto ofState(String state) {
      return new ModuleDto(state, null, null);
    }
  }

  /** {@code policy}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PolicyDto(
      @JsonProperty("ID") Integer id,
      @JsonProperty("parentID") Integer parentId,
      String name,
      String description,
      ModuleDto antiMalware,
      ModuleDto firewall,
      ModuleDto intrusionPrevention,
      ModuleDto integrityMonitoring,
      ModuleDto logInspection,
      ModuleDto webReputation,
      ModuleDto applicationControl,
      ModuleDto activityMonitoring,
      String recommendationScanMode,
      java.util.Map<String, SettingValue> policySettings,
      @JsonAnySetter Map<String, Object> other) {}

  /** A setting: {@code {"value": "..."}}; every value is a string. */
  public record SettingValue(String value) {}

  /** {@code {"policies": [...]}}. */
  public record PolicyList(List<PolicyDto> policies) {}

  /** The rule fields dsm4j maps, across the five catalogs (each has a subset). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record RuleDto(
      @JsonProperty("ID") Integer id,
      String name,
      String description,
      String identifier,
      String severity,
      @JsonProperty("CVE") List<String> cve,
      @JsonProperty("CVSSScore") String cvssScore,
      Boolean detectOnly,
      @JsonProperty("applicationTypeID") Integer applicationTypeId,
      Long originalIssue,
      Long lastUpdated,
      @JsonAnySetter Map<String, Object> other) {}

  /** A rule modification that only sets the detect-only flag. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record DetectOnlyDto(Boolean detectOnly) {}

  /** The list wrappers of the five catalogs; exactly one is present in a response. */
  public record RuleList(
      List<RuleDto> intrusionPreventionRules,
      List<RuleDto> firewallRules,
      List<RuleDto> integrityMonitoringRules,
      List<RuleDto> logInspectionRules,
      List<RuleDto> applicationTypes) {}

  /** {@code {"ruleIDs": [...]}}. */
  public record RuleIds(@JsonProperty("ruleIDs") List<Integer> ruleIds) {}

  /** The assignments object of a policy or computer module. */
  public record AssignmentsDto(
      @JsonProperty("assignedRuleIDs") List<Integer> assignedRuleIds,
      String recommendationScanStatus,
      Long lastRecommendationScanDate,
      @JsonProperty("recommendedToAssignRuleIDs") List<Integer> recommendedToAssignRuleIds,
      @JsonProperty("recommendedToUnassignRuleIDs") List<Integer> recommendedToUnassignRuleIds) {}

  /**
   * {@code computer}: the top-level fields dsm4j reads, plus what the listing expands (status,
   * interfaces, the eight protection modules, the cloud summaries; see {@link ComputerParts}).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ComputerDto(
      @JsonProperty("ID") Integer id,
      String hostName,
      String displayName,
      String description,
      @JsonProperty("policyID") Integer policyId,
      @JsonProperty("groupID") Integer groupId,
      String platform,
      String agentVersion,
      ComputerParts.StatusDto computerStatus,
      String lastIPUsed,
      Long lastAgentCommunication,
      Long lastSendPolicyRequest,
      Long lastSendPolicySuccess,
      String agentFingerPrint,
      String hostGUID,
      ComputerParts.InterfacesDto interfaces,
      ComputerParts.ModuleDto antiMalware,
      ComputerParts.ModuleDto firewall,
      ComputerParts.ModuleDto intrusionPrevention,
      ComputerParts.ModuleDto integrityMonitoring,
      ComputerParts.ModuleDto logInspection,
      ComputerParts.ModuleDto webReputation,
      ComputerParts.ModuleDto applicationControl,
      ComputerParts.ModuleDto activityMonitoring,
      ComputerParts.VmSummaryDto ec2VirtualMachineSummary,
      ComputerParts.VmSummaryDto azureARMVirtualMachineSummary,
      ComputerParts.VmSummaryDto gcpVirtualMachineSummary,
      ComputerParts.VmSummaryDto noConnectorVirtualMachineSummary) {

    /** The fields a create or modify sends (the others null, so not sent). */
    public static ComputerDto writable(
        String hostName,
        String displayName,
        String description,
        Integer policyId,
        Integer groupId) {
      return new ComputerDto(
          null,
          hostName,
          displayName,
          description,
          policyId,
          groupId,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null);
    }

    public static ComputerDto withPolicy(int policyId) {
      return writable(null, null, null, policyId, null);
    }

    public static ComputerDto withGroup(int groupId) {
      return writable(null, null, null, null, groupId);
    }
  }

  /** {@code {"computers": [...]}}. */
  public record ComputerList(List<ComputerDto> computers) {}

  /** {@code searchFilter}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record SearchFilter(
      Integer maxItems, List<SearchCriteria> searchCriteria, Boolean sortByObjectID) {}

  /** {@code searchCriteria}: one test per criterion. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record SearchCriteria(
      String fieldName,
      String stringTest,
      String stringValue,
      Boolean stringWildcards,
      String choiceTest,
      String choiceValue,
      String numericTest,
      Double numericValue,
      Long firstDateValue,
      Boolean firstDateInclusive,
      String idTest,
      Long idValue,
      Long lastDateValue,
      Boolean lastDateInclusive) {

    public static SearchCriteria idGreaterThan(long id) {
      return new SearchCriteria(
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          "greater-than",
          id,
          null,
          null);
    }

    public static SearchCriteria stringEquals(String field, String value, boolean wildcards) {
      return new SearchCriteria(
          field, "equal", value, wildcards, null, null, null, null, null, null, null, null, null,
          null);
    }

    public static SearchCriteria choiceEquals(String field, String value) {
      return new SearchCriteria(
          field, null, null, null, "equal", value, null, null, null, null, null, null, null, null);
    }

    public static SearchCriteria numberEquals(String field, double value) {
      return new SearchCriteria(
          field, null, null, null, null, null, "equal", value, null, null, null, null, null, null);
    }

    /** A date range: from (inclusive) and/or until (exclusive), either may be null. */
    public static SearchCriteria dateRange(String field, Long fromMillis, Long untilMillis) {
      return new SearchCriteria(
          field,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          fromMillis,
          fromMillis == null ? null : true,
          null,
          null,
          untilMillis,
          untilMillis == null ? null : false);
    }

    public static SearchCriteria dateFrom(String field, long fromMillis) {
      return new SearchCriteria(
          field,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          fromMillis,
          true,
          null,
          null,
          null,
          null);
    }
  }

  /** {@code ScheduledTask}: the fields dsm4j sends to run a task now. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ScheduledTaskDto(
      @JsonProperty("ID") Integer id,
      String name,
      String type,
      ScheduleDetails scheduleDetails,
      Boolean runNow,
      TaskParameters scanForRecommendationsTaskParameters,
      TaskParameters scanForMalwareTaskParameters,
      TaskParameters scanForIntegrityChangesTaskParameters,
      TaskParameters sendPolicyTaskParameters) {}

  /** {@code ScheduleDetails} of a task that runs once. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ScheduleDetails(
      String recurrenceType, Integer recurrenceCount, OnceOnly onceOnlyScheduleParameters) {}

  /** {@code OnceOnlyScheduleParameters}. */
  public record OnceOnly(Long startTime) {}

  /** The {@code …TaskParameters} objects dsm4j uses: a computer filter. */
  public record TaskParameters(ComputerFilter computerFilter) {}

  /** {@code ComputerFilter}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ComputerFilter(
      String type,
      @JsonProperty("computerID") Integer computerId,
      @JsonProperty("computerGroupID") Integer computerGroupId,
      @JsonProperty("policyID") Integer policyId) {}

  /** {@code apiKeyCurrent}: only used to learn the manager's version cheaply. */
  public record ApiKeyCurrent(@JsonProperty("ID") Integer id, String keyName) {}

  /** An error body; the manager sends {@code {"message": "..."}}. */
  public record ErrorBody(String message) {}
}
