package io.dsm4j.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.dsm4j.Backend;
import io.dsm4j.RestAccess;
import io.dsm4j.exception.ConnectionException;
import io.dsm4j.exception.ResponseRejectedException;
import io.dsm4j.http.HttpTransport;
import io.dsm4j.spi.RestAccessOperations;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Any {@code /api} request, sent with the connection's own client (credentials, deadline, rate
 * limit, size limits, no redirects, no resends) and judged like every other answer: a non-2xx
 * status is the typed exception {@link ErrorMapper} gives it, an unreadable or ambiguous (a key
 * twice) JSON answer is refused.
 */
final class RestRawAccess implements RestAccessOperations {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final RestClient client;

  RestRawAccess(RestClient client) {
    this.client = client;
  }

  @Override
  public RestAccess.Response send(RestAccess.Request r) {
    String op = r.method() + " /api" + r.path();
    RequestBody body = null;
    if (r.body() != null) {
      JsonNode parsed = parse(r.body(), "the request body");
      JsonFields.registerSecrets(parsed, client.config().secrets());
      body = RequestBody.create(r.body().getBytes(StandardCharsets.UTF_8), JSON);
    } else if (r.method().equals("POST") || r.method().equals("PUT")) {
      body = RequestBody.create(new byte[0], null);
    }
    HttpUrl.Builder url = HttpUrl.get(client.config().baseUrl().toString() + "/api").newBuilder();
    for (String segment : r.path().substring(1).split("/", -1)) {
      url.addPathSegment(segment);
    }
    for (Map.Entry<String, List<String>> q : r.query().entrySet()) {
      q.getValue().forEach(v -> url.addQueryParameter(q.getKey(), v));
    }
    Request request = new Request.Builder().url(url.build()).method(r.method(), body).build();
    HttpTransport.Answer a = client.transport().exchange(request, op, r.bulk());
    String text = new String(a.body(), StandardCharsets.UTF_8);
    if (a.status() < 200 || a.status() > 299) {
      throw client.errors().map(op, a.status(), a.contentType(), text);
    }
    if (!text.isBlank()) {
      JsonNode answer;
      try {
        answer = client.json().readTree(text);
      } catch (JsonProcessingException e) {
        String why = client.config().secrets().redact(e.getOriginalMessage());
        if (why != null && why.startsWith("Duplicate field")) {
          throw new ResponseRejectedException(
              "the answer has a key twice in one object (" + why + "): refused, not guessed",
              op,
              Backend.REST,
              a.status(),
              e);
        }
        throw new ConnectionException(
            "unreadable response body: " + why, op, Backend.REST, a.status(), null, e);
      }
      JsonFields.registerSecrets(answer, client.config().secrets());
    }
    return new RestAccess.Response(a.status(), text);
  }

  /** The body as JSON; refused before anything is sent when it is not (or has a key twice). */
  private JsonNode parse(String text, String what) {
    try {
      JsonNode n = client.json().readTree(text);
      if (n == null || n.isMissingNode()) {
        throw new IllegalArgumentException(what + " is empty: give JSON or no body");
      }
      return n;
    } catch (JsonProcessingException e) {
      // Where, not what: the text may hold a secret that is not registered yet.
      com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
      throw new IllegalArgumentException(
          what
              + " is not JSON"
              + (at == null
                  ? ""
                  : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
    }
  }
}
