package io.dsm4j.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dsm4j.Manager;
import io.dsm4j.ProxyOptions;
import io.dsm4j.RetryOptions;
import io.dsm4j.TlsOptions;
import io.dsm4j.exception.ConnectionException;
import io.dsm4j.exception.DsmException;
import io.dsm4j.exception.DsmTimeoutException;
import io.dsm4j.exception.NotFoundException;
import io.dsm4j.exception.ResponseRejectedException;
import io.dsm4j.exception.TlsVerificationException;
import io.dsm4j.model.PolicyDraft;
import io.dsm4j.tck.RawServer.Action;
import io.dsm4j.tck.RawServer.RawRequest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The transport contract against hostile servers, the same for every backend: redirects are never
 * followed, echoed secrets never surface, a write is never resent below the retry policy, every
 * call ends at its deadline, TLS mistakes say what to check, answers are size-limited, and a proxy
 * is per {@code Manager}. Servers are raw sockets on loopback (see {@link RawServer}); deadlines
 * are 1.5 s and every timing assertion allows 5 s more, so a slow machine cannot fail them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class HostileWireContractTest {
  private static final int ATTEMPTS = 3;
  private static final Duration DEADLINE = Duration.ofMillis(1500);
  private static final Duration SLACK = Duration.ofSeconds(5);

  private final Deque<AutoCloseable> resources = new ArrayDeque<>();
  private SelfSigned cert;

  /**
   * @return the backend's fixture
   */
  protected abstract WireFixture fixture();

  @BeforeAll
  void certificate() throws Exception {
    cert = SelfSigned.create();
  }

  @AfterEach
  void closeAll() throws Exception {
    while (!resources.isEmpty()) {
      resources.pop().close();
    }
  }

  private <T extends AutoCloseable> T closing(T t) {
    resources.push(t);
    return t;
  }

  /** A server that handles session calls normally and everything else with {@code onCall}. */
  private RawServer server(Function<RawRequest, Action> onCall) throws Exception {
    return closing(RawServer.http(withSession(onCall)));
  }

  private RawServer tlsServer(Function<RawRequest, Action> onCall) throws Exception {
    return closing(RawServer.tls(cert.serverSocketFactory(), withSession(onCall)));
  }

  private Function<RawRequest, Action> withSession(Function<RawRequest, Action> onCall) {
    return r -> {
      Action session = fixture().sessionReply(r);
      return session != null ? session : onCall.apply(r);
    };
  }

  private long calls(RawServer s) {
    return s.requests().stream().filter(r -> fixture().sessionReply(r) == null).count();
  }

  private Manager.Builder builder(String url) {
    return fixture()
        .credentials(Manager.builder().url(url))
        .retry(new RetryOptions(ATTEMPTS, Duration.ofMillis(1), Duration.ofMillis(5)))
        .requestsPerMinute(0)
        .connectTimeout(Duration.ofSeconds(10))
        .readTimeout(Duration.ofSeconds(60));
  }

  private Manager manager(Manager.Builder b) {
    return closing(b.build());
  }

  private void assertNoSecret(Throwable e) throws Exception {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    assertThat(trace.toString()).doesNotContain(fixture().secrets());
    String logFile = System.getProperty("org.slf4j.simpleLogger.logFile");
    if (logFile != null && !logFile.startsWith("System.") && Files.exists(Path.of(logFile))) {
      assertThat(Files.readString(Path.of(logFile))).doesNotContain(fixture().secrets());
    }
  }

  // ------------------------------------------------------------------ redirects (9.1)

  @ParameterizedTest
  @ValueSource(ints = {301, 302, 303, 307, 308})
  void redirect_isNeverFollowed_noRequestReachesTheOtherServer(int status) throws Exception {
    RawServer elsewhere = closing(RawServer.http(r -> fixture().notFound()));
    String location = elsewhere.url() + "/moved/here";
    // Every request redirects, sign-in included: the credentials must not travel.
    RawServer s =
        closing(
            RawServer.http(
                r ->
                    new RawServer.Reply(
                        status, List.of("Location: " + location), "text/plain", "")));
    Manager m = manager(builder(s.url()));

    for (Executable call :
        List.<Executable>of(
            () -> m.policies().get(7),
            () -> m.policies().create(PolicyDraft.builder("x").build()))) {
      ResponseRejectedException e =
          catchThrowableOfType(ResponseRejectedException.class, call::execute);
      assertThat(e).as("a redirect is refused").isNotNull();
      assertThat(e.getMessage()).contains(location).contains("redirect").doesNotContain("\n");
      assertNoSecret(e);
    }
    assertThat(elsewhere.connections()).as("nothing reached the redirect's target").isZero();
    assertThat(s.requests()).as("a refused redirect is not retried").hasSize(2);
  }

  // ------------------------------------------------------------------ secrets (9.2)

  @ParameterizedTest
  @ValueSource(ints = {400, 500})
  void serverEchoingTheRequest_showsNoSecret(int status) throws Exception {
    RawServer s = server(r -> fixture().echo(r, status));
    Manager m = manager(builder(s.url()).retry(RetryOptions.none()));

    DsmException e = catchThrowableOfType(DsmException.class, () -> m.policies().get(7));

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).as("the echo is quoted, redacted").contains("****");
    assertNoSecret(e);
  }

  @Test
  void signInAnsweredWithAnEchoOfThePassword_showsNoSecret() throws Exception {
    RawServer s = closing(RawServer.http(r -> fixture().echo(r, 500)));
    Manager m = manager(builder(s.url()).retry(RetryOptions.none()));

    DsmException e = catchThrowableOfType(DsmException.class, () -> m.policies().get(7));

    assertThat(e).isNotNull();
    assertNoSecret(e);
  }

  // ------------------------------------------------------------------ resends (9.5)

  static Stream<Arguments> hangups() {
    return Stream.of(Arguments.of(new RawServer.Close()), Arguments.of(new RawServer.Reset()));
  }

  @ParameterizedTest
  @MethodSource("hangups")
  void write_whenTheConnectionDropsBeforeTheAnswer_arrivesExactlyOnce(Action hangup)
      throws Exception {
    RawServer s = server(r -> hangup);
    Manager m = manager(builder(s.url()));

    ConnectionException e =
        catchThrowableOfType(
            ConnectionException.class, () -> m.policies().create(PolicyDraft.builder("x").build()));

    assertThat(e).isNotNull();
    assertThat(calls(s)).as("the write reached the server once").isEqualTo(1);
  }

  @ParameterizedTest
  @MethodSource("hangups")
  void read_whenTheConnectionDrops_isRetriedByTheCoreOnly(Action hangup) throws Exception {
    RawServer s = server(r -> hangup);
    Manager m = manager(builder(s.url()));

    assertThat(catchThrowableOfType(ConnectionException.class, () -> m.policies().get(7)))
        .isNotNull();

    assertThat(calls(s)).isEqualTo(ATTEMPTS);
  }

  @Test
  void write_onAPooledConnectionTheServerDrops_isNotResent() throws Exception {
    AtomicInteger n = new AtomicInteger();
    // The first call is answered on a kept-alive connection; the write on it gets no answer.
    RawServer s =
        server(r -> n.getAndIncrement() == 0 ? fixture().notFound() : new RawServer.Close());
    Manager m = manager(builder(s.url()));
    assertThat(catchThrowableOfType(NotFoundException.class, () -> m.policies().get(7)))
        .isNotNull();

    assertThat(
            catchThrowableOfType(
                ConnectionException.class,
                () -> m.policies().create(PolicyDraft.builder("x").build())))
        .isNotNull();

    assertThat(calls(s)).as("one read, one write, nothing resent").isEqualTo(2);
  }

  // ------------------------------------------------------------------ deadlines (9.6)

  enum Op {
    READ,
    LISTING_PAGE,
    WRITE
  }

  static Stream<Arguments> slowServers() {
    return Stream.of(Op.values())
        .flatMap(
            op ->
                Stream.of(
                    Arguments.of(op, new RawServer.Dribble(200)),
                    Arguments.of(op, new RawServer.Stall())));
  }

  @ParameterizedTest
  @MethodSource("slowServers")
  void slowServer_isCutOffAtTheCallsDeadline(Op op, Action slow) throws Exception {
    RawServer s = server(r -> slow);
    Manager m = manager(builder(s.url()).callTimeout(DEADLINE).bulkCallTimeout(DEADLINE));
    long start = System.nanoTime();

    DsmTimeoutException e =
        catchThrowableOfType(
            DsmTimeoutException.class,
            () -> {
              switch (op) {
                case READ -> m.policies().get(7);
                case LISTING_PAGE -> m.policies().list().iterator().hasNext();
                case WRITE -> m.policies().create(PolicyDraft.builder("x").build());
              }
            });

    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(e).as("a timeout").isNotNull();
    assertThat(took).isBetween(DEADLINE.minusMillis(50), DEADLINE.plus(SLACK));
  }

  // ------------------------------------------------------------------ TLS (9.7)

  @Test
  void https_toAPlainHttpPort_failsFastAndSaysToTryHttp() throws Exception {
    RawServer s = server(r -> new RawServer.Stall());
    Manager m =
        manager(
            builder("https://127.0.0.1:" + s.port())
                .connectTimeout(Duration.ofSeconds(1))
                .retry(RetryOptions.none()));
    long start = System.nanoTime();

    ConnectionException e =
        catchThrowableOfType(ConnectionException.class, () -> m.policies().get(7));

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("is this port HTTPS? try http://127.0.0.1:" + s.port());
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isLessThan(Duration.ofSeconds(1).plus(SLACK));
  }

  @Test
  void http_toATlsPort_saysToTryHttps() throws Exception {
    RawServer s = tlsServer(r -> fixture().notFound());
    Manager m = manager(builder("http://127.0.0.1:" + s.port()).retry(RetryOptions.none()));

    ConnectionException e =
        catchThrowableOfType(ConnectionException.class, () -> m.policies().get(7));

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("try https://127.0.0.1:" + s.port());
  }

  @Test
  void untrustedCertificate_isATlsVerificationError_neverRetried() throws Exception {
    RawServer s = tlsServer(r -> fixture().notFound());
    Manager m = manager(builder("https://127.0.0.1:" + s.port()));

    TlsVerificationException e =
        catchThrowableOfType(TlsVerificationException.class, () -> m.policies().get(7));

    assertThat(e).isNotNull();
    assertThat(e.getMessage())
        .contains("--trust-cert FILE")
        .contains("TlsOptions")
        .contains("dsm4j trust-cert --url URL --out dsm.pem")
        .doesNotContain("\n");
    assertThat(s.connections()).as("not retried").isEqualTo(1);
  }

  @Test
  void pinnedCertificate_mustMatch() throws Exception {
    RawServer s = tlsServer(r -> fixture().notFound());
    String url = "https://127.0.0.1:" + s.port();
    String wrong = "ab".repeat(32);
    TlsOptions.Builder trusted = TlsOptions.builder().trustedCertificatePem(cert.pem());

    Manager right = manager(builder(url).tls(trusted.pinnedSha256(cert.sha256()).build()));
    assertThat(catchThrowableOfType(NotFoundException.class, () -> right.policies().get(7)))
        .isNotNull();

    Manager pinnedOnly =
        manager(
            builder(url)
                .tls(TlsOptions.builder().insecureTrustAll().pinnedSha256(cert.sha256()).build()));
    assertThat(catchThrowableOfType(NotFoundException.class, () -> pinnedOnly.policies().get(7)))
        .isNotNull();

    for (TlsOptions tls :
        List.of(
            TlsOptions.builder().trustedCertificatePem(cert.pem()).pinnedSha256(wrong).build(),
            TlsOptions.builder().insecureTrustAll().pinnedSha256(wrong).build())) {
      Manager m = manager(builder(url).tls(tls));
      TlsVerificationException e =
          catchThrowableOfType(TlsVerificationException.class, () -> m.policies().get(7));
      assertThat(e).as("pin mismatch with %s", tls).isNotNull();
      assertThat(e.getMessage()).contains("pinned").contains("--trust-cert");
    }
  }

  // ------------------------------------------------------------------ size limits (9.19)

  @Test
  void endlessAnswer_isRefusedAtTheSizeLimit() throws Exception {
    RawServer s = server(r -> new RawServer.Endless(fixture().contentType()));
    Manager m = manager(builder(s.url()).maxResponseBytes(1 << 20, 2 << 20));

    ResponseRejectedException e =
        catchThrowableOfType(ResponseRejectedException.class, () -> m.policies().get(7));

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("limit of " + (1 << 20) + " bytes");
    assertThat(calls(s)).as("not retried").isEqualTo(1);
  }

  // ------------------------------------------------------------------ proxies (14.5)

  @Test
  void twoManagers_oneThroughAProxy_eachReachesOnlyItsOwnServer() throws Exception {
    RawServer viaProxy = server(r -> fixture().notFound());
    RawServer direct = tlsServer(r -> fixture().notFound());
    RawServer proxy = closing(RawServer.forwardingProxy());
    Manager a = manager(builder(viaProxy.url()).proxy(new ProxyOptions("127.0.0.1", proxy.port())));
    Manager b =
        manager(
            builder("https://127.0.0.1:" + direct.port())
                .tls(TlsOptions.builder().trustedCertificatePem(cert.pem()).build()));

    for (int i = 0; i < 2; i++) {
      assertThat(catchThrowableOfType(NotFoundException.class, () -> a.policies().get(7)))
          .isNotNull();
      assertThat(catchThrowableOfType(NotFoundException.class, () -> b.policies().get(7)))
          .isNotNull();
    }

    assertThat(proxy.requests()).isNotEmpty();
    assertThat(proxy.requests())
        .as("the proxy saw only its manager's requests")
        .allSatisfy(r -> assertThat(r.target()).startsWith(viaProxy.url() + "/"));
    assertThat(viaProxy.requests()).hasSameSizeAs(proxy.requests());
    assertThat(calls(direct)).isEqualTo(2);
  }

  // ------------------------------------------------------------------ the escape hatch (14.4)

  /** A secret the caller puts in a raw request's body. */
  private static final String BODY_SECRET = "Hatch-Secret-7f3a9c";

  /** A raw request of this backend: a read, or a write whose body carries {@link #BODY_SECRET}. */
  private Object raw(Manager m, boolean read) {
    if (fixture().backend() == io.dsm4j.Backend.REST) {
      io.dsm4j.RestAccess api = m.unwrap(io.dsm4j.RestAccess.class);
      return api.send(
          read
              ? io.dsm4j.RestAccess.Request.get("/policies/7").build()
              : io.dsm4j.RestAccess.Request.post(
                      "/administrators",
                      "{\"username\":\"a\",\"password\":\"" + BODY_SECRET + "\",\"roleID\":1}")
                  .build());
    }
    io.dsm4j.SoapAccess ws = m.unwrap(io.dsm4j.SoapAccess.class);
    return read
        ? ws.call("securityProfileRetrieve", "<id>7</id>")
        : ws.call(
            "userSave",
            "<ipl><username>a</username><password>" + BODY_SECRET + "</password></ipl>");
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void escapeHatch_aServerEchoingTheRequest_showsNoSecret(boolean read) throws Exception {
    RawServer s = server(r -> fixture().echo(r, 400));
    Manager m = manager(builder(s.url()).retry(RetryOptions.none()));

    DsmException e = catchThrowableOfType(DsmException.class, () -> raw(m, read));

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("****");
    assertNoSecret(e);
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    assertThat(trace.toString()).doesNotContain(BODY_SECRET);
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void escapeHatch_aSlowServer_isCutOffAtTheCallsDeadline(boolean read) throws Exception {
    RawServer s = server(r -> new RawServer.Stall());
    Manager m = manager(builder(s.url()).callTimeout(DEADLINE).bulkCallTimeout(DEADLINE));
    long start = System.nanoTime();

    DsmTimeoutException e = catchThrowableOfType(DsmTimeoutException.class, () -> raw(m, read));

    assertThat(e).as("a timeout").isNotNull();
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isBetween(DEADLINE.minusMillis(50), DEADLINE.plus(SLACK));
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void escapeHatch_429_isRetriedWhateverTheRequestDoes(boolean read) throws Exception {
    RawServer s = server(r -> RawServer.Reply.of(429, "text/plain", "Too many API requests"));
    Manager m = manager(builder(s.url()));

    assertThat(
            catchThrowableOfType(io.dsm4j.exception.ThrottledException.class, () -> raw(m, read)))
        .isNotNull();

    assertThat(calls(s)).isEqualTo(ATTEMPTS);
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void escapeHatch_aDroppedConnection_isRetriedForReadsOnly(boolean read) throws Exception {
    RawServer s = server(r -> new RawServer.Close());
    Manager m = manager(builder(s.url()));

    assertThat(catchThrowableOfType(ConnectionException.class, () -> raw(m, read))).isNotNull();

    assertThat(calls(s)).as("a write reaches the server once").isEqualTo(read ? ATTEMPTS : 1);
  }

  @Test
  void escapeHatch_theRateLimit_holdsRawRequestsToo() throws Exception {
    RawServer s = server(r -> fixture().notFound());
    // One request a minute: the first request of the test goes, no other can within the deadline.
    Manager m = manager(builder(s.url()).requestsPerMinute(1).callTimeout(DEADLINE));
    int refused = 0;
    for (int i = 0; i < 2; i++) {
      try {
        raw(m, true);
      } catch (DsmTimeoutException e) {
        assertThat(e.getMessage()).contains("rate limit");
        refused++;
      } catch (NotFoundException e) {
        // the one request the limit let through
      }
    }

    assertThat(refused).isGreaterThanOrEqualTo(1);
    assertThat(s.requests()).as("requests that reached the server (sign-in included)").hasSize(1);
  }

  // ------------------------------------------------------------------ two managers (14.5)

  @Test
  void twoManagers_withDifferentTlsAndProxies_sideBySide_eachWorksAndNeitherAffectsTheOther()
      throws Exception {
    SelfSigned other = SelfSigned.create();
    RawServer first = tlsServer(r -> fixture().notFound());
    RawServer second =
        closing(RawServer.tls(other.serverSocketFactory(), withSession(r -> fixture().notFound())));
    RawServer proxy = closing(RawServer.forwardingProxy());
    RawServer plain = server(r -> fixture().notFound());
    java.net.ProxySelector selector = java.net.ProxySelector.getDefault();
    javax.net.ssl.SSLContext context = javax.net.ssl.SSLContext.getDefault();
    javax.net.ssl.SSLSocketFactory https =
        javax.net.ssl.HttpsURLConnection.getDefaultSSLSocketFactory();
    javax.net.ssl.HostnameVerifier verifier =
        javax.net.ssl.HttpsURLConnection.getDefaultHostnameVerifier();
    java.util.Properties properties = (java.util.Properties) System.getProperties().clone();

    // Each trusts only its own server's certificate; a third goes through a proxy.
    Manager a =
        manager(
            builder("https://127.0.0.1:" + first.port())
                .tls(TlsOptions.builder().trustedCertificatePem(cert.pem()).build()));
    Manager b =
        manager(
            builder("https://127.0.0.1:" + second.port())
                .tls(TlsOptions.builder().trustedCertificatePem(other.pem()).build()));
    Manager c = manager(builder(plain.url()).proxy(new ProxyOptions("127.0.0.1", proxy.port())));
    Manager crossed =
        manager(
            builder("https://127.0.0.1:" + second.port())
                .tls(TlsOptions.builder().trustedCertificatePem(cert.pem()).build()));

    for (int i = 0; i < 2; i++) {
      for (Manager m : List.of(a, b, c)) {
        assertThat(catchThrowableOfType(NotFoundException.class, () -> m.policies().get(7)))
            .isNotNull();
      }
    }
    assertThat(
            catchThrowableOfType(TlsVerificationException.class, () -> crossed.policies().get(7)))
        .as("a manager's trust is its own: the other's certificate is not trusted")
        .isNotNull();

    assertThat(calls(first)).isEqualTo(2);
    assertThat(calls(second)).isEqualTo(2);
    assertThat(proxy.requests()).allSatisfy(r -> assertThat(r.target()).startsWith(plain.url()));
    assertThat(java.net.ProxySelector.getDefault()).isSameAs(selector);
    assertThat(javax.net.ssl.SSLContext.getDefault()).isSameAs(context);
    assertThat(javax.net.ssl.HttpsURLConnection.getDefaultSSLSocketFactory()).isSameAs(https);
    assertThat(javax.net.ssl.HttpsURLConnection.getDefaultHostnameVerifier()).isSameAs(verifier);
    java.util.Properties now = System.getProperties();
    for (String k : now.stringPropertyNames()) {
      if (!k.equals("sun.net.httpserver.nodelay")) { // the test kit's own server, not dsm4j
        assertThat(now.getProperty(k))
            .as("system property %s", k)
            .isEqualTo(properties.getProperty(k));
      }
    }
    assertThat(now.stringPropertyNames()).isEqualTo(properties.stringPropertyNames());
  }
}
