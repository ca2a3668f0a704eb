package io.dsm4j.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.dsm4j.Backend;
import io.dsm4j.exception.ConnectionException;
import io.dsm4j.exception.ResponseRejectedException;
import io.dsm4j.http.HttpTransport;
import io.dsm4j.rest.internal.dto.Dtos.SearchCriteria;
import io.dsm4j.rest.internal.dto.Dtos.SearchFilter;
import io.dsm4j.spi.BackendConfig;
import io.dsm4j.spi.PageRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * The shared client of a REST connection: one OkHttp client, the Retrofit {@link DsmApi} over it,
 * the error mapping, the search-filter helpers and the manager facts from response headers. The
 * resource groups ({@code RestPolicies}, {@code RestComputers}, …) send everything through it.
 */
final class RestClient {
  private final BackendConfig config;
  private final HttpTransport transport;
  private final Retrofit retrofit;
  private final DsmApi api;
  private final ObjectMapper json;
  private final ErrorMapper errors;
  private final HttpSetup.ResponseInfo lastResponse;

  /**
   * @param config the configuration
   */
  RestClient(BackendConfig config) {
    this.config = config;
    this.json = objectMapper();
    this.errors = new ErrorMapper(json, config.secrets()::redact);
    this.lastResponse = new HttpSetup.ResponseInfo();
    this.transport = HttpSetup.transport(config, lastResponse);
    this.retrofit =
        new Retrofit.Builder()
            .baseUrl(config.baseUrl().toString() + "/")
            .client(transport.client())
            .addConverterFactory(JacksonConverterFactory.create(json))
            .validateEagerly(true)
            .build();
    this.api = retrofit.create(DsmApi.class);
  }

  /** Another Retrofit interface over the same client (a resource group's own, e.g. JsonApi). */
  <S> S service(Class<S> type) {
    return retrofit.create(type);
  }

  /** The shared transport, for requests Retrofit does not describe (the escape hatch). */
  HttpTransport transport() {
    return transport;
  }

  /** The strict mapper (duplicate keys refused) that reads every answer. */
  ObjectMapper json() {
    return json;
  }

  /** The error mapping of every answer that is not 2xx. */
  ErrorMapper errors() {
    return errors;
  }

  /**
   * Liberal in what it accepts: unknown fields, single values for arrays, nulls; sends no nulls.
   * Strict where liberal would be wrong: a key twice in one object is an error, not last-wins.
   */
  static ObjectMapper objectMapper() {
    return JsonMapper.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .serializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        .build();
  }

  DsmApi api() {
    return api;
  }

  /** A resource group's own Retrofit interface over the same client (e.g. {@code ComputerApi}). */
  <T> T api(Class<T> type) {
    return retrofit.create(type);
  }

  BackendConfig config() {
    return config;
  }

  /** The headers of the latest answer that carry manager facts (version, clock). */
  HttpSetup.ResponseInfo lastResponse() {
    return lastResponse;
  }

  // ----------------------------------------------------------------- plumbing

  <T> T exec(Call<T> call) {
    String op = call.request().method() + " " + call.request().url().encodedPath();
    Response<T> response;
    try {
      // One deadline for the whole exchange: connect, TLS, write and every read of the body.
      call.timeout().timeout(transport.deadlineMillis(), TimeUnit.MILLISECONDS);
      response = call.execute();
    } catch (JsonProcessingException e) {
      String why = config.secrets().redact(e.getOriginalMessage());
      if (why != null && why.startsWith("Duplicate field")) {
        throw new ResponseRejectedException(
            "the answer has a key twice in one object (" + why + "): refused, not guessed",
            op,
            Backend.REST,
            200,
            e);
      }
      throw new ConnectionException(
          "unreadable response body: " + why, op, Backend.REST, 0, null, e);
    } catch (IOException e) {
      throw transport.translate(e, op, call.request());
    } catch (RuntimeException e) {
      throw new ConnectionException(
          "unreadable response: " + e.getMessage(), op, Backend.REST, 0, null, e);
    }
    if (!response.isSuccessful()) {
      throw errors.map(op, response.code(), response.headers().get("Content-Type"), body(response));
    }
    return response.body();
  }

  /** Like {@link #exec} for calls whose answer must have a body. */
  <T> T require(Call<T> call) {
    String op = call.request().method() + " " + call.request().url().encodedPath();
    T body = exec(call);
    if (body == null) {
      throw new ConnectionException(
          "the manager answered with an empty body", op, Backend.REST, 200, null, null);
    }
    return body;
  }

  private static String body(Response<?> response) {
    try (ResponseBody b = response.errorBody()) {
      if (b == null) {
        return "";
      }
      byte[] head = b.byteStream().readNBytes(64 * 1024);
      return new String(head, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  // ----------------------------------------------------------------- searches

  static SearchFilter page(PageRequest page, List<SearchCriteria> criteria) {
    List<SearchCriteria> all = new ArrayList<>(criteria);
    all.add(SearchCriteria.idGreaterThan(page.afterId()));
    return new SearchFilter(page.size(), all, true);
  }

  static SearchFilter byName(String field, String name) {
    // stringWildcards false: otherwise '_' and '%' in a name match other names.
    return new SearchFilter(10, List.of(SearchCriteria.stringEquals(field, name, false)), true);
  }

  /** Whether an item the manager sent has an ID; items without one are left out everywhere. */
  static boolean hasId(Integer id) {
    return id != null && id > 0;
  }

  /** The item with the lowest ID among those (with an ID) whose name passes the test. */
  static <T> Optional<T> lowest(
      List<T> found,
      Function<T, Integer> idOf,
      Function<T, String> nameOf,
      Predicate<String> test) {
    return found == null
        ? Optional.empty()
        : found.stream()
            .filter(t -> hasId(idOf.apply(t)) && test.test(nameOf.apply(t)))
            .min(Comparator.comparing(idOf));
  }

  /** The item with exactly that name and the lowest ID, if any. */
  static <T> Optional<T> exact(
      List<T> found, Function<T, Integer> idOf, Function<T, String> nameOf, String name) {
    return lowest(found, idOf, nameOf, name::equals);
  }

  /**
   * Runs a search page by page in ascending ID order ({@link #page}), handing the items with an ID
   * of each page to {@code visit}, until a page has none, {@code visit} returns false, or a page
   * does not move the cursor forward (a broken answer: stopping instead of looping).
   *
   * @param criteria the criteria besides the cursor
   * @param search one page of raw items for a filter
   * @param idOf an item's ID
   * @param visit called per page with its items that have an ID; false stops the scan
   * @return false when the scan stopped because the cursor did not move forward
   */
  <D> boolean scan(
      List<SearchCriteria> criteria,
      Function<SearchFilter, List<D>> search,
      Function<D, Integer> idOf,
      Predicate<List<D>> visit) {
    long after = 0;
    while (true) {
      List<D> raw = search.apply(page(new PageRequest(after, config.pageSize()), criteria));
      List<D> page =
          raw == null ? List.of() : raw.stream().filter(d -> hasId(idOf.apply(d))).toList();
      if (page.isEmpty() || !visit.test(page)) {
        return true;
      }
      long max = page.stream().mapToLong(idOf::apply).max().orElse(after);
      if (max <= after) {
        return false;
      }
      after = max;
    }
  }

  void close() {
    transport.close();
  }
}
