package io.dsm4j.soap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The operations of the backend's own WSDL subset, read from the packaged WSDL. */
final class WsdlOperations {
  private WsdlOperations() {}

  static Set<String> ofBackend() {
    try (InputStream in = WsdlOperations.class.getResourceAsStream("/wsdl/Manager.wsdl")) {
      if (in == null) {
        throw new IllegalStateException("the packaged WSDL /wsdl/Manager.wsdl is missing");
      }
      String wsdl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Set<String> ops = new TreeSet<>();
      Matcher m = Pattern.compile("<wsdl:operation name=\"([^\"]+)\"").matcher(wsdl);
      while (m.find()) {
        ops.add(m.group(1));
      }
      return ops;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
