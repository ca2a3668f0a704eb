package io.dsm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dsm4j.cli.CliRunner.Run;
import io.dsm4j.model.AntiMalwareConfiguration;
import io.dsm4j.model.Computer;
import io.dsm4j.model.ComputerGroup;
import io.dsm4j.model.ItemList;
import io.dsm4j.model.ListKind;
import io.dsm4j.model.Schedule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * groups, lists, schedules, tasks, event-tasks, anti-malware: in-process against a simulator, each
 * result observed in the simulator's state.
 */
class FleetCliTest extends CliSimulatorFixture {
  // ---------------------------------------------------------------- groups

  @Test
  void groups_createUnderAParentByName_thenGetAndDelete() throws Exception {
    String parent = unique("cli-parent");
    assertThat(run("groups", "create", "--name", parent).code()).isZero();

    Run child =
        run("--output", "json", "groups", "create", "--name", parent + "-web", "--parent", parent);

    assertThat(child.code()).as(child.err()).isZero();
    JsonNode made = child.json().get(0);
    int parentId = group(parent).id();
    assertThat(made.get("parentId").asInt()).isEqualTo(parentId);
    assertThat(group(parent + "-web").parentId()).isEqualTo(parentId);

    Run del = run("groups", "delete", parent + "-web");
    assertThat(del.code()).as(del.err()).isZero();
    assertThat(del.err()).contains("deleted computer group " + made.get("id").asInt());
    assertThat(sim.state().fleet().computerGroups())
        .noneMatch(g -> g.id() == made.get("id").asInt());
  }

