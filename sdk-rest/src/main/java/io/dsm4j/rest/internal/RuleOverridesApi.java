package io.dsm4j.rest.internal;

import io.dsm4j.rest.internal.dto.Dtos.AssignmentsDto;
import io.dsm4j.rest.internal.dto.Dtos.RuleDto;
import io.dsm4j.rest.internal.dto.Dtos.RuleIds;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Rule overrides on a policy or computer ({@code holder} is {@code policies} or {@code computers})
 * and a computer's own rule assignments.
 */
interface RuleOverridesApi {
  @GET("api/{holder}/{id}/{module}/rules/{ruleId}")
  Call<Map<String, Object>> rule(
      @Path("holder") String holder,
      @Path("id") int id,
      @Path("module") String module,
      @Path("ruleId") int ruleId,
      @Query("overrides") boolean overrides);

  @POST("api/{holder}/{id}/{module}/rules/{ruleId}")
  Call<RuleDto> override(
      @Path("holder") String holder,
      @Path("id") int id,
      @Path("module") String module,
      @Path("ruleId") int ruleId,
      @Query("overrides") boolean overrides,
      @Body Map<String, Object> changes);

  @DELETE("api/{holder}/{id}/{module}/rules/{ruleId}")
  Call<RuleDto> reset(
      @Path("holder") String holder,
      @Path("id") int id,
      @Path("module") String module,
      @Path("ruleId") int ruleId,
      @Query("overrides") boolean overrides);

  @POST("api/computers/{id}/{module}/assignments")
  Call<AssignmentsDto> addComputerAssignments(
      @Path("id") int id,
      @Path("module") String module,
      @Query("overrides") boolean overrides,
      @Body RuleIds ids);

  @PUT("api/computers/{id}/{module}/assignments")
  Call<AssignmentsDto> setComputerAssignments(
      @Path("id") int id,
      @Path("module") String module,
      @Query("overrides") boolean overrides,
      @Body RuleIds ids);

  @DELETE("api/computers/{id}/{module}/assignments/{ruleId}")
  Call<AssignmentsDto> removeComputerAssignment(
      @Path("id") int id,
      @Path("module") String module,
      @Path("ruleId") int ruleId,
      @Query("overrides") boolean overrides);
}
