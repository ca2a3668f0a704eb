package io.dsm4j.cli;

import io.dsm4j.Manager;
import io.dsm4j.model.Tenant;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine;

/**
 * {@code dsm4j --all-tenants COMMAND …}: a read command run in every active tenant of a
 * multi-tenant manager, with the primary tenant's credentials ({@code Manager.asTenant}), {@link
 * #CONCURRENCY} tenants at a time, all through the primary manager's one client-side rate limit.
 * Each tenant's output is kept apart and printed in tenant-ID order: JSON lines get a {@code
 * tenant} key, tables merge into one with a {@code tenant} column. Each tenant's errors are one
 * line on stderr naming it. Exit code: 0 when every tenant succeeded (or none is active), 3 when
 * some failed, 1 when all failed (2 when all of those were usage errors).
 */
final class AllTenants {
  /** Tenants worked on at once: enough to overlap waits, few enough for the manager's limits. */
  static final int CONCURRENCY = 4;

  /** The commands that only read, by their last word (and {@code info}). */
  private static final Set<String> READS =
      Set.of("list", "get", "search", "current", "recommendations", "info");

  /** Top-level commands that never run per tenant. */
  private static final Set<String> NEVER =
      Set.of("tenants", "batch", "simulator", "demo", "trust-cert", "completion", "help");

  private AllTenants() {}

  /** One tenant's run. */
  private record Result(Tenant tenant, int code, String out, List<Table> tables) {}

  private record Table(String[] header, List<String[]> rows) {}

  static int run(Dsm4j root, CommandLine.ParseResult parse) {
    try {
      check(root, parse);
      Manager primary = root.manager();
      List<Tenant> active = new ArrayList<>();
      for (Tenant t : primary.tenants().list()) {
        if (t.isActive()) {
          active.add(t);
        } else {
          root.note("tenant '" + t.name() + "' (ID " + t.id() + ") is " + state(t) + ": skipped");
        }
      }
      if (active.isEmpty()) {
        root.note("no active tenant");
        return 0;
      }
      String[] args = without(root.args, "--all-tenants");
      List<Result> results = runAll(root, primary, active, args);
      print(root, results);
      return combine(results);
    } catch (RuntimeException e) {
      return Failures.report(e, root);
    }
  }

  private static String state(Tenant t) {
    return t.state().isEmpty() ? "not active" : "'" + t.state() + "'";
  }

  /** Only read commands, and not together with --as-tenant: the user's input, exit 2. */
  private static void check(Dsm4j root, CommandLine.ParseResult parse) {
    if (root.asTenant != null) {
      throw new Dsm4j.UsageException("--all-tenants and --as-tenant do not go together");
    }
    if (root.batchLine > 0) {
      throw new Dsm4j.UsageException("--all-tenants chooses the managers: give it before 'batch'");
    }
    CommandLine.ParseResult p = parse;
    List<String> words = new ArrayList<>();
    while (p.hasSubcommand()) {
      p = p.subcommand();
      words.add(p.commandSpec().name());
    }
    Object command = p.commandSpec().userObject();
    boolean read =
        command instanceof ApiCommand api
            ? api.readsOnly()
            : command instanceof SoapCommand soap
                ? soap.readsOnly()
                : !words.isEmpty()
                    && !NEVER.contains(words.get(0))
                    && READS.contains(words.get(words.size() - 1));
    if (!read) {
      throw new Dsm4j.UsageException(
          "--all-tenants runs read commands only (list, get, search, current, recommendations,"
              + " info, api GET, soap …Retrieve…); '"
              + String.join(" ", words)
              + "' is not one");
    }
  }

  private static String[] without(String[] args, String option) {
    return Arrays.stream(args).filter(a -> !a.equals(option)).toArray(String[]::new);
  }

  private static List<Result> runAll(
      Dsm4j root, Manager primary, List<Tenant> tenants, String[] args) {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(CONCURRENCY, tenants.size()),
            r -> {
              Thread t = new Thread(r, "dsm4j-tenant");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<Result>> running = new ArrayList<>();
      for (Tenant t : tenants) {
        running.add(pool.submit(() -> runOne(root, primary, t, args)));
      }
      List<Result> results = new ArrayList<>();
      for (Future<Result> f : running) {
        try {
          results.add(f.get());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new Dsm4j.Failure("interrupted", e);
        } catch (ExecutionException e) {
          throw new Dsm4j.Failure(String.valueOf(e.getCause()), e.getCause());
        }
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  /** The command in one tenant: its own root, output buffer and tenant manager. */
  private static Result runOne(Dsm4j root, Manager primary, Tenant tenant, String[] args) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    List<Table> tables = new ArrayList<>();
    Dsm4j child = new Dsm4j();
    child.env = root.env;
    child.out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
    child.err = root.err;
    child.in = InputStream.nullInputStream();
    child.secrets = root.secrets;
    child.output = root.output;
    child.debug = root.debug;
    child.tenantTag = tenant.name();
    child.tableSink = (header, rows) -> tables.add(new Table(header, rows));
    Manager[] own = new Manager[1];
    child.sharedManager =
        () -> {
          if (own[0] == null) {
            own[0] = primary.asTenant(tenant.id());
          }
          return own[0];
        };
    int code;
    try {
      code = child.commandLine(args).execute(args);
    } finally {
      if (own[0] != null) {
        own[0].close();
      }
    }
    return new Result(tenant, code, buffer.toString(StandardCharsets.UTF_8), tables);
  }

  /** JSON lines as they are; the tables of all tenants as one, with a tenant column. */
  private static void print(Dsm4j root, List<Result> results) {
    Output out = root.output();
    List<Table> merged = new ArrayList<>();
    for (Result r : results) {
      root.out.print(r.out());
      for (Table t : r.tables()) {
        String[] header = prepend("tenant", t.header());
        List<String[]> rows = new ArrayList<>();
        t.rows().forEach(row -> rows.add(prepend(r.tenant().name(), row)));
        Table same =
            merged.stream().filter(m -> Arrays.equals(m.header(), header)).findFirst().orElse(null);
        if (same == null) {
          merged.add(new Table(header, rows));
        } else {
          same.rows().addAll(rows);
        }
      }
    }
    merged.forEach(t -> out.table(t.header(), t.rows()));
  }

  private static String[] prepend(String first, String[] rest) {
    String[] out = new String[rest.length + 1];
    out[0] = first;
    System.arraycopy(rest, 0, out, 1, rest.length);
    return out;
  }

  private static int combine(List<Result> results) {
    long failed = results.stream().filter(r -> r.code() != 0).count();
    if (failed == 0) {
      return 0;
    }
    if (failed < results.size()) {
      return Dsm4j.PARTIAL;
    }
    boolean allUsage = results.stream().allMatch(r -> r.code() == Dsm4j.USAGE);
    return allUsage ? Dsm4j.USAGE : Dsm4j.FAILURE;
  }
}
