package io.dsm4j.kafka.connect.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The connector's version, from the build. */
public final class Version {
  /** The version, e.g. {@code 0.1.0}; {@code unknown} outside a build. */
  public static final String VERSION = read();

  private Version() {}

  private static String read() {
    try (InputStream in = Version.class.getResourceAsStream("/dsm4j-kafka-connect.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
