package io.dsm4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FaultInjectionTest {
  @Test
  void httpFaultsHitTheNextRequestsOfEitherProtocolThenServiceResumes() {
    try (DsmSimulator sim = DsmSimulator.builder().start()) {
      sim.injectFault(Fault.HTTP_500, 2);
      HttpResponse<String> rest = Wire.rest(sim, "GET", "/api/policies", null);
      assertThat(rest.statusCode()).isEqualTo(500);
      assertThat(Wire.json(rest.body()).get("message").asText()).isNotBlank();
      HttpResponse<String> soap = Wire.soap(sim, "getApiVersion", "");
      assertThat(soap.statusCode()).isEqualTo(500);
      assertThat(soap.body()).contains("soapenv:Fault").doesNotContain("urn:Manager");
      assertThat(Wire.rest(sim, "GET", "/api/policies", null).statusCode()).isEqualTo(200);

      sim.injectFault(Fault.MALFORMED_BODY, 1);
      HttpResponse<String> truncated = Wire.rest(sim, "GET", "/api/policies", null);
      assertThat(truncated.statusCode()).isEqualTo(200);
      assertThatThrownBy(() -> Wire.json(truncated.body())).isInstanceOf(AssertionError.class);
      sim.injectFault(Fault.MALFORMED_BODY, 1);
      HttpResponse<String> badXml = Wire.soap(sim, "getApiVersion", "");
      assertThat(badXml.statusCode()).isEqualTo(200);
      assertThatThrownBy(() -> Wire.xml(badXml.body())).isInstanceOf(AssertionError.class);

      sim.injectFault(Fault.HTML_ERROR_PAGE, 1);
      HttpResponse<String> html = Wire.rest(sim, "GET", "/api/policies", null);
      assertThat(html.statusCode()).isEqualTo(502);
      assertThat(html.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");

      // POST: the JDK client silently retries an idempotent GET once on a dropped connection
      sim.injectFault(Fault.CONNECTION_RESET, 1);
      assertThatThrownBy(() -> Wire.rest(sim, "POST", "/api/policies/search", "{}"))
          .isInstanceOf(UncheckedIOException.class);
      assertThat(Wire.rest(sim, "GET", "/api/policies", null).statusCode()).isEqualTo(200);

      // a faulted request has no effect
      int before = sim.state().policies().size();
      sim.injectFault(Fault.HTTP_500, 1);
      Wire.rest(sim, "POST", "/api/policies", "{\"name\":\"never created\"}");
      assertThat(sim.state().policies()).hasSize(before);
    }
  }

  @Test
  void timeoutHoldsTheRequestAndCloseReleasesIt() throws Exception {
    DsmSimulator sim = DsmSimulator.builder().start();
    try {
      sim.injectFault(Fault.TIMEOUT, 1);
      HttpRequest req =
          HttpRequest.newBuilder(URI.create(sim.url() + "/api/policies"))
              .header("api-secret-key", sim.apiKey())
              .header("api-version", "v1")
              .timeout(Duration.ofMillis(500))
              .build();
      long t0 = System.nanoTime();
      assertThatThrownBy(() -> Wire.HTTP.send(req, HttpResponse.BodyHandlers.ofString()))
          .isInstanceOf(HttpTimeoutException.class);
      assertThat(Duration.ofNanos(System.nanoTime() - t0))
          .isGreaterThanOrEqualTo(Duration.ofMillis(450));
      assertThat(Wire.rest(sim, "GET", "/api/policies", null).statusCode()).isEqualTo(200);
    } finally {
      long t0 = System.nanoTime();
      sim.close();
      sim.close(); // idempotent
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
    }
    assertThatThrownBy(() -> Wire.rest(sim, "GET", "/api/policies", null))
        .isInstanceOf(UncheckedIOException.class)
        .hasCauseInstanceOf(IOException.class);
  }

  @Test
  void latencyDelaysEveryRequest() {
    try (DsmSimulator sim = DsmSimulator.builder().latency(Duration.ofMillis(150)).start()) {
      long t0 = System.nanoTime();
      assertThat(Wire.rest(sim, "GET", "/api/apikeys/current", null).statusCode()).isEqualTo(200);
      assertThat(Duration.ofNanos(System.nanoTime() - t0))
          .isGreaterThanOrEqualTo(Duration.ofMillis(150));
      assertThat(sim.state().requestCount()).isEqualTo(1);
    }
  }
}
