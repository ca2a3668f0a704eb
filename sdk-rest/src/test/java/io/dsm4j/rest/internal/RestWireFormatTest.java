package io.dsm4j.rest.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.dsm4j.Backend;
import io.dsm4j.Manager;
import io.dsm4j.exception.DsmException;
import io.dsm4j.model.ModuleState;
import io.dsm4j.model.Policy;
import io.dsm4j.model.PolicyUpdate;
import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleQuery;
import io.dsm4j.model.SecurityModule;
import io.dsm4j.model.Severity;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the REST backend puts on the wire, and what odd but legal answers it accepts. */
class RestWireFormatTest {
  private static final String KEY = "2:test-key";
  private final WireMockServer wm =
      new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
  private Manager manager;

  @BeforeEach
  void start() {
    wm.start();
    manager = manager(false);
  }

  private Manager manager(boolean cloudOne) {
    Manager.Builder b = Manager.builder().url("http://127.0.0.1:" + wm.port()).requestsPerMinute(0);
    return (cloudOne ? b.cloudOneApiKey(KEY) : b.apiKey(KEY))
        .backend(Backend.REST)
        .pageSize(2)
        .build();
  }

  @AfterEach
  void stop() {
    manager.close();
    wm.stop();
  }

  private static String policies(String... items) {
    return "{\"policies\":[" + String.join(",", items) + "]}";
  }

  private static String policy(int id, String name) {
    return "{\"ID\":" + id + ",\"name\":\"" + name + "\",\"parentID\":0}";
  }

