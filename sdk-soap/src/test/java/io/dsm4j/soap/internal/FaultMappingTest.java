package io.dsm4j.soap.internal;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.dsm4j.soap.internal.Wire.fault;
import static io.dsm4j.soap.internal.Wire.faultResponse;
import static io.dsm4j.soap.internal.Wire.op;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.dsm4j.Backend;
import io.dsm4j.exception.AuthenticationException;
import io.dsm4j.exception.AuthorizationException;
import io.dsm4j.exception.ConflictException;
import io.dsm4j.exception.ConnectionException;
import io.dsm4j.exception.DsmException;
import io.dsm4j.exception.InvalidRequestException;
import io.dsm4j.exception.NotFoundException;
import io.dsm4j.exception.ServerException;
import io.dsm4j.model.PolicyDraft;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Manager…Exception, through both JAX-WS paths: securityProfileSave declares most faults (the
 * generated {@code …_Exception} classes), securityProfileDelete only a few (the others arrive as a
 * generic SOAPFaultException).
 */
class FaultMappingTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private SoapConnection conn;

  @BeforeEach
  void setUp() {
    Wire.signIn(wm);
    conn = new SoapConnection(Wire.config(wm.baseUrl(), new AtomicInteger()));
  }

  @AfterEach
  void tearDown() {
    conn.close();
  }

  static Stream<Arguments> table() {
    return Stream.of(
        Arguments.of("fault", "ManagerException", ServerException.class),
        Arguments.of("fault1", "ManagerLockoutException", AuthenticationException.class),
        Arguments.of("fault2", "ManagerAuthenticationException", AuthenticationException.class),
        Arguments.of("fault3", "ManagerMaxSessionsException", AuthenticationException.class),
        Arguments.of("fault4", "ManagerSecurityException", AuthorizationException.class),
        Arguments.of("fault5", "ManagerCommunicationException", ConnectionException.class),
        Arguments.of("fault6", "ManagerTimeoutException", AuthenticationException.class),
        Arguments.of("fault7", "ManagerValidationException", InvalidRequestException.class),
        Arguments.of("fault8", "ManagerAuthorizationException", AuthorizationException.class),
        Arguments.of("fault9", "ManagerIntegrityConstraintException", ConflictException.class));
  }

  private DsmException callSave() {
    try {
      conn.policies().orElseThrow().create(PolicyDraft.builder("Web").build());
    } catch (DsmException e) {
      return e;
    }
    throw new AssertionError("no exception");
  }

  private DsmException callDelete() {
    try {
      conn.policies().orElseThrow().delete(5);
    } catch (DsmException e) {
      return e;
    }
    throw new AssertionError("no exception");
  }

  private static Consumer<DsmException> mapped(
      Class<? extends DsmException> type, String name, String text, String op) {
    return e -> {
      assertThat(e).isExactlyInstanceOf(type);
      assertThat(e.fault()).isEqualTo(name);
      assertThat(e.detail()).isEqualTo(text);
      assertThat(e.httpStatus()).isEqualTo(500);
      assertThat(e.backend()).isEqualTo(Backend.SOAP);
      assertThat(e.operation()).isEqualTo(op);
      assertThat(e.getCause()).isNotNull();
    };
  }

  @ParameterizedTest(name = "{1} (declared or not)")
  @MethodSource("table")
  void byDetailElementWithSimpleName(
      String element, String name, Class<? extends DsmException> type) {
    String text = "the manager says " + name;
    wm.stubFor(op("securityProfileSave").willReturn(faultResponse(fault(element, name, text))));
    wm.stubFor(op("securityProfileDelete").willReturn(faultResponse(fault(element, name, text))));
    assertThat(callSave()).satisfies(mapped(type, name, text, "securityProfileSave"));
    assertThat(callDelete()).satisfies(mapped(type, name, text, "securityProfileDelete"));
  }

  @ParameterizedTest(name = "{1} fully qualified, no detail element")
  @MethodSource("table")
  void byQualifiedExceptionNameOnly(
      String element, String name, Class<? extends DsmException> type) {
    String text = "qualified " + name;
    String fq = "com.thirdbrigade.manager.core.webservice.exception." + name;
    wm.stubFor(op("securityProfileDelete").willReturn(faultResponse(fault(null, fq, text))));
    assertThat(callDelete()).satisfies(mapped(type, name, text, "securityProfileDelete"));
  }

  /**
   * Only on the generic SOAPFaultException path (getManagerTime declares no faults): when JAX-WS
   * maps a declared {@code fault} element to the generated class, Axis's extras are not visible.
   */
  @ParameterizedTest(name = "{1} as the base element, specific exceptionName")
  @MethodSource("table")
  void specificExceptionNameWinsOverTheBaseElement(
      String element, String name, Class<? extends DsmException> type) {
    wm.stubFor(op("getManagerTime").willReturn(faultResponse(fault("fault", name, "text"))));
    DsmException e = null;
    try {
      conn.serverInfo();
    } catch (DsmException thrown) {
      e = thrown;
    }
    assertThat(e).satisfies(mapped(type, name, "text", "getManagerTime"));
  }

  @Test
  void nameInsideTheFaultString() {
    String text = "com.trendmicro.ds.ManagerIntegrityConstraintException: name in use";
    wm.stubFor(op("securityProfileSave").willReturn(faultResponse(fault(null, null, text))));
    assertThat(callSave())
        .satisfies(
            mapped(
                ConflictException.class,
                "ManagerIntegrityConstraintException",
                text,
                "securityProfileSave"));
  }

  @Test
  void notFoundText() {
    String text = "Security Profile with ID 5 does not exist";
    wm.stubFor(
        op("securityProfileDelete")
            .willReturn(faultResponse(fault("fault", "ManagerException", text))));
    assertThat(callDelete())
        .satisfies(
            mapped(NotFoundException.class, "ManagerException", text, "securityProfileDelete"));
  }

  @Test
  void validationFaultSayingNotFound_isNotFound() {
    // The manager reports a reference to a missing object as a validation error.
    String text = "Security profile 77 does not exist";
    wm.stubFor(
        op("securityProfileDelete")
            .willReturn(faultResponse(fault("fault7", "ManagerValidationException", text))));
    assertThat(callDelete()).isExactlyInstanceOf(NotFoundException.class);
  }

  @Test
  void otherValidationFaults_areInvalidRequests() {
    wm.stubFor(
        op("securityProfileDelete")
            .willReturn(
                faultResponse(fault("fault7", "ManagerValidationException", "Name too long"))));
    assertThat(callDelete()).isExactlyInstanceOf(InvalidRequestException.class);
  }

  @Test
  void anonymousFaultIsAServerErrorNamedByItsCode() {
    wm.stubFor(op("securityProfileDelete").willReturn(faultResponse(fault(null, null, "boom"))));
    DsmException e = callDelete();
    assertThat(e).isExactlyInstanceOf(ServerException.class);
    assertThat(e.fault()).startsWith("SOAP fault").contains("Server.userException");
    assertThat(e.detail()).isEqualTo("boom");
  }

  @Test
  void emptyFaultStringGetsADescription() {
    wm.stubFor(
        op("securityProfileDelete")
            .willReturn(faultResponse(fault("fault8", "ManagerAuthorizationException", ""))));
    DsmException e = callDelete();
    assertThat(e).isExactlyInstanceOf(AuthorizationException.class);
    assertThat(e.detail()).isEqualTo("the manager raised ManagerAuthorizationException");
  }

  @Test
  void simpleNames() {
    assertThat(Faults.simpleName("a.b.ManagerTimeoutException"))
        .isEqualTo("ManagerTimeoutException");
    assertThat(Faults.simpleName("a.B$ManagerTimeoutException"))
        .isEqualTo("ManagerTimeoutException");
    assertThat(Faults.simpleName(" ManagerException ")).isEqualTo("ManagerException");
    assertThat(Faults.simpleName(null)).isNull();
  }
}
