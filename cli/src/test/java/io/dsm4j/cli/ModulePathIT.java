package io.dsm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published jars work as Java modules: an application module that requires {@code io.dsm4j}
 * (and the testkit) is compiled and run on a plain module path of the runtime dependencies, with no
 * {@code --add-modules} or {@code --add-opens}; it reaches both backends through ServiceLoader.
 */
class ModulePathIT {
  @TempDir Path dir;

  @Test
  void anApplicationModule_usesBothBackendsFromTheModulePath() throws Exception {
    String classpath =
        Files.readString(Path.of("target", "runtime-classpath.txt"), StandardCharsets.UTF_8).trim();
    Path src = dir.resolve("src/app");
    Files.createDirectories(src.resolve("app"));
    Files.writeString(
        src.resolve("module-info.java"),
        "module app { requires io.dsm4j; requires io.dsm4j.testkit; }\n");
    Files.writeString(
        src.resolve("app/Main.java"),
        """
        package app;

        import io.dsm4j.Backend;
        import io.dsm4j.Manager;
        import io.dsm4j.testkit.DsmSimulator;

        public class Main {
          public static void main(String[] args) {
            try (DsmSimulator sim = DsmSimulator.builder().start();
                Manager m = sim.managerBuilder(Backend.AUTO).build()) {
              System.out.println("backends " + m.backends());
              System.out.println("rules " + m.rules().intrusionPrevention().list().stream().count());
              System.out.println("updates " + m.securityUpdates().list().stream().count());
            }
          }
        }
        """);
    Path out = dir.resolve("out");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    java.io.ByteArrayOutputStream diagnostics = new java.io.ByteArrayOutputStream();
    int compiled =
        javac.run(
            null,
            diagnostics,
            diagnostics,
            "-d",
            out.toString(),
            "--module-path",
            classpath,
            src.resolve("module-info.java").toString(),
            src.resolve("app/Main.java").toString());
    assertThat(compiled).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();

    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p =
        new ProcessBuilder(
                java.toString(),
                "--module-path",
                out + File.pathSeparator + classpath,
                "-m",
                "app/app.Main")
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(p.exitValue()).as(output).isZero();
    List<String> lines =
        output.lines().filter(l -> !l.startsWith("SLF4J") && !l.startsWith("[")).toList();
    assertThat(lines).contains("backends [REST, SOAP]", "rules 300", "updates 3");
  }
}
