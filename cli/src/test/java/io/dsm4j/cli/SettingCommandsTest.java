package io.dsm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dsm4j.model.CommonSetting;
import io.dsm4j.model.Policy;
import io.dsm4j.model.SettingScope;
import io.dsm4j.testkit.DsmSimulator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code dsm4j settings}, {@code policies settings} and {@code computers settings}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SettingCommandsTest {
  private DsmSimulator sim;

  @BeforeAll
  void start() {
    sim = DsmSimulator.builder().start();
  }

  @AfterAll
  void stop() {
    sim.close();
  }

  private CliRunner.Run run(String... args) {
    return CliRunner.run(
        Map.of("DSM_URL", sim.url().toString(), "DSM_API_KEY", sim.apiKey()), args);
  }

  @Test
  void policySettings_setGetListReset_onTheManager() throws Exception {
    Policy p = sim.state().addPolicy("cli-settings", null);
    String id = String.valueOf(p.id());

    CliRunner.Run set =
        run("--output", "json", "policies", "settings", "set", id, "heartbeat-interval", "15");

    assertThat(set.code()).as(set.err()).isZero();
    JsonNode row = set.json().get(0);
    assertThat(row.get("name").asText()).isEqualTo("platformSettingHeartbeatInterval");
    assertThat(row.get("value").asText()).isEqualTo("15");
    assertThat(
            sim.state().ownSetting(SettingScope.policy(p.id()), "platformSettingHeartbeatInterval"))
        .contains("15");
    CliRunner.Run get =
        run("policies", "settings", "get", "cli-settings", "platformSettingHeartbeatInterval");
    assertThat(get.out()).contains("platformSettingHeartbeatInterval").contains("15");
    CliRunner.Run list = run("--output", "json", "policies", "settings", "list", id);
    assertThat(list.json())
        .anySatisfy(
            n -> {
              assertThat(n.get("name").asText()).isEqualTo("platformSettingHeartbeatInterval");
              assertThat(n.get("inherited").asBoolean()).isFalse();
            });

    CliRunner.Run reset = run("policies", "settings", "reset", id, "heartbeat-interval");

    assertThat(reset.code()).as(reset.err()).isZero();
    assertThat(reset.out()).isEmpty();
    assertThat(
            sim.state().ownSetting(SettingScope.policy(p.id()), "platformSettingHeartbeatInterval"))
        .isEmpty();
  }

  @Test
  void computerAndSystemSettings() {
    int computer = sim.state().computers().get(0).id();
    CliRunner.Run set =
        run(
            "computers",
            "settings",
            "set",
            String.valueOf(computer),
            "firewallSettingReconnaissanceEnabled",
            "false");
    assertThat(set.code()).as(set.err()).isZero();
    assertThat(
            sim.state()
                .ownSetting(
                    SettingScope.computer(computer), "firewallSettingReconnaissanceEnabled"))
        .contains("false");

    CliRunner.Run sys = run("settings", "set", "session-idle-timeout", "42");
    assertThat(sys.code()).as(sys.err()).isZero();
    assertThat(
            sim.state().ownSetting(SettingScope.system(), "platformSettingUserSessionIdleTimeout"))
        .contains("42");
    assertThat(run("settings", "reset", "session-idle-timeout").code()).isZero();
    assertThat(
            sim.state().ownSetting(SettingScope.system(), "platformSettingUserSessionIdleTimeout"))
        .isEmpty();
  }

  @Test
  void wrongArgumentCounts_andUnknownNames() {
    CliRunner.Run tooFew = run("policies", "settings", "set", "1", "heartbeat-interval");
    assertThat(tooFew.code()).isEqualTo(2);
    assertThat(tooFew.errLines()).hasSize(1);
    CliRunner.Run unknown = run("settings", "get", "noSuchSetting");
    assertThat(unknown.code()).isEqualTo(1);
    assertThat(unknown.errLines()).hasSize(1);
  }

  @Test
  void theNameHelp_listsEveryCommonSetting() {
    for (CommonSetting c : CommonSetting.values()) {
      assertThat(SettingCommands.NAME_HELP).contains(Output.spelling(c));
    }
    assertThat(List.of(CommonSetting.values()))
        .allMatch(c -> SettingCommands.common(Output.spelling(c)) == c);
  }
}
