package io.dsm4j.automation.internal;

import io.dsm4j.ManagerInfo;
import io.dsm4j.automation.RefusedException;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Binds a journal or export state to the manager it was written for: the same URL (normalised:
 * scheme and host case, default port, trailing slash), the same tenant, and the same or a newer
 * manager version (an upgraded manager is the same manager; an older version means another one).
 */
public final class ManagerBinding {
  private ManagerBinding() {}

  /**
   * @param info what the manager reports
   * @return the reference a new journal or state records
   */
  public static Journal.ManagerRef refOf(ManagerInfo info) {
    return new Journal.ManagerRef(
        normalize(info.url().toString()), info.tenant(), info.managerVersion());
  }

  /**
   * Checks a recorded binding against the manager in use and, when the manager was upgraded,
   * records the newer version (the caller writes the file).
   *
   * @param recorded the file's binding (null: refused)
   * @param info the manager in use
   * @param file the file, for messages
   * @param what what the file is ("journal", "export state")
   * @param note receives a line when the version differs but is accepted
   * @throws RefusedException when the file belongs to another manager
   */
  public static void check(
      Journal.ManagerRef recorded,
      ManagerInfo info,
      String file,
      String what,
      Consumer<String> note) {
    Journal.ManagerRef here = refOf(info);
    boolean sameUrl = recorded != null && normalize(recorded.url).equals(here.url);
    boolean sameTenant =
        recorded != null && Objects.equals(blank(recorded.tenant), blank(here.tenant));
    int cmp = recorded == null ? 0 : compareVersions(recorded.managerVersion, here.managerVersion);
    if (!sameUrl || !sameTenant || cmp > 0) {
      throw new RefusedException(
          "the "
              + what
              + " "
              + file
              + " belongs to the manager "
              + recorded
              + ", not to "
              + here
              + (sameUrl && sameTenant ? " (an older version: another manager)" : "")
              + "; use it with the manager it was written for");
    }
    if (cmp < 0) {
      note.accept(
          "the manager was upgraded since the "
              + what
              + " was written (version "
              + show(recorded.managerVersion)
              + " -> "
              + show(here.managerVersion)
              + "); continuing with the same manager");
      recorded.managerVersion = here.managerVersion;
    } else if (cmp == 0
        && !Objects.equals(blank(recorded.managerVersion), blank(here.managerVersion))) {
      note.accept(
          "the manager's version cannot be compared ("
              + show(recorded.managerVersion)
              + " recorded, "
              + show(here.managerVersion)
              + " now: the API in use does not report it); the URL and tenant match");
    }
  }

  /**
   * @param url a manager URL
   * @return it with the scheme and host in lower case, the scheme's default port left out and no
   *     trailing slash, so {@code HTTPS://DSM:443/} and {@code https://dsm} compare equal
   */
  public static String normalize(String url) {
    if (url == null) {
      return "";
    }
    URI u;
    try {
      u = URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      return url.strip();
    }
    if (u.getScheme() == null || u.getHost() == null) {
      return url.strip();
    }
    String scheme = u.getScheme().toLowerCase(Locale.ROOT);
    int port = u.getPort();
    if ((scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80)) {
      port = -1;
    }
    String path = u.getRawPath() == null ? "" : u.getRawPath();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return scheme
        + "://"
        + u.getHost().toLowerCase(Locale.ROOT)
        + (port < 0 ? "" : ":" + port)
        + path;
  }

  /**
   * Compares dotted version numbers ({@code 20.0.877} &lt; {@code 20.0.1002}); an empty or
   * unparsable version compares equal to anything (it cannot tell two managers apart).
   *
   * @return negative when {@code a} is older than {@code b}, 0 when equal or unknown, positive when
   *     newer
   */
  static int compareVersions(String a, String b) {
    long[] x = parse(a);
    long[] y = parse(b);
    if (x == null || y == null) {
      return 0;
    }
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      long p = i < x.length ? x[i] : 0;
      long q = i < y.length ? y[i] : 0;
      if (p != q) {
        return Long.compare(p, q);
      }
    }
    return 0;
  }

  private static long[] parse(String v) {
    if (v == null || v.isBlank()) {
      return null;
    }
    String[] parts = v.strip().split("[.-]");
    long[] out = new long[parts.length];
    for (int i = 0; i < parts.length; i++) {
      if (!parts[i].matches("\\d{1,18}")) {
        return null;
      }
      out[i] = Long.parseLong(parts[i]);
    }
    return out;
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static String show(String v) {
    return v == null || v.isBlank() ? "unknown" : v;
  }
}
