package io.dsm4j.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.dsm4j.rest.internal.dto.Dtos.SearchFilter;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * The {@code /api} operations of the administrative resources (tenants, API keys, administrators,
 * roles, cloud connectors), all of the same list/search/describe/create/modify/delete shape, read
 * and written as JSON trees: these objects have many fields, most of which dsm4j passes through as
 * {@code Fields}. {@code resource} is a collection name such as {@code administrators}.
 */
interface JsonApi {
  @GET("api/{resource}")
  Call<JsonNode> list(@Path("resource") String resource);

  @POST("api/{resource}/search")
  Call<JsonNode> search(@Path("resource") String resource, @Body SearchFilter filter);

  @GET("api/{resource}/{id}")
  Call<JsonNode> get(@Path("resource") String resource, @Path("id") int id);

  @POST("api/{resource}")
  Call<JsonNode> create(@Path("resource") String resource, @Body JsonNode body);

  @POST("api/{resource}/{id}")
  Call<JsonNode> modify(
      @Path("resource") String resource, @Path("id") int id, @Body JsonNode changes);

  @DELETE("api/{resource}/{id}")
  Call<Void> delete(@Path("resource") String resource, @Path("id") int id);

  @POST("api/{resource}/{id}/actions")
  Call<JsonNode> action(
      @Path("resource") String resource, @Path("id") int id, @Body JsonNode action);

  @GET("api/apikeys/current")
  Call<JsonNode> currentApiKey();

  @POST("api/apikeys/{id}/secretkey")
  Call<JsonNode> newSecretKey(@Path("id") int id);

  @POST("api/tenants")
  Call<JsonNode> createTenant(
      @Query("confirmationRequired") boolean confirmationRequired,
      @Query("asynchronous") boolean asynchronous,
      @Body JsonNode tenant);

  @POST("api/tenants/{id}/apikeys")
  Call<JsonNode> createTenantApiKey(@Path("id") int tenantId, @Body JsonNode key);
}
