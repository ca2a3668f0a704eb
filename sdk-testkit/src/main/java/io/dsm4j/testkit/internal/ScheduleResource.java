package io.dsm4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dsm4j.testkit.internal.FleetRecs.ScheduleRec;
import java.util.HashMap;
import java.util.Map;

/**
 * Schedules: {@code /api/schedules} ({@code hoursOfWeek}: 168 booleans), SOAP {@code schedule…}
 * ({@code hourOfWeek}: 168 characters {@code 0}/{@code 1}), Sunday 00:00 first.
 */
final class ScheduleResource extends EditableResource<ScheduleRec> {
  static final int HOURS = 168;

  ScheduleResource() {
    super(
        new Wire(
            "schedules",
            "schedules",
            "schedule",
            "schedule",
            "ScheduleTransport",
            "scheduleSave",
            "s",
            "scheduleDelete",
            true),
        s -> s.schedules);
  }

  @Override
  ObjectNode json(Store s, ScheduleRec r) {
    ObjectNode o = RestCall.JSON.createObjectNode();
    o.put("name", r.name);
    o.put("description", r.description);
    ArrayNode a = o.putArray("hoursOfWeek");
    for (boolean h : r.hours) {
      a.add(h);
    }
    o.put("ID", r.id);
    return o;
  }

  @Override
  Map<String, Object> soap(Store s, ScheduleRec r) {
    Map<String, Object> m = new HashMap<>();
    m.put("ID", r.id);
    m.put("description", r.description);
    m.put("name", r.name);
    StringBuilder sb = new StringBuilder(HOURS);
    for (boolean h : r.hours) {
      sb.append(h ? '1' : '0');
    }
    m.put("hourOfWeek", sb.toString());
    return m;
  }

  @Override
  ScheduleRec newRow(int id) {
    ScheduleRec r = new ScheduleRec();
    r.id = id;
    return r;
  }

  @Override
  int id(ScheduleRec r) {
    return r.id;
  }

  @Override
  void fromJson(Store s, ScheduleRec r, ObjectNode b, boolean create) {
    String name = RestCall.optString(b, "name");
    if (create || name != null) {
      uniqueName(s, r, requireName(name, "schedule"));
    }
    String description = RestCall.optString(b, "description");
    boolean[] hours = null;
    JsonNode h = b.get("hoursOfWeek");
    if (h != null && !h.isNull()) {
      if (!h.isArray() || h.size() != HOURS) {
        throw new Invalid("hoursOfWeek must be an array of 168 booleans.");
      }
      hours = new boolean[HOURS];
      for (int i = 0; i < HOURS; i++) {
        if (!h.get(i).isBoolean()) {
          throw new Invalid("hoursOfWeek must be an array of 168 booleans.");
        }
        hours[i] = h.get(i).booleanValue();
      }
    }
    if (name != null) {
      r.name = name;
    }
    if (description != null) {
      r.description = description;
    }
    if (hours != null) {
      r.hours = hours;
    }
  }

  @Override
  void fromSoap(Store s, ScheduleRec r, XNode t, boolean create) {
    String name = requireName(t.str("name"), "schedule");
    uniqueName(s, r, name);
    String text = t.str("hourOfWeek");
    boolean[] hours = new boolean[HOURS];
    if (text != null) {
      if (!text.matches("[01]{168}")) {
        throw new Invalid("hourOfWeek must be 168 characters 0 or 1.");
      }
      for (int i = 0; i < HOURS; i++) {
        hours[i] = text.charAt(i) == '1';
      }
    }
    r.name = name;
    r.description = t.str("description") == null ? "" : t.str("description");
    r.hours = hours;
  }
}
