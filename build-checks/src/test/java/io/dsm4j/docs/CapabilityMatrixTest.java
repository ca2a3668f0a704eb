package io.dsm4j.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.dsm4j.Backend;
import io.dsm4j.Capabilities;
import io.dsm4j.Capability;
import io.dsm4j.Manager;
import io.dsm4j.model.RuleKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The capability matrix in docs/backends.md is generated from what the backends declare, and this
 * test fails when the two drift apart. Regenerate with {@code -Ddsm4j.updateDocs=true}.
 */
class CapabilityMatrixTest {
  private static final Path DOC =
      Path.of("").toAbsolutePath().getParent().resolve("docs/backends.md");
  private static final String START = "<!-- capability-matrix:start -->";
  private static final String END = "<!-- capability-matrix:end -->";

  private static Capabilities declared(Backend backend) {
    Manager.Builder b = Manager.builder().url("https://dsm.example.com:4119").backend(backend);
    b = backend == Backend.REST ? b.apiKey("k") : b.username("u").password("p");
    try (Manager m = b.build()) {
      return m.capabilities();
    }
  }

  static String matrix() {
    Capabilities rest = declared(Backend.REST);
    Capabilities soap = declared(Backend.SOAP);
    StringBuilder sb = new StringBuilder();
    sb.append("| capability | REST (`/api`) | SOAP (`/webservice/Manager`) |\n");
    sb.append("|---|---|---|\n");
    for (Capability c : Capability.values()) {
      sb.append("| `")
          .append(c.name())
          .append("` | ")
          .append(cell(rest, c))
          .append(" | ")
          .append(cell(soap, c))
          .append(" |\n");
    }
    return sb.toString();
  }

  private static String cell(Capabilities caps, Capability c) {
    if (!caps.supports(c)) {
      return "–";
    }
    if (!c.perKind()) {
      return "yes";
    }
    if (caps.kinds(c).size() == RuleKind.values().length) {
      return "all kinds";
    }
    StringBuilder sb = new StringBuilder();
    for (RuleKind k : RuleKind.values()) {
      if (caps.kinds(c).contains(k)) {
        sb.append(sb.length() == 0 ? "" : ", ")
            .append(k.name().toLowerCase(Locale.ROOT).replace('_', ' '));
      }
    }
    return sb.toString();
  }

  @Test
  void docsBackendsMd_matchesTheDeclaredCapabilities() throws Exception {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    int s = doc.indexOf(START);
    int e = doc.indexOf(END);
    assertThat(s).as("markers in %s", DOC).isNotNegative();
    assertThat(e).isGreaterThan(s);
    String expected = matrix();
    String current = doc.substring(s + START.length(), e).strip() + "\n";
    if (Boolean.getBoolean("dsm4j.updateDocs") && !current.equals(expected)) {
      Files.writeString(
          DOC, doc.substring(0, s + START.length()) + "\n" + expected + doc.substring(e));
      current = expected;
    }
    assertThat(current).isEqualTo(expected);
  }
}
