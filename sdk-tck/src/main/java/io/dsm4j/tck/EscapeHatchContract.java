package io.dsm4j.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dsm4j.Capability;
import io.dsm4j.RestAccess;
import io.dsm4j.SoapAccess;
import io.dsm4j.exception.InvalidRequestException;
import io.dsm4j.exception.NotFoundException;
import io.dsm4j.exception.ServerException;
import io.dsm4j.model.Policy;
import org.junit.jupiter.api.Test;

/**
 * The escape hatch: any {@code /api} request and any Web Service API operation through the
 * manager's own connection. Part of {@link ManagerContractTest}; the transport rules (masking,
 * deadlines, retries, rate limit) are in {@link HostileWireContractTest}.
 */
public interface EscapeHatchContract extends ContractFixture {

  @Test
  default void restAccess_readsAndWritesAnyPath() {
    if (!supports(Capability.REST_ACCESS)) {
      assertUnsupported(() -> manager().unwrap(RestAccess.class));
      return;
    }
    Policy p = state().addPolicy(ContractFixture.unique("hatch"), null);
    RestAccess api = manager().unwrap(RestAccess.class);

    RestAccess.Response got = api.send(RestAccess.Request.get("/policies/" + p.id()).build());
    assertThat(got.status()).isEqualTo(200);
    assertThat(got.body()).contains("\"name\":\"" + p.name() + "\"");

    RestAccess.Response found =
        api.send(
            RestAccess.Request.post(
                    "policies/search",
                    "{\"searchCriteria\":[{\"fieldName\":\"name\",\"stringValue\":\""
                        + p.name()
                        + "\"}]}")
                .build());
    assertThat(found.body()).contains("\"ID\":" + p.id());

    api.send(
        RestAccess.Request.builder("POST", "/policies/" + p.id())
            .body("{\"description\":\"set through the hatch\"}")
            .build());
    assertThat(state().policy(p.id()).orElseThrow().description())
        .isEqualTo("set through the hatch");

    api.send(RestAccess.Request.builder("DELETE", "/policies/" + p.id()).build());
    assertThat(state().policy(p.id())).isEmpty();
  }

  @Test
  default void restAccess_answersOtherThan2xx_areTheTypedExceptions() {
    if (!supports(Capability.REST_ACCESS)) {
      return;
    }
    RestAccess api = manager().unwrap(RestAccess.class);

    assertThatThrownBy(() -> api.send(RestAccess.Request.get("/policies/987654").build()))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("restAccess (GET /api/policies/987654)");
    assertThatThrownBy(() -> api.send(RestAccess.Request.post("/policies", "{\"nope\":1}").build()))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  default void restAccess_refusesWhatIsNotAnApiRequest_beforeSending() {
    int before = state().requestCount();
    for (String path :
        new String[] {
          "https://elsewhere.example/api/policies", "//elsewhere.example/x", "/api/policies",
          "/policies/../../webservice/Manager", "/policies?id=1", "/poli cies"
        }) {
      assertThatThrownBy(() -> RestAccess.Request.get(path))
          .as(path)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> RestAccess.Request.builder("PATCH", "/policies"))
        .isInstanceOf(IllegalArgumentException.class);
    if (supports(Capability.REST_ACCESS)) {
      RestAccess api = manager().unwrap(RestAccess.class);
      assertThatThrownBy(() -> api.send(RestAccess.Request.post("/policies", "{not json").build()))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> manager().unwrap(String.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RestAccess");
    assertThat(state().requestCount()).isEqualTo(before);
  }

  @Test
  default void soapAccess_callsAnyOperation_withTheSession() {
    if (!supports(Capability.SOAP_ACCESS)) {
      assertUnsupported(() -> manager().unwrap(SoapAccess.class));
      return;
    }
    Policy p = state().addPolicy(ContractFixture.unique("soap-hatch"), null);
    SoapAccess ws = manager().unwrap(SoapAccess.class);

    String answer = ws.call("securityProfileRetrieve", "<id>" + p.id() + "</id>");

    assertThat(answer)
        .startsWith("<securityProfileRetrieveResponse")
        .contains("urn:Manager")
        .contains(p.name());
    assertThat(ws.call("getApiVersion", "")).contains("getApiVersionReturn");
    String byName = ws.call("securityProfileRetrieveByName", "<name>" + p.name() + "</name>");
    assertThat(byName).contains("<ID>" + p.id() + "</ID>");
  }

  @Test
  default void soapAccess_faultsAreTheTypedExceptions_andBadPayloadsAreRefusedBeforeSending() {
    if (!supports(Capability.SOAP_ACCESS)) {
      return;
    }
    SoapAccess ws = manager().unwrap(SoapAccess.class);

    assertThatThrownBy(() -> ws.call("noSuchOperation", ""))
        .isInstanceOf(ServerException.class)
        .hasMessageContaining("soapAccess.noSuchOperation");
    int before = state().requestCount();
    assertThatThrownBy(() -> ws.call("hostRetrieve", "<id>1</id><sID>mine</sID>"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sID");
    assertThatThrownBy(() -> ws.call("hostRetrieve", "<id>1</id"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                ws.call(
                    "hostRetrieve",
                    "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><id>&e;</id>"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ws.call("endSession", ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ws.call("bad name", "")).isInstanceOf(IllegalArgumentException.class);
    assertThat(state().requestCount()).isEqualTo(before);
  }
}