  private void stubSearchPage(long afterId, String body) {
    wm.stubFor(
        post(urlEqualTo("/api/policies/search"))
            .withRequestBody(matchingJsonPath("$.searchCriteria[?(@.idValue == " + afterId + ")]"))
            .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
  }

  @Test
  void everyRequest_carriesTheKeyAndApiVersion() {
    wm.stubFor(get(urlEqualTo("/api/policies/3")).willReturn(json(policy(3, "a"))));

    manager.policies().get(3);

    wm.verify(
        getRequestedFor(urlEqualTo("/api/policies/3"))
            .withHeader("api-secret-key", equalTo(KEY))
            .withHeader("api-version", equalTo("v1"))
            .withHeader("Authorization", absent()));
  }

  @Test
  void cloudOneKey_goesInTheAuthorizationHeader() {
    Manager c1 = manager(true);
    wm.stubFor(get(urlEqualTo("/api/policies/3")).willReturn(json(policy(3, "a"))));

    c1.policies().get(3);
    c1.close();

    wm.verify(
        getRequestedFor(urlEqualTo("/api/policies/3"))
            .withHeader("Authorization", equalTo("ApiKey " + KEY))
            .withHeader("api-secret-key", absent()));
  }

  @Test
  void paging_continuesAfterAShortPage_andStopsOnlyOnAnEmptyOne() {
    stubSearchPage(0, policies(policy(1, "a"), policy(2, "b")));
    stubSearchPage(2, policies(policy(5, "c"))); // short page: not the end
    stubSearchPage(5, policies(policy(9, "d"), policy(12, "e")));
    stubSearchPage(12, policies());

    List<Integer> ids = manager.policies().list().stream().map(Policy::id).toList();

    assertThat(ids).containsExactly(1, 2, 5, 9, 12);
    wm.verify(
        4,
        postRequestedFor(urlEqualTo("/api/policies/search"))
            .withRequestBody(matchingJsonPath("$.maxItems", equalTo("2")))
            .withRequestBody(matchingJsonPath("$.sortByObjectID", equalTo("true")))
            .withRequestBody(
                matchingJsonPath("$.searchCriteria[0].idTest", equalTo("greater-than"))));
  }

  @Test
  void paging_whenACursorDoesNotAdvance_failsInsteadOfLooping() {
    stubSearchPage(0, policies(policy(1, "a"), policy(2, "b")));
    stubSearchPage(2, policies(policy(2, "b")));

    assertThatThrownBy(() -> manager.policies().list().stream().toList())
        .isInstanceOf(DsmException.class)
        .hasMessageContaining("cursor");
  }

  @Test
  void findByName_disablesWildcards_andKeepsOnlyTheExactName() {
    wm.stubFor(
        post(urlEqualTo("/api/policies/search"))
            .willReturn(json(policies(policy(4, "web_01x"), policy(5, "web_01")))));

    assertThat(manager.policies().findByName("web_01")).map(Policy::id).contains(5);

    wm.verify(
        postRequestedFor(urlEqualTo("/api/policies/search"))
            .withRequestBody(
                equalToJson(
                    "{\"maxItems\":10,\"sortByObjectID\":true,\"searchCriteria\":[{\"fieldName\":\"name\","
                        + "\"stringTest\":\"equal\",\"stringValue\":\"web_01\",\"stringWildcards\":false}]}")));
  }

  @Test
  void modify_sendsOnlyTheChangedFields() {
    wm.stubFor(post(urlEqualTo("/api/policies/3")).willReturn(json(policy(3, "a"))));

    manager
        .policies()
        .update(
            3,
            PolicyUpdate.builder()
                .description("d")
                .moduleState(SecurityModule.INTRUSION_PREVENTION, ModuleState.DETECT)
                .build());

    wm.verify(
        postRequestedFor(urlEqualTo("/api/policies/3"))
            .withRequestBody(
                equalToJson(
                    "{\"description\":\"d\",\"intrusionPrevention\":{\"state\":\"detect\"}}",
                    false,
                    false)));
  }

  @Test
  void modify_restOnlyModuleStates_sendsOnlyThoseModules() {
    wm.stubFor(
        post(urlEqualTo("/api/policies/3"))
            .willReturn(
                json(
                    "{\"ID\":3,\"name\":\"a\",\"webReputation\":{\"state\":\"on\"},"
                        + "\"applicationControl\":{\"state\":\"off\"},"
                        + "\"activityMonitoring\":{\"state\":\"inherited\"}}")));

    Policy p =
        manager
            .policies()
            .update(
                3,
                PolicyUpdate.builder()
                    .moduleState(SecurityModule.WEB_REPUTATION, ModuleState.ON)
                    .moduleState(SecurityModule.APPLICATION_CONTROL, ModuleState.OFF)
                    .moduleState(SecurityModule.ACTIVITY_MONITORING, ModuleState.INHERITED)
                    .build());

    wm.verify(
        postRequestedFor(urlEqualTo("/api/policies/3"))
            .withRequestBody(
                equalToJson(
                    "{\"webReputation\":{\"state\":\"on\"},"
                        + "\"applicationControl\":{\"state\":\"off\"},"
                        + "\"activityMonitoring\":{\"state\":\"inherited\"}}",
                    false,
                    false)));
    assertThat(p.moduleStates())
        .containsEntry(SecurityModule.WEB_REPUTATION, ModuleState.ON)
        .containsEntry(SecurityModule.APPLICATION_CONTROL, ModuleState.OFF)
        .containsEntry(SecurityModule.ACTIVITY_MONITORING, ModuleState.INHERITED);
  }

  @Test
  void ruleQuery_runsOnTheServer() {
    wm.stubFor(
        post(urlEqualTo("/api/intrusionpreventionrules/search"))
            .willReturn(json("{\"intrusionPreventionRules\":[]}")));
    Instant since = Instant.ofEpochMilli(1_700_000_000_000L);

    manager
        .rules()
        .intrusionPrevention()
        .list(
            RuleQuery.builder()
                .cve("CVE-2021-44228")
                .severity(Severity.HIGH)
                .updatedSince(since)
                .identifier("1008610")
                .build())
        .stream()
        .toList();

    wm.verify(
        postRequestedFor(urlEqualTo("/api/intrusionpreventionrules/search"))
            .withRequestBody(
                equalToJson(
                    "{\"maxItems\":2,\"sortByObjectID\":true,\"searchCriteria\":["
                        + "{\"fieldName\":\"identifier\",\"stringTest\":\"equal\",\"stringValue\":\"1008610\",\"stringWildcards\":false},"
                        + "{\"fieldName\":\"CVE\",\"stringTest\":\"equal\",\"stringValue\":\"%CVE-2021-44228%\",\"stringWildcards\":true},"
                        + "{\"fieldName\":\"severity\",\"choiceTest\":\"equal\",\"choiceValue\":\"high\"},"
                        + "{\"fieldName\":\"lastUpdated\",\"firstDateValue\":1700000000000,\"firstDateInclusive\":true},"
                        + "{\"idTest\":\"greater-than\",\"idValue\":0}]}")));
  }

  @Test
  void responses_withUnknownFieldsEnumsSingleValuesAndNulls_mapWithoutError() {
    wm.stubFor(
        get(urlEqualTo("/api/intrusionpreventionrules/8"))
            .willReturn(
                json(
                    "{\"ID\":8.0,\"name\":\"r\",\"severity\":\"catastrophic\",\"CVE\":\"CVE-2020-1\","
                        + "\"CVSSScore\":\"n/a\",\"detectOnly\":null,\"lastUpdated\":1.7E12,"
                        + "\"newField\":{\"x\":[1,2]},\"applicationTypeID\":0}")));

    Rule r = manager.rules().intrusionPrevention().get(8);

    assertThat(r.id()).isEqualTo(8);
    assertThat(r.severity()).isEqualTo(Severity.UNKNOWN);
    assertThat(r.cves()).containsExactly("CVE-2020-1");
    assertThat(r.cvssScore()).isNull();
    assertThat(r.detectOnly()).isFalse();
    assertThat(r.applicationTypeId()).as("0 means none").isNull();
    assertThat(r.lastUpdated()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L));
  }

