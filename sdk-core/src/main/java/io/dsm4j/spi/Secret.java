package io.dsm4j.spi;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A secret (API key, password) held so that printing or comparing the object that holds it never
 * shows it: {@link #toString()} is {@code ****}, {@link #hashCode()} is the same for every secret,
 * {@link #equals(Object)} compares in constant time. Only {@link #reveal()} gives the value, for
 * the one place that sends it.
 *
 * <p>SPI: for backend implementors.
 */
public final class Secret {
  private final char[] value;

  private Secret(char[] value) {
    this.value = value;
  }

  /**
   * @param value the secret (copied)
   * @return the secret, or null for null
   */
  public static @Nullable Secret of(char[] value) {
    return value == null ? null : new Secret(value.clone());
  }

  /**
   * @param value the secret
   * @return the secret, or null for null
   */
  public static Secret of(String value) {
    return value == null ? null : new Secret(value.toCharArray());
  }

  /**
   * @return a copy of the secret's characters
   */
  public char[] reveal() {
    return value.clone();
  }

  /**
   * @return the secret as a string (for an HTTP header or a SOAP call)
   */
  public String revealString() {
    return new String(value);
  }

  /**
   * @return the number of characters
   */
  public int length() {
    return value.length;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Secret other)) {
      return false;
    }
    return MessageDigest.isEqual(bytes(value), bytes(other.value));
  }

  private static byte[] bytes(char[] chars) {
    var buffer = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
    byte[] out = Arrays.copyOf(buffer.array(), buffer.limit());
    Arrays.fill(buffer.array(), (byte) 0);
    return out;
  }

  @Override
  public int hashCode() {
    return Objects.hash(Secret.class); // the same for every secret: a hash must not leak one
  }

  @Override
  public String toString() {
    return "****";
  }
}
