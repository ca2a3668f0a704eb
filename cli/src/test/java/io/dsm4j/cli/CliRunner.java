package io.dsm4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the command line in-process with captured streams. */
final class CliRunner {
  static final ObjectMapper JSON = new ObjectMapper();

  private CliRunner() {}

  record Run(int code, String out, String err) {
    List<JsonNode> json() throws Exception {
      List<JsonNode> nodes = new ArrayList<>();
      for (String line : out.lines().toList()) {
        nodes.add(JSON.readTree(line));
      }
      return nodes;
    }

    List<String> errLines() {
      return err.lines().toList();
    }

    String all() {
      return out + err;
    }
  }

  static Run withStdin(Map<String, String> env, String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Dsm4j cli = new Dsm4j();
    cli.env = env;
    cli.out = new PrintStream(out, true, StandardCharsets.UTF_8);
    cli.err = new PrintStream(err, true, StandardCharsets.UTF_8);
    cli.in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
    int code = cli.execute(args);
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Run run(Map<String, String> env, String... args) {
    return withStdin(env, "", args);
  }
}
