package io.dsm4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ManagerBuilderTest {
  @Test
  void build_withoutUrl_fails() {
    assertThatThrownBy(() -> Manager.builder().apiKey("k").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("URL");
  }

  @Test
  void build_withoutCredentials_fails() {
    assertThatThrownBy(() -> Manager.builder().url("https://dsm:4119").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("credentials");
  }

  @Test
  void soapBackend_needsUsernameAndPassword() {
    assertThatThrownBy(
            () ->
                Manager.builder().url("https://dsm:4119").apiKey("k").backend(Backend.SOAP).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SOAP");
    assertThatThrownBy(() -> Manager.builder().url("https://dsm:4119").username("u").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("password");
  }

  @Test
  void url_isValidated() {
    assertThatThrownBy(() -> Manager.builder().url("ftp://dsm"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Manager.builder().url("dsm.example.com:4119"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Manager.builder().url("https://dsm:4119/api"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("base URL");
  }

  @Test
  void missingBackendModule_isAClearError() {
    // sdk-core's tests have no backend on the class path.
    assertThatThrownBy(() -> Manager.builder().url("https://dsm:4119").apiKey("k").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("io.dsm4j:dsm4j-rest");
  }

  @Test
  void fromEnvironment_fillsTheBuilder_andExplicitCallsWin() {
    Manager.Builder b =
        Manager.fromEnvironment(
            Map.of(
                "DSM_URL", "https://env:4119",
                "DSM_API_KEY", "env-secret",
                "DSM_USERNAME", "envuser",
                "DSM_PASSWORD", "env-password",
                "DSM_TENANT", "T1",
                "DSM_BACKEND", "soap"));
    b.url("https://explicit:4119");

    String shown = b.toString();
    assertThat(shown).contains("https://explicit:4119").contains("envuser").contains("SOAP");
    assertThat(shown).doesNotContain("env-secret").doesNotContain("env-password");
  }

  @Test
  void options_areValidated() {
    assertThatThrownBy(() -> Manager.builder().pageSize(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Manager.builder().requestsPerMinute(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Manager.builder().readTimeout(java.time.Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ProxyOptions.parse("proxy"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ProxyOptions.parse("proxy.example.com:3128").port()).isEqualTo(3128);
    assertThatThrownBy(
            () ->
                TlsOptions.builder()
                    .trustedCertificatePem(java.nio.file.Path.of("x.pem"))
                    .insecureTrustAll()
                    .build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void retryBackoff_growsAndIsBounded() {
    RetryOptions r = RetryOptions.defaults();

    assertThat(r.backoff(1, 0.0).toMillis()).isEqualTo(125);
    assertThat(r.backoff(1, 0.999).toMillis()).isLessThanOrEqualTo(250);
    assertThat(r.backoff(3, 0.5).toMillis()).isBetween(500L, 1000L);
    assertThat(r.backoff(30, 0.999).toMillis()).isLessThanOrEqualTo(10_000);
  }
}
