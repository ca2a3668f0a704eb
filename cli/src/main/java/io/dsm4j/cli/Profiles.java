package io.dsm4j.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Named managers in {@code $XDG_CONFIG_HOME/dsm4j/config} (default {@code ~/.config/dsm4j/config}),
 * chosen with {@code --profile NAME} or {@code DSM_PROFILE}:
 *
 * <pre>
 * [prod]
 * url = https://dsm.example.com:4119
 * api-key-file = ~/.config/dsm4j/prod.key
 * username = api-user
 * password-env = DSM_PROD_PASSWORD
 * trust-cert = prod.pem
 * </pre>
 *
 * Secrets are referenced, never stored: a file ({@code api-key-file}, {@code password-file}) or an
 * environment variable's name ({@code api-key-env}, {@code password-env}). A profile that holds a
 * secret in the clear is refused. Relative paths are relative to the config file's directory.
 */
final class Profiles {
  /** The keys a profile may set. */
  static final Set<String> KEYS =
      Set.of(
          "url",
          "api-key-file",
          "api-key-env",
          "cloud-one",
          "username",
          "password-file",
          "password-env",
          "tenant",
          "backend",
          "trust-cert",
          "trust-store",
          "pin-sha256",
          "proxy",
          "timeout");

  /** Keys that would hold a secret in the clear. */
  private static final Set<String> CLEARTEXT =
      Set.of("api-key", "password", "secret", "trust-store-password", "cloud-one-api-key");

  private Profiles() {}

  /** One profile. */
  record Profile(String name, Path file, Map<String, String> values, Map<String, Integer> lines) {
    String get(String key) {
      return values.get(key);
    }

    /** Where a key was set, for messages: {@code profile 'prod' (FILE:3) url}. */
    String describe(String key) {
      Integer line = lines.get(key);
      return "profile '" + name + "' (" + file + (line == null ? "" : ":" + line) + ") " + key;
    }

    /** A path from the profile: {@code ~/} is the home directory, relative is to the file. */
    Path path(String value) {
      Path dir = file.toAbsolutePath().getParent();
      if (value.startsWith("~/")) {
        return Path.of(System.getProperty("user.home")).resolve(value.substring(2));
      }
      Path p = Path.of(value);
      return p.isAbsolute() || dir == null ? p : dir.resolve(p);
    }
  }

  /** The config file: {@code $XDG_CONFIG_HOME/dsm4j/config}, else under {@code ~/.config}. */
  static Path configFile(Map<String, String> env) {
    String xdg = env.get("XDG_CONFIG_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "dsm4j", "config");
    }
    String home = env.get("HOME");
    if (home == null || home.isBlank()) {
      home = System.getProperty("user.home");
    }
    return Path.of(home, ".config", "dsm4j", "config");
  }

  static Profile load(Map<String, String> env, String name) {
    Path file = configFile(env);
    List<String> text;
    try {
      text = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new Dsm4j.UsageException(
          "no config file " + file + " for profile '" + name + "' (see dsm4j --help)");
    } catch (IOException e) {
      throw new Dsm4j.UsageException(
          "cannot read the config file " + file + ": " + Failures.fileReason(e), e);
    }
    Map<String, Map<String, String>> profiles = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> lineNumbers = new LinkedHashMap<>();
    String current = null;
    for (int i = 0; i < text.size(); i++) {
      String line = text.get(i).strip();
      int n = i + 1;
      if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        current = line.substring(1, line.length() - 1).strip();
        if (current.isEmpty()) {
          throw bad(file, n, "a profile needs a name: [NAME]");
        }
        profiles.putIfAbsent(current, new LinkedHashMap<>());
        lineNumbers.putIfAbsent(current, new LinkedHashMap<>());
        continue;
      }
      int eq = line.indexOf('=');
      if (eq <= 0) {
        throw bad(file, n, "expected KEY = VALUE or [PROFILE]");
      }
      if (current == null) {
        throw bad(file, n, "a setting before the first [PROFILE]");
      }
      String key = line.substring(0, eq).strip().toLowerCase(java.util.Locale.ROOT);
      String value = unquote(line.substring(eq + 1).strip());
      if (CLEARTEXT.contains(key)) {
        throw bad(
            file,
            n,
            "profile '"
                + current
                + "' holds a "
                + key
                + " in the clear; dsm4j does not read stored secrets: use "
                + (key.startsWith("api-key") || key.startsWith("cloud") ? "api-key" : "password")
                + "-file FILE or "
                + (key.startsWith("api-key") || key.startsWith("cloud") ? "api-key" : "password")
                + "-env VARIABLE");
      }
      if (!KEYS.contains(key)) {
        throw bad(
            file, n, "unknown setting '" + key + "' (known: " + String.join(", ", sorted()) + ")");
      }
      profiles.get(current).put(key, value);
      lineNumbers.get(current).put(key, n);
    }
    Map<String, String> values = profiles.get(name);
    if (values == null) {
      String known = profiles.isEmpty() ? "none" : String.join(", ", profiles.keySet());
      String hint =
          io.dsm4j.automation.IdOrNameResolver.suggestion(name, List.copyOf(profiles.keySet()))
              .orElse(null);
      throw new Dsm4j.UsageException(
          "no profile '"
              + name
              + "' in "
              + file
              + (hint == null ? "" : "; did you mean '" + hint + "'?")
              + " (profiles there: "
              + known
              + ")");
    }
    return new Profile(name, file, Map.copyOf(values), Map.copyOf(lineNumbers.get(name)));
  }

  private static List<String> sorted() {
    return KEYS.stream().sorted().toList();
  }

  private static String unquote(String v) {
    if (v.length() >= 2
        && ((v.startsWith("\"") && v.endsWith("\"")) || (v.startsWith("'") && v.endsWith("'")))) {
      return v.substring(1, v.length() - 1);
    }
    return v;
  }

  private static Dsm4j.UsageException bad(Path file, int line, String what) {
    return new Dsm4j.UsageException(file + ":" + line + ": " + what);
  }
}