  @Test
  void groups_aNameSeveralGroupsHave_isRefusedListingTheirIds() {
    String name = unique("cli-dup");
    ComputerGroup a = sim.state().fleet().addComputerGroup(unique("cli-a"), null);
    ComputerGroup b = sim.state().fleet().addComputerGroup(unique("cli-b"), null);
    ComputerGroup one = sim.state().fleet().addComputerGroup(name, a.id());
    ComputerGroup two = sim.state().fleet().addComputerGroup(name, b.id());

    Run r = run("groups", "get", name);

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines())
        .singleElement()
        .asString()
        .contains("2 computer groups are named '" + name + "'")
        .contains(one.id() + ", " + two.id());
    // The ID is the way out.
    assertThat(run("groups", "get", String.valueOf(two.id())).code()).isZero();
  }

  @Test
  void groups_deleteSeveral_needsYes_andReportsEachFailure() {
    ComputerGroup a = sim.state().fleet().addComputerGroup(unique("cli-del"), null);
    ComputerGroup b = sim.state().fleet().addComputerGroup(unique("cli-del"), null);
    int before = sim.state().requestCount();

    Run noYes = run("groups", "delete", String.valueOf(a.id()), String.valueOf(b.id()));

    assertThat(noYes.code()).isEqualTo(2);
    assertThat(noYes.err()).contains("--yes");
    assertThat(sim.state().requestCount()).isEqualTo(before);

    Run r =
        run("groups", "delete", "--yes", String.valueOf(a.id()), "987654", String.valueOf(b.id()));

    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("computer group 987654:").contains("1 of 3");
    assertThat(sim.state().fleet().computerGroups())
        .noneMatch(g -> g.id() == a.id() || g.id() == b.id());
  }

  private ComputerGroup group(String name) {
    return sim.state().fleet().computerGroups().stream()
        .filter(g -> g.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  // ---------------------------------------------------------------- lists

  @Test
  void lists_createUpdateGetDelete_forAKindChosenByType() throws Exception {
    String name = unique("cli-ports");

    Run made =
        run(
            "--output",
            "json",
            "lists",
            "create",
            "--type",
            "port",
            "--name",
            name,
            "--items",
            "22,80-90");

    assertThat(made.code()).as(made.err()).isZero();
    assertThat(made.json().get(0).get("kind").asText()).isEqualTo("port");
    assertThat(list(ListKind.PORT, name).items()).containsExactly("22", "80-90");

    Run upd = run("lists", "update", "--type", "port", name, "--items", "443");
    assertThat(upd.code()).as(upd.err()).isZero();
    assertThat(list(ListKind.PORT, name).items()).containsExactly("443");

    Run get = run("lists", "get", "--type", "port", name);
    assertThat(get.out()).contains(name).contains("443");
    // Another kind does not have it.
    Run other = run("lists", "get", "--type", "mac", name);
    assertThat(other.code()).isEqualTo(1);
    assertThat(other.err()).contains("no mac list named");

    assertThat(run("lists", "delete", "--type", "port", name).code()).isZero();
    assertThat(sim.state().fleet().itemLists(ListKind.PORT)).noneMatch(l -> l.name().equals(name));
  }

  @Test
  void lists_badTypeOrNoType_isAUsageError() {
    Run bad = run("lists", "list", "--type", "dns");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("ip, mac, port, directory, file or file-extension");
    assertThat(run("lists", "list").code()).isEqualTo(2);
  }

  @Test
  void lists_itemsFile_keepsEntriesWithCommas() throws Exception {
    Path f = Files.writeString(dir.resolve("dirs.txt"), "/data/a,b/\n\n/srv/\n");
    String name = unique("cli-dirs");

    Run r =
        run("lists", "create", "--type", "directory", "--name", name, "--items-file", f.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(list(ListKind.DIRECTORY, name).items()).containsExactly("/data/a,b/", "/srv/");
  }

  private ItemList list(ListKind kind, String name) {
    return sim.state().fleet().itemLists(kind).stream()
        .filter(l -> l.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  // ---------------------------------------------------------------- schedules

  @Test
  void schedules_hoursAreReadAndPrintedInTheSameSpelling() throws Exception {
    String name = unique("cli-sched");

    Run r = run("schedules", "create", "--name", name, "--hours", "mon-fri@8-17,sat@10");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("mon-fri@8-17,sat@10");
    Schedule s =
        sim.state().fleet().schedules().stream()
            .filter(x -> x.name().equals(name))
            .findFirst()
            .orElseThrow();
    assertThat(s.hours()).hasSize(5 * 10 + 1).contains(24 + 8, 5 * 24 + 17, 6 * 24 + 10);
    JsonNode json = run("--output", "json", "schedules", "get", name).json().get(0);
    assertThat(json.get("hours")).hasSize(51);

    assertThat(run("schedules", "update", name, "--hours", "none").code()).isZero();
    assertThat(run("schedules", "get", name).out()).contains("none");
    assertThat(run("schedules", "delete", name).code()).isZero();
  }

  @Test
  void schedules_badHours_isAUsageErrorBeforeAnyRequest() {
    int before = sim.state().requestCount();
    for (String bad : List.of("mon-fri", "fri-mon@1", "mon@24", "168", "mon@8-x")) {
      Run r = run("schedules", "create", "--name", "x", "--hours", bad);
      assertThat(r.code()).as(bad).isEqualTo(2);
      assertThat(r.err()).contains("--hours");
    }
    assertThat(sim.state().requestCount()).isEqualTo(before);
  }

  @Test
  void hoursOfWeek_formatReadsBack() {
    for (String spec : List.of("all", "none", "mon-fri@8-17,sat@10", "sun@0-5,sun@22-23", "0-3")) {
      List<Integer> hours = HoursOfWeek.parse(spec);
      assertThat(HoursOfWeek.parse(HoursOfWeek.format(hours))).as(spec).isEqualTo(hours);
    }
    assertThat(HoursOfWeek.format(HoursOfWeek.parse("0-23"))).isEqualTo("sun@0-23");
  }

  // ---------------------------------------------------------------- tasks

  @Test
  void tasks_createFromAFile_runNow_thePrintedJsonReadsBack_delete() throws Exception {
    Computer c = sim.state().computers().get(0);
    String name = unique("cli-task");
    Path f =
        Files.writeString(
            dir.resolve("task.json"),
            "{\"name\":\""
                + name
                + "\",\"type\":\"scan-for-malware\","
                + "\"computerFilter\":{\"type\":\"computer\",\"id\":"
                + c.id()
                + "},\"parameters\":{\"timeout\":\"one-hour\"},"
                + "\"scheduleDetails\":{\"recurrenceType\":\"daily\",\"dailyScheduleParameters\":"
                + "{\"startTime\":1893456000000,\"frequencyType\":\"everyday\"}}}");

    Run made = run("--output", "json", "tasks", "create", "--file", f.toString());

    assertThat(made.code()).as(made.err()).isZero();
    int id = made.json().get(0).get("id").asInt();
    assertThat(sim.state().fleet().scheduledTaskIds()).contains(id);
    int scans = sim.state().computerActionCounts(c.id()).getOrDefault("scan-for-malware", 0);

    Run ran = run("tasks", "run", name);

    assertThat(ran.code()).as(ran.err()).isZero();
    assertThat(sim.state().fleet().scheduledTaskRuns()).containsEntry(id, 1);
    assertThat(sim.state().computerActionCounts(c.id()).get("scan-for-malware"))
        .isEqualTo(scans + 1);

    // What get --output json prints is a valid --file (id and times ignored).
    JsonNode printed = run("--output", "json", "tasks", "get", String.valueOf(id)).json().get(0);
    assertThat(printed.get("computerFilter").get("type").asText()).isEqualTo("computer");
    assertThat(printed.get("schedule").get("recurrence").asText()).isEqualTo("daily");
    ((com.fasterxml.jackson.databind.node.ObjectNode) printed).put("name", name + "-copy");
    Path copy = Files.writeString(dir.resolve("copy.json"), printed.toString());
    Run again = run("--output", "json", "tasks", "create", "--file", copy.toString());
    assertThat(again.code()).as(again.err()).isZero();
    JsonNode copied = run("--output", "json", "tasks", "get", name + "-copy").json().get(0);
    assertThat(copied.get("parameters")).isEqualTo(printed.get("parameters"));
    assertThat(copied.get("schedule")).isEqualTo(printed.get("schedule"));

    Run del = run("tasks", "delete", "--yes", name, name + "-copy");
    assertThat(del.code()).as(del.err()).isZero();
    assertThat(sim.state().fleet().scheduledTaskIds()).doesNotContain(id);
  }

  @Test
  void tasksCreate_badFiles_areUsageErrors() throws Exception {
    int before = sim.state().requestCount();
    Map<String, String> bad =
        Map.of(
            "not json", "not valid JSON at line 1",
            "[1]", "one JSON object",
            "{\"name\":\"x\",\"type\":\"scan-for-malware\",\"color\":1}", "unknown key 'color'",
            "{\"name\":\"x\",\"type\":\"make-coffee\"}", "unknown task type",
            "{\"name\":\"x\",\"type\":\"scan-for-malware\"}", "computer filter");
    int i = 0;
    for (Map.Entry<String, String> e : bad.entrySet()) {
      Path f = Files.writeString(dir.resolve("bad" + i++ + ".json"), e.getKey());
      Run r = run("tasks", "create", "--file", f.toString());
      assertThat(r.code()).as(e.getKey() + ": " + r.err()).isEqualTo(2);
      assertThat(r.err()).containsIgnoringCase(e.getValue());
    }
    assertThat(sim.state().requestCount()).isEqualTo(before);
  }

  @Test
  void tasks_throughSoapOnly_failBeforeAnyRequest() {
    Map<String, String> soap =
        Map.of(
            "DSM_URL", sim.url().toString(),
            "DSM_USERNAME", sim.username(),
            "DSM_PASSWORD", sim.password());
    Run r = CliRunner.run(soap, "tasks", "list");

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("SCHEDULED_TASKS is not supported");
  }

  // ---------------------------------------------------------------- event-based tasks

  @Test
  void eventTasks_createFromAFile_theActionsRunOnAMatchingEvent() throws Exception {
    Computer c = sim.state().computers().get(1);
    ComputerGroup g = sim.state().fleet().addComputerGroup(unique("cli-ebt"), null);
    int policy = sim.state().policies().get(0).id();
    String name = unique("cli-ebt");
    Path f =
        Files.writeString(
            dir.resolve("ebt.json"),
            "{\"name\":\""
                + name
                + "\",\"type\":\"agent-initiated-activation\","
                + "\"conditions\":[{\"field\":\"hostname\",\"value\":\""
                + java.util.regex.Pattern.quote(c.hostName()).replace("\\", "\\\\")
                + "\"}],\"actions\":[{\"type\":\"assign-policy\",\"parameter\":"
                + policy
                + "},{\"type\":\"assign-group\",\"parameter\":"
                + g.id()
                + "}]}");

    Run made = run("--output", "json", "event-tasks", "create", "--file", f.toString());

    assertThat(made.code()).as(made.err()).isZero();
    assertThat(sim.state().fleet().fireEvent("agent-initiated-activation", c.id())).isEqualTo(1);
    Computer after =
        sim.state().computers().stream().filter(x -> x.id() == c.id()).findFirst().orElseThrow();
    assertThat(after.groupId()).isEqualTo(g.id());
    assertThat(after.policyId()).isEqualTo(policy);
    Run get = run("event-tasks", "get", name);
    assertThat(get.out()).contains("assign-group");

    assertThat(run("event-tasks", "delete", name).code()).isZero();
    assertThat(sim.state().fleet().eventBasedTaskIds())
        .doesNotContain(made.json().get(0).get("id").asInt());
  }

  // ---------------------------------------------------------------- anti-malware

  @Test
  void antiMalware_createWithListsByName_updateOneFlag_andFromThePrintedJson() throws Exception {
    String dirs = unique("cli-am-dirs");
    assertThat(
            run("lists", "create", "--type", "directory", "--name", dirs, "--items", "/srv/")
                .code())
        .isZero();
    String name = unique("cli-am");

    Run made =
        run(
            "--output",
            "json",
            "anti-malware",
            "create",
            "--name",
            name,
            "--scan-type",
            "on-demand",
            "--directory-list",
            dirs,
            "--files",
            "intelliscan",
            "--alert");

    assertThat(made.code()).as(made.err()).isZero();
    int id = made.json().get(0).get("id").asInt();
    AntiMalwareConfiguration stored =
        sim.state().fleet().antiMalwareConfiguration(id).orElseThrow();
    assertThat(stored.directoryListId()).isEqualTo(list(ListKind.DIRECTORY, dirs).id());
    assertThat(stored.alertEnabled()).isTrue();

    assertThat(run("anti-malware", "update", name, "--no-spyware").code()).isZero();
    AntiMalwareConfiguration after = sim.state().fleet().antiMalwareConfiguration(id).orElseThrow();
    assertThat(after.spywareEnabled()).isFalse();
    assertThat(after.directoryListId()).isEqualTo(stored.directoryListId());

    JsonNode printed = run("--output", "json", "anti-malware", "get", name).json().get(0);
    ((com.fasterxml.jackson.databind.node.ObjectNode) printed).put("name", name + "-copy");
    Path f = Files.writeString(dir.resolve("am.json"), printed.toString());
    Run copy = run("--output", "json", "anti-malware", "create", "--file", f.toString());
    assertThat(copy.code()).as(copy.err()).isZero();
    AntiMalwareConfiguration copied =
        sim.state()
            .fleet()
            .antiMalwareConfiguration(copy.json().get(0).get("id").asInt())
            .orElseThrow();
    assertThat(copied).usingRecursiveComparison().ignoringFields("id", "name").isEqualTo(after);

    Run create = run("anti-malware", "create", "--name", "no type");
    assertThat(create.code()).isEqualTo(2);
  }
}
