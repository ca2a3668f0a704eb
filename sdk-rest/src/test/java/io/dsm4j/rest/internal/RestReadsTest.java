package io.dsm4j.rest.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.dsm4j.Backend;
import io.dsm4j.Manager;
import io.dsm4j.exception.ResponseRejectedException;
import io.dsm4j.model.Computer;
import io.dsm4j.model.ItemList;
import io.dsm4j.model.ListKind;
import io.dsm4j.model.Policy;
import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.RuleQuery;
import io.dsm4j.spi.BackendConfig;
import io.dsm4j.spi.ComputerOperations;
import io.dsm4j.spi.PageRequest;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The REST resource groups' reads, driven directly (no core in between) against WireMock. */
class RestReadsTest {
  private final WireMockServer wm =
      new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
  private RestConnection rest;
  private ComputerOperations computers;

  @BeforeEach
  void start() {
    wm.start();
    rest =
        new RestConnection(
            BackendConfig.of(
                Manager.builder()
                    .url("http://127.0.0.1:" + wm.port())
                    .apiKey("2:reads-test-key")
                    .backend(Backend.REST)
                    .pageSize(2)
                    .toSettings()));
    computers = rest.computers().orElseThrow();
  }

  @AfterEach
  void stop() {
    rest.close();
    wm.stop();
  }

  @Test
  void groups_areTheOnesApiServes() {
    assertThat(rest.policies()).isPresent();
    assertThat(rest.ruleOverrides()).isPresent();
    assertThat(rest.rules()).isPresent();
    assertThat(rest.computers()).isPresent();
    assertThat(rest.lists(ListKind.IP)).isPresent();
    assertThat(rest.computerGroups()).isPresent();
    assertThat(rest.securityUpdates()).isEmpty();
    assertThat(rest.events()).isEmpty();
  }

