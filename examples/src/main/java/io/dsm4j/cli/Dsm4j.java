package io.dsm4j.cli;

import io.dsm4j.Backend;
import io.dsm4j.Manager;
import io.dsm4j.ProxyOptions;
import io.dsm4j.TlsOptions;
import io.dsm4j.exception.DsmException;
import io.dsm4j.testkit.DsmSimulator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The dsm4j command line. Data goes to stdout (a table, or JSON lines with {@code --output json});
 * progress, warnings and errors go to stderr. Exit codes: 0 success, 1 failure, 2 usage, 3 a bulk
 * action that partly failed.
 */
@Command(
    name = "dsm4j",
    mixinStandardHelpOptions = true,
    version = "dsm4j 0.1.0",
    description = "Automate a Deep Security Manager through its REST and SOAP APIs.",
    subcommands = {
      InfoCommand.class,
      PolicyCommands.class,
      RuleCommands.class,
      ComputerCommands.class,
      UpdateCommands.class,
      RuleUpdateCommands.class,
      EventCommands.class,
      DemoCommand.class,
      SimulatorCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Dsm4j implements Runnable {
  static final int FAILURE = 1;
  static final int USAGE = 2;
  static final int PARTIAL = 3;

  @Option(names = "--url", scope = ScopeType.INHERIT, description = "Manager URL (DSM_URL).")
  String url;

  @Option(names = "--api-key", scope = ScopeType.INHERIT, description = "API key (DSM_API_KEY).")
  String apiKey;

  @Option(
      names = "--api-key-file",
      scope = ScopeType.INHERIT,
      description = "Read the API key from FILE.")
  Path apiKeyFile;

  @Option(
      names = "--username",
      scope = ScopeType.INHERIT,
      description = "SOAP user (DSM_USERNAME).")
  String username;

  @Option(
      names = "--password",
      scope = ScopeType.INHERIT,
      description = "SOAP password (DSM_PASSWORD); prefer --password-file.")
  String password;

  @Option(
      names = "--password-file",
      scope = ScopeType.INHERIT,
      description = "Read the password from FILE ('-' reads stdin).")
  String passwordFile;

  @Option(names = "--tenant", scope = ScopeType.INHERIT, description = "Tenant (DSM_TENANT).")
  String tenant;

  @Option(
      names = "--backend",
      scope = ScopeType.INHERIT,
      description = "rest, soap or auto (default auto, or DSM_BACKEND).")
  String backend;

  @Option(
      names = "--trust-cert",
      scope = ScopeType.INHERIT,
      description = "Trust this PEM certificate.")
  Path trustCert;

  @Option(
      names = "--trust-store",
      scope = ScopeType.INHERIT,
      description = "Trust this store (PKCS12/JKS; password in DSM_TRUST_STORE_PASSWORD).")
  Path trustStore;

  @Option(
      names = "--insecure",
      scope = ScopeType.INHERIT,
      description = "Do not verify the manager's certificate (dangerous).")
  boolean insecure;

  @Option(names = "--proxy", scope = ScopeType.INHERIT, description = "HTTP proxy HOST:PORT.")
  String proxy;

  @Option(
      names = "--timeout",
      scope = ScopeType.INHERIT,
      description = "Read timeout (e.g. 60s, 5m).")
  String timeout;

  @Option(
      names = "--output",
      scope = ScopeType.INHERIT,
      description = "table or json (one object per line).")
  String output = "table";

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Verbose logs and stack traces.")
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
  private DsmSimulator embedded;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        new CommandLine(this), "a command is required (try dsm4j --help)");
  }

  /**
   * @return the output format
   */
  Output output() {
    return switch (output.toLowerCase(Locale.ROOT)) {
      case "table" -> new Output(Output.Format.TABLE, out);
      case "json" -> new Output(Output.Format.JSON, out);
      default -> throw new UsageException("--output must be table or json, not '" + output + "'");
    };
  }

  /** Builds the manager from the options, then the environment. */
  Manager connect() {
    Manager.Builder b;
    if (simulator) {
      b = simulator().managerBuilder(Backend.AUTO);
    } else {
      b = Manager.fromEnvironment(env);
      if (url != null) {
        b.url(url);
      }
      if (apiKey != null) {
        b.apiKey(apiKey);
      }
      if (apiKeyFile != null) {
        b.apiKey(readFirstLine(apiKeyFile.toString(), "API key"));
      }
      if (username != null) {
        b.username(username);
      }
      if (password != null) {
        b.password(password.toCharArray());
      }
      if (passwordFile != null) {
        b.password(readFirstLine(passwordFile, "password").toCharArray());
      }
      if (tenant != null) {
        b.tenant(tenant);
      }
    }
    if (backend != null) {
      try {
        b.backend(Backend.valueOf(backend.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new UsageException("--backend must be rest, soap or auto, not '" + backend + "'");
      }
    }
    if (insecure) {
      err.println("dsm4j: WARNING: --insecure: the manager's certificate is not verified");
      b.tls(TlsOptions.builder().insecureTrustAll().build());
    } else if (trustCert != null) {
      b.tls(TlsOptions.builder().trustedCertificatePem(trustCert).build());
    } else if (trustStore != null) {
      String pw = env.get("DSM_TRUST_STORE_PASSWORD");
      String type =
          trustStore.toString().toLowerCase(Locale.ROOT).endsWith(".jks") ? "JKS" : "PKCS12";
      b.tls(
          TlsOptions.builder()
              .trustStore(trustStore, pw == null ? null : pw.toCharArray(), type)
              .build());
    }
    if (proxy != null) {
      b.proxy(ProxyOptions.parse(proxy));
    }
    if (timeout != null) {
      b.readTimeout(Times.duration(timeout));
    }
    return b.build();
  }

  DsmSimulator simulator() {
    if (embedded == null) {
      err.println("dsm4j: starting the embedded simulator…");
      embedded = DsmSimulator.builder().scanDelay(Duration.ofSeconds(1)).start();
    }
    return embedded;
  }

  private String readFirstLine(String file, String what) {
    try {
      BufferedReader r =
          file.equals("-")
              ? new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
              : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
      String line = r.readLine();
      if (line == null || line.isBlank()) {
        throw new UsageException("no " + what + " in " + (file.equals("-") ? "stdin" : file));
      }
      return line.strip();
    } catch (IOException e) {
      throw new UsageException("cannot read the " + what + " from " + file + ": " + e.getMessage());
    }
  }

  void closeSimulator() {
    if (embedded != null) {
      embedded.close();
      embedded = null;
    }
  }

  /** A usage error found after parsing (exit code 2). */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /**
   * Runs the command line.
   *
   * @param args the arguments
   * @return the exit code
   */
  public int execute(String... args) {
    CommandLine cli = new CommandLine(this);
    // Option values that happen to be command names ("--password simulator") stay values.
    cli.setAllowSubcommandsAsOptionParameters(true);
    cli.setOut(new java.io.PrintWriter(out, true));
    cli.setErr(new java.io.PrintWriter(err, true));
    cli.setExecutionStrategy(
        parse -> {
          Logging.configure(debug);
          return new CommandLine.RunLast().execute(parse);
        });
    cli.setExecutionExceptionHandler(
        (e, cmd, parse) -> {
          int code = exitCode(e);
          String message = e.getMessage() == null ? e.toString() : e.getMessage();
          err.println("dsm4j: " + (code == USAGE ? "usage: " : "") + message);
          if (debug) {
            e.printStackTrace(err);
          } else if (code == FAILURE && !(e instanceof DsmException)) {
            err.println("dsm4j: (run with --debug for details)");
          }
          return code;
        });
    try {
      return cli.execute(args);
    } finally {
      closeSimulator();
    }
  }

  private static int exitCode(Exception e) {
    if (e instanceof UsageException
        || e instanceof IllegalArgumentException
        || e instanceof IllegalStateException) {
      return USAGE;
    }
    return FAILURE;
  }

  /**
   * The executable's entry point.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(new Dsm4j().execute(args));
  }
}
