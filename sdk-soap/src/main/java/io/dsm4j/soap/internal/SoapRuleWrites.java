package io.dsm4j.soap.internal;

import io.dsm4j.Backend;
import io.dsm4j.exception.InvalidRequestException;
import io.dsm4j.exception.ServerException;
import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleDraft;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.RuleUpdate;
import io.dsm4j.soap.internal.SoapClient.SessionCall;
import io.dsm4j.soap.internal.generated.ApplicationTypeTransport;
import io.dsm4j.soap.internal.generated.DPIRuleTransport;
import io.dsm4j.soap.internal.generated.FirewallRuleTransport;
import io.dsm4j.soap.internal.generated.IntegrityRuleTransport;
import io.dsm4j.soap.internal.generated.LogInspectionRuleTransport;
import io.dsm4j.soap.internal.generated.Manager;
import io.dsm4j.soap.internal.generated.ProtocolPortBased;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Custom rule writes over {@code …Save} and {@code …Delete}. A create fills a new transport from
 * the draft; an update reads the complete transport, changes only the given fields and saves it
 * whole, so that nothing else is reset. Fields are REST names mapped by {@link SoapRuleFields}, or
 * the transport's own element names; anything else is refused before sending.
 */
final class SoapRuleWrites {

  /** One kind's transport and operations. */
  private record Ops<T>(
      String prefix,
      Supplier<T> fresh,
      BiFunction<Manager, Integer, SessionCall<T>> retrieve,
      BiFunction<Manager, T, SessionCall<T>> save,
      Function<List<Integer>, SessionCall<Void>> delete,
      Function<T, Rule> map) {}

  private static final Map<RuleKind, Ops<?>> OPS = ops();

  private static Map<RuleKind, Ops<?>> ops() {
    Map<RuleKind, Ops<?>> m = new EnumMap<>(RuleKind.class);
    m.put(
        RuleKind.INTRUSION_PREVENTION,
        new Ops<DPIRuleTransport>(
            "DPIRule",
            DPIRuleTransport::new,
            (p, id) -> (port, s) -> port.dpiRuleRetrieve(id, s),
            (p, t) -> (port, s) -> port.dpiRuleSave(t, s),
            ids ->
                (port, s) -> {
                  port.dpiRuleDelete(ids, s);
                  return null;
                },
            Mappers::ipsRule));
    m.put(
        RuleKind.FIREWALL,
        new Ops<FirewallRuleTransport>(
            "firewallRule",
            FirewallRuleTransport::new,
            (p, id) -> (port, s) -> port.firewallRuleRetrieve(id, s),
            (p, t) -> (port, s) -> port.firewallRuleSave(t, s),
            ids ->
                (port, s) -> {
                  port.firewallRuleDelete(ids, s);
                  return null;
                },
            Mappers::firewallRule));
    m.put(
        RuleKind.INTEGRITY_MONITORING,
        new Ops<IntegrityRuleTransport>(
            "integrityRule",
            IntegrityRuleTransport::new,
            (p, id) -> (port, s) -> port.integrityRuleRetrieve(id, s),
            (p, t) -> (port, s) -> port.integrityRuleSave(t, s),
            ids ->
                (port, s) -> {
                  port.integrityRuleDelete(ids, s);
                  return null;
                },
            Mappers::integrityRule));
    m.put(
        RuleKind.LOG_INSPECTION,
        new Ops<LogInspectionRuleTransport>(
            "logInspectionRule",
            LogInspectionRuleTransport::new,
            (p, id) -> (port, s) -> port.logInspectionRuleRetrieve(id, s),
            (p, t) -> (port, s) -> port.logInspectionRuleSave(t, s),
            ids ->
                (port, s) -> {
                  port.logInspectionRuleDelete(ids, s);
                  return null;
                },
            Mappers::logInspectionRule));
    m.put(
        RuleKind.APPLICATION_TYPE,
        new Ops<ApplicationTypeTransport>(
            "applicationType",
            ApplicationTypeTransport::new,
            (p, id) -> (port, s) -> port.applicationTypeRetrieve(id, s),
            (p, t) -> (port, s) -> port.applicationTypeSave(t, s),
            ids ->
                (port, s) -> {
                  port.applicationTypeDelete(ids, s);
                  return null;
                },
            Mappers::applicationType));
    return m;
  }

  private final SoapClient client;

  SoapRuleWrites(SoapClient client) {
    this.client = client;
  }

