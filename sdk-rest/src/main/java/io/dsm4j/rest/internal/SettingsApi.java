package io.dsm4j.rest.internal;

import io.dsm4j.rest.internal.dto.Dtos.SettingValue;
import java.util.List;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * The {@code /api} settings paths of every scope. The whole-object reads list a scope's settings;
 * the single-setting paths ({@code …/settings/{name}}, DSM 12.5+) read, set and reset one.
 */
interface SettingsApi {
  /** The settings part of a policy or computer object. */
  record SettingsHolder(
      Map<String, SettingValue> policySettings, Map<String, SettingValue> computerSettings) {}

  @GET("api/systemsettings")
  Call<Map<String, SettingValue>> listSystem();

  @GET("api/systemsettings/{name}")
  Call<SettingValue> getSystem(@Path("name") String name);

  @POST("api/systemsettings/{name}")
  Call<SettingValue> setSystem(@Path("name") String name, @Body SettingValue value);

  @DELETE("api/systemsettings/{name}")
  Call<SettingValue> resetSystem(@Path("name") String name);

  @GET("api/policies/default")
  Call<Map<String, SettingValue>> listDefault();

  @GET("api/policies/default/settings/{name}")
  Call<SettingValue> getDefault(@Path("name") String name);

  @POST("api/policies/default/settings/{name}")
  Call<SettingValue> setDefault(@Path("name") String name, @Body SettingValue value);

  @DELETE("api/policies/default/settings/{name}")
  Call<SettingValue> resetDefault(@Path("name") String name);

  @GET("api/policies/{id}")
  Call<SettingsHolder> listPolicy(@Path("id") int id, @Query("overrides") boolean overrides);

  @GET("api/policies/{id}/settings/{name}")
  Call<SettingValue> getPolicy(
      @Path("id") int id, @Path("name") String name, @Query("overrides") boolean overrides);

  @POST("api/policies/{id}/settings/{name}")
  Call<SettingValue> setPolicy(
      @Path("id") int id,
      @Path("name") String name,
      @Query("overrides") boolean overrides,
      @Body SettingValue value);

  @DELETE("api/policies/{id}/settings/{name}")
  Call<SettingValue> resetPolicy(
      @Path("id") int id, @Path("name") String name, @Query("overrides") boolean overrides);

  @GET("api/computers/{id}")
  Call<SettingsHolder> listComputer(
      @Path("id") int id,
      @Query("expand") List<String> expand,
      @Query("overrides") boolean overrides);

  @GET("api/computers/{id}/settings/{name}")
  Call<SettingValue> getComputer(
      @Path("id") int id, @Path("name") String name, @Query("overrides") boolean overrides);

  @POST("api/computers/{id}/settings/{name}")
  Call<SettingValue> setComputer(
      @Path("id") int id,
      @Path("name") String name,
      @Query("overrides") boolean overrides,
      @Body SettingValue value);

  @DELETE("api/computers/{id}/settings/{name}")
  Call<SettingValue> resetComputer(
      @Path("id") int id, @Path("name") String name, @Query("overrides") boolean overrides);
}
