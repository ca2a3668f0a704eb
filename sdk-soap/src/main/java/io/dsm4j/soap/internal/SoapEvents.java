package io.dsm4j.soap.internal;

import io.dsm4j.Backend;
import io.dsm4j.exception.DsmException;
import io.dsm4j.exception.InvalidRequestException;
import io.dsm4j.model.Event;
import io.dsm4j.model.EventKind;
import io.dsm4j.soap.internal.WsdlEnums.Operator;
import io.dsm4j.soap.internal.WsdlEnums.TimeFilterType;
import io.dsm4j.soap.internal.generated.HostFilterTransport;
import io.dsm4j.soap.internal.generated.IDFilterTransport;
import io.dsm4j.soap.internal.generated.IDFilterTransport2;
import io.dsm4j.soap.internal.generated.Manager;
import io.dsm4j.soap.internal.generated.TimeFilterTransport;
import io.dsm4j.soap.internal.generated.TruncatableListTransport;
import io.dsm4j.spi.EventBatch;
import io.dsm4j.spi.EventOperations;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Events, one table entry per kind: the DSM 10+ {@code …Retrieve2} operation (64-bit IDs) and the
 * DSM 9.x {@code …Retrieve} one (32-bit IDs), which is used from the first "No such operation"
 * answer on.
 */
final class SoapEvents implements EventOperations {
  private static final Logger LOG = LoggerFactory.getLogger(SoapEvents.class);

  private static final Pattern NO_SUCH_OPERATION =
      Pattern.compile("(?i)no such operation|operation .* (is )?not (found|supported)");

  /** A DSM 10+ {@code …Retrieve2} call. */
  @FunctionalInterface
  private interface Retrieve2<L> {
    L call(
        Manager port,
        TimeFilterTransport time,
        HostFilterTransport hosts,
        IDFilterTransport2 ids,
        String sid)
        throws Exception;
  }

  /** A DSM 9.x {@code …Retrieve} call. */
  @FunctionalInterface
  private interface Retrieve<L> {
    L call(
        Manager port,
        TimeFilterTransport time,
        HostFilterTransport hosts,
        IDFilterTransport ids,
        String sid)
        throws Exception;
  }

  /** Maps one kind of event transport (with its position and the window start). */
  @FunctionalInterface
  private interface EventMapper<T> {
    Event map(T transport, int position, Instant fallbackTime);
  }

  /**
   * One kind: the 9.x operation name ({@code op + "2"} is the current one), both calls, the events
   * of an answer, and their mapping.
   */
  private record Kind<L extends TruncatableListTransport, T>(
      String op,
      Retrieve2<L> current,
      Retrieve<L> v9,
      Function<L, List<T>> items,
      EventMapper<T> mapper) {}

  private static final Map<EventKind, Kind<?, ?>> KINDS =
      SoapReads.table(
          EventKind.class,
          Map.of(
              EventKind.INTRUSION_PREVENTION,
              new Kind<>(
                  "DPIEventRetrieve",
                  Manager::dpiEventRetrieve2,
                  Manager::dpiEventRetrieve,
                  l -> l.getDPIEvents() == null ? null : l.getDPIEvents().getItem(),
                  EventMappers::ips),
              EventKind.FIREWALL,
              new Kind<>(
                  "firewallEventRetrieve",
                  Manager::firewallEventRetrieve2,
                  Manager::firewallEventRetrieve,
                  l -> l.getFirewallEvents() == null ? null : l.getFirewallEvents().getItem(),
                  EventMappers::firewall),
              EventKind.ANTI_MALWARE,
              new Kind<>(
                  "antiMalwareEventRetrieve",
                  Manager::antiMalwareEventRetrieve2,
                  Manager::antiMalwareEventRetrieve,
                  l -> l.getAntiMalwareEvents() == null ? null : l.getAntiMalwareEvents().getItem(),
                  EventMappers::antiMalware),
              EventKind.WEB_REPUTATION,
              new Kind<>(
                  "webReputationEventRetrieve",
                  Manager::webReputationEventRetrieve2,
                  Manager::webReputationEventRetrieve,
                  l ->
                      l.getWebReputationEvents() == null
                          ? null
                          : l.getWebReputationEvents().getItem(),
                  EventMappers::webReputation),
              EventKind.INTEGRITY_MONITORING,
              new Kind<>(
                  "integrityEventRetrieve",
                  Manager::integrityEventRetrieve2,
                  Manager::integrityEventRetrieve,
                  l -> l.getIntegrityEvents() == null ? null : l.getIntegrityEvents().getItem(),
                  EventMappers::integrity),
              EventKind.LOG_INSPECTION,
              new Kind<>(
                  "logInspectionEventRetrieve",
                  Manager::logInspectionEventRetrieve2,
                  Manager::logInspectionEventRetrieve,
                  l ->
                      l.getLogInspectionEvents() == null
                          ? null
                          : l.getLogInspectionEvents().getItem(),
                  EventMappers::logInspection),
              EventKind.SYSTEM,
              new Kind<>(
                  "systemEventRetrieve",
                  // Manager events too, not only those of computers.
                  (p, time, hosts, ids, s) -> p.systemEventRetrieve2(time, hosts, ids, true, s),
                  (p, time, hosts, ids, s) -> p.systemEventRetrieve(time, hosts, ids, true, s),
                  l -> l.getSystemEvents() == null ? null : l.getSystemEvents().getItem(),
                  EventMappers::system)));

