package io.dsm4j.cli;

import io.dsm4j.Backend;
import io.dsm4j.Manager;
import io.dsm4j.ProxyOptions;
import io.dsm4j.TlsOptions;
import io.dsm4j.spi.Secrets;
import io.dsm4j.testkit.DsmSimulator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds the {@link Manager} from the command line, then a profile (when one is chosen) or the
 * environment, and says what is wrong in the CLI's words: which option or variable, and what to
 * write instead. Secrets it reads are registered so that stderr masks them.
 */
final class Connector {
  private static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofMinutes(2);
  private static final java.util.regex.Pattern SECRET_OPTION =
      java.util.regex.Pattern.compile("(?i)key|pass|secret|token");

  private final Dsm4j root;
  private final Profiles.Profile profile;
  private boolean stdinUsed;
  private boolean soap;

  Connector(Dsm4j root) {
    this.root = root;
    // DSM_PROFILE chooses a manager unless --simulator chose the embedded one.
    String name =
        root.profile != null
            ? root.profile
            : root.simulator ? null : blankToNull(root.env.get("DSM_PROFILE"));
    this.profile = name == null ? null : Profiles.load(root.env, name);
  }

  /** A setting's value and where it came from, in the user's words ("--url", "DSM_URL"). */
  record Value(String text, String source) {}

