package io.dsm4j.cli;

import io.dsm4j.spi.Secrets;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Text that reaches the terminal: a manager's names and messages are untrusted, so control
 * characters (escape sequences, carriage returns that rewrite a line, a newline that forges a
 * second {@code dsm4j:} line) are shown escaped, never interpreted.
 */
final class Terminal {
  private Terminal() {}

  /**
   * Whether a character must not reach a terminal raw: C0 controls, DEL, C1 controls (U+009B is CSI
   * on some terminals), the Unicode line and paragraph separators, and the bidirectional controls
   * that reorder how a line is shown.
   */
  static boolean isUnsafe(char c) {
    return c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        || c == 0x2028
        || c == 0x2029
        || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0x200e
        || c == 0x200f
        || c == 0x061c;
  }

  /** One printable line: every unsafe character, line breaks and tabs included, escaped. */
  static String escape(String text) {
    return escape(text, false);
  }

  /** Like {@link #escape(String)}, but tabs are kept (a stack trace's indentation). */
  static String escapeKeepingTabs(String text) {
    return escape(text, false, true);
  }

  private static String escape(String text, boolean keepLayout) {
    return escape(text, keepLayout, keepLayout);
  }

  private static String escape(String text, boolean keepNewlines, boolean keepTabs) {
    if (text == null) {
      return "";
    }
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean keep = (keepNewlines && c == '\n') || (keepTabs && c == '\t');
      if (!keep && isUnsafe(c)) {
        if (sb == null) {
          sb = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        switch (c) {
          case '\n' -> sb.append("\\n");
          case '\r' -> sb.append("\\r");
          case '\t' -> sb.append(' ');
          default -> sb.append(String.format("\\u%04x", (int) c));
        }
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? text : sb.toString();
  }

  /**
   * A message as one line: lines of a library's multi-line message (a JSON parser's "at [Source
   * …]") joined with a space, then escaped.
   */
  static String oneLine(String message) {
    if (message == null) {
      return "";
    }
    String joined = String.join(" ", message.strip().lines().map(String::strip).toList());
    return escape(joined);
  }

  /**
   * stderr as the CLI writes it: every secret the CLI knows is masked, and control characters are
   * escaped, so that nothing printed there — a message, a log line, a stack trace with {@code
   * --debug} — can leak a secret or play tricks on the terminal. {@code println} writes exactly one
   * line; {@code print} keeps line breaks and tabs (a caller's layout) and escapes the rest.
   */
  /** A SOAP session ID wherever a message quotes one (XML element, form or JSON field). */
  private static final java.util.regex.Pattern SESSION_ID =
      java.util.regex.Pattern.compile("(?i)(sID>|sID=|\"sID\"\\s*:\\s*\")([^<&\"\\s]{4,})");

  /** Masks the known secrets and anything that is plainly a session ID. */
  static String redact(Secrets secrets, String text) {
    String r = secrets.redact(text);
    return r == null ? null : SESSION_ID.matcher(r).replaceAll("$1" + Secrets.MASK);
  }

  static final class SafeStream extends PrintStream {
    private final Secrets secrets;
    private int lines;
    private boolean writing; // guarded by this: bytes coming from our own print, already safe

    SafeStream(OutputStream target, Secrets secrets) {
      super(target, true, StandardCharsets.UTF_8);
      this.secrets = secrets;
    }

    /**
     * @return how many lines were written
     */
    synchronized int lines() {
      return lines;
    }

    @Override
    public synchronized void print(String s) {
      String text = escape(redact(secrets, s == null ? "null" : s), true);
      lines += (int) text.chars().filter(ch -> ch == '\n').count();
      raw(text, false);
    }

    @Override
    public void print(Object obj) {
      print(String.valueOf(obj));
    }

    @Override
    public synchronized void println(String x) {
      raw(escapeKeepingTabs(redact(secrets, x == null ? "null" : x)), true);
      lines++;
    }

    @Override
    public void println(Object x) {
      println(String.valueOf(x));
    }

    @Override
    public synchronized void println() {
      raw("", true);
      lines++;
    }

    /**
     * Bytes written directly (a java.util.logging handler writes through a Writer over this stream)
     * are text too: decoded and treated as {@link #print(String)}.
     */
    @Override
    public synchronized void write(byte[] buf, int off, int len) {
      if (writing) {
        super.write(buf, off, len);
      } else {
        print(new String(buf, off, len, StandardCharsets.UTF_8));
      }
    }

    @Override
    public synchronized void write(int b) {
      if (writing) {
        super.write(b);
      } else {
        write(new byte[] {(byte) b}, 0, 1);
      }
    }

    private void raw(String text, boolean newline) {
      writing = true;
      try {
        super.print(text);
        if (newline) {
          super.println();
        }
      } finally {
        writing = false;
      }
    }
  }
}