  private final SoapClient client;

  /**
   * Whether this manager only has the DSM 9.x event operations ({@code …Retrieve}, 32-bit event
   * IDs). Learnt from the first call: Axis answers an operation it does not have with "No such
   * operation".
   */
  private volatile boolean legacyEvents;

  SoapEvents(SoapClient client) {
    this.client = client;
  }

  @Override
  public EventBatch fetch(
      EventKind kind, Instant from, Instant to, Integer computerId, Long afterId) {
    TimeFilterTransport time = new TimeFilterTransport();
    time.setType(TimeFilterType.CUSTOM_RANGE.name());
    time.setRangeFrom(Mappers.xml(from));
    time.setRangeTo(Mappers.xml(to));
    HostFilterTransport hosts =
        computerId == null ? SoapComputers.allHosts() : SoapComputers.oneHost(computerId);
    IDFilterTransport2 ids = new IDFilterTransport2();
    if (afterId != null) {
      ids.setId(afterId);
      ids.setOperator(Operator.GREATER_THAN.name());
    } // else: both nil, the schema's "no ID filter"
    return fetch(KINDS.get(kind), time, hosts, ids, afterId, from);
  }

  private <L extends TruncatableListTransport, T> EventBatch fetch(
      Kind<L, T> kind,
      TimeFilterTransport time,
      HostFilterTransport hosts,
      IDFilterTransport2 ids,
      Long afterId,
      Instant from) {
    // The 9.x ID filter is made inside its call: a cursor it cannot hold fails only there.
    L l =
        events(
            kind.op(),
            (p, s) -> kind.current().call(p, time, hosts, ids, s),
            (p, s) -> kind.v9().call(p, time, hosts, legacyIds(afterId), s));
    return batch(
        l == null ? null : kind.items().apply(l),
        l != null && l.isTruncated(),
        from,
        kind.mapper());
  }

  /** One event query: the DSM 10+ operation, or the 9.x one where the manager lacks it. */
  private <L> L events(String op, SoapClient.SessionCall<L> current, SoapClient.SessionCall<L> v9) {
    if (!legacyEvents) {
      try {
        return client.call(op + "2", false, current);
      } catch (DsmException e) {
        if (!NO_SUCH_OPERATION.matcher(e.detail()).find()) {
          throw e;
        }
        LOG.debug("{}2 is unknown to this manager; using the DSM 9.x {}", op, op);
        legacyEvents = true;
      }
    }
    return client.call(op, false, v9);
  }

  /** The 9.x ID filter has a 32-bit ID: a cursor beyond it cannot be expressed there. */
  private static IDFilterTransport legacyIds(Long afterId) {
    IDFilterTransport ids = new IDFilterTransport();
    if (afterId != null) {
      if (afterId > Integer.MAX_VALUE) {
        throw new InvalidRequestException(
            "event ID " + afterId + " does not fit the 32-bit ID filter of a DSM 9.x manager",
            "eventRetrieve",
            Backend.SOAP,
            0,
            null,
            null);
      }
      ids.setId(afterId.intValue());
      ids.setOperator(Operator.GREATER_THAN.name());
    }
    return ids;
  }

  private static <T> EventBatch batch(
      List<T> items, boolean truncated, Instant from, EventMapper<T> mapper) {
    if (items == null) {
      return new EventBatch(List.of(), truncated);
    }
    List<Event> events = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      T t = items.get(i);
      if (t != null) {
        events.add(mapper.map(t, i, from));
      }
    }
    return new EventBatch(events, truncated);
  }
}