  @Test
  void info_readsTheVersionHeader() {
    wm.stubFor(
        get(urlPathEqualTo("/api/apikeys/current"))
            .willReturn(
                json("{\"ID\":1,\"keyName\":\"k\"}")
                    .withHeader("X-DSM-Version", "Deep Security/20.0.877")));

    assertThat(manager.info().managerVersion()).isEqualTo("20.0.877");
    assertThat(manager.info().apiVersion()).isEqualTo("v1");
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(
      String body) {
    return aResponse().withHeader("Content-Type", "application/json").withBody(body);
  }

  @Test
  void ruleOverride_sendsOnlyTheChangedFields() {
    wm.stubFor(
        post(urlPathEqualTo("/api/computers/7/firewall/rules/42"))
            .willReturn(json("{\"ID\":42,\"name\":\"r\",\"action\":\"deny\"}")));

    manager
        .computers()
        .ruleOverrides(io.dsm4j.model.RuleKind.FIREWALL)
        .override(7, 42, io.dsm4j.model.RuleUpdate.builder().field("action", "deny").build());

    wm.verify(
        postRequestedFor(urlPathEqualTo("/api/computers/7/firewall/rules/42"))
            .withQueryParam("overrides", equalTo("false"))
            .withRequestBody(equalToJson("{\"action\":\"deny\"}", false, false)));
  }

  @Test
  void settingSet_sendsOnlyTheValue() {
    wm.stubFor(
        post(urlPathEqualTo("/api/policies/3/settings/firewallSettingReconnaissanceEnabled"))
            .willReturn(json("{\"value\":\"false\"}")));

    manager.policies().settings(3).set("firewallSettingReconnaissanceEnabled", "false");

    wm.verify(
        postRequestedFor(
                urlPathEqualTo("/api/policies/3/settings/firewallSettingReconnaissanceEnabled"))
            .withRequestBody(equalToJson("{\"value\":\"false\"}", false, false)));
  }

  @Test
  void ruleModify_sendsOnlyTheChangedFields_andIntegrityXmlInBase64() {
    // A rule XML change reads the rule first (Trend Micro rules are refused before sending).
    wm.stubFor(
        get(urlPathEqualTo("/api/integritymonitoringrules/9"))
            .willReturn(json("{\"ID\":9,\"name\":\"r\"}")));
    wm.stubFor(
        post(urlPathEqualTo("/api/integritymonitoringrules/9"))
            .willReturn(json("{\"ID\":9,\"name\":\"r\",\"description\":\"new\"}")));

    manager
        .rules()
        .integrityMonitoring()
        .update(
            9,
            io.dsm4j.model.RuleUpdate.builder()
                .description("new")
                .ruleXml("<FileSet base=\"/etc\"/>")
                .build());

    wm.verify(
        postRequestedFor(urlPathEqualTo("/api/integritymonitoringrules/9"))
            .withRequestBody(
                equalToJson(
                    "{\"description\":\"new\",\"customXML\":\""
                        + java.util.Base64.getEncoder()
                            .encodeToString(
                                "<FileSet base=\"/etc\"/>"
                                    .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        + "\"}",
                    false,
                    false)));
  }

  @Test
  void ruleCreate_sendsTheDraftsFieldsByTheirRestNames() {
    wm.stubFor(
        post(urlPathEqualTo("/api/firewallrules"))
            .willReturn(json("{\"ID\":77,\"name\":\"Deny telnet\"}")));

    Rule r =
        manager
            .rules()
            .firewall()
            .create(
                io.dsm4j.model.RuleDraft.firewall("Deny telnet")
                    .action("deny")
                    .destinationPorts(List.of("23"))
                    .build());

    assertThat(r.id()).isEqualTo(77);
    wm.verify(
        postRequestedFor(urlPathEqualTo("/api/firewallrules"))
            .withRequestBody(
                equalToJson(
                    "{\"name\":\"Deny telnet\",\"action\":\"deny\","
                        + "\"destinationPortMultiple\":[\"23\"],"
                        + "\"destinationPortType\":\"multiple\"}",
                    false,
                    false)));
  }
}
