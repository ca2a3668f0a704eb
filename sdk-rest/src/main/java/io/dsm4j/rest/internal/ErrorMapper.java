package io.dsm4j.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dsm4j.Backend;
import io.dsm4j.exception.AuthenticationException;
import io.dsm4j.exception.AuthorizationException;
import io.dsm4j.exception.ConflictException;
import io.dsm4j.exception.ConnectionException;
import io.dsm4j.exception.DsmException;
import io.dsm4j.exception.InvalidRequestException;
import io.dsm4j.exception.NotFoundException;
import io.dsm4j.exception.ServerException;
import io.dsm4j.exception.ThrottledException;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns an error response (any status, any body) into the typed exception for it. */
final class ErrorMapper {
  private static final int EXCERPT = 300;
  private static final Pattern TITLE =
      Pattern.compile("<title>(.*?)</title>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private final ObjectMapper json;
  private final UnaryOperator<String> redact;

  ErrorMapper(ObjectMapper json) {
    this(json, UnaryOperator.identity());
  }

  /**
   * @param json the mapper
   * @param redact removes secrets from the manager's text (an error body may echo the request)
   */
  ErrorMapper(ObjectMapper json, UnaryOperator<String> redact) {
    this.json = json;
    this.redact = redact;
  }

  DsmException map(String operation, int status, String contentType, String body) {
    String detail = redact.apply(describe(status, contentType, body));
    Backend b = Backend.REST;
    return switch (status) {
      case 400, 422 ->
          detail.toLowerCase(Locale.ROOT).contains("already exists")
              ? new ConflictException(detail, operation, b, status, null, null)
              : new InvalidRequestException(detail, operation, b, status, null, null);
      case 401 -> new AuthenticationException(detail, operation, b, status, null, null);
      case 403 -> new AuthorizationException(detail, operation, b, status, null, null);
      case 404 -> new NotFoundException(detail, operation, b, status, null, null);
      case 409 -> new ConflictException(detail, operation, b, status, null, null);
      case 429 -> new ThrottledException(detail, operation, b, status, null, null);
      default -> {
        if (status >= 500) {
          // A gateway's HTML page means the manager never answered: a connection problem.
          yield isHtml(contentType, body) && status >= 502
              ? new ConnectionException(detail, operation, b, status, null, null)
              : new ServerException(detail, operation, b, status, null, null);
        }
        yield new DsmException(detail, operation, b, status, null, null);
      }
    };
  }

  /** The manager's {@code message}, or an excerpt of whatever else it sent. */
  String describe(int status, String contentType, String body) {
    if (body == null || body.isBlank()) {
      return "HTTP " + status + " with an empty body";
    }
    String trimmed = body.trim();
    if (trimmed.startsWith("{")) {
      try {
        JsonNode node = json.readTree(trimmed);
        JsonNode message = node.get("message");
        if (message == null && node.has("error")) {
          message = node.get("error").get("message");
        }
        if (message != null && message.isTextual() && !message.asText().isBlank()) {
          return message.asText();
        }
      } catch (java.io.IOException | RuntimeException e) {
        // not JSON after all: fall through to the excerpt
      }
    }
    if (isHtml(contentType, trimmed)) {
      Matcher m = TITLE.matcher(trimmed);
      String title = m.find() ? m.group(1).trim() : "";
      return "the server answered with an HTML page" + (title.isEmpty() ? "" : ": " + title);
    }
    String flat = trimmed.replaceAll("\\s+", " ");
    return flat.length() > EXCERPT ? flat.substring(0, EXCERPT) + "…" : flat;
  }

  private static boolean isHtml(String contentType, String body) {
    return (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html"))
        || (body != null && body.trim().toLowerCase(Locale.ROOT).startsWith("<"));
  }
}
