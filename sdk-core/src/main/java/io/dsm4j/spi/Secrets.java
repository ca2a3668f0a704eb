package io.dsm4j.spi;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The secrets one {@code Manager} holds (API key, password, session IDs, and secrets later sent in
 * request bodies) and the one place that removes them from text. The core redacts every exception
 * that leaves a {@code Manager}, with its causes; a backend redacts whatever it logs and any server
 * text it quotes. A server's text is untrusted: it may echo a secret in any common encoding, so
 * each secret is also matched URL-, XML-, JSON- and Base64-encoded.
 *
 * <p>Thread-safe. Secrets shorter than {@link #MIN_LENGTH} characters are not matched (they would
 * mask ordinary words); they are rejected where dsm4j takes them.
 *
 * <p>SPI: for backend implementors.
 */
public final class Secrets {
  /** The shortest secret that is matched. */
  public static final int MIN_LENGTH = 4;

  /** What a secret is replaced with. */
  public static final String MASK = "****";

  private final Set<String> forms = new LinkedHashSet<>();
  private volatile List<String> sorted = List.of();

  /** An empty registry. */
  public Secrets() {}

  /**
   * Adds a secret (and its encoded forms). Null and short values are ignored.
   *
   * @param secret the secret
   */
  public void add(String secret) {
    if (secret == null || secret.length() < MIN_LENGTH) {
      return;
    }
    synchronized (forms) {
      boolean changed = false;
      for (String f : encodings(secret)) {
        if (f.length() >= MIN_LENGTH) {
          changed |= forms.add(f);
        }
      }
      if (changed) {
        List<String> copy = new ArrayList<>(forms);
        // Longest first, so a secret that contains another is masked whole.
        copy.sort(Comparator.comparingInt(String::length).reversed());
        sorted = List.copyOf(copy);
      }
    }
  }

  /**
   * Adds a secret held as characters.
   *
   * @param secret the secret, or null
   */
  public void add(@Nullable char[] secret) {
    if (secret != null) {
      add(new String(secret));
    }
  }

  /**
   * @param text any text, or null
   * @return the text with every known secret replaced by {@link #MASK}
   */
  public String redact(@Nullable String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = text;
    for (String f : sorted) {
      if (out.contains(f)) {
        out = out.replace(f, MASK);
      }
    }
    return out;
  }

  /**
   * @param text any text, or null
   * @return whether it contains a known secret
   */
  public boolean containsSecret(@Nullable String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    for (String f : sorted) {
      if (text.contains(f)) {
        return true;
      }
    }
    return false;
  }

  /**
   * @return whether no secret is registered
   */
  public boolean isEmpty() {
    return sorted.isEmpty();
  }

  private static Set<String> encodings(String s) {
    Set<String> out = new LinkedHashSet<>();
    out.add(s);
    out.add(URLEncoder.encode(s, StandardCharsets.UTF_8));
    out.add(URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"));
    out.add(
        s.replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\"", "&quot;")
            .replace("'", "&apos;"));
    out.add(s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
    out.add(s.replace("\\", "\\\\").replace("\"", "\\\""));
    out.add(Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8)));
    return out;
  }

  @Override
  public String toString() {
    return "Secrets[" + sorted.size() + " forms]";
  }
}
