package io.dsm4j.rest.internal;

import io.dsm4j.rest.internal.dto.Dtos.SearchFilter;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;

/**
 * The operations every plain {@code /api} collection has, for any collection ({@code iplists},
 * {@code schedules}, {@code scheduledtasks}, …): search, describe, create, modify ({@code POST
 * /x/{id}} with only the changed fields) and delete. Objects travel as JSON objects ({@link Map}),
 * so every field the manager sends is kept, and only the fields dsm4j sets are sent.
 */
interface CrudApi {
  @POST("api/{collection}/search")
  Call<Map<String, Object>> search(
      @Path("collection") String collection, @Body SearchFilter filter);

  @GET("api/{collection}/{id}")
  Call<Map<String, Object>> describe(@Path("collection") String collection, @Path("id") int id);

  @POST("api/{collection}")
  Call<Map<String, Object>> create(
      @Path("collection") String collection, @Body Map<String, Object> object);

  @POST("api/{collection}/{id}")
  Call<Map<String, Object>> modify(
      @Path("collection") String collection, @Path("id") int id, @Body Map<String, Object> changes);

  @DELETE("api/{collection}/{id}")
  Call<Void> delete(@Path("collection") String collection, @Path("id") int id);
}
