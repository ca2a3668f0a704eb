package io.dsm4j.kafka.connect.internal;

import java.util.Locale;

/**
 * Record keys: {@code MANAGER/TENANT/EVENTKEY}, unique per event across managers and tenants. The
 * manager's and tenant's names are escaped ({@code %} as {@code %25}, {@code /} as {@code %2F},
 * {@code ,} as {@code %2C}, {@code |} as {@code %7C}) so that no two different triples give the
 * same key; the event key ({@code KIND-ID}) holds none of these.
 */
final class Keys {
  private Keys() {}

  static String key(String manager, String tenant, String eventKey) {
    return escape(manager) + "/" + escape(tenant) + "/" + eventKey;
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%' || c == '/' || c == ',' || c == '|') {
        b.append('%').append(String.format(Locale.ROOT, "%02X", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  static String unescape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%' && i + 2 < s.length()) {
        b.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
