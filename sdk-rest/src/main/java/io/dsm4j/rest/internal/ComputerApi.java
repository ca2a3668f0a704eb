package io.dsm4j.rest.internal;

import io.dsm4j.rest.internal.dto.ComputerParts.DeploymentScriptDto;
import io.dsm4j.rest.internal.dto.Dtos.ComputerDto;
import java.util.List;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * The {@code /api} calls of the computer lifecycle (the reads and the modify are in {@link
 * DsmApi}). Never {@code DELETE /computers} (bulk; Cloud One only).
 */
interface ComputerApi {
  @POST("api/computers")
  Call<ComputerDto> createComputer(
      @Query("expand") List<String> expand, @Body ComputerDto computer);

  @DELETE("api/computers/{id}")
  Call<Void> deleteComputer(@Path("id") int id);

  @POST("api/agentdeploymentscripts")
  Call<DeploymentScriptDto> deploymentScript(@Body DeploymentScriptDto request);
}
