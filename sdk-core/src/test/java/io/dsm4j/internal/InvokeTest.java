package io.dsm4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dsm4j.Backend;
import io.dsm4j.Capabilities;
import io.dsm4j.Capability;
import io.dsm4j.Manager;
import io.dsm4j.RetryListener;
import io.dsm4j.RetryOptions;
import io.dsm4j.exception.ConnectionException;
import io.dsm4j.exception.DsmException;
import io.dsm4j.exception.ResponseRejectedException;
import io.dsm4j.exception.ServerException;
import io.dsm4j.exception.TlsVerificationException;
import io.dsm4j.spi.BackendConfig;
import io.dsm4j.spi.BackendProvider;
import io.dsm4j.spi.CallContext;
import io.dsm4j.spi.ManagerSettings;
import io.dsm4j.spi.PolicyOperations;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The call pipeline: one deadline per call, retries told to a listener, secrets never leave. */
class InvokeTest {
  static final String KEY = "2:S3cr3t-API-key-value";
  static final String PASSWORD = "hunter2-password";

  /** A REST-like fake whose getPolicy does what the test says. */
  static Manager manager(
      ManagerSettings settings, Function<BackendConfig, Object> getPolicy, AtomicInteger calls) {
    Capabilities caps = Capabilities.builder().add(new Capability[] {Capability.POLICIES}).build();
    BackendProvider provider =
        FakeBackend.provider(
            Backend.REST,
            config -> {
              PolicyOperations policies =
                  FakeBackend.proxy(
                      PolicyOperations.class,
                      (proxy, method, args) -> {
                        if (!method.getName().equals("get")) {
                          throw new UnsupportedOperationException(method.getName());
                        }
                        calls.incrementAndGet();
                        Object r = getPolicy.apply(config);
                        if (r instanceof RuntimeException e) {
                          throw e;
                        }
                        return r;
                      });
              return FakeBackend.connection(Backend.REST, caps, null, Map.of("policies", policies));
            });
    BackendProvider soap =
        FakeBackend.provider(
            Backend.SOAP,
            config ->
                FakeBackend.connection(
                    Backend.SOAP, Capabilities.builder().build(), null, Map.of()));
    return DefaultManager.create(settings, Map.of(Backend.REST, provider, Backend.SOAP, soap));
  }

  static ManagerSettings settings(
      Duration callTimeout, RetryOptions retry, RetryListener listener, char[] password) {
    Manager.Builder b =
        Manager.builder()
            .url("https://dsm.example:4119")
            .apiKey(KEY)
            .retry(retry)
            .retryListener(listener)
            .requestsPerMinute(0)
            .callTimeout(callTimeout)
            .bulkCallTimeout(callTimeout.multipliedBy(2))
            .maxResponseBytes(1 << 20, 1 << 22);
    if (password != null) {
      b.username("user").password(password);
    }
    return b.toSettings();
  }

  @Test
  void oneDeadline_coversEveryAttemptAndItsBackoff() {
    AtomicInteger calls = new AtomicInteger();
    AtomicReference<Duration> budgetSeen = new AtomicReference<>();
    ManagerSettings s =
        settings(
            Duration.ofMillis(1500),
            new RetryOptions(1000, Duration.ofMillis(200), Duration.ofMillis(200)),
            RetryListener.none(),
            null);
    try (Manager m =
        manager(
            s,
            cfg -> {
              budgetSeen.set(CallContext.current().orElseThrow().budget());
              return new ConnectionException(
                  "reset", "GET /api/policies/1", Backend.REST, 0, null, null);
            },
            calls)) {
      long start = System.nanoTime();
      assertThatThrownBy(() -> m.policies().get(1)).isInstanceOf(ConnectionException.class);
      long took = (System.nanoTime() - start) / 1_000_000;
      // 1000 attempts would take 200 s; the deadline ends it. Lower bound: one backoff at least.
      assertThat(took).isBetween(1000L, 1500L + 5000L);
      assertThat(calls.get()).isBetween(2, 20);
      assertThat(budgetSeen.get()).isEqualTo(Duration.ofMillis(1500));
    }
  }

  @Test
  void noCallContext_outsideACall() {
    assertThat(CallContext.current()).isEmpty();
  }

  @Test
  void retryListener_isToldBeforeEveryRetry_withTheWait() {
    AtomicInteger calls = new AtomicInteger();
    List<String> told = new CopyOnWriteArrayList<>();
    ManagerSettings s =
        settings(
            Duration.ofSeconds(30),
            new RetryOptions(3, Duration.ofMillis(10), Duration.ofMillis(10)),
            (op, attempt, max, wait, failure) ->
                told.add(
                    op
                        + " "
                        + attempt
                        + "/"
                        + max
                        + " "
                        + (wait.toMillis() >= 5 && wait.toMillis() <= 10 ? "5-10ms" : wait)
                        + " "
                        + failure.getClass().getSimpleName()),
            null);
    try (Manager m =
        manager(
            s,
            cfg ->
                new ServerException("busy", "GET /api/policies/1", Backend.REST, 503, null, null),
            calls)) {
      assertThatThrownBy(() -> m.policies().get(1)).isInstanceOf(ServerException.class);
    }
    assertThat(calls.get()).isEqualTo(3);
    assertThat(told)
        .containsExactly(
            "policies.get 1/3 5-10ms ServerException", "policies.get 2/3 5-10ms ServerException");
  }