  @Test
  void everyRuleKind_hasACatalogRow() {
    assertThat(Arrays.stream(RuleKind.values()).map(k -> RuleCatalog.of(k).path()))
        .doesNotHaveDuplicates()
        .allMatch(p -> p.matches("[a-z]+"));
    assertThat(RuleCatalog.module(RuleKind.FIREWALL)).isEqualTo("firewall");
    assertThatThrownBy(() -> RuleCatalog.module(RuleKind.APPLICATION_TYPE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void itemsWithoutAnId_areLeftOut() {
    stub("/api/policies/search", "{\"policies\":[{\"name\":\"ghost\"},{\"ID\":4,\"name\":\"p\"}]}");
    stub(
        "/api/iplists/search",
        "{\"ipLists\":[{\"ID\":0,\"name\":\"l\"},{\"ID\":6,\"name\":\"l\"}]}");
    stub(
        "/api/firewallrules/search",
        "{\"firewallRules\":[{\"name\":\"r\"},{\"ID\":-1,\"name\":\"r\"}]}");

    List<Policy> policies = rest.policies().orElseThrow().list(new PageRequest(0, 2)).items();
    List<Rule> rules =
        rest.rules()
            .orElseThrow()
            .list(RuleKind.FIREWALL, RuleQuery.all(), new PageRequest(0, 2))
            .items();

    assertThat(policies).extracting(Policy::id).containsExactly(4);
    assertThat(rules).isEmpty();
    assertThat(rest.policies().orElseThrow().findByName("ghost")).isEmpty();
    assertThat(rest.lists(ListKind.IP).orElseThrow().findByName("l")).map(ItemList::id).contains(6);
    assertThat(rest.rules().orElseThrow().findByName(RuleKind.FIREWALL, "r")).isEmpty();
  }

  @Test
  void findByName_whenSeveralMatch_takesTheLowestId() {
    stub(
        "/api/policies/search",
        "{\"policies\":[{\"ID\":9,\"name\":\"p\"},{\"ID\":4,\"name\":\"p\"}]}");

    assertThat(rest.policies().orElseThrow().findByName("p")).map(Policy::id).contains(4);
  }

  @Test
  void hostName_foundByTheExactSearch_inAnotherCase_costsOneRequest() {
    // A manager whose search ignores case answers the exact search with the other spelling.
    stub("/api/computers/search", computers(computer(5, "WEB1.Example.com")));

    assertThat(computers.findByName("web1.example.com")).map(Computer::id).contains(5);

    wm.verify(1, postRequestedFor(urlPathEqualTo("/api/computers/search")));
    wm.verify(
        postRequestedFor(urlPathEqualTo("/api/computers/search"))
            .withRequestBody(
                equalToJson(
                    "{\"maxItems\":10,\"sortByObjectID\":true,\"searchCriteria\":[{\"fieldName\":"
                        + "\"hostName\",\"stringTest\":\"equal\",\"stringValue\":\"web1.example.com\","
                        + "\"stringWildcards\":false}]}")));
  }

  @Test
  void hostName_onACaseSensitiveManager_isFoundAmongTheLookAlikes() {
    stubLookAlikes(0, computers(computer(3, "web1.example.org"), computer(4, "MAIL.EXAMPLE.COM")));
    stubLookAlikes(4, computers(computer(8, "Web1.Example.Com"), computer(9, "web1.example.com")));

    assertThat(computers.findByName("web1.example.com")).map(Computer::id).contains(8);

    wm.verify(3, postRequestedFor(urlPathEqualTo("/api/computers/search")));
    wm.verify(
        2,
        postRequestedFor(urlPathEqualTo("/api/computers/search"))
            .withRequestBody(matchingJsonPath("$.maxItems", equalTo("2")))
            .withRequestBody(
                matchingJsonPath("$.searchCriteria[0].stringWildcards", equalTo("true")))
            .withRequestBody(
                matchingJsonPath("$.searchCriteria[0].fieldName", equalTo("hostName"))));
  }

  @Test
  void hostName_thatNoComputerHas_endsOnAnEmptyPage() {
    stubLookAlikes(0, computers(computer(3, "mail.example.com")));
    stubLookAlikes(3, computers());

    assertThat(computers.findByName("web1.example.com")).isEmpty();

    wm.verify(3, postRequestedFor(urlPathEqualTo("/api/computers/search")));
  }

  @Test
  void hostName_withoutLetters_needsNoSecondSearch() {
    stub("/api/computers/search", computers());

    assertThat(computers.findByName("10.0.0.5")).isEmpty();

    wm.verify(1, postRequestedFor(urlPathEqualTo("/api/computers/search")));
  }

  @Test
  void hostName_whenTheLookAlikeCursorStalls_failsInsteadOfLooping() {
    stubLookAlikes(0, computers(computer(3, "mail.example.com")));
    stubLookAlikes(3, computers(computer(2, "mail.example.com")));

    assertThatThrownBy(() -> computers.findByName("web1.example.com"))
        .isInstanceOf(ResponseRejectedException.class)
        .hasMessageContaining("cursor");
  }

  @Test
  void lookAlikes_keepsOnlyCaselessPunctuationAndDigits() {
    assertThat(RestComputers.lookAlikes("Web-01.corp_x%[a]:8")).isEqualTo("___-01.__________:8");
    assertThat(RestComputers.lookAlikes("k\u00f6ln.de")).isEqualTo("_%__.__");
  }

  /** Answers the exact search with nothing and the look-alike search after the ID with a page. */
  private void stubLookAlikes(long afterId, String body) {
    wm.stubFor(
        post(urlPathEqualTo("/api/computers/search"))
            .withRequestBody(
                matchingJsonPath("$.searchCriteria[0].stringWildcards", equalTo("false")))
            .willReturn(json(computers())));
    wm.stubFor(
        post(urlPathEqualTo("/api/computers/search"))
            .withRequestBody(
                matchingJsonPath("$.searchCriteria[0].stringValue", equalTo("___1._______.___")))
            .withRequestBody(
                matchingJsonPath("$.searchCriteria[1].idValue", equalTo(String.valueOf(afterId))))
            .willReturn(json(body)));
  }

  private void stub(String path, String body) {
    wm.stubFor(post(urlPathEqualTo(path)).willReturn(json(body)));
  }

  private static String computers(String... items) {
    return "{\"computers\":[" + String.join(",", items) + "]}";
  }

  private static String computer(int id, String hostName) {
    return "{\"ID\":" + id + ",\"hostName\":\"" + hostName + "\"}";
  }

  private static ResponseDefinitionBuilder json(String body) {
    return aResponse().withHeader("Content-Type", "application/json").withBody(body);
  }
}
