package io.dsm4j;

import java.util.Objects;

/**
 * Compares manager versions as managers report them ({@code 20.0.877}, {@code 12.5.85}, a Cloud One
 * build such as {@code 50.0.827}): dotted numbers, compared number by number, missing numbers
 * counting as 0; anything after the first character that is neither a digit nor a dot is ignored
 * ({@code 20.0.877-beta} is {@code 20.0.877}).
 */
public final class ManagerVersion {
  private ManagerVersion() {}

  /**
   * @param a a version
   * @param b another version
   * @return negative, zero or positive as {@code a} is older than, the same as or newer than {@code
   *     b}
   */
  public static int compare(String a, String b) {
    long[] x = parse(Objects.requireNonNull(a, "a"));
    long[] y = parse(Objects.requireNonNull(b, "b"));
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      long p = i < x.length ? x[i] : 0;
      long q = i < y.length ? y[i] : 0;
      if (p != q) {
        return Long.compare(p, q);
      }
    }
    return 0;
  }

  /**
   * @param version a version as a manager reports it
   * @return whether it has at least one number
   */
  public static boolean isVersion(String version) {
    return version != null && parse(version).length > 0;
  }

  private static long[] parse(String v) {
    String s = v.strip();
    int end = 0;
    while (end < s.length() && (Character.isDigit(s.charAt(end)) || s.charAt(end) == '.')) {
      end++;
    }
    String[] parts = s.substring(0, end).split("\\.");
    long[] out = new long[parts.length];
    int n = 0;
    for (String p : parts) {
      if (p.isEmpty()) {
        break;
      }
      try {
        out[n++] = Long.parseLong(p);
      } catch (NumberFormatException e) {
        break;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }
}
