package io.dsm4j.kafka.connect.internal;

import io.dsm4j.automation.EventExporter;
import io.dsm4j.model.EventKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One stream of events: a tenant (or the signed-in account) and a kind. The unit of work split over
 * tasks and the Kafka Connect source partition, together with the manager's name.
 *
 * @param tenant the tenant's name, or the account's label
 * @param account whether it is the signed-in account itself (not signed in to as a tenant)
 * @param kind the event kind
 */
public record StreamId(String tenant, boolean account, EventKind kind) {
  /**
   * Validates the components.
   *
   * @param tenant the tenant's name, or the account's label
   * @param account whether it is the signed-in account itself
   * @param kind the event kind
   */
  public StreamId {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(kind, "kind");
  }

  /**
   * @return the kind's export name
   */
  public String kindName() {
    return EventExporter.kindName(kind);
  }

  /**
   * @param manager the manager's name
   * @return the source partition: manager, tenant, kind
   */
  public Map<String, String> partition(String manager) {
    return Map.of("manager", manager, "tenant", tenant, "kind", kindName());
  }

  /** {@code a|kind|tenant} or {@code t|kind|tenant}, the tenant escaped; streams joined by ','. */
  static String encodeAll(List<StreamId> streams) {
    List<String> parts = new ArrayList<>();
    for (StreamId s : streams) {
      parts.add((s.account ? "a" : "t") + "|" + s.kindName() + "|" + Keys.escape(s.tenant));
    }
    return String.join(",", parts);
  }

  static List<StreamId> decodeAll(String text) {
    List<StreamId> out = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    for (String part : text.split(",", -1)) {
      String[] f = part.split("\\|", 3);
      if (f.length != 3 || !(f[0].equals("a") || f[0].equals("t"))) {
        throw new IllegalArgumentException("not a stream: " + part);
      }
      out.add(new StreamId(Keys.unescape(f[2]), f[0].equals("a"), EventExporter.parseKind(f[1])));
    }
    return out;
  }
}
