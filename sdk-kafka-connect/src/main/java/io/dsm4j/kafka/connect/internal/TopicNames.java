package io.dsm4j.kafka.connect.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.ConfigException;

/** {@code topic.pattern}: placeholders replaced, then made a legal topic name. */
final class TopicNames {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");
  private static final Pattern ILLEGAL = Pattern.compile("[^a-zA-Z0-9._-]");
  private static final int MAX = 249;

  private TopicNames() {}

  static void check(String name, String pattern) {
    if (pattern == null || pattern.isBlank()) {
      throw new ConfigException(name, pattern, "a topic pattern is required");
    }
    Matcher m = PLACEHOLDER.matcher(pattern);
    while (m.find()) {
      String p = m.group(1);
      if (!(p.equals("manager") || p.equals("tenant") || p.equals("kind"))) {
        throw new ConfigException(
            name,
            pattern,
            "unknown placeholder {" + p + "} (expected {manager}, {tenant}, {kind})");
      }
    }
  }

  /** The topic of one stream: placeholders replaced, characters a topic cannot hold as '_'. */
  static String topic(String pattern, String manager, String tenant, String kind) {
    String t =
        pattern.replace("{manager}", manager).replace("{tenant}", tenant).replace("{kind}", kind);
    t = ILLEGAL.matcher(t).replaceAll("_");
    if (t.equals(".") || t.equals("..")) {
      t = "_";
    }
    return t.length() > MAX ? t.substring(0, MAX) : t;
  }
}
