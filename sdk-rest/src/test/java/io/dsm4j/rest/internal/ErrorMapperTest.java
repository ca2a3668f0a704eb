package io.dsm4j.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.dsm4j.exception.AuthenticationException;
import io.dsm4j.exception.AuthorizationException;
import io.dsm4j.exception.ConflictException;
import io.dsm4j.exception.ConnectionException;
import io.dsm4j.exception.DsmException;
import io.dsm4j.exception.InvalidRequestException;
import io.dsm4j.exception.NotFoundException;
import io.dsm4j.exception.ServerException;
import io.dsm4j.exception.ThrottledException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorMapperTest {
  private final ErrorMapper mapper = new ErrorMapper(RestClient.objectMapper());

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "400|{\"message\":\"Invalid parameter\"}|InvalidRequestException|Invalid parameter",
        "400|{\"message\":\"The requested name already exists.\"}|ConflictException|already exists",
        "401|{\"message\":\"Invalid API key\"}|AuthenticationException|Invalid API key",
        "403|{\"message\":\"Not authorized\"}|AuthorizationException|Not authorized",
        "404|{\"message\":\"The policy does not exist.\"}|NotFoundException|does not exist",
        "409|{\"message\":\"in use\"}|ConflictException|in use",
        "422|plain text complaint|InvalidRequestException|plain text complaint",
        "429|{\"message\":\"Too many API requests\"}|ThrottledException|Too many API requests",
        "500|{\"error\":{\"message\":\"boom\"}}|ServerException|boom",
        "502|<html><title>Bad Gateway</title></html>|ConnectionException|Bad Gateway",
        "503||ServerException|empty body",
        "418|{}|DsmException|{}",
      })
  void mapsStatusAndBody(int status, String body, String type, String detail) {
    DsmException e = mapper.map("GET /api/policies/1", status, "application/json", body);

    assertThat(e.getClass().getSimpleName()).isEqualTo(type);
    assertThat(e.detail()).contains(detail);
    assertThat(e.httpStatus()).isEqualTo(status);
    assertThat(e.operation()).isEqualTo("GET /api/policies/1");
    // The known types are all reachable:
    assertThat(
            e instanceof InvalidRequestException
                || e instanceof ConflictException
                || e instanceof AuthenticationException
                || e instanceof AuthorizationException
                || e instanceof NotFoundException
                || e instanceof ThrottledException
                || e instanceof ServerException
                || e instanceof ConnectionException
                || e.getClass() == DsmException.class)
        .isTrue();
  }

  @ParameterizedTest
  @CsvSource({"2000", "20000"})
  void longBodies_areCutToAnExcerpt(int length) {
    DsmException e = mapper.map("op", 500, "text/plain", "x".repeat(length));

    assertThat(e.detail().length()).isLessThan(400);
  }
}
