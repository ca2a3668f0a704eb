package io.dsm4j.cli;

import io.dsm4j.Manager;
import io.dsm4j.RestAccess;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dsm4j api METHOD PATH}: any {@code /api} request through the same connection as every
 * other command (the escape hatch, {@link RestAccess}); the answer's JSON on stdout, one line.
 */
@Command(
    name = "api",
    description =
        "Send any /api request (what dsm4j does not model) with the same TLS, key, deadline,"
            + " retries, rate limit and masking; prints the JSON answer on one line. A 4xx/5xx"
            + " answer is a failure (exit 1) like any command's.",
    footer = {
      "",
      "Examples: dsm4j api GET /computers/42 --query expand=computerSettings",
      "          dsm4j api POST /portlists --file portlist.json"
    })
final class ApiCommand extends Base {
  @Parameters(index = "0", paramLabel = "METHOD", description = "GET, POST, PUT or DELETE.")
  String method;

  @Parameters(
      index = "1",
      paramLabel = "PATH",
      description = "The path below /api, e.g. /policies/1 (not a URL).")
  String path;

  @Option(names = "--file", paramLabel = "BODY", description = "The JSON body ('-': stdin).")
  Path file;

  @Option(
      names = "--query",
      paramLabel = "NAME=VALUE",
      description = "A query parameter (repeatable).")
  List<String> query = new ArrayList<>();

  /**
   * @return the request the arguments describe (their mistakes are usage errors)
   */
  RestAccess.Request request() {
    return Connector.usage(
        "api",
        () -> {
          RestAccess.Request.Builder b = RestAccess.Request.builder(method, path);
          for (String q : query) {
            int eq = q.indexOf('=');
            if (eq <= 0) {
              throw new Dsm4j.UsageException("--query must be NAME=VALUE, not '" + q + "'");
            }
            b.query(q.substring(0, eq), q.substring(eq + 1));
          }
          if (file != null) {
            String body = JsonFiles.read(root(), file);
            JsonFiles.parse(body, "--file " + file);
            b.body(body);
          }
          RestAccess.Request built = b.build();
          // A read may answer a whole catalog: the bulk deadline and size limit apply.
          return built.isRead() ? withBulk(built) : built;
        });
  }

  private static RestAccess.Request withBulk(RestAccess.Request r) {
    RestAccess.Request.Builder b = RestAccess.Request.builder(r.method(), r.path()).bulk();
    r.query().forEach((k, vs) -> vs.forEach(v -> b.query(k, v)));
    if (r.body() != null) {
      b.body(r.body());
    }
    return b.build();
  }

  /** Whether the request only reads (what {@code --all-tenants} may run). */
  boolean readsOnly() {
    return request().isRead();
  }

  @Override
  int run(Manager m, Output out) {
    RestAccess.Request r = request();
    RestAccess.Response answer = m.unwrap(RestAccess.class).send(r);
    if (!answer.body().isBlank()) {
      out.json(JsonFiles.plain(JsonFiles.parse(answer.body(), "the manager's answer")));
    }
    return 0;
  }
}
