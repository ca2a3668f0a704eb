package io.dsm4j.cli;

import io.dsm4j.Manager;
import io.dsm4j.spi.Secrets;
import io.dsm4j.testkit.DsmSimulator;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The dsm4j command line. Data goes to stdout (a table, or JSON lines with {@code --output json});
 * progress, warnings and errors go to stderr, one line each. Exit codes: 0 success, 1 failure, 2
 * usage (the user's own input only), 3 partly failed, 4 changes planned ({@code policies apply
 * --check}).
 */
@Command(
    name = "dsm4j",
    mixinStandardHelpOptions = true,
    version = "dsm4j 0.1.0",
    description = "Automate a Deep Security Manager through its REST and SOAP APIs.",
    footer = {
      "",
      "Exit codes: 0 ok, 1 failure (one line on stderr), 2 usage, 3 partly failed,",
      "4 changes planned (`policies apply --check`).",
      "`dsm4j help COMMAND…` or `dsm4j COMMAND… --help` describes a command."
    },
    // The subcommands are added by commandLine(args): only the one a command line uses is built.
    subcommands = {})
public final class Dsm4j implements Runnable {
  static final int FAILURE = 1;
  static final int USAGE = 2;
  static final int PARTIAL = 3;

  /** The top-level commands, in the order the help lists them. */
  static final Map<String, Class<?>> COMMANDS = commands();

  private static Map<String, Class<?>> commands() {
    Map<String, Class<?>> m = new java.util.LinkedHashMap<>();
    m.put("info", InfoCommand.class);
    m.put("policies", PolicyCommands.class);
    m.put("rules", RuleCommands.class);
    m.put("computers", ComputerCommands.class);
    m.put("settings", SettingCommands.class);
    m.put("alerts", AlertCommands.class);
    m.put("groups", GroupCommands.class);
    m.put("lists", ListCommands.class);
    m.put("schedules", ScheduleCommands.class);
    m.put("tasks", TaskCommands.class);
    m.put("event-tasks", EventTaskCommands.class);
    m.put("anti-malware", AntiMalwareCommands.class);
    m.put("updates", UpdateCommands.class);
    m.put("rule-update", RuleUpdateCommands.class);
    m.put("events", EventCommands.class);
    m.put("tenants", TenantCommands.class);
    m.put("api-keys", ApiKeyCommands.class);
    m.put("admins", AdminCommands.class);
    m.put("roles", RoleCommands.class);
    m.put("connectors", ConnectorCommands.class);
    m.put("api", ApiCommand.class);
    m.put("soap", SoapCommand.class);
    m.put("trust-cert", TrustCertCommand.class);
    m.put("batch", BatchCommand.class);
    m.put("completion", CompletionCommand.class);
    m.put("demo", DemoCommand.class);
    m.put("simulator", SimulatorCommand.class);
    m.put("help", HelpCommand.class);
    m.put("cds-training", CdsTrainingCommand.class);
    return java.util.Collections.unmodifiableMap(m);
  }

  /** The options that choose the manager and the credentials (not allowed in a batch line). */
  static final List<String> CONNECTION_OPTIONS =
      List.of(
          "--profile",
          "--url",
          "--api-key",
          "--api-key-file",
          "--username",
          "--password",
          "--password-file",
          "--tenant",
          "--backend",
          "--trust-cert",
          "--trust-store",
          "--pin-sha256",
          "--insecure",
          "--proxy",
          "--timeout",
          "--simulator",
          "--as-tenant",
          "--all-tenants");

  @Option(
      names = "--profile",
      scope = ScopeType.INHERIT,
      paramLabel = "NAME",
      description =
          "A named manager from the config file ($XDG_CONFIG_HOME/dsm4j/config, default"
              + " ~/.config/dsm4j/config); DSM_PROFILE.")
  String profile;

  @Option(
      names = "--url",
      scope = ScopeType.INHERIT,
      paramLabel = "URL",
      description = "The manager, e.g. https://dsm.example.com:4119 (DSM_URL).")
  String url;

