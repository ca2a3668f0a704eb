package io.dsm4j.testkit.internal;

import io.dsm4j.model.EventKind;
import io.dsm4j.testkit.internal.Recs.EventRec;
import io.dsm4j.testkit.internal.SoapFault.Kind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Events, SOAP only: the seven {@code …EventRetrieve2} operations (64-bit IDs, DSM 10+) and their
 * DSM 9.x {@code …EventRetrieve} forms, with time, host and event-ID filters, capped answers.
 */
final class EventResource implements Resource {
  /** One event kind on the wire: its operation (without the "2"), list type and array field. */
  record Log(EventKind kind, String operation, String listType, String arrayField) {}

  static final List<Log> LOGS =
      List.of(
          new Log(
              EventKind.INTRUSION_PREVENTION,
              "DPIEventRetrieve",
              "DPIEventListTransport",
              "DPIEvents"),
          new Log(
              EventKind.FIREWALL,
              "firewallEventRetrieve",
              "FirewallEventListTransport",
              "firewallEvents"),
          new Log(
              EventKind.ANTI_MALWARE,
              "antiMalwareEventRetrieve",
              "AntiMalwareEventListTransport",
              "antiMalwareEvents"),
          new Log(
              EventKind.WEB_REPUTATION,
              "webReputationEventRetrieve",
              "WebReputationEventListTransport",
              "webReputationEvents"),
          new Log(
              EventKind.INTEGRITY_MONITORING,
              "integrityEventRetrieve",
              "IntegrityEventListTransport",
              "integrityEvents"),
          new Log(
              EventKind.LOG_INSPECTION,
              "logInspectionEventRetrieve",
              "LogInspectionEventListTransport",
              "logInspectionEvents"),
          new Log(
              EventKind.SYSTEM, "systemEventRetrieve", "SystemEventListTransport", "systemEvents"));

  @Override
  public void routes(RestRoutes rest) {
    // The REST API has no event operations.
  }

  @Override
  public void operations(SoapOperations soap) {
    for (Log log : LOGS) {
      String current = log.operation() + "2";
      soap.op(
          current,
          (s, r) -> {
            if (s.cfg.legacyEventOperations()) {
              // What Apache Axis answers for an operation the (9.x) service does not have.
              throw new SoapFault(Kind.MANAGER, "No such operation '" + current + "'");
            }
            return events(s, r, current, log);
          });
      // The 9.x operations answer the same lists; only their ID filter is 32-bit.
      soap.op(log.operation(), (s, r) -> events(s, r, log.operation(), log));
    }
  }

  private static String events(Store s, XNode r, String op, Log log) {
    EventKind kind = log.kind();
    long[] range = timeRange(s, r.child("timeFilter"));
    Predicate<Integer> hosts = HostFilter.of(s, r.child("hostFilter"));
    XNode idf = r.child("eventIdFilter");
    Long idValue = idf == null || idf.nil ? null : idf.longValue("id");
    String operator = idf == null || idf.nil ? null : idf.str("operator");
    if (idValue != null && operator == null) {
      throw new SoapFault(Kind.VALIDATION, "eventIdFilter.operator is required with an id.");
    }
    if (operator != null && !List.of("GREATER_THAN", "LESS_THAN", "EQUAL").contains(operator)) {
      throw new SoapFault(Kind.VALIDATION, "Invalid eventIdFilter.operator " + operator + ".");
    }
    boolean nonHost =
        kind == EventKind.SYSTEM && Boolean.TRUE.equals(r.bool("includeNonHostEvents"));
    Events.Answer a =
        s.events.query(
            kind,
            e -> {
              if (e.timeMillis() < range[0] || e.timeMillis() > range[1]) {
                return false;
              }
              if (e.hostId() == null ? !nonHost : !hosts.test(e.hostId())) {
                return false;
              }
              if (idValue == null) {
                return true;
              }
              return switch (operator) {
                case "GREATER_THAN" -> e.id() > idValue;
                case "LESS_THAN" -> e.id() < idValue;
                default -> e.id() == idValue;
              };
            });
    List<Map<String, Object>> list = new ArrayList<>(a.events().size());
    for (EventRec e : a.events()) {
      list.add(EventRender.render(s, kind, e));
    }
    Map<String, Object> m = new HashMap<>();
    m.put("truncated", a.truncated());
    m.put(log.arrayField(), list);
    SoapOut o = new SoapOut(1024 + list.size() * 1200);
    o.start(op);
    o.transport(op + "Return", log.listType(), m);
    o.end(op);
    return o.toString();
  }

  private static long[] timeRange(Store s, XNode f) {
    if (f == null || f.nil) {
      return new long[] {Long.MIN_VALUE, Long.MAX_VALUE};
    }
    String type = f.str("type");
    Instant now = s.now();
    if (type == null) {
      throw new SoapFault(Kind.VALIDATION, "timeFilter.type is required.");
    }
    return switch (type) {
      case "LAST_HOUR" ->
          new long[] {now.minus(Duration.ofHours(1)).toEpochMilli(), now.toEpochMilli()};
      case "LAST_24_HOURS" ->
          new long[] {now.minus(Duration.ofHours(24)).toEpochMilli(), now.toEpochMilli()};
      case "LAST_7_DAYS" ->
          new long[] {now.minus(Duration.ofDays(7)).toEpochMilli(), now.toEpochMilli()};
      case "CUSTOM_RANGE" -> {
        Instant from = dateTime(f.str("rangeFrom"), "rangeFrom");
        Instant to = dateTime(f.str("rangeTo"), "rangeTo");
        if (from == null || to == null) {
          throw new SoapFault(Kind.VALIDATION, "CUSTOM_RANGE needs rangeFrom and rangeTo.");
        }
        yield new long[] {from.toEpochMilli(), to.toEpochMilli()};
      }
      case "SPECIFIC_TIME" -> {
        Instant at = dateTime(f.str("specificTime"), "specificTime");
        if (at == null) {
          throw new SoapFault(Kind.VALIDATION, "SPECIFIC_TIME needs specificTime.");
        }
        yield new long[] {at.toEpochMilli(), at.toEpochMilli()};
      }
      case "PREVIOUS_MONTH" -> {
        YearMonth prev = YearMonth.from(now.atZone(ZoneOffset.UTC)).minusMonths(1);
        yield new long[] {
          prev.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli(),
          prev.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() - 1
        };
      }
      default -> throw new SoapFault(Kind.VALIDATION, "Invalid timeFilter.type " + type + ".");
    };
  }

  static Instant dateTime(String v, String element) {
    if (v == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(v).toInstant();
    } catch (DateTimeParseException e) {
      try {
        // xsd:dateTime without a zone: read as UTC
        return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e2) {
        throw new SoapFault(Kind.VALIDATION, element + " is not an xsd:dateTime: " + v);
      }
    }
  }
}
