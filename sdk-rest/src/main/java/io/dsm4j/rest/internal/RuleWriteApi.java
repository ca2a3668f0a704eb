package io.dsm4j.rest.internal;

import io.dsm4j.rest.internal.dto.Dtos.RuleDto;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.POST;
import retrofit2.http.Path;

/** Custom rules: create ({@code POST /x}), modify with only the changed fields, delete. */
interface RuleWriteApi {
  @POST("api/{catalog}")
  Call<RuleDto> create(@Path("catalog") String catalog, @Body Map<String, Object> rule);

  @POST("api/{catalog}/{id}")
  Call<RuleDto> modify(
      @Path("catalog") String catalog, @Path("id") int id, @Body Map<String, Object> changes);

  @DELETE("api/{catalog}/{id}")
  Call<Void> delete(@Path("catalog") String catalog, @Path("id") int id);
}