  @SuppressWarnings("unchecked")
  private static <T> Ops<T> ops(RuleKind kind) {
    return (Ops<T>) OPS.get(kind);
  }

  Rule create(RuleDraft draft) {
    Ops<Object> ops = ops(draft.kind());
    Object t = ops.fresh().get();
    String op = ops.prefix() + "Save";
    TransportFields.set(t, "name", draft.name());
    apply(draft.kind(), t, draft.fields(), draft.ruleXml(), op);
    return save(ops, t, op);
  }

  Rule update(RuleKind kind, int id, RuleUpdate update) {
    Ops<Object> ops = ops(kind);
    String read = ops.prefix() + "Retrieve";
    Object t = client.call(read, false, ops.retrieve().apply(null, id));
    if (t == null || TransportFields.field(t.getClass(), "ID") == null || idOf(t) == null) {
      throw SoapReads.notFound(kind.name().toLowerCase(java.util.Locale.ROOT) + " rule", id, read);
    }
    String op = ops.prefix() + "Save";
    apply(kind, t, update.fields(), update.ruleXml(), op);
    return save(ops, t, op);
  }

  void delete(RuleKind kind, int id) {
    Ops<Object> ops = ops(kind);
    client.call(ops.prefix() + "Delete", false, ops.delete().apply(List.of(id)));
  }

  private static Object idOf(Object t) {
    return TransportFields.of(t, java.util.Set.of()).get("ID").orElse(null);
  }

  private Rule save(Ops<Object> ops, Object t, String op) {
    Object saved = client.call(op, false, ops.save().apply(null, t));
    Rule rule = saved == null ? null : ops.map().apply(saved);
    if (rule == null) {
      throw new ServerException(
          "the manager returned no rule after saving", op, Backend.SOAP, 0, null, null);
    }
    return rule;
  }

  /** An application type keeps its ports in a nested {@code protocolPortBased} element. */
  private static void appPorts(ApplicationTypeTransport t, String name, Object value) {
    if (t.getProtocolPortBased() == null) {
      t.setProtocolPortBased(new ProtocolPortBased());
    }
    SoapRuleFields.Target target = SoapRuleFields.APP_PORTS.get(name);
    TransportFields.set(t.getProtocolPortBased(), target.element(), target.convert().apply(value));
  }

  /** Sets the fields on the transport; refuses what SOAP cannot hold, before sending. */
  private static void apply(
      RuleKind kind, Object t, Map<String, Object> fields, String xml, String op) {
    Map<String, SoapRuleFields.Target> table = SoapRuleFields.TABLE.get(kind);
    fields.forEach(
        (name, value) -> {
          try {
            if (kind == RuleKind.FIREWALL && name.equals("tcpflags")) {
              for (Object flag : (List<?>) value) {
                String element = SoapRuleFields.TCP_FLAGS.get(String.valueOf(flag));
                if (element == null) {
                  throw new IllegalArgumentException("unknown TCP flag " + flag);
                }
                TransportFields.set(t, element, true);
              }
              return;
            }
            if (kind == RuleKind.APPLICATION_TYPE && SoapRuleFields.APP_PORTS.containsKey(name)) {
              appPorts((ApplicationTypeTransport) t, name, value);
              return;
            }
            SoapRuleFields.Target target = table.get(name);
            if (target != null) {
              TransportFields.set(t, target.element(), target.convert().apply(value));
            } else if (String.valueOf(value).equals(SoapRuleFields.DROP_IF.get(name))) {
              return; // implied on SOAP
            } else if (TransportFields.field(t.getClass(), name) != null && !name.equals("ID")) {
              TransportFields.set(t, name, value); // the transport's own element name
            } else {
              throw new IllegalArgumentException(
                  "SOAP has no equivalent of the field (e.g. rule context, real-time monitoring)");
            }
          } catch (IllegalArgumentException | ClassCastException e) {
            throw new InvalidRequestException(
                kind + " rule field " + name + ": " + e.getMessage(),
                op,
                Backend.SOAP,
                0,
                null,
                null);
          }
        });
    if (xml != null) {
      String element = SoapRuleFields.XML.get(kind);
      if (element == null) {
        throw new InvalidRequestException(
            kind + " rules have no rule XML", op, Backend.SOAP, 0, null, null);
      }
      TransportFields.set(t, element, xml);
      if (kind == RuleKind.INTRUSION_PREVENTION) {
        TransportFields.set(t, "templateType", "CUSTOM_XML");
      }
    }
  }
}
