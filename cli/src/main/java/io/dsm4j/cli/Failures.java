package io.dsm4j.cli;

import io.dsm4j.exception.DsmException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;

/**
 * How a failure reaches the user: an exit code and exactly one line on stderr ({@code dsm4j: …}, or
 * with {@code --output json} one JSON object), a stack trace only with {@code --debug}. Exit 2 is
 * for the user's own input only: a {@link Dsm4j.UsageException} the CLI raised while reading its
 * arguments, or a parse error; anything that comes from a manager's answer, a file or the
 * environment is a failure (1), whatever its exception type.
 */
final class Failures {
  private Failures() {}

  /** Classifies, prints one line and returns the exit code. */
  static int report(Throwable e, Dsm4j root) {
    int code = exitCode(e);
    String message = message(e);
    if (code == Dsm4j.USAGE) {
      message = "usage: " + message;
    }
    print(root, code, message, e);
    if (root.debug) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      // Through the safe stream: redacted, one stack frame per line, nothing raw.
      trace.toString().lines().forEach(root.err::println);
    }
    return code;
  }

  /** A parse error: one line with a pointer to the command's help, exit 2. */
  static int reportParse(CommandLine.ParameterException e, Dsm4j root) {
    String where = e.getCommandLine().getCommandSpec().qualifiedName();
    String hint = "";
    if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
      hint = "; did you mean " + String.join(" or ", u.getSuggestions()) + "?";
    }
    String message =
        "usage: " + Terminal.oneLine(e.getMessage()) + hint + " (see " + where + " --help)";
    print(root, Dsm4j.USAGE, message, e);
    return Dsm4j.USAGE;
  }

  /** The guarantee for a command that failed without saying why: one generic line. */
  static void reportSilent(int code, String command, Dsm4j root) {
    String name = command.startsWith("dsm4j ") ? command.substring(6) : command;
    String message =
        name + (code == Dsm4j.PARTIAL ? " partly failed" : " failed") + " (exit " + code + ")";
    print(root, code, message, null);
  }

  static int exitCode(Throwable e) {
    if (e instanceof Dsm4j.UsageException || e instanceof CommandLine.ParameterException) {
      return Dsm4j.USAGE;
    }
    return Dsm4j.FAILURE;
  }

  /** One line that says what failed and why, including the cause a wrapper would hide. */
  static String message(Throwable e) {
    if (e instanceof DsmException d) {
      return Terminal.oneLine(d.getMessage());
    }
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      m = e.getClass().getSimpleName();
    }
    m = Terminal.oneLine(m);
    String why = fileReason(e instanceof UncheckedIOException u ? u.getCause() : e.getCause());
    if (why != null && !m.contains(why)) {
      m = m + ": " + why;
    }
    if (fromTheManagersAnswer(e)) {
      m = "unexpected answer from the manager: " + m;
    }
    return m;
  }

  /** What an I/O cause says in words (permission denied, is a directory, …), or null. */
  static String fileReason(Throwable cause) {
    if (!(cause instanceof IOException io)) {
      return null;
    }
    if (io instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (io instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (io instanceof FileAlreadyExistsException) {
      return "file exists";
    }
    if (io instanceof DirectoryNotEmptyException) {
      return "directory not empty";
    }
    if (io instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (io instanceof FileSystemException fs && fs.getReason() != null) {
      return Terminal.oneLine(fs.getReason()).toLowerCase(java.util.Locale.ROOT);
    }
    String m = io.getMessage();
    return m == null ? io.getClass().getSimpleName() : Terminal.oneLine(m);
  }

  /**
   * Whether an argument or state error was raised while the library handled a manager's answer (its
   * internals are on the stack): then it is about the server's data, not the user's input.
   */
  private static boolean fromTheManagersAnswer(Throwable e) {
    if (!(e instanceof IllegalArgumentException || e instanceof IllegalStateException)) {
      return false;
    }
    for (StackTraceElement f : e.getStackTrace()) {
      String c = f.getClassName();
      if (c.startsWith("io.dsm4j.internal.")
          || c.startsWith("io.dsm4j.rest.")
          || c.startsWith("io.dsm4j.soap.")) {
        return true;
      }
    }
    return false;
  }

  private static void print(Dsm4j root, int code, String message, Throwable e) {
    String line = root.errorPrefix() + message;
    if (root.jsonOutput()) {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("error", line);
      v.put("exitCode", code);
      if (root.batchLine > 0) {
        v.put("line", root.batchLine);
      }
      DsmException d = e instanceof DsmException x ? x : null;
      v.put("type", type(e, code));
      v.put("operation", d == null ? null : d.operation());
      v.put("backend", d == null || d.backend() == null ? null : d.backend());
      v.put("status", d == null || d.httpStatus() == 0 ? null : d.httpStatus());
      v.put("fault", d == null ? null : d.fault());
      StringBuilder sb = new StringBuilder();
      Output.Json.write(Output.plain(v), sb);
      root.err.println(sb);
    } else {
      root.err.println("dsm4j: " + line);
    }
  }

  /** A stable name for the kind of failure: the exception's, or usage / failed. */
  private static String type(Throwable e, int code) {
    if (code == Dsm4j.USAGE) {
      return "usage";
    }
    if (e instanceof DsmException) {
      return e.getClass().getSimpleName();
    }
    return "failed";
  }
}