  @Option(
      names = "--api-key",
      scope = ScopeType.INHERIT,
      paramLabel = "KEY",
      description = "API key (REST). Visible to other users: prefer --api-key-file or DSM_API_KEY.")
  String apiKey;

  @Option(
      names = "--api-key-file",
      scope = ScopeType.INHERIT,
      paramLabel = "FILE",
      description = "Read the API key from the first line of FILE ('-' reads stdin).")
  String apiKeyFile;

  @Option(
      names = "--username",
      scope = ScopeType.INHERIT,
      paramLabel = "USER",
      description = "SOAP user (DSM_USERNAME).")
  String username;

  @Option(
      names = "--password",
      scope = ScopeType.INHERIT,
      paramLabel = "PASSWORD",
      description =
          "SOAP password. Visible to other users: prefer --password-file or DSM_PASSWORD.")
  String password;

  @Option(
      names = "--password-file",
      scope = ScopeType.INHERIT,
      paramLabel = "FILE",
      description = "Read the password from the first line of FILE ('-' reads stdin).")
  String passwordFile;

  @Option(
      names = "--tenant",
      scope = ScopeType.INHERIT,
      paramLabel = "TENANT",
      description = "Tenant on a multi-tenant manager (DSM_TENANT).")
  String tenant;

  @Option(
      names = "--as-tenant",
      scope = ScopeType.INHERIT,
      paramLabel = "TENANT",
      description =
          "Run the command in this tenant (ID or exact name) with the primary tenant's"
              + " credentials: a short-lived tenant API key (REST) or signInAsTenant (SOAP).")
  String asTenant;

  @Option(
      names = "--all-tenants",
      scope = ScopeType.INHERIT,
      description =
          "Run a read command in every active tenant (primary tenant's API key), 4 at a time;"
              + " each line says its tenant; exit 3 when some tenants failed.")
  boolean allTenants;

  @Option(
      names = "--backend",
      scope = ScopeType.INHERIT,
      paramLabel = "BACKEND",
      description =
          "rest, soap or auto: each call to the API that can do it (default; DSM_BACKEND).")
  String backend;

  @Option(
      names = "--trust-cert",
      scope = ScopeType.INHERIT,
      paramLabel = "PEM",
      description = "Trust the certificate(s) in this PEM file (see trust-cert).")
  Path trustCert;

  @Option(
      names = "--trust-store",
      scope = ScopeType.INHERIT,
      paramLabel = "FILE",
      description = "Trust this PKCS12/JKS store (password in DSM_TRUST_STORE_PASSWORD).")
  Path trustStore;

  @Option(
      names = "--pin-sha256",
      scope = ScopeType.INHERIT,
      paramLabel = "FP",
      description =
          "Accept only a manager certificate with this SHA-256 fingerprint (repeatable; as"
              + " trust-cert prints it).")
  List<String> pins = new ArrayList<>();

  @Option(
      names = "--insecure",
      scope = ScopeType.INHERIT,
      description = "Do not verify the manager's certificate (dangerous).")
  boolean insecure;

  @Option(
      names = "--proxy",
      scope = ScopeType.INHERIT,
      paramLabel = "HOST:PORT",
      description = "HTTP proxy (REST).")
  String proxy;

  @Option(
      names = "--timeout",
      scope = ScopeType.INHERIT,
      paramLabel = "DURATION",
      description = "Read timeout of one request, e.g. 60s or 5m (default 60s).")
  String timeout;

  @Option(
      names = "--output",
      scope = ScopeType.INHERIT,
      paramLabel = "FORMAT",
      description = "table or json (one object per line; errors as one JSON object on stderr).")
  String output = "table";

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Verbose logs and stack traces on stderr (secrets masked).")
  boolean debug;

  @Option(
      names = "--simulator",
      scope = ScopeType.INHERIT,
      description = "Use an embedded simulator started in this process.")
  boolean simulator;

  Map<String, String> env = System.getenv();
  PrintStream out = System.out;
  PrintStream err = System.err;
  java.io.InputStream in = System.in;

