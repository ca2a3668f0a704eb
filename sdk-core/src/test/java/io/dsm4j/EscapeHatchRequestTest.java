package io.dsm4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the escape hatch accepts, and what it counts as a read, before anything is sent. */
class EscapeHatchRequestTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://elsewhere.example/api/policies",
        "http://127.0.0.1:4119/api/policies",
        "//elsewhere.example/policies",
        "file:/etc/passwd",
        "/api/policies",
        "api",
        "/policies/../../webservice/Manager",
        "/policies/./1",
        "/policies?id=1",
        "/policies#x",
        "/poli cies",
        "/policies\\1",
        "/",
        ""
      })
  void pathsOutsideTheApi_areRefused(String path) {
    assertThatThrownBy(() -> RestAccess.Request.get(path))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRelativePath_isBelowApi_andReadsAreGetAndSearch() {
    RestAccess.Request r =
        RestAccess.Request.get("policies/1").query("expand", "a").query("expand", "b").build();

    assertThat(r.path()).isEqualTo("/policies/1");
    assertThat(r.query()).containsEntry("expand", List.of("a", "b"));
    assertThat(r.isRead()).isTrue();
    assertThat(RestAccess.Request.post("/policies/search", "{}").build().isRead()).isTrue();
    assertThat(RestAccess.Request.post("/policies", "{}").build().isRead()).isFalse();
    assertThat(RestAccess.Request.builder("delete", "/policies/1").build().isRead()).isFalse();
    assertThat(RestAccess.Request.builder("PUT", "/x/search").build().isRead()).isFalse();
    assertThat(RestAccess.Request.get("/x").build().bulk()).isFalse();
    assertThat(RestAccess.Request.get("/x").bulk().build().bulk()).isTrue();
    assertThatThrownBy(() -> RestAccess.Request.builder("PATCH", "/x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RestAccess.Request.get("/x").body("{}").build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void soapOperationsThatRead_areTheRetrieveAndGetOnes() {
    for (String read :
        List.of(
            "hostRetrieve",
            "DPIRuleRetrieveAll",
            "hostRetrieveByName",
            "DPIEventRetrieve2",
            "systemSettingGet",
            "hostGetStatus",
            "getApiVersion",
            "roleGetDefaultID")) {
      assertThat(SoapAccess.isRead(read)).as(read).isTrue();
    }
    for (String write :
        List.of(
            "securityProfileSave",
            "hostRecommendationScan",
            "hostGetEventsNow",
            "userDelete",
            "hostUpdateNow",
            "securityUpdateApply")) {
      assertThat(SoapAccess.isRead(write)).as(write).isFalse();
    }
  }
}
