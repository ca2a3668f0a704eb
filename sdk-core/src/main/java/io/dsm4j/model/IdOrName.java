package io.dsm4j.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a person names a policy, computer, rule or other object on a command line or in a file: all
 * digits is a database ID, anything else an exact name, and {@code name:TEXT} is always a name (for
 * a name that is all digits, e.g. {@code name:2024}). One rule for the command line and the
 * automation module.
 *
 * @param id the ID, or 0 when this is a name
 * @param name the name, or null when this is an ID
 */
public record IdOrName(int id, @Nullable String name) {
  /** The prefix that makes any text a name. */
  public static final String NAME_PREFIX = "name:";

  /**
   * Validates that exactly one of the two is given.
   *
   * @param id the ID, or 0 when this is a name
   * @param name the name, or null when this is an ID
   */
  public IdOrName {
    if ((id > 0) == (name != null)) {
      throw new IllegalArgumentException("give either a positive ID or a name");
    }
    if (name != null && name.isBlank()) {
      throw new IllegalArgumentException("a name must not be blank");
    }
  }

  /**
   * Parses what a person typed.
   *
   * @param text an ID (1 to 2147483647), a name, or {@code name:} and a name
   * @param what what is named, for the error message, e.g. {@code policy}
   * @return the reference
   * @throws IllegalArgumentException when the text is blank, an ID is 0 or out of range, or {@code
   *     name:} is followed by nothing
   */
  public static IdOrName parse(String text, String what) {
    Objects.requireNonNull(text, what);
    if (text.startsWith(NAME_PREFIX)) {
      String n = text.substring(NAME_PREFIX.length());
      if (n.isBlank()) {
        throw new IllegalArgumentException(what + " name after '" + NAME_PREFIX + "' is empty");
      }
      return new IdOrName(0, n);
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException(what + " must be an ID or a name, got an empty value");
    }
    if (isDigits(text)) {
      long v;
      try {
        v = text.length() > 10 ? Long.MAX_VALUE : Long.parseLong(text);
      } catch (NumberFormatException e) {
        v = Long.MAX_VALUE;
      }
      if (v < 1 || v > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(
            what
                + " ID must be 1 to "
                + Integer.MAX_VALUE
                + ", got "
                + text
                + " (for a name that is all digits write "
                + NAME_PREFIX
                + text
                + ")");
      }
      return new IdOrName((int) v, null);
    }
    return new IdOrName(0, text);
  }

  /**
   * @param id a positive ID
   * @return the reference
   */
  public static IdOrName ofId(int id) {
    return new IdOrName(id, null);
  }

  /**
   * @param name a name
   * @return the reference
   */
  public static IdOrName ofName(String name) {
    return new IdOrName(0, Objects.requireNonNull(name, "name"));
  }

  /**
   * @return whether this is an ID
   */
  public boolean isId() {
    return name == null;
  }

  private static boolean isDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return !s.isEmpty();
  }

  @Override
  public String toString() {
    return isId() ? Integer.toString(id) : "'" + name + "'";
  }
}
