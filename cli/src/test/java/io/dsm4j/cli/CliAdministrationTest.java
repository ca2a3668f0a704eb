package io.dsm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dsm4j.model.ConnectorType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** API keys, administrators, roles, connectors and the escape hatch on the command line. */
class CliAdministrationTest extends CliSimulatorFixture {
  private CliRunner.Run stdin(String in, String... args) {
    return CliRunner.withStdin(restEnv(), in, args);
  }

  private Path file(String name, String json) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, json);
    return f;
  }

  @Test
  void apiKeys_createShowsTheSecretOnce_thenDisableAndDelete() throws Exception {
    String name = unique("ci");

    CliRunner.Run made =
        run(
            "--output",
            "json",
            "api-keys",
            "create",
            "--name",
            name,
            "--role",
            "Auditor",
            "--expires",
            "30d");

    assertThat(made.code()).as(made.err()).isZero();
    JsonNode k = made.json().get(0);
    int id = k.get("id").asInt();
    assertThat(k.get("secret").asText()).isNotBlank();
    assertThat(k.get("roleId").asInt()).isEqualTo(2);
    assertThat(sim.state().administration().apiKeys()).containsEntry(id, name);
    assertThat(run("api-keys", "list").out())
        .contains(name)
        .doesNotContain(k.get("secret").asText());

    assertThat(run("api-keys", "disable", name).code()).isZero();
    assertThat(sim.state().administration().apiKeyActive(id)).contains(false);
    assertThat(run("api-keys", "delete", name).code()).isEqualTo(2);
    assertThat(run("api-keys", "delete", name, "--yes").code()).isZero();
    assertThat(sim.state().administration().apiKeys()).doesNotContainKey(id);
    assertThat(
            run("api-keys", "create", "--name", "x", "--role", "1", "--expires", "2001-01-01")
                .code())
        .isEqualTo(2);
  }

  @Test
  void admins_createUpdateDelete_fromFiles() throws Exception {
    String username = unique("ops");
    Path a =
        file(
            "a.json",
            "{\"username\":\""
                + username
                + "\",\"password\":\"Ops-pass-123\",\"roleId\":2,\"fullName\":\"Ops\"}");

    CliRunner.Run made = run("--output", "json", "admins", "create", "--file", a.toString());

    assertThat(made.code()).as(made.err()).isZero();
    int id = made.json().get(0).get("id").asInt();
    assertThat(sim.state().administration().administratorHasPassword(id, "Ops-pass-123")).isTrue();
    assertThat(made.out() + made.err()).doesNotContain("Ops-pass-123");

    CliRunner.Run changed =
        run(
            "admins",
            "update",
            username,
            "--file",
            file("u.json", "{\"active\":false}").toString());
    assertThat(changed.code()).as(changed.err()).isZero();
    assertThat(sim.state().administration().administratorActive(id)).contains(false);

    assertThat(
            run("admins", "create", "--file", file("x.json", "{\"username\":\"x\"}").toString())
                .code())
        .isEqualTo(2);
    assertThat(run("admins", "delete", username, "--yes").code()).isZero();
    assertThat(sim.state().administration().administrators()).doesNotContainKey(id);
  }

  @Test
  void roles_createUpdateDelete() throws Exception {
    String name = unique("role");
    CliRunner.Run made =
        run(
            "--output",
            "json",
            "roles",
            "create",
            "--file",
            file("r.json", "{\"name\":\"" + name + "\",\"allowWebService\":true}").toString());

    assertThat(made.code()).as(made.err()).isZero();
    int id = made.json().get(0).get("id").asInt();
    assertThat(sim.state().administration().roles()).containsEntry(id, name);
    assertThat(
            run(
                    "roles",
                    "update",
                    name,
                    "--file",
                    file("d.json", "{\"description\":\"d\"}").toString())
                .code())
        .isZero();
    assertThat(run("roles", "delete", name, "--yes").code()).isZero();
    assertThat(sim.state().administration().roles()).doesNotContainKey(id);
  }

  @Test
  void connectors_createSyncDelete_andAwsSyncIsUnsupported() throws Exception {
    String name = unique("gcp");
    String account =
        Base64.getEncoder()
            .encodeToString("{\"project_id\":\"p\",\"client_email\":\"sa@p\"}".getBytes());
    CliRunner.Run made =
        run(
            "--output",
            "json",
            "connectors",
            "create",
            "--type",
            "gcp",
            "--file",
            file("g.json", "{\"name\":\"" + name + "\",\"serviceAccount\":\"" + account + "\"}")
                .toString());

    assertThat(made.code()).as(made.err()).isZero();
    int id = made.json().get(0).get("id").asInt();
    assertThat(sim.state().administration().cloudConnectors(ConnectorType.GCP))
        .containsEntry(id, name);
    assertThat(run("connectors", "list").out()).contains(name);

    assertThat(run("connectors", "sync", "--type", "gcp", name).code()).isZero();
    assertThat(sim.state().administration().cloudConnectorSyncs(ConnectorType.GCP, id))
        .isEqualTo(1);

    String aws = unique("aws");
    assertThat(
            run(
                    "connectors",
                    "create",
                    "--type",
                    "aws",
                    "--file",
                    file("a.json", "{\"name\":\"" + aws + "\",\"crossAccountRoleArn\":\"arn:r\"}")
                        .toString())
                .code())
        .isZero();
    CliRunner.Run sync = run("connectors", "sync", "--type", "aws", aws);
    assertThat(sync.code()).isEqualTo(1);
    assertThat(sync.err()).contains("not supported");
    assertThat(run("connectors", "list", "--type", "oracle").code()).isEqualTo(2);
    assertThat(run("connectors", "delete", "--type", "gcp", name, "--yes").code()).isZero();
    assertThat(sim.state().administration().cloudConnectors(ConnectorType.GCP))
        .doesNotContainKey(id);
  }

  @Test
  void api_sendsAnyRequest_andPrintsTheJsonOnOneLine() throws Exception {
    int id = sim.state().policies().get(0).id();

    CliRunner.Run got = run("api", "GET", "/policies/" + id);

    assertThat(got.code()).as(got.err()).isZero();
    assertThat(got.out().lines().count()).isEqualTo(1);
    assertThat(CliRunner.JSON.readTree(got.out()).get("ID").asInt()).isEqualTo(id);

    CliRunner.Run made =
        stdin(
            "{\"name\":\"" + unique("via-api") + "\"}", "api", "POST", "/policies", "--file", "-");
    assertThat(made.code()).as(made.err()).isZero();

    assertThat(run("api", "GET", "https://elsewhere/api/policies").code()).isEqualTo(2);
    assertThat(run("api", "PATCH", "/policies").code()).isEqualTo(2);
    CliRunner.Run missing = run("api", "GET", "/policies/987654");
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("does not exist");
  }

  @Test
  void soap_callsAnyOperation() {
    int id = sim.state().policies().get(0).id();

    CliRunner.Run r =
        CliRunner.withStdin(
            Map.of(
                "DSM_URL", sim.url().toString(),
                "DSM_USERNAME", sim.username(),
                "DSM_PASSWORD", sim.password()),
            "<id>" + id + "</id>",
            "soap",
            "securityProfileRetrieve",
            "--file",
            "-");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith("<securityProfileRetrieveResponse")
        .contains("<ID>" + id + "</ID>");
    assertThat(stdin("", "soap", "securityProfileRetrieve").code())
        .as("no SOAP credentials: unsupported")
        .isEqualTo(1);
    assertThat(run("soap", "endSession").code()).isEqualTo(2);
  }
}