  /** The tenant a run under --all-tenants is for (tags its output and errors), or null. */
  String tenantTag;

  /** Where a tenant's run under --all-tenants puts its tables, or null to print them. */
  Output.TableSink tableSink;

  /** The command line being run (--all-tenants runs it again for each tenant). */
  String[] args = new String[0];

  /** The secrets this process knows; every stderr line is masked with them. */
  Secrets secrets = new Secrets();

  /** The batch line this root runs (from 1), or 0 outside a batch. */
  int batchLine;

  /** A batch line's manager: the batch's, shared; null for a root that connects itself. */
  Supplier<Manager> sharedManager;

  private DsmSimulator embedded;
  private Manager manager;
  private Manager primary; // the primary tenant's manager behind --as-tenant
  private int notes; // progress and warning lines, which do not say why a command failed
  private Connector connector;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        new CommandLine(this), "a command is required (dsm4j --help lists them)");
  }

  /**
   * @return the output format
   */
  Output output() {
    return switch (output.toLowerCase(Locale.ROOT)) {
      case "table" -> new Output(Output.Format.TABLE, out).tagged(tenantTag, tableSink);
      case "json" -> new Output(Output.Format.JSON, out).tagged(tenantTag, tableSink);
      default -> throw new UsageException("--output must be table or json, not '" + output + "'");
    };
  }

  boolean jsonOutput() {
    return output != null && output.equalsIgnoreCase("json");
  }

  /** What precedes an error or progress message: the batch line, if any. */
  String errorPrefix() {
    return (batchLine > 0 ? "line " + batchLine + ": " : "")
        + (tenantTag != null ? "tenant " + tenantTag + ": " : "");
  }

  /** Prints a warning or progress line on stderr. */
  void note(String message) {
    err.println("dsm4j: " + errorPrefix() + message);
    notes++;
  }

  /**
   * Prints the one line that says why a command that returns a failure code failed (for commands
   * that report per-item results and so do not throw).
   */
  void failureLine(String message) {
    err.println("dsm4j: " + errorPrefix() + message);
  }

  /** The manager, connected on first use and closed when the command line ends. */
  Manager manager() {
    if (sharedManager != null) {
      return sharedManager.get();
    }
    if (manager == null) {
      Manager m = connector().connect();
      if (asTenant == null) {
        manager = m;
      } else {
        primary = m;
        io.dsm4j.model.IdOrName ref = Resolver.parse(asTenant, "--as-tenant");
        manager = ref.isId() ? m.asTenant(ref.id()) : m.asTenant(ref.name());
      }
    }
    return manager;
  }

  /**
   * A root for the lines of a batch: the same streams, secrets and output settings, and this root's
   * manager (one session for the whole batch).
   */
  Dsm4j batchChild() {
    Dsm4j child = new Dsm4j();
    child.env = env;
    child.out = out;
    child.err = err;
    child.in = in;
    child.secrets = secrets;
    child.output = output;
    child.debug = debug;
    child.sharedManager = this::manager;
    return child;
  }

  Connector connector() {
    if (connector == null) {
      connector = new Connector(this);
    }
    return connector;
  }

  DsmSimulator simulator() {
    if (embedded == null) {
      note("starting the embedded simulator…");
      embedded = DsmSimulator.builder().scanDelay(Duration.ofSeconds(1)).start();
      secrets.add(embedded.apiKey());
    }
    return embedded;
  }

  /** A usage error found after parsing (exit code 2): the user's own input is wrong. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }

    UsageException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** A failure the CLI itself found (exit code 1), e.g. a name the manager does not know. */
  static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Failure(String message) {
      super(message);
    }

    Failure(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * Runs the command line.
   *
   * @param args the arguments
   * @return the exit code
   */
  public int execute(String... args) {
    Connector.registerSecrets(secrets, env, args);
    this.args = args.clone();
    CommandLine cli = commandLine(args);
    try {
      return cli.execute(args);
    } finally {
      close();
    }
  }

  /** The whole configured command tree over this root; reusable for several command lines. */
  CommandLine commandLine() {
    return commandLine(new String[0]);
  }

  /**
   * The configured command tree for a command line: when it names a top-level command, only that
   * command's subtree is built (building the whole tree costs start-up time); else all of it.
   */
  CommandLine commandLine(String[] args) {
    if (!(err instanceof Terminal.SafeStream)) {
      err = new Terminal.SafeStream(err, secrets);
    }
    CommandLine cli = new CommandLine(this);
    String command = commandName(cli.getCommandSpec(), args);
    boolean versionOnly = args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    for (Map.Entry<String, Class<?>> c : COMMANDS.entrySet()) {
      if (!versionOnly && (command == null || command.equals(c.getKey()))) {
        cli.addSubcommand(c.getKey(), c.getValue());
      }
    }
    // Option values that happen to be command names ("--password simulator") stay values.
    cli.setAllowSubcommandsAsOptionParameters(true);
    cli.setOut(new java.io.PrintWriter(out, true));
    // Whatever picocli itself writes to stderr goes through the safe stream's print, not around it.
    PrintStream safe = err;
    cli.setErr(
        new java.io.PrintWriter(
            new java.io.Writer() {
              @Override
              public void write(char[] buf, int off, int len) {
                safe.print(new String(buf, off, len));
              }

              @Override
              public void flush() {
                safe.flush();
              }

              @Override
              public void close() {
                safe.flush();
              }
            },
            true));
    HelpSupport.configure(cli);
    Terminal.SafeStream safeErr = (Terminal.SafeStream) err;
    cli.setParameterExceptionHandler((e, a) -> Failures.reportParse(e, this));
    cli.setExecutionExceptionHandler((e, cmd, parse) -> Failures.report(e, this));
    cli.setExecutionStrategy(
        parse -> {
          Logging.configure(debug);
          int before = safeErr.lines();
          int notesBefore = notes;
          int code =
              allTenants ? AllTenants.run(this, parse) : new CommandLine.RunLast().execute(parse);
          if (code != 0 && safeErr.lines() - before == notes - notesBefore) {
            // A command that failed without a word: never a silent non-zero exit.
            Failures.reportSilent(code, last(parse).getCommandSpec().qualifiedName(), this);
          }
          return code;
        });
    return cli;
  }

  /** The top-level command a command line names, or null when it names none (or help). */
  private static String commandName(CommandLine.Model.CommandSpec root, String[] args) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.startsWith("-")) {
        int eq = a.indexOf('=');
        CommandLine.Model.OptionSpec o = root.optionsMap().get(eq > 0 ? a.substring(0, eq) : a);
        if (o == null) {
          return null; // unknown: let the parser with every command say what is wrong
        }
        if (eq < 0 && o.arity().max() > 0) {
          i++;
        }
        continue;
      }
      // help, batch and completion work on the whole tree.
      return COMMANDS.containsKey(a) && !List.of("help", "batch", "completion").contains(a)
          ? a
          : null;
    }
    return null;
  }

  private static CommandLine last(CommandLine.ParseResult parse) {
    CommandLine.ParseResult p = parse;
    while (p.hasSubcommand()) {
      p = p.subcommand();
    }
    return p.commandSpec().commandLine();
  }

  /** Ends the session and stops an embedded simulator. */
  void close() {
    if (manager != null) {
      manager.close();
      manager = null;
    }
    if (primary != null) {
      primary.close();
      primary = null;
    }
    if (embedded != null) {
      embedded.close();
      embedded = null;
    }
  }

  /**
   * The executable's entry point.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    Dsm4j dsm4j = new Dsm4j();
    // Log lines (slf4j-simple, java.util.logging) go to System.err: mask and escape them too.
    dsm4j.err =
        new Terminal.SafeStream(
            new java.io.FileOutputStream(java.io.FileDescriptor.err), dsm4j.secrets);
    System.setErr(dsm4j.err);
    System.exit(dsm4j.execute(args));
  }
}
