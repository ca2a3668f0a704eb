package io.dsm4j.rest.internal;

import io.dsm4j.rest.internal.dto.Dtos.ApiKeyCurrent;
import io.dsm4j.rest.internal.dto.Dtos.AssignmentsDto;
import io.dsm4j.rest.internal.dto.Dtos.ComputerDto;
import io.dsm4j.rest.internal.dto.Dtos.ComputerList;
import io.dsm4j.rest.internal.dto.Dtos.DetectOnlyDto;
import io.dsm4j.rest.internal.dto.Dtos.PolicyDto;
import io.dsm4j.rest.internal.dto.Dtos.PolicyList;
import io.dsm4j.rest.internal.dto.Dtos.RuleDto;
import io.dsm4j.rest.internal.dto.Dtos.RuleIds;
import io.dsm4j.rest.internal.dto.Dtos.RuleList;
import io.dsm4j.rest.internal.dto.Dtos.ScheduledTaskDto;
import io.dsm4j.rest.internal.dto.Dtos.SearchFilter;
import java.util.List;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * The {@code /api} operations dsm4j uses (Deep Security API v1). {@code module} is one of {@code
 * intrusionprevention}, {@code firewall}, {@code integritymonitoring}, {@code loginspection};
 * {@code catalog} one of the five rule collections. Modify is {@code POST /x/{id}} with only the
 * changed fields; PUT only replaces assignment lists.
 */
interface DsmApi {
  @GET("api/apikeys/current")
  Call<ApiKeyCurrent> currentApiKey();

  @GET("api/systemsettings")
  Call<java.util.Map<String, io.dsm4j.rest.internal.dto.Dtos.SettingValue>> systemSettings();

  @POST("api/policies/search")
  Call<PolicyList> searchPolicies(@Body SearchFilter filter);

  @GET("api/policies/{id}")
  Call<PolicyDto> getPolicy(@Path("id") int id);

  @POST("api/policies")
  Call<PolicyDto> createPolicy(@Body PolicyDto policy);

  @POST("api/policies/{id}")
  Call<PolicyDto> modifyPolicy(@Path("id") int id, @Body PolicyDto changes);

  @DELETE("api/policies/{id}")
  Call<Void> deletePolicy(@Path("id") int id);

  @GET("api/policies/{id}/{module}/assignments")
  Call<AssignmentsDto> policyAssignments(
      @Path("id") int id, @Path("module") String module, @Query("overrides") boolean overrides);

  @POST("api/policies/{id}/{module}/assignments")
  Call<AssignmentsDto> addPolicyAssignments(
      @Path("id") int id,
      @Path("module") String module,
      @Query("overrides") boolean overrides,
      @Body RuleIds ids);

  @PUT("api/policies/{id}/{module}/assignments")
  Call<AssignmentsDto> setPolicyAssignments(
      @Path("id") int id,
      @Path("module") String module,
      @Query("overrides") boolean overrides,
      @Body RuleIds ids);

  @DELETE("api/policies/{id}/{module}/assignments/{ruleId}")
  Call<AssignmentsDto> removePolicyAssignment(
      @Path("id") int id,
      @Path("module") String module,
      @Path("ruleId") int ruleId,
      @Query("overrides") boolean overrides);

  @POST("api/policies/{id}/intrusionprevention/rules/{ruleId}")
  Call<RuleDto> modifyIpsRuleOnPolicy(
      @Path("id") int policyId,
      @Path("ruleId") int ruleId,
      @Query("overrides") boolean overrides,
      @Body DetectOnlyDto changes);

  @POST("api/{catalog}/search")
  Call<RuleList> searchRules(@Path("catalog") String catalog, @Body SearchFilter filter);

  @GET("api/{catalog}/{id}")
  Call<RuleDto> getRule(@Path("catalog") String catalog, @Path("id") int id);

  @POST("api/intrusionpreventionrules/{id}")
  Call<RuleDto> modifyIpsRule(@Path("id") int id, @Body DetectOnlyDto changes);

  @POST("api/computers/search")
  Call<ComputerList> searchComputers(
      @Query("expand") List<String> expand, @Body SearchFilter filter);

  @GET("api/computers/{id}")
  Call<ComputerDto> getComputer(@Path("id") int id, @Query("expand") List<String> expand);

  @POST("api/computers/{id}")
  Call<ComputerDto> modifyComputer(
      @Path("id") int id, @Query("expand") List<String> expand, @Body ComputerDto changes);

  @GET("api/computers/{id}/{module}/assignments")
  Call<AssignmentsDto> computerAssignments(
      @Path("id") int id, @Path("module") String module, @Query("overrides") boolean overrides);

  @POST("api/scheduledtasks")
  Call<ScheduledTaskDto> createScheduledTask(@Body ScheduledTaskDto task);

  @DELETE("api/scheduledtasks/{id}")
  Call<Void> deleteScheduledTask(@Path("id") int id);
}
