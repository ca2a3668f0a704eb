package io.dsm4j.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The BOM names every published module, at the reactor's version. */
class BomTest {
  static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  @Test
  void bom_listsEveryPublishedModule_atTheReactorVersion() throws IOException {
    String parent = Files.readString(ROOT.resolve("pom.xml"));
    String bom = Files.readString(ROOT.resolve("dsm4j-bom/pom.xml"));
    assertThat(version(bom)).isEqualTo(version(parent));

    // Published = a module with a module-info (the "library" profile attaches sources).
    TreeSet<String> published = new TreeSet<>();
    for (String module : modules(parent)) {
      Path dir = ROOT.resolve(module);
      if (Files.exists(dir.resolve("src/main/java/module-info.java"))) {
        published.add(artifactId(Files.readString(dir.resolve("pom.xml"))));
      }
    }
    TreeSet<String> listed = new TreeSet<>();
    Matcher m = Pattern.compile("<artifactId>(dsm4j-[^<]+)</artifactId>").matcher(bom);
    while (m.find()) {
      if (!m.group(1).equals("dsm4j-bom")) {
        listed.add(m.group(1));
      }
    }
    assertThat(listed).isEqualTo(published);
  }

  private static String version(String pom) {
    // The project's own version: the first <version> after its <artifactId>, outside <parent>.
    String withoutParent = pom.replaceAll("(?s)<parent>.*?</parent>", "");
    Matcher m = Pattern.compile("<version>([^<]+)</version>").matcher(withoutParent);
    return m.find() ? m.group(1) : "";
  }

  private static String artifactId(String pom) {
    String withoutParent = pom.replaceAll("(?s)<parent>.*?</parent>", "");
    Matcher m = Pattern.compile("<artifactId>([^<]+)</artifactId>").matcher(withoutParent);
    return m.find() ? m.group(1) : "";
  }

  private static List<String> modules(String pom) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("<module>([^<]+)</module>").matcher(pom);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
