package io.dsm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.dsm4j.cli.CliRunner.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** batch, profiles, completion. */
class CliFeaturesTest extends CliSimulatorFixture {
  // ---------------------------------------------------------------- batch

  @Test
  void batch_runsEveryLineInOneSession() throws Exception {
    int opened = sim.state().sessionsOpened();
    int ended = sim.state().sessionsEnded();
    String lines =
        "# security updates, twice, through one SOAP session\n"
            + "updates list\n"
            + "\n"
            + "  updates list   # and a comment\n"
            + "policies get 'Linux Server'\n";
    Run r = CliRunner.withStdin(env(), lines, "--output", "json", "batch");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    List<JsonNode> out = r.json();
    int updates = sim.state().securityUpdates().size();
    assertThat(out).hasSize(2 * updates + 1);
    assertThat(out.get(out.size() - 1).get("name").asText()).isEqualTo("Linux Server");
    assertThat(sim.state().sessionsOpened() - opened).isEqualTo(1);
    assertThat(sim.state().sessionsEnded() - ended).isEqualTo(1);
  }

  @Test
  void batch_errorsSayTheirLine_andTheExitCodeIsTheWorst() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("lines"),
            String.join(
                "\n",
                "policies get 'Linux Server'",
                "policies get 'No Such Policy'",
                "rules list --kind antivirus",
                "policies get \"unterminated",
                "--url http://elsewhere:1 policies list",
                ""));
    Run r = CliRunner.run(env(), "batch", "--file", file.toString());

    assertThat(r.code()).as("some lines succeeded, others failed").isEqualTo(3);
    assertThat(r.errLines())
        .satisfiesExactly(
            l -> assertThat(l).startsWith("dsm4j: line 2: no policy named 'No Such Policy'"),
            l -> assertThat(l).startsWith("dsm4j: line 3: usage: --kind must be"),
            l -> assertThat(l).startsWith("dsm4j: line 4: usage: unterminated \" quote"),
            l -> assertThat(l).startsWith("dsm4j: line 5: usage: --url chooses the manager"));
    assertThat(r.out()).contains("Linux Server");

    Run usageOnly = CliRunner.withStdin(env(), "policies list\nrules list --kind nope\n", "batch");
    assertThat(usageOnly.code()).as("every failure was a usage error").isEqualTo(2);

    Run allFailed =
        CliRunner.withStdin(env(), "policies get 'No A'\nrules list --kind nope\n", "batch");
    assertThat(allFailed.code()).as("no line succeeded").isEqualTo(1);

    Run secret = CliRunner.withStdin(env(), "policies list --apikey s3cret-in-a-line\n", "batch");
    assertThat(secret.code()).isEqualTo(2);
    assertThat(secret.err()).contains("line 1").doesNotContain("s3cret-in-a-line");

    Run json = CliRunner.withStdin(env(), "\npolicies get 'No A'\n", "--output", "json", "batch");
    JsonNode e = CliRunner.JSON.readTree(json.err());
    assertThat(e.get("line").asInt()).isEqualTo(2);
    assertThat(e.get("error").asText()).contains("no policy named 'No A'");
  }

  @Test
  void shellWords() {
    assertThat(Shell.split("a 'b c' \"d \\\"e\\\" $f\" g\\ h ''  # rest"))
        .containsExactly("a", "b c", "d \"e\" $f", "g h", "");
    assertThat(Shell.split("x#y 'z#'")).containsExactly("x#y", "z#");
    assertThatThrownBy(() -> Shell.split("a 'b")).hasMessageContaining("unterminated '");
    assertThatThrownBy(() -> Shell.split("a \\")).hasMessageContaining("backslash");
  }

  // ---------------------------------------------------------------- profiles

  private Map<String, String> profileEnv(String config) throws Exception {
    Path xdg = dir.resolve("xdg");
    Files.createDirectories(xdg.resolve("dsm4j"));
    Files.writeString(xdg.resolve("dsm4j/config"), config);
    return Map.of(
        "XDG_CONFIG_HOME",
        xdg.toString(),
        "LAB_PASSWORD",
        sim.password(),
        "DSM_URL",
        "http://wrong:1");
  }

  @Test
  void profiles_nameAManager_andReferenceSecrets() throws Exception {
    Path key = Files.writeString(dir.resolve("lab.key"), sim.apiKey() + "\n");
    Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
    Map<String, String> env =
        profileEnv(
            "# managers\n[other]\nurl = https://other.example.com:4119\n\n[lab]\nurl = "
                + sim.url()
                + "\napi-key-file = "
                + key
                + "\nusername = "
                + sim.username()
                + "\npassword-env = LAB_PASSWORD\n");

    Run r = CliRunner.run(env, "--profile", "lab", "--output", "json", "info");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.json().get(0).get("backends")).hasSize(2);

    Map<String, String> withVar = new java.util.HashMap<>(env);
    withVar.put("DSM_PROFILE", "lab");
    assertThat(CliRunner.run(withVar, "updates", "list").code()).isZero();

    Run unknown = CliRunner.run(env, "--profile", "labb", "info");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("no profile 'labb'").contains("did you mean 'lab'?");
  }

  @Test
  void profiles_refuseSecretsInTheClear_andUnknownSettings() throws Exception {
    Run clear =
        CliRunner.run(
            profileEnv("[lab]\nurl = " + sim.url() + "\npassword = hunter2-x\n"),
            "--profile",
            "lab",
            "info");
    assertThat(clear.code()).isEqualTo(2);
    assertThat(clear.errLines())
        .singleElement()
        .asString()
        .contains("config:3")
        .contains("holds a password in the clear")
        .contains("password-file")
        .doesNotContain("hunter2-x");

    Run typo = CliRunner.run(profileEnv("[lab]\nurll = x\n"), "--profile", "lab", "info");
    assertThat(typo.code()).isEqualTo(2);
    assertThat(typo.err()).contains("unknown setting 'urll'");
  }

  @Test
  void profiles_honourXdgConfigHome_elseHome() {
    assertThat(Profiles.configFile(Map.of("XDG_CONFIG_HOME", "/x/cfg", "HOME", "/home/u")))
        .isEqualTo(Path.of("/x/cfg/dsm4j/config"));
    assertThat(Profiles.configFile(Map.of("HOME", "/home/u")))
        .isEqualTo(Path.of("/home/u/.config/dsm4j/config"));
  }

  // ---------------------------------------------------------------- completion

  @Test
  void completion_isGeneratedFromTheTree_andWorksInBash() throws Exception {
    Run r = CliRunner.run(Map.of(), "completion", "bash");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("policies")
        .contains("trust-cert")
        .contains("scan-recommendations");
    assertThat(CliRunner.run(Map.of(), "completion", "zsh").out()).contains("bashcompinit");
    assertThat(CliRunner.run(Map.of(), "completion", "fish").code()).isEqualTo(2);

    Path script = Files.writeString(dir.resolve("dsm4j.bash"), r.out());
    // What bash offers after "dsm4j policies rules a".
    Process p =
        new ProcessBuilder(
                "bash",
                "-c",
                "source "
                    + script
                    + " && COMP_WORDS=(dsm4j policies rules a) && COMP_CWORD=3 && COMP_LINE='dsm4j"
                    + " policies rules a' && COMP_POINT=${#COMP_LINE} && _complete_dsm4j dsm4j a"
                    + " rules; printf '%s\\n' \"${COMPREPLY[@]}\"")
            .redirectErrorStream(true)
            .start();
    String offered = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(offered.lines().map(String::strip).toList()).contains("assign");
  }
}
