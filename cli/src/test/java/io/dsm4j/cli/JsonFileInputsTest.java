package io.dsm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dsm4j.cli.CliRunner.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every {@code --file X.json} input is read by one reader: the same usage errors, naming {@code
 * --file PATH}, whichever command reads it.
 */
class JsonFileInputsTest extends CliSimulatorFixture {
  /** Commands reading a JSON object from {@code --file} (the file's path is appended). */
  private static final List<List<String>> COMMANDS =
      List.of(
          List.of("roles", "create"),
          List.of("admins", "create"),
          List.of("tenants", "create"),
          List.of("connectors", "create", "--type", "gcp"),
          List.of("tasks", "create"),
          List.of("event-tasks", "create"),
          List.of("rules", "create", "--kind", "integrity"),
          List.of("policies", "update", "Base Policy"));

  private Run runWith(List<String> command, Path file) {
    List<String> args = new ArrayList<>(command);
    args.add("--file");
    args.add(file.toString());
    return run(args.toArray(String[]::new));
  }

  private void assertUsage(List<String> command, Path file, String... parts) {
    Run r = runWith(command, file);
    assertThat(r.code()).as(command + ": " + r.err()).isEqualTo(2);
    assertThat(r.err())
        .as(command.toString())
        .startsWith("dsm4j: usage: --file " + file + ": ")
        .contains(parts);
    assertThat(r.err().strip().lines()).as("one line").hasSize(1);
  }

  private void assertEveryCommand(Path file, String... parts) {
    for (List<String> c : COMMANDS) {
      assertUsage(c, file, parts);
    }
  }

  @Test
  void syntaxErrors_nameTheFileTheLineAndTheColumn() throws Exception {
    Path f = Files.writeString(dir.resolve("syntax.json"), "{\n  \"name\": \"x\",\n  oops\n}");
    assertEveryCommand(f, "not valid JSON at line 3, column");
  }

  @Test
  void aKeyTwice_isRefused() throws Exception {
    Path f = Files.writeString(dir.resolve("twice.json"), "{\"name\":\"a\",\"name\":\"b\"}");
    assertEveryCommand(f, "not valid JSON at line 1", "Duplicate field 'name'");
  }

  @Test
  void anythingButOneObject_isRefused() throws Exception {
    Path array = Files.writeString(dir.resolve("array.json"), "[{\"name\":\"x\"}]");
    Path empty = Files.writeString(dir.resolve("empty.json"), "  ");
    assertEveryCommand(array, "must hold one JSON object");
    assertEveryCommand(empty, "is empty");
  }

  @Test
  void aFileThatCannotBeRead_saysWhy() {
    Path missing = dir.resolve("missing.json");
    assertEveryCommand(missing, "cannot read: no such file or directory");
  }

  @Test
  void aValueOfTheWrongType_namesTheKey() throws Exception {
    Path f = Files.writeString(dir.resolve("type.json"), "{\"name\":5}");
    for (List<String> c : COMMANDS) {
      if (c.get(0).equals("admins") || c.get(0).equals("tenants")) {
        continue; // no top-level name (admins) or the administrator is checked first (tenants)
      }
      assertUsage(c, f, "'name' must be a string");
    }
  }
}