  @Test
  void refusedCertificatesAndRejectedAnswers_areNeverRetried() {
    for (DsmException e :
        List.of(
            new TlsVerificationException("untrusted", "GET /api/policies/1", Backend.REST, null),
            new ResponseRejectedException(
                "redirect to https://evil.example/",
                "GET /api/policies/1",
                Backend.REST,
                302,
                null))) {
      AtomicInteger calls = new AtomicInteger();
      ManagerSettings s =
          settings(Duration.ofSeconds(30), RetryOptions.defaults(), RetryListener.none(), null);
      try (Manager m = manager(s, cfg -> e, calls)) {
        assertThatThrownBy(() -> m.policies().get(1)).isInstanceOf(e.getClass());
      }
      assertThat(calls.get()).as(e.getClass().getSimpleName()).isEqualTo(1);
    }
  }

  @Test
  void secrets_areRedactedFromTheMessage_theCauseChain_andTheStackTrace() {
    AtomicInteger calls = new AtomicInteger();
    ManagerSettings s =
        settings(
            Duration.ofSeconds(30),
            RetryOptions.none(),
            RetryListener.none(),
            PASSWORD.toCharArray());
    IOException deep = new IOException("server said: password=" + PASSWORD);
    IllegalStateException mid = new IllegalStateException("header api-secret-key: " + KEY, deep);
    try (Manager m =
        manager(
            s,
            cfg -> {
              cfg.secrets().add("session-ABCDEF-123456");
              return new ServerException(
                  "echo:\napi-secret-key: " + KEY + "\nsID=session-ABCDEF-123456",
                  "GET /api/policies/1",
                  Backend.REST,
                  500,
                  null,
                  mid);
            },
            calls)) {
      Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> m.policies().get(1));
      assertThat(thrown).isInstanceOf(ServerException.class);
      StringWriter trace = new StringWriter();
      thrown.printStackTrace(new PrintWriter(trace));
      assertThat(trace.toString())
          .doesNotContain(KEY)
          .doesNotContain(PASSWORD)
          .doesNotContain("session-ABCDEF-123456")
          .contains("java.lang.IllegalStateException")
          .contains("java.io.IOException")
          .contains("****");
      assertThat(thrown.getMessage()).doesNotContain("\n").contains("policies.get");
      assertThat(((ServerException) thrown).httpStatus()).isEqualTo(500);
    }
  }

  @Test
  void secretsInEncodedForms_areRedactedToo() {
    var secrets = new io.dsm4j.spi.Secrets();
    secrets.add("p&ss<wörd>");
    assertThat(secrets.redact("xml p&amp;ss&lt;wörd&gt; url p%26ss%3Cw%C3%B6rd%3E raw p&ss<wörd>"))
        .isEqualTo("xml **** url **** raw ****");
    secrets.add("abc");
    assertThat(secrets.redact("abc")).as("too short to match safely").isEqualTo("abc");
  }

  @Test
  void aThrowableWithoutSecrets_isKeptAsItIs() {
    AtomicInteger calls = new AtomicInteger();
    IOException cause = new IOException("connection reset");
    ManagerSettings s =
        settings(Duration.ofSeconds(30), RetryOptions.none(), RetryListener.none(), null);
    try (Manager m =
        manager(
            s,
            cfg ->
                new ConnectionException(
                    "reset", "GET /api/policies/1", Backend.REST, 0, null, cause),
            calls)) {
      Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> m.policies().get(1));
      assertThat(thrown.getCause()).isSameAs(cause);
    }
  }

  @Test
  void unexpectedExceptionsQuotingASecret_areWrappedAndRedacted() {
    AtomicInteger calls = new AtomicInteger();
    ManagerSettings s =
        settings(Duration.ofSeconds(30), RetryOptions.none(), RetryListener.none(), null);
    try (Manager m = manager(s, cfg -> new IllegalStateException("bad " + KEY), calls)) {
      Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> m.policies().get(1));
      assertThat(thrown).isInstanceOf(DsmException.class);
      StringWriter trace = new StringWriter();
      thrown.printStackTrace(new PrintWriter(trace));
      assertThat(trace.toString()).doesNotContain(KEY);
    }
  }

  @SuppressWarnings("unused")
  private static Throwable unwrap(Throwable t) {
    return t instanceof InvocationTargetException i ? i.getCause() : t;
  }

  @Test
  void aByIdReadReturningAnotherId_isRejected_notRetried() {
    AtomicInteger calls = new AtomicInteger();
    ManagerSettings s =
        settings(Duration.ofSeconds(30), RetryOptions.defaults(), RetryListener.none(), null);
    try (Manager m =
        manager(s, cfg -> new io.dsm4j.model.Policy(7, "Other", "", null, Map.of()), calls)) {
      assertThatThrownBy(() -> m.policies().get(1))
          .isInstanceOf(ResponseRejectedException.class)
          .hasMessageContaining("policy 7 when asked for 1");
      assertThat(m.policies().get(7).name()).isEqualTo("Other");
    }
  }
}
