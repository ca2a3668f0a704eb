package io.dsm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code cli/target/dsm4j}: it uses the class-data sharing archive made at build time,
 * and falls back silently (nothing on stdout or stderr) when the archive does not fit.
 */
class LauncherIT {
  private static final Path LAUNCHER =
      Path.of(System.getProperty("dsm4j.launcher", "target/dsm4j"));
  private static final Path JAR = Path.of(System.getProperty("dsm4j.jar", "target/dsm4j.jar"));

  @TempDir Path dir;

  record Result(int code, String out, String err) {}

  private static Result run(Path launcher, List<String> env, String... args) throws Exception {
    List<String> cmd = new java.util.ArrayList<>(List.of(launcher.toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    for (int i = 0; i + 1 < env.size(); i += 2) {
      pb.environment().put(env.get(i), env.get(i + 1));
    }
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(p.exitValue(), out, err);
  }

  @Test
  void theLauncherUsesTheArchive() throws Exception {
    assertThat(LAUNCHER).isExecutable();
    assertThat(LAUNCHER.resolveSibling("dsm4j.jsa")).exists();
    Path classes = dir.resolve("classes.log");

    Result r =
        run(
            LAUNCHER,
            List.of("DSM4J_JAVA_OPTS", "-Xlog:class+load=info:file=" + classes),
            "--version");

    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("dsm4j 0.1.0\n");
    assertThat(r.err()).isEmpty();
    assertThat(Files.readString(classes))
        .contains("io.dsm4j.cli.Dsm4j source: shared objects file");
  }

  @Test
  void aDamagedOrForeignArchive_isIgnoredSilently() throws Exception {
    Path copy = Files.createDirectory(dir.resolve("install"));
    Files.copy(LAUNCHER, copy.resolve("dsm4j"), StandardCopyOption.COPY_ATTRIBUTES);
    Files.copy(JAR, copy.resolve("dsm4j.jar"));

    byte[] junk = new byte[1 << 20];
    new Random(7).nextBytes(junk);
    Files.write(copy.resolve("dsm4j.jsa"), junk);
    Result damaged = run(copy.resolve("dsm4j"), List.of(), "--version");
    assertThat(damaged).isEqualTo(new Result(0, "dsm4j 0.1.0\n", ""));

    // The real archive, but made for the jar at another path: it does not fit this one.
    Files.copy(
        LAUNCHER.resolveSibling("dsm4j.jsa"),
        copy.resolve("dsm4j.jsa"),
        StandardCopyOption.REPLACE_EXISTING);
    Result foreign = run(copy.resolve("dsm4j"), List.of(), "--version");
    assertThat(foreign).isEqualTo(new Result(0, "dsm4j 0.1.0\n", ""));

    Files.write(copy.resolve("dsm4j.jsa"), new byte[0]);
    Result empty = run(copy.resolve("dsm4j"), List.of(), "--version");
    assertThat(empty).isEqualTo(new Result(0, "dsm4j 0.1.0\n", ""));

    Files.delete(copy.resolve("dsm4j.jsa"));
    Result none = run(copy.resolve("dsm4j"), List.of(), "--version");
    assertThat(none).isEqualTo(new Result(0, "dsm4j 0.1.0\n", ""));
  }
}