  /** Registers the secrets known before parsing: from the environment and the raw arguments. */
  static void registerSecrets(Secrets secrets, Map<String, String> env, String[] args) {
    for (String v :
        List.of(
            "DSM_API_KEY", "DSM_CLOUD_ONE_API_KEY", "DSM_PASSWORD", "DSM_TRUST_STORE_PASSWORD")) {
      String s = env.get(v);
      if (s != null) {
        addSecret(secrets, s);
      }
    }
    // The value of anything that looks like a secret option, misspelt ones included: a parse
    // error quotes the arguments it does not know ("Unknown options: '--apikey', 'VALUE'").
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      int eq = a.indexOf('=');
      String name = eq > 0 ? a.substring(0, eq) : a;
      if (!name.startsWith("-") || !SECRET_OPTION.matcher(name).find() || name.endsWith("-file")) {
        continue;
      }
      if (eq > 0) {
        addSecret(secrets, a.substring(eq + 1));
      } else if (i + 1 < args.length) {
        addSecret(secrets, args[i + 1]);
      }
    }
  }

  /**
   * Registers a secret as given and trimmed. The simulator's published default password is an
   * ordinary word ("simulator"): masking it would garble messages and protect nothing.
   */
  static void addSecret(Secrets secrets, String value) {
    if (value == null || value.strip().equals(DsmSimulator.DEFAULT_PASSWORD)) {
      return;
    }
    secrets.add(value);
    secrets.add(value.strip());
  }

  Manager connect() {
    Manager.Builder b;
    if (root.simulator) {
      if (root.url != null || profile != null) {
        throw new Dsm4j.UsageException(
            "--simulator starts its own manager: leave out --url and --profile");
      }
      b = root.simulator().managerBuilder(Backend.AUTO);
      soap = true;
      Value backend = pick(root.backend, "--backend", "backend", "DSM_BACKEND");
      if (backend != null) {
        b.backend(backend(backend));
      }
    } else {
      b = Manager.builder();
      configure(b);
    }
    b.retryListener(
        (operation, attempt, max, wait, failure) ->
            root.note(
                "retrying in "
                    + seconds(wait)
                    + " ("
                    + (attempt + 1)
                    + "/"
                    + max
                    + "): "
                    + Terminal.oneLine(failure.getMessage())));
    // Ctrl-C or SIGTERM must not leave a SOAP session behind (DSM limits sessions per user).
    b.endSessionOnShutdown(true);
    b.tls(tls());
    Value proxy = pick(root.proxy, "--proxy", "proxy", null);
    if (proxy != null) {
      b.proxy(usage(proxy.source(), () -> ProxyOptions.parse(proxy.text())));
    }
    Value timeout = pick(root.timeout, "--timeout", "timeout", null);
    if (timeout != null) {
      Duration t = usage(timeout.source(), () -> Times.duration(timeout.text()));
      b.readTimeout(t);
      b.callTimeout(t.compareTo(DEFAULT_CALL_TIMEOUT) > 0 ? t : DEFAULT_CALL_TIMEOUT);
    }
    if (soap) {
      Logging.configureJul(root.debug); // JAX-WS logs through java.util.logging
    }
    try {
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      // build() only checks the configuration, which is the user's: no network call was made.
      throw new Dsm4j.UsageException(e.getMessage(), e);
    }
  }

  private void configure(Manager.Builder b) {
    Value url = pick(root.url, "--url", "url", "DSM_URL");
    if (url == null) {
      throw new Dsm4j.UsageException(
          "no manager URL: give --url URL or set DSM_URL (or choose a --profile; --simulator runs"
              + " a local one)");
    }
    url(b, url);
    Value backendValue = pick(root.backend, "--backend", "backend", "DSM_BACKEND");
    Backend backend = backendValue == null ? Backend.AUTO : backend(backendValue);
    b.backend(backend);

    boolean hasKey = apiKey(b);
    Value user = pick(root.username, "--username", "username", "DSM_USERNAME");
    String password = password();
    Value tenant = pick(root.tenant, "--tenant", "tenant", "DSM_TENANT");
    if (user != null && password == null && backend != Backend.REST) {
      throw new Dsm4j.UsageException(
          user.source() + " needs a password: --password-file FILE or DSM_PASSWORD");
    }
    if (password != null && user == null && backend != Backend.REST) {
      throw new Dsm4j.UsageException(
          "a password needs a user name: --username USER or DSM_USERNAME");
    }
    boolean hasUser = user != null && password != null;
    soap = hasUser && backend != Backend.REST;
    if (hasUser) {
      b.username(user.text()).password(password.toCharArray());
    }
    if (tenant != null) {
      if (!hasUser) {
        throw new Dsm4j.UsageException(
            tenant.source() + " needs a user name and password (SOAP sign-in)");
      }
      b.tenant(tenant.text());
    }
    switch (backend) {
      case REST -> {
        if (!hasKey) {
          throw new Dsm4j.UsageException(
              "the REST backend needs an API key: --api-key-file FILE or DSM_API_KEY");
        }
      }
      case SOAP -> {
        if (!hasUser) {
          throw new Dsm4j.UsageException(
              "the SOAP backend needs a user name and password: --username USER with"
                  + " --password-file FILE (or DSM_USERNAME and DSM_PASSWORD)");
        }
      }
      case AUTO -> {
        if (!hasKey && !hasUser) {
          throw new Dsm4j.UsageException(
              "no credentials: give an API key (--api-key-file FILE or DSM_API_KEY) and/or a"
                  + " user name and password (--username USER --password-file FILE, or"
                  + " DSM_USERNAME and DSM_PASSWORD)");
        }
      }
    }
  }

  private static void url(Manager.Builder b, Value url) {
    String t = url.text().trim();
    if (!t.regionMatches(true, 0, "https://", 0, 8) && !t.regionMatches(true, 0, "http://", 0, 7)) {
      if (t.contains("://")) {
        throw new Dsm4j.UsageException(
            url.source() + " must be an https:// (or http://) URL, not '" + t + "'");
      }
      throw new Dsm4j.UsageException(
          url.source()
              + " '"
              + t
              + "' has no scheme: write https://"
              + t
              + " for a manager (http://"
              + t
              + " for the dsm4j simulator)");
    }
    usage(url.source(), () -> b.url(t));
  }

  private static Backend backend(Value v) {
    return switch (v.text().trim().toLowerCase(Locale.ROOT)) {
      case "rest" -> Backend.REST;
      case "soap" -> Backend.SOAP;
      case "auto" -> Backend.AUTO;
      default ->
          throw new Dsm4j.UsageException(
              v.source() + " must be rest, soap or auto, not '" + v.text() + "'");
    };
  }

  /** Sets the API key from the first source that has one; whether there was one. */
  private boolean apiKey(Manager.Builder b) {
    if (root.apiKey != null) {
      root.note(
          "warning: --api-key puts the key where other users can see it (ps, shell history); use"
              + " --api-key-file FILE or DSM_API_KEY");
      b.apiKey(root.apiKey);
      return true;
    }
    if (root.apiKeyFile != null) {
      b.apiKey(readSecret(root.apiKeyFile, "--api-key-file", "API key"));
      return true;
    }
    if (profile != null) {
      String secret = profileSecret("api-key", "API key");
      if (secret == null) {
        return false;
      }
      if (Boolean.parseBoolean(profile.get("cloud-one"))) {
        b.cloudOneApiKey(secret);
      } else {
        b.apiKey(secret);
      }
      return true;
    }
    String key = blankToNull(root.env.get("DSM_API_KEY"));
    if (key != null) {
      b.apiKey(key.trim());
      return true;
    }
    String cloudOne = blankToNull(root.env.get("DSM_CLOUD_ONE_API_KEY"));
    if (cloudOne != null) {
      b.cloudOneApiKey(cloudOne.trim());
      return true;
    }
    return false;
  }

  private String password() {
    if (root.password != null) {
      root.note(
          "warning: --password puts the password where other users can see it (ps, shell"
              + " history); use --password-file FILE or DSM_PASSWORD");
      return root.password;
    }
    if (root.passwordFile != null) {
      return readSecret(root.passwordFile, "--password-file", "password");
    }
    if (profile != null) {
      return profileSecret("password", "password");
    }
    String pw = root.env.get("DSM_PASSWORD");
    return pw == null || pw.isEmpty() ? null : pw;
  }

  /** A profile's secret: {@code KEY-file} (a file) or {@code KEY-env} (a variable's name). */
  private String profileSecret(String key, String what) {
    String file = profile.get(key + "-file");
    if (file != null) {
      return readSecret(profile.path(file).toString(), profile.describe(key + "-file"), what);
    }
    String var = profile.get(key + "-env");
    if (var != null) {
      String v = root.env.get(var);
      if (v == null || v.isBlank()) {
        throw new Dsm4j.UsageException(
            profile.describe(key + "-env") + " names " + var + ", which is not set");
      }
      addSecret(root.secrets, v);
      return v.trim();
    }
    return null;
  }

  /** The first line of a file (or stdin for "-"), warning when others can read the file. */
  private String readSecret(String file, String option, String what) {
    boolean stdin = file.equals("-");
    if (stdin && stdinUsed) {
      throw new Dsm4j.UsageException("only one secret can be read from stdin ('-')");
    }
    stdinUsed |= stdin;
    String line;
    try {
      if (!stdin) {
        warnIfShared(Path.of(file));
      }
      BufferedReader r =
          stdin
              ? new BufferedReader(new InputStreamReader(root.in, StandardCharsets.UTF_8))
              : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
      line = r.readLine();
    } catch (IOException | java.io.UncheckedIOException e) {
      Throwable io = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
      throw new Dsm4j.UsageException(
          "cannot read the "
              + what
              + " from "
              + option
              + " "
              + file
              + ": "
              + Failures.fileReason(io),
          e);
    }
    if (line == null || line.isBlank()) {
      throw new Dsm4j.UsageException(
          "no " + what + " in " + (stdin ? "stdin" : file) + " (" + option + ")");
    }
    addSecret(root.secrets, line);
    return line.strip();
  }

  /** A secret file other users can read is a leak waiting to happen: say so (POSIX only). */
  private void warnIfShared(Path file) throws IOException {
    Set<PosixFilePermission> perms;
    try {
      perms = Files.getPosixFilePermissions(file);
    } catch (UnsupportedOperationException notPosix) {
      return;
    }
    if (perms.contains(PosixFilePermission.GROUP_READ)
        || perms.contains(PosixFilePermission.OTHERS_READ)) {
      root.note(
          "warning: "
              + file
              + " can be read by other users ("
              + PosixFilePermissions.toString(perms)
              + "); chmod 600 "
              + file);
    }
  }

  private TlsOptions tls() {
    TlsOptions.Builder t = TlsOptions.builder();
    Value cert = pick(str(root.trustCert), "--trust-cert", "trust-cert", null);
    Value store = pick(str(root.trustStore), "--trust-store", "trust-store", null);
    if (root.insecure) {
      if (cert != null || store != null) {
        throw new Dsm4j.UsageException(
            "--insecure turns verification off: leave out --trust-cert and --trust-store");
      }
      root.note("warning: --insecure: the manager's certificate is not verified");
      t.insecureTrustAll();
    }
    if (cert != null && store != null) {
      throw new Dsm4j.UsageException("choose either --trust-cert or --trust-store, not both");
    }
    if (cert != null) {
      t.trustedCertificatePem(readable(cert));
    }
    if (store != null) {
      Path p = readable(store);
      String pw = root.env.get("DSM_TRUST_STORE_PASSWORD");
      String type = p.toString().toLowerCase(Locale.ROOT).endsWith(".jks") ? "JKS" : "PKCS12";
      t.trustStore(p, pw == null ? null : pw.toCharArray(), type);
    }
    List<Value> pins = new ArrayList<>();
    root.pins.forEach(p -> pins.add(new Value(p, "--pin-sha256")));
    if (pins.isEmpty() && profile != null && profile.get("pin-sha256") != null) {
      for (String p : profile.get("pin-sha256").split("[,\\s]+")) {
        pins.add(new Value(p, profile.describe("pin-sha256")));
      }
    }
    for (Value pin : pins) {
      usage(pin.source(), () -> t.pinnedSha256(pin.text()));
    }
    return usage("TLS options", t::build);
  }

  /** The manager's URL as given (option, profile or variable), or null. */
  Value urlValue() {
    return pick(root.url, "--url", "url", "DSM_URL");
  }

  /** The TLS options alone, for tests. */
  TlsOptions tlsOptions() {
    return tls();
  }

  private Path readable(Value v) {
    Path p =
        profile != null && !v.source().startsWith("--")
            ? profile.path(v.text())
            : Path.of(v.text());
    if (!Files.isReadable(p)) {
      throw new Dsm4j.UsageException(
          "cannot read "
              + v.source()
              + " "
              + p
              + ": "
              + (Files.exists(p) ? "permission denied" : "no such file or directory"));
    }
    return p;
  }

  /** The option's value, else the profile's (when one is chosen), else the variable's. */
  private Value pick(String option, String optionName, String profileKey, String envName) {
    if (option != null) {
      return new Value(option, optionName);
    }
    if (profile != null) {
      String v = profile.get(profileKey);
      return v == null ? null : new Value(v, profile.describe(profileKey));
    }
    if (envName == null) {
      return null;
    }
    String v = blankToNull(root.env.get(envName));
    return v == null ? null : new Value(v.trim(), envName);
  }

  /** Runs a library check of the user's input; its rejection is a usage error naming the input. */
  static <T> T usage(String source, java.util.function.Supplier<T> check) {
    try {
      return check.get();
    } catch (Dsm4j.UsageException e) {
      if (e.getMessage().startsWith(source)) {
        throw e; // it names the input already (e.g. "--file X: 'name' must be a string")
      }
      throw new Dsm4j.UsageException(source + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new Dsm4j.UsageException(source + ": " + e.getMessage(), e);
    }
  }

  private static String seconds(Duration d) {
    long ms = d.toMillis();
    return ms < 1000
        ? String.format(Locale.ROOT, "%.1fs", ms / 1000.0)
        : Math.round(ms / 1000.0) + "s";
  }

  private static String str(Path p) {
    return p == null ? null : p.toString();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
