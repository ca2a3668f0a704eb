package io.dsm4j.testkit.internal;

import io.dsm4j.model.AppliedState;
import io.dsm4j.model.EventKind;
import io.dsm4j.model.ModuleState;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.SecurityModule;
import io.dsm4j.testkit.internal.Recs.Applier;
import io.dsm4j.testkit.internal.Recs.ComputerRec;
import io.dsm4j.testkit.internal.Recs.EventRec;
import io.dsm4j.testkit.internal.Recs.GroupRec;
import io.dsm4j.testkit.internal.Recs.IpListRec;
import io.dsm4j.testkit.internal.Recs.PolicyRec;
import io.dsm4j.testkit.internal.Recs.RuleRec;
import io.dsm4j.testkit.internal.Recs.UpdateRec;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/** The SOAP {@code /webservice/Manager} front end (document/literal wrapped, Axis 1.4 shape). */
public final class SoapApi {
  static final String XML = "text/xml; charset=utf-8";
  static final String URN = "urn:Manager";
  static final String SOAP_ENV = "http://schemas.xmlsoap.org/soap/envelope/";

  /** The WSDL's declared faults: detail element and exception class. */
  enum Kind {
    MANAGER("fault", "ManagerException"),
    LOCKOUT("fault1", "ManagerLockoutException"),
    AUTHENTICATION("fault2", "ManagerAuthenticationException"),
    MAX_SESSIONS("fault3", "ManagerMaxSessionsException"),
    SECURITY("fault4", "ManagerSecurityException"),
    COMMUNICATION("fault5", "ManagerCommunicationException"),
    TIMEOUT("fault6", "ManagerTimeoutException"),
    VALIDATION("fault7", "ManagerValidationException"),
    AUTHORIZATION("fault8", "ManagerAuthorizationException"),
    INTEGRITY("fault9", "ManagerIntegrityConstraintException");

    final String element;
    final String exception;

    Kind(String element, String exception) {
      this.element = element;
      this.exception = "com.thirdbrigade.manager.webservice.exceptions." + exception;
    }
  }

  static final class SoapFault extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Kind kind;

    SoapFault(Kind kind, String message) {
      super(message);
      this.kind = kind;
    }
  }

  private static final Set<String> NO_SESSION =
      Set.of("authenticate", "authenticateTenant", "getApiVersion", "getManagerTime");

  private final Store s;

  public SoapApi(Store s) {
    this.s = s;
  }

  private final java.util.Map<String, Long> delays = new java.util.concurrent.ConcurrentHashMap<>();

  /** Holds every later {@code operation} request this long before answering it (0 clears). */
  public void delay(String operation, java.time.Duration delay) {
    if (delay.isZero()) {
      delays.remove(operation);
    } else {
      delays.put(operation, delay.toMillis());
    }
  }

  /** A fault envelope as Axis 1.4 writes it for a declared service exception. */
  static String faultEnvelope(String code, String text, String detailElement, String exception) {
    StringBuilder sb = new StringBuilder(512);
    sb.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>")
        .append("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"")
        .append(" xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\"")
        .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><soapenv:Body>")
        .append("<soapenv:Fault><faultcode>")
        .append(code)
        .append("</faultcode><faultstring>")
        .append(SoapOut.escapeText(text))
        .append("</faultstring><detail>");
    if (detailElement != null) {
      sb.append("<ns1:").append(detailElement).append(" xmlns:ns1=\"urn:Manager\"/>");
    }
    sb.append("<ns2:exceptionName xmlns:ns2=\"http://xml.apache.org/axis/\">")
        .append(exception)
        .append("</ns2:exceptionName>")
        .append(
            "<ns3:hostname xmlns:ns3=\"http://xml.apache.org/axis/\">dsm4j-simulator</ns3:hostname>")
        .append("</detail></soapenv:Fault></soapenv:Body></soapenv:Envelope>");
    return sb.toString();
  }

  static Reply fault(Kind k, String text) {
    return Reply.of(
        500, XML, faultEnvelope("soapenv:Server.userException", text, k.element, k.exception));
  }

  public Reply handle(byte[] body) {
    XNode op;
    try {
      XNode env = XNode.parse(body);
      if (!env.name.equals("Envelope") || !env.namespace.equals(SOAP_ENV)) {
        return clientFault("The request is not a SOAP 1.1 envelope.");
      }
      XNode b = env.child("Body");
      op = b == null || b.children.isEmpty() ? null : b.children.get(0);
      if (op == null) {
        return clientFault("The SOAP body is empty.");
      }
    } catch (IllegalArgumentException e) {
      return clientFault(e.getMessage());
    }
    s.countOperation("soap:" + op.name);
    try {
      if (!op.namespace.equals(URN) || !KNOWN.contains(op.name)) {
        throw new SoapFault(
            Kind.MANAGER, "Operation " + op.name + " is not implemented by the dsm4j simulator.");
      }
      if (!NO_SESSION.contains(op.name) && !op.name.equals("endSession")) {
        switch (s.touch(op.str("sID"))) {
          case UNKNOWN ->
              throw new SoapFault(Kind.AUTHENTICATION, "Invalid or unknown session ID.");
          case EXPIRED -> throw new SoapFault(Kind.TIMEOUT, "The session has timed out.");
          default -> {
            // valid session
          }
        }
      }
      Long delay = delays.get(op.name);
      if (delay != null) {
        // Outside the state lock, so other requests (endSession) are answered meanwhile; the
        // server's shutdown interrupts the wait.
        try {
          Thread.sleep(delay);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new SoapFault(Kind.MANAGER, "The simulator is shutting down.");
        }
      }
      String out;
      synchronized (s) {
        out = dispatch(op);
      }
      return Reply.of(200, XML, out);
    } catch (SoapFault f) {
      return fault(f.kind, f.getMessage());
    } catch (IllegalArgumentException e) {
      return fault(Kind.VALIDATION, e.getMessage());
    }
  }

  private static Reply clientFault(String text) {
    return Reply.of(
        500, XML, faultEnvelope("soapenv:Client", text, null, "org.xml.sax.SAXException"));
  }

  static final Set<String> KNOWN =
      Set.of(
          "authenticate",
          "authenticateTenant",
          "endSession",
          "getApiVersion",
          "getManagerTime",
          "systemInformationRetrieve",
          "securityProfileRetrieveAll",
          "securityProfileRetrieve",
          "securityProfileRetrieveByName",
          "securityProfileSave",
          "securityProfileDelete",
          "securityProfileAssignToHost",
          "securityProfileRecommendationRuleIDsRetrieve",
          "DPIRuleRetrieveAll",
          "DPIRuleRetrieve",
          "DPIRuleRetrieveByName",
          "DPIRuleSave",
          "firewallRuleRetrieveAll",
          "firewallRuleRetrieve",
          "firewallRuleRetrieveByName",
          "firewallRuleSave",
          "integrityRuleRetrieveAll",
          "integrityRuleRetrieve",
          "integrityRuleRetrieveByName",
          "integrityRuleSave",
          "logInspectionRuleRetrieveAll",
          "logInspectionRuleRetrieve",
          "logInspectionRuleRetrieveByName",
          "logInspectionRuleSave",
          "applicationTypeRetrieveAll",
          "applicationTypeRetrieve",
          "applicationTypeRetrieveByName",
          "hostDetailRetrieve",
          "hostDetailRetrieveByName",
          "hostGetStatus",
          "hostRecommendationScan",
          "hostRecommendationRuleIDsRetrieve",
          "hostAntiMalwareScan",
          "hostIntegrityScan",
          "hostUpdateNow",
          "hostGetEventsNow",
          "hostClearWarningsErrors",
          "IPListRetrieveAll",
          "IPListRetrieve",
          "IPListRetrieveByName",
          "hostGroupRetrieveAll",
          "hostGroupRetrieve",
          "hostGroupRetrieveByName",
          "securityUpdateRetrieveAll",
          "updateComponents",
          "securityUpdateApply",
          "securityUpdateGetApplierInformation",
          "DPIEventRetrieve2",
          "firewallEventRetrieve2",
          "antiMalwareEventRetrieve2",
          "webReputationEventRetrieve2",
          "integrityEventRetrieve2",
          "logInspectionEventRetrieve2",
          "systemEventRetrieve2",
          "systemSettingGet",
          "securityProfileSettingGet",
          "DPIEventRetrieve",
          "firewallEventRetrieve",
          "antiMalwareEventRetrieve",
          "webReputationEventRetrieve",
          "integrityEventRetrieve",
          "logInspectionEventRetrieve",
          "systemEventRetrieve");

  // ------------------------------------------------------------------ dispatch

  private String dispatch(XNode r) {
    String op = r.name;
    switch (op) {
      case "authenticate":
        return single(op, "string", login(null, r.str("username"), r.str("password")));
      case "authenticateTenant":
        {
          String tenant = r.str("tenantName");
          if (tenant == null) {
            throw new SoapFault(Kind.AUTHENTICATION, "A tenant name is required.");
          }
          return single(op, "string", login(tenant, r.str("username"), r.str("password")));
        }
      case "endSession":
        s.endSession(r.str("sID"));
        return SoapOut.empty(op);
      case "getApiVersion":
        return single(op, "int", 1);
      case "getManagerTime":
        return single(op, "dateTime", s.now());
      case "systemInformationRetrieve":
        {
          List<Map<String, Object>> info = new ArrayList<>();
          info.add(info("managerVersion", "Manager Version", "20.0.877"));
          info.add(info("apiVersion", "Web Service API Version", "1"));
          info.add(info("productName", "Product", "Deep Security Manager (dsm4j simulator)"));
          info.add(info("hostCount", "Computers", Integer.toString(s.computers.size())));
          return many(op, "SystemInformationTransport", info);
        }
      case "securityProfileRetrieveAll":
        return many(
            op,
            "SecurityProfileTransport",
            s.policies.values().stream().map(this::profile).toList());
      case "securityProfileRetrieve":
        return maybe(op, "SecurityProfileTransport", opt(s.policyRec(req(r, "id")), this::profile));
      case "securityProfileRetrieveByName":
        return maybe(
            op,
            "SecurityProfileTransport",
            opt(s.policyByName(nonNull(r.str("name"), "name")), this::profile));
      case "securityProfileSave":
        return single(op, "SecurityProfileTransport", profile(saveProfile(need(r, "sp"))));
      case "securityProfileDelete":
        {
          List<Integer> ids = r.ints("ids");
          for (Integer id : ids) {
            if (s.policyRec(id) == null) {
              throw new SoapFault(Kind.VALIDATION, "Security profile " + id + " does not exist.");
            }
            if (s.policyInUse(id)) {
              throw new SoapFault(
                  Kind.INTEGRITY,
                  "Security profile " + id + " is in use by computers or child profiles.");
            }
          }
          ids.forEach(s.policies::remove);
          return SoapOut.empty(op);
        }
      case "securityProfileAssignToHost":
        {
          int pid = req(r, "securityProfileID");
          if (s.policyRec(pid) == null) {
            throw new SoapFault(Kind.VALIDATION, "Security profile " + pid + " does not exist.");
          }
          for (ComputerRec c : hosts(r.ints("hostIDs"))) {
            c.policyId = pid;
            c.lastSendPolicyRequest = s.now();
            c.lastSendPolicySuccess = s.now();
          }
          return SoapOut.empty(op);
        }
      case "securityProfileRecommendationRuleIDsRetrieve":
        {
          int pid = req(r, "securityProfileID");
          RuleKind k = ruleType(req(r, "type"));
          if (s.policyRec(pid) == null) {
            throw new SoapFault(Kind.VALIDATION, "Security profile " + pid + " does not exist.");
          }
          TreeSet<Integer> ids = new TreeSet<>();
          for (ComputerRec c : s.computersUsing(pid)) {
            s.settle(c);
            ids.addAll(c.recommended.getOrDefault(k, new TreeSet<>()));
          }
          return many(op, "int", ids);
        }
      case "hostRecommendationRuleIDsRetrieve":
        {
          ComputerRec c = host(req(r, "hostID"));
          RuleKind k = ruleType(req(r, "type"));
          Boolean only = r.bool("onlyunassigned");
          s.settle(c);
          TreeSet<Integer> ids =
              Boolean.TRUE.equals(only)
                  ? s.recommendedToAssign(c, k)
                  : new TreeSet<>(c.recommended.getOrDefault(k, new TreeSet<>()));
          return many(op, "int", ids);
        }
      case "hostDetailRetrieve":
        {
          String level = r.str("hostDetailLevel");
          if (level != null && !List.of("LOW", "MEDIUM", "HIGH").contains(level)) {
            throw new SoapFault(Kind.VALIDATION, "Invalid hostDetailLevel " + level + ".");
          }
          Predicate<Integer> f = hostFilter(r.child("hostFilter"));
          List<Map<String, Object>> out = new ArrayList<>();
          for (ComputerRec c : s.computers.values()) {
            if (f.test(c.id)) {
              out.add(hostDetail(c));
            }
          }
          return many(op, "HostDetailTransport", out);
        }
      case "hostDetailRetrieveByName":
        {
          String name = nonNull(r.str("hostname"), "hostname");
          List<Map<String, Object>> out = new ArrayList<>();
          for (ComputerRec c : s.computers.values()) {
            if (c.hostName.equalsIgnoreCase(name)) {
              out.add(hostDetail(c));
            }
          }
          return many(op, "HostDetailTransport", out);
        }
      case "hostGetStatus":
        return maybe(
            op, "HostStatusTransport", opt(s.computers.get(req(r, "id")), this::hostStatus));
      case "hostRecommendationScan":
        Actions.run(s, "scan-for-recommendations", hosts(r.ints("hostIDs")));
        return SoapOut.empty(op);
      case "hostAntiMalwareScan":
        Actions.run(s, "scan-for-malware", hosts(r.ints("hostIDs")));
        return SoapOut.empty(op);
      case "hostIntegrityScan":
        Actions.run(s, "scan-for-integrity-changes", hosts(r.ints("hostIDs")));
        return SoapOut.empty(op);
      case "hostUpdateNow":
        Actions.run(s, "send-policy", hosts(r.ints("hostIDs")));
        return SoapOut.empty(op);
      case "hostClearWarningsErrors":
        Actions.run(s, "clear-warnings-errors", hosts(r.ints("hostIDs")));
        return SoapOut.empty(op);
      case "hostGetEventsNow":
        Actions.run(s, "get-events-now", List.of(host(req(r, "hostID"))));
        return SoapOut.empty(op);
      case "IPListRetrieveAll":
        return many(
            op, "IPListTransport", s.ipLists.values().stream().map(SoapApi::ipList).toList());
      case "IPListRetrieve":
        return maybe(op, "IPListTransport", opt(s.ipLists.get(req(r, "id")), SoapApi::ipList));
      case "IPListRetrieveByName":
        return maybe(
            op,
            "IPListTransport",
            opt(byName(s.ipLists.values(), l -> l.name, r.str("name")), SoapApi::ipList));
      case "hostGroupRetrieveAll":
        return many(
            op, "HostGroupTransport", s.groups.values().stream().map(SoapApi::group).toList());
      case "hostGroupRetrieve":
        return maybe(op, "HostGroupTransport", opt(s.groups.get(req(r, "id")), SoapApi::group));
      case "hostGroupRetrieveByName":
        return maybe(
            op,
            "HostGroupTransport",
            opt(byName(s.groups.values(), g -> g.name, r.str("name")), SoapApi::group));
      case "securityUpdateRetrieveAll":
        return many(
            op,
            "SecurityUpdateTransport",
            s.updates.values().stream().map(SoapApi::update).toList());
      case "updateComponents":
        return single(op, "boolean", true);
      case "securityUpdateApply":
        {
          UpdateRec u = s.updates.get(req(r, "ID"));
          if (u == null) {
            throw new SoapFault(
                Kind.VALIDATION, "Security update " + r.str("ID") + " does not exist.");
          }
          Applier a = s.applyUpdate(u, Boolean.TRUE.equals(r.bool("detectOnly")));
          if (a == null) {
            throw new SoapFault(
                Kind.VALIDATION,
                "Security update "
                    + u.id
                    + " is older than the current one; the simulator does not roll back updates.");
          }
          return single(op, "ApplierInformationTransport", applier(a));
        }
      case "securityUpdateGetApplierInformation":
        {
          UpdateRec u = s.updates.get(req(r, "ID"));
          if (u == null) {
            throw new SoapFault(
                Kind.VALIDATION, "Security update " + r.str("ID") + " does not exist.");
          }
          return single(op, "ApplierInformationTransport", applier(u.applier));
        }
      case "securityProfileSettingGet":
        {
          int policyId = req(r, "securityProfileID");
          List<Map<String, Object>> out = new ArrayList<>();
          synchronized (s) {
            PolicyRec p = s.policies.get(policyId);
            if (p == null) {
              throw new SoapFault(
                  Kind.MANAGER, "Security Profile " + policyId + " does not exist.");
            }
            for (XNode k : r.all("keys")) {
              Map<String, Object> m = setting(k.text());
              if ("CONFIGURATION_DETECTIONENGINESTATEAUTOAPPLYDPIRULES".equals(k.text())) {
                m.put("settingValue", Boolean.toString(p.autoApplyRecommendations));
                m.put("settingScope", "PROFILE");
              }
              out.add(m);
            }
          }
          return many(op, "EditableSettingStoredTransport", out);
        }
      case "systemSettingGet":
        {
          List<Map<String, Object>> out = new ArrayList<>();
          for (XNode k : r.all("keys")) {
            String key = k.text();
            if (key == null || !key.matches("[A-Z][A-Z0-9_]*")) {
              throw new SoapFault(Kind.VALIDATION, "Invalid setting key '" + key + "'.");
            }
            out.add(setting(key));
          }
          return many(op, "EditableSettingStoredTransport", out);
        }
      default:
        break;
    }
    if (op.endsWith("EventRetrieve2") && s.cfg.legacyEventOperations()) {
      // What Apache Axis answers for an operation the (9.x) service does not have.
      throw new SoapFault(Kind.MANAGER, "No such operation '" + op + "'");
    }
    if (op.endsWith("EventRetrieve2") || op.endsWith("EventRetrieve")) {
      return events(r);
    }
    RuleKind kind = ruleKindOf(op);
    if (kind != null) {
      return rules(r, kind);
    }
    throw new SoapFault(
        Kind.MANAGER, "Operation " + op + " is not implemented by the dsm4j simulator.");
  }

  private String login(String tenant, String user, String password) {
    String want = s.cfg.tenant();
    boolean tenantOk = want == null ? tenant == null : want.equalsIgnoreCase(tenant);
    if (!tenantOk || !s.cfg.username().equals(user) || !s.cfg.password().equals(password)) {
      throw new SoapFault(
          Kind.AUTHENTICATION,
          "Authentication failed for user "
              + user
              + (want != null && tenant == null ? " (this manager requires a tenant sign-in)" : "")
              + ".");
    }
    String sid = s.openSession();
    if (sid == null) {
      throw new SoapFault(
          Kind.MAX_SESSIONS,
          "Maximum number of sessions ("
              + s.cfg.maxSessions()
              + ") exceeded for user "
              + user
              + ".");
    }
    return sid;
  }

  // ------------------------------------------------------------------ writers

  private static String single(String op, String type, Object value) {
    SoapOut o = new SoapOut(4096);
    o.start(op);
    o.value(op + "Return", type, false, value);
    o.end(op);
    return o.toString();
  }

  /** A missing object answers with one nil return element, as Axis does for a null return. */
  private static String maybe(String op, String type, Map<String, Object> value) {
    if (value == null) {
      SoapOut o = new SoapOut(512);
      o.start(op);
      o.nil(op + "Return");
      o.end(op);
      return o.toString();
    }
    return single(op, type, value);
  }

  private static String many(String op, String type, Collection<?> values) {
    SoapOut o = new SoapOut(Math.max(1024, values.size() * (type.equals("int") ? 64 : 1200)));
    o.start(op);
    for (Object v : values) {
      o.value(op + "Return", type, false, v);
    }
    o.end(op);
    return o.toString();
  }

  private static <T> Map<String, Object> opt(
      T rec, java.util.function.Function<T, Map<String, Object>> f) {
    return rec == null ? null : f.apply(rec);
  }

  private static <T> T byName(
      Collection<T> items, java.util.function.Function<T, String> name, String want) {
    if (want == null) {
      throw new SoapFault(Kind.VALIDATION, "name is required.");
    }
    for (T t : items) {
      if (name.apply(t).equals(want)) {
        return t;
      }
    }
    return null;
  }

  private static int req(XNode r, String element) {
    Integer v = r.integer(element);
    if (v == null) {
      throw new SoapFault(Kind.VALIDATION, "Element " + element + " is required.");
    }
    return v;
  }

  private static String nonNull(String v, String element) {
    if (v == null) {
      throw new SoapFault(Kind.VALIDATION, "Element " + element + " is required.");
    }
    return v;
  }

  private static XNode need(XNode r, String element) {
    XNode n = r.child(element);
    if (n == null || n.nil) {
      throw new SoapFault(Kind.VALIDATION, "Element " + element + " is required.");
    }
    return n;
  }

  private static Map<String, Object> info(String key, String name, String value) {
    Map<String, Object> m = new HashMap<>();
    m.put("key", key);
    m.put("name", name);
    m.put("value", value);
    return m;
  }

  private ComputerRec host(int id) {
    ComputerRec c = s.computers.get(id);
    if (c == null) {
      throw new SoapFault(Kind.VALIDATION, "Host " + id + " does not exist.");
    }
    return c;
  }

  private List<ComputerRec> hosts(List<Integer> ids) {
    List<ComputerRec> out = new ArrayList<>();
    for (Integer id : ids) {
      out.add(host(id));
    }
    return out;
  }

  private static RuleKind ruleType(int type) {
    return switch (type) {
      case 1 -> RuleKind.APPLICATION_TYPE;
      case 2 -> RuleKind.INTRUSION_PREVENTION;
      case 3 -> RuleKind.FIREWALL;
      case 4 -> RuleKind.INTEGRITY_MONITORING;
      case 5 -> RuleKind.LOG_INSPECTION;
      default ->
          throw new SoapFault(Kind.VALIDATION, "Invalid rule type " + type + " (expected 1-5).");
    };
  }

  // ------------------------------------------------------------------ security profiles

  private Map<String, Object> profile(PolicyRec p) {
    Map<String, Object> m = new HashMap<>();
    m.put("ID", p.id);
    m.put("description", p.description);
    m.put("name", p.name);
    m.put("DPIRuleIDs", List.copyOf(p.direct.get(RuleKind.INTRUSION_PREVENTION)));
    m.put(
        "DPIState",
        Names.soapState(
            SecurityModule.INTRUSION_PREVENTION, own(p, SecurityModule.INTRUSION_PREVENTION)));
    boolean child = p.parentId != null;
    m.put("antiMalwareManualInherit", child);
    m.put("antiMalwareRealTimeInherit", child);
    m.put("antiMalwareScheduledInherit", child);
    m.put(
        "antiMalwareState",
        Names.soapState(SecurityModule.ANTI_MALWARE, own(p, SecurityModule.ANTI_MALWARE)));
    m.put(
        "applicationTypeIDs",
        List.copyOf(
            s.appTypesFor(
                p.direct.get(RuleKind.INTRUSION_PREVENTION),
                p.direct.get(RuleKind.APPLICATION_TYPE))));
    m.put("firewallRuleIDs", List.copyOf(p.direct.get(RuleKind.FIREWALL)));
    m.put(
        "firewallState", Names.soapState(SecurityModule.FIREWALL, own(p, SecurityModule.FIREWALL)));
    m.put("integrityRuleIDs", List.copyOf(p.direct.get(RuleKind.INTEGRITY_MONITORING)));
    m.put(
        "integrityState",
        Names.soapState(
            SecurityModule.INTEGRITY_MONITORING, own(p, SecurityModule.INTEGRITY_MONITORING)));
    m.put("logInspectionRuleIDs", List.copyOf(p.direct.get(RuleKind.LOG_INSPECTION)));
    m.put(
        "logInspectionState",
        Names.soapState(SecurityModule.LOG_INSPECTION, own(p, SecurityModule.LOG_INSPECTION)));
    m.put("parentSecurityProfileID", p.parentId);
    m.put("recommendationState", p.recommendationScanMode.equals("ongoing") ? "ONGOING" : "OFF");
    return m;
  }

  private static ModuleState own(PolicyRec p, SecurityModule m) {
    return p.states.getOrDefault(m, ModuleState.INHERITED);
  }

  private PolicyRec saveProfile(XNode sp) {
    Integer id = sp.integer("ID");
    String name = sp.str("name");
    PolicyRec existing = id == null ? null : s.policyRec(id);
    if (id != null && existing == null) {
      throw new SoapFault(Kind.VALIDATION, "Security profile " + id + " does not exist.");
    }
    if (name == null || name.isBlank()) {
      throw new SoapFault(Kind.VALIDATION, "The security profile name is required.");
    }
    PolicyRec clash = s.policyByName(name);
    if (clash != null && clash != existing) {
      throw new SoapFault(
          Kind.INTEGRITY, "A security profile named '" + name + "' already exists.");
    }
    Integer parent = sp.integer("parentSecurityProfileID");
    if (parent != null) {
      if (s.policyRec(parent) == null) {
        throw new SoapFault(
            Kind.VALIDATION, "Parent security profile " + parent + " does not exist.");
      }
      if (existing != null && s.isSelfOrDescendant(existing.id, parent)) {
        throw new SoapFault(Kind.VALIDATION, "A security profile cannot be its own ancestor.");
      }
    }
    Map<RuleKind, List<Integer>> arrays = new LinkedHashMap<>();
    arrays.put(RuleKind.INTRUSION_PREVENTION, ids(sp, "DPIRuleIDs", RuleKind.INTRUSION_PREVENTION));
    arrays.put(RuleKind.APPLICATION_TYPE, ids(sp, "applicationTypeIDs", RuleKind.APPLICATION_TYPE));
    arrays.put(RuleKind.FIREWALL, ids(sp, "firewallRuleIDs", RuleKind.FIREWALL));
    arrays.put(
        RuleKind.INTEGRITY_MONITORING, ids(sp, "integrityRuleIDs", RuleKind.INTEGRITY_MONITORING));
    arrays.put(RuleKind.LOG_INSPECTION, ids(sp, "logInspectionRuleIDs", RuleKind.LOG_INSPECTION));
    Map<SecurityModule, ModuleState> states = new LinkedHashMap<>();
    state(sp, "DPIState", SecurityModule.INTRUSION_PREVENTION, states);
    state(sp, "antiMalwareState", SecurityModule.ANTI_MALWARE, states);
    state(sp, "firewallState", SecurityModule.FIREWALL, states);
    state(sp, "integrityState", SecurityModule.INTEGRITY_MONITORING, states);
    state(sp, "logInspectionState", SecurityModule.LOG_INSPECTION, states);
    String rec = sp.str("recommendationState");
    if (rec != null && !rec.equals("OFF") && !rec.equals("ONGOING")) {
      throw new SoapFault(Kind.VALIDATION, "Invalid recommendationState " + rec + ".");
    }
    PolicyRec p = existing != null ? existing : s.createPolicy(name, parent);
    p.name = name;
    p.parentId = parent;
    String d = sp.str("description");
    p.description = d == null ? "" : d;
    for (SecurityModule m : SecurityModule.values()) {
      ModuleState st = states.getOrDefault(m, ModuleState.INHERITED);
      p.states.put(m, st == ModuleState.INHERITED && parent == null ? ModuleState.OFF : st);
    }
    TreeSet<Integer> derivedApps =
        s.appTypesFor(new TreeSet<>(arrays.get(RuleKind.INTRUSION_PREVENTION)), new TreeSet<>());
    arrays.forEach(
        (k, list) -> {
          TreeSet<Integer> set = p.direct.get(k);
          set.clear();
          set.addAll(list);
          if (k == RuleKind.APPLICATION_TYPE) {
            // Application types that merely follow from assigned rules are not stored as direct.
            set.removeAll(derivedApps);
          }
        });
    p.recommendationScanMode = "ONGOING".equals(rec) ? "ongoing" : "off";
    return p;
  }

  private List<Integer> ids(XNode sp, String element, RuleKind kind) {
    List<Integer> list = sp.intArray(element);
    if (list == null) {
      return List.of();
    }
    List<Integer> bad = s.unknownRules(kind, list);
    if (!bad.isEmpty()) {
      throw new SoapFault(Kind.VALIDATION, element + " contains unknown IDs " + bad + ".");
    }
    return list;
  }

  private static void state(
      XNode sp, String element, SecurityModule m, Map<SecurityModule, ModuleState> out) {
    String v = sp.str(element);
    if (v == null) {
      return;
    }
    ModuleState st = Names.parseSoapState(m, v);
    if (st == null) {
      throw new SoapFault(Kind.VALIDATION, "Invalid " + element + " " + v + ".");
    }
    out.put(m, st);
  }

  // ------------------------------------------------------------------ rules

  private static RuleKind ruleKindOf(String op) {
    if (op.startsWith("DPIRule")) {
      return RuleKind.INTRUSION_PREVENTION;
    } else if (op.startsWith("firewallRule")) {
      return RuleKind.FIREWALL;
    } else if (op.startsWith("integrityRule")) {
      return RuleKind.INTEGRITY_MONITORING;
    } else if (op.startsWith("logInspectionRule")) {
      return RuleKind.LOG_INSPECTION;
    } else if (op.startsWith("applicationType")) {
      return RuleKind.APPLICATION_TYPE;
    }
    return null;
  }

  private static String transportOf(RuleKind k) {
    return switch (k) {
      case INTRUSION_PREVENTION -> "DPIRuleTransport";
      case FIREWALL -> "FirewallRuleTransport";
      case INTEGRITY_MONITORING -> "IntegrityRuleTransport";
      case LOG_INSPECTION -> "LogInspectionRuleTransport";
      case APPLICATION_TYPE -> "ApplicationTypeTransport";
    };
  }

  private String rules(XNode r, RuleKind k) {
    String op = r.name;
    String type = transportOf(k);
    TreeMap<Integer, RuleRec> all = s.rules.get(k);
    if (op.endsWith("RetrieveAll")) {
      SoapOut o =
          new SoapOut(all.size() * (k == RuleKind.INTRUSION_PREVENTION ? 3600 : 1200) + 1024);
      o.start(op);
      for (RuleRec rule : all.values()) {
        o.transport(op + "Return", type, rule(rule));
      }
      o.end(op);
      return o.toString();
    }
    if (op.endsWith("RetrieveByName")) {
      return maybe(op, type, opt(byName(all.values(), x -> x.name, r.str("name")), this::rule));
    }
    if (op.endsWith("Retrieve")) {
      return maybe(op, type, opt(all.get(req(r, "id")), this::rule));
    }
    if (op.endsWith("Save")) {
      XNode t = r.children.isEmpty() ? null : r.children.get(0);
      if (t == null || t.nil || t.name.equals("sID")) {
        throw new SoapFault(Kind.VALIDATION, "The rule to save is required.");
      }
      return single(op, type, rule(saveRule(k, t)));
    }
    throw new SoapFault(
        Kind.MANAGER, "Operation " + op + " is not implemented by the dsm4j simulator.");
  }

  private RuleRec saveRule(RuleKind k, XNode t) {
    Integer id = t.integer("ID");
    RuleRec rule;
    if (id == null) {
      if (k != RuleKind.INTRUSION_PREVENTION) {
        throw new SoapFault(
            Kind.VALIDATION,
            "The simulator only creates custom DPI rules; give the ID of an existing rule.");
      }
      String name = t.str("name");
      if (name == null || name.isBlank()) {
        throw new SoapFault(Kind.VALIDATION, "The rule name is required.");
      }
      if (byNameOrNull(k, name) != null) {
        throw new SoapFault(Kind.INTEGRITY, "A DPI rule named '" + name + "' already exists.");
      }
      rule = new RuleRec();
      rule.kind = k;
      rule.id = s.nextRuleId.merge(k, 1, Integer::sum) - 1;
      rule.authoritative = false;
      rule.type = "custom";
      rule.name = name;
      rule.identifier = null;
      rule.issued = s.now();
      rule.lastUpdated = s.now();
      rule.severity = io.dsm4j.model.Severity.fromWire(t.str("severity"));
      if (rule.severity == io.dsm4j.model.Severity.UNKNOWN) {
        rule.severity = io.dsm4j.model.Severity.MEDIUM;
      }
      rule.appTypeId = t.integer("applicationTypeID");
      if (rule.appTypeId == null
          || !s.rules.get(RuleKind.APPLICATION_TYPE).containsKey(rule.appTypeId)) {
        throw new SoapFault(Kind.VALIDATION, "A valid applicationTypeID is required.");
      }
      s.rules.get(k).put(rule.id, rule);
    } else {
      rule = s.rules.get(k).get(id);
      if (rule == null) {
        throw new SoapFault(Kind.VALIDATION, transportOf(k) + " " + id + " does not exist.");
      }
      String name = t.str("name");
      if (rule.authoritative && name != null && !name.equals(rule.name)) {
        throw new SoapFault(Kind.VALIDATION, "Trend Micro rules cannot be renamed.");
      }
      if (name != null) {
        RuleRec clash = byNameOrNull(k, name);
        if (clash != null && clash != rule) {
          throw new SoapFault(Kind.INTEGRITY, "A rule named '" + name + "' already exists.");
        }
        rule.name = name;
      }
    }
    if (!rule.authoritative && t.child("description") != null) {
      String d = t.str("description");
      rule.description = d == null ? "" : d;
    }
    Boolean v;
    if ((v = t.bool("raiseAlert")) != null) {
      rule.raiseAlert = v;
    }
    if ((v = t.bool("ignoreRecommendations")) != null) {
      rule.ignoreRecommendations = v;
    }
    if (k == RuleKind.INTRUSION_PREVENTION) {
      if ((v = t.bool("detectOnly")) != null) {
        rule.detectOnly = v;
      }
      if ((v = t.bool("disableEvent")) != null) {
        rule.disableEvent = v;
      }
      if ((v = t.bool("includePacketData")) != null) {
        rule.includePacketData = v;
      }
      String prio = t.str("priority");
      if (prio != null) {
        if (!List.of("HIGHEST", "HIGH", "NORMAL", "LOW", "LOWEST").contains(prio)) {
          throw new SoapFault(Kind.VALIDATION, "Invalid priority " + prio + ".");
        }
        rule.priority = prio.toLowerCase(Locale.ROOT);
      }
    }
    rule.lastUpdated = s.now();
    return rule;
  }

  private RuleRec byNameOrNull(RuleKind k, String name) {
    for (RuleRec r : s.rules.get(k).values()) {
      if (r.name.equals(name)) {
        return r;
      }
    }
    return null;
  }

  private static String tbuid(RuleRec r) {
    long h = Store.mix(r.id * 131L + r.kind.ordinal());
    return String.format(
        "%08x-%04x-4%03x-a%03x-%012x",
        h >>> 32,
        (h >>> 16) & 0xffff,
        h & 0xfff,
        (h >>> 8) & 0xfff,
        Store.mix(h) & 0xffffffffffffL);
  }

  private static String upper(String v) {
    return v == null ? null : v.toUpperCase(Locale.ROOT).replace('-', '_');
  }

  private Map<String, Object> rule(RuleRec r) {
    Map<String, Object> m = new HashMap<>();
    m.put("ID", r.id);
    m.put("description", r.description);
    m.put("name", r.name);
    switch (r.kind) {
      case INTRUSION_PREVENTION -> {
        m.put("TBUID", tbuid(r));
        m.put("applicationTypeID", r.appTypeId);
        m.put("authoritative", r.authoritative);
        m.put("cvssScore", r.cvss == null ? 0.0 : r.cvss);
        m.put("detectOnly", r.detectOnly);
        m.put("disableEvent", r.disableEvent);
        m.put("eventOnPacketDrop", true);
        m.put("eventOnPacketModify", false);
        m.put("identifier", r.identifier);
        m.put("ignoreRecommendations", r.ignoreRecommendations);
        m.put("includePacketData", r.includePacketData);
        m.put("issued", r.issued);
        m.put("priority", upper(r.priority));
        m.put("raiseAlert", r.raiseAlert);
        m.put("ruleXML", RuleXml.ips(s.cfg.seed(), r));
        m.put("severity", r.severity == null ? null : r.severity.name());
        m.put("templateType", "CUSTOM_XML");
        m.put("cveNumbers", r.cves.isEmpty() ? null : String.join(", ", r.cves));
      }
      case FIREWALL -> {
        m.put("action", upper(r.action));
        m.put("anyFlags", true);
        m.put("destinationIPType", "ANY");
        m.put("destinationMACType", "ANY");
        boolean icmp = r.protocol.equals("icmp");
        m.put("destinationPortType", icmp ? "ANY" : "PORTS");
        m.put("destinationPorts", icmp ? null : r.ports);
        m.put("disabledLog", r.disableEvent);
        m.put("frameType", "IP");
        m.put("packetDirection", upper(r.direction));
        m.put(
            "priority",
            List.of("LOWEST", "LOW", "NORMAL", "HIGH", "HIGHEST")
                .get(Integer.parseInt(r.priority)));
        m.put("protocolNumber", icmp ? 1 : r.protocol.equals("udp") ? 17 : 6);
        m.put("protocolType", upper(r.protocol));
        m.put("raiseAlert", r.raiseAlert);
        m.put("sourceIPType", "ANY");
        m.put("sourceMACType", "ANY");
        m.put("sourcePortType", "ANY");
      }
      case INTEGRITY_MONITORING -> {
        m.put("TBUID", tbuid(r));
        m.put("authoritative", r.authoritative);
        m.put("content", r.customXml);
        m.put("identifier", r.identifier);
        m.put("ignoreRecommendations", r.ignoreRecommendations);
        m.put("issued", r.issued);
        m.put("minAgentVersion", "9.0.0.0");
        m.put("minManagerVersion", "9.0.0");
        m.put("raiseAlert", r.raiseAlert);
        m.put("severity", r.severity == null ? null : r.severity.name());
      }
      case LOG_INSPECTION -> {
        m.put("TBUID", tbuid(r));
        m.put("alertMinSeverity", 6);
        m.put("authoritative", r.authoritative);
        m.put("content", RuleXml.logInspection(r));
        m.put("files", r.files);
        m.put("identifier", r.identifier);
        m.put("ignoreRecommendations", r.ignoreRecommendations);
        m.put("issued", r.issued);
        m.put("minAgentVersion", "9.0.0.0");
        m.put("minManagerVersion", "9.0.0");
        m.put("raiseAlert", r.raiseAlert);
      }
      case APPLICATION_TYPE -> {
        m.put("TBUID", tbuid(r));
        m.put("authoritative", r.authoritative);
        m.put("direction", upper(r.direction));
        m.put("ignoreRecommendations", r.ignoreRecommendations);
        Map<String, Object> ports = new HashMap<>();
        ports.put("portType", "PORTS");
        ports.put("ports", r.ports);
        m.put("protocolPortBased", ports);
        m.put("protocolType", upper(r.protocol));
      }
    }
    return m;
  }

  // ------------------------------------------------------------------ hosts

  private String policyName(Integer id) {
    PolicyRec p = id == null ? null : s.policyRec(id);
    return p == null ? null : p.name;
  }

  private Map<String, Object> hostDetail(ComputerRec c) {
    s.settle(c);
    Map<String, Object> m = new HashMap<>();
    m.put("ID", c.id);
    m.put("description", c.description);
    m.put("name", c.hostName);
    m.put("displayName", c.displayName);
    m.put("external", false);
    m.put("hostGroupID", c.groupId);
    m.put("hostType", "STANDARD");
    m.put("platform", c.platform);
    m.put("securityProfileID", c.policyId);
    m.put("antiMalwareClassicPatternVersion", "18.451.00");
    m.put("antiMalwareEngineVersion", "12.500.1008");
    m.put("antiMalwareSmartScanPatternVersion", "2.845.00");
    m.put("antiMalwareSpywarePatternVersion", "2.581.00");
    GroupRec g = c.groupId == null ? null : s.groups.get(c.groupId);
    m.put("hostGroupName", g == null ? "Computers" : g.name);
    m.put("hostLight", c.warnings.isEmpty() ? "GREEN" : "YELLOW");
    m.put("lastAnitMalwareScheduledScan", null);
    m.put("lastAntiMalwareManualScan", c.lastAntiMalwareScan);
    m.put("lastIPUsed", c.lastIp);
    m.put("light", c.warnings.isEmpty() ? 0 : 1);
    m.put("locked", false);
    String managed = c.policyId == null ? "Not Activated" : "Managed (Online)";
    for (SecurityModule mod : SecurityModule.values()) {
      ModuleState st = c.policyId == null ? ModuleState.OFF : s.effectiveState(c.policyId, mod);
      String text =
          st == ModuleState.OFF
              ? "Off, not installed"
              : st == ModuleState.DETECT ? "On, Detect" : "On";
      String key =
          switch (mod) {
            case ANTI_MALWARE -> "overallAntiMalwareStatus";
            case FIREWALL -> "overallFirewallStatus";
            case INTRUSION_PREVENTION -> "overallDpiStatus";
            case INTEGRITY_MONITORING -> "overallIntegrityMonitoringStatus";
            case LOG_INSPECTION -> "overallLogInspectionStatus";
          };
      m.put(key, text);
    }
    m.put("overallWebReputationStatus", "Off, not installed");
    m.put("overallLastRecommendationScan", c.lastRecommendationScan);
    m.put("overallLastSuccessfulCommunication", c.lastAgentCommunication);
    m.put("overallLastSuccessfulUpdate", c.lastSendPolicySuccess);
    m.put("overallStatus", managed);
    m.put("overallVersion", c.agentVersion);
    m.put("securityProfileName", policyName(c.policyId));
    return m;
  }

  private Map<String, Object> hostStatus(ComputerRec c) {
    Map<String, Object> d = hostDetail(c);
    Map<String, Object> m = new HashMap<>();
    for (String k :
        List.of(
            "overallAntiMalwareStatus",
            "overallDpiStatus",
            "overallFirewallStatus",
            "overallIntegrityMonitoringStatus",
            "overallLastSuccessfulCommunication",
            "overallLastSuccessfulUpdate",
            "overallLogInspectionStatus",
            "overallStatus",
            "overallWebReputationStatus")) {
      m.put(k, d.get(k));
    }
    m.put("applianceID", 0);
    m.put("esxServerID", 0);
    m.put("locked", false);
    Map<String, Object> agent = new HashMap<>();
    agent.put("dpiStatus", d.get("overallDpiStatus"));
    agent.put("firewallStatus", d.get("overallFirewallStatus"));
    agent.put("integrityMonitoringStatus", d.get("overallIntegrityMonitoringStatus"));
    agent.put("logInspectionStatus", d.get("overallLogInspectionStatus"));
    agent.put("antiMalwareStatus", d.get("overallAntiMalwareStatus"));
    agent.put("webReputationStatus", d.get("overallWebReputationStatus"));
    agent.put("lastSuccessfulCommunication", c.lastAgentCommunication);
    agent.put("lastSuccessfulUpdate", c.lastSendPolicySuccess);
    agent.put("protectionType", "AGENT");
    agent.put("state", c.policyId == null ? "INSTALLED" : "ACTIVATED");
    agent.put("stateDescription", d.get("overallStatus"));
    agent.put("status", c.warnings.isEmpty() ? "Online" : "Warning");
    agent.put("version", c.agentVersion);
    m.put("protectionStatusTransports", List.of(agent));
    return m;
  }

  private Predicate<Integer> hostFilter(XNode f) {
    if (f == null || f.nil) {
      return id -> true;
    }
    String type = f.str("type");
    if (type == null) {
      type = "ALL_HOSTS";
    }
    switch (type) {
      case "ALL_HOSTS", "MY_HOSTS":
        return id -> true;
      case "SPECIFIC_HOST":
        {
          Integer h = f.integer("hostID");
          if (h == null) {
            throw new SoapFault(Kind.VALIDATION, "hostID is required for SPECIFIC_HOST.");
          }
          return id -> id != null && id.equals(h);
        }
      case "HOSTS_IN_GROUP", "HOSTS_IN_GROUP_AND_ALL_SUBGROUPS":
        {
          Integer g = f.integer("hostGroupID");
          if (g == null) {
            throw new SoapFault(Kind.VALIDATION, "hostGroupID is required for " + type + ".");
          }
          boolean sub = type.endsWith("SUBGROUPS");
          return id -> {
            ComputerRec c = id == null ? null : s.computers.get(id);
            if (c == null || c.groupId == null) {
              return false;
            }
            Integer cur = c.groupId;
            for (int guard = 0; cur != null && guard < 1000; guard++) {
              if (cur.equals(g)) {
                return true;
              }
              if (!sub) {
                return false;
              }
              GroupRec rec = s.groups.get(cur);
              cur = rec == null ? null : rec.parentId;
            }
            return false;
          };
        }
      case "HOSTS_USING_SECURITY_PROFILE":
        {
          Integer p = f.integer("securityProfileID");
          if (p == null) {
            throw new SoapFault(
                Kind.VALIDATION, "securityProfileID is required for HOSTS_USING_SECURITY_PROFILE.");
          }
          return id -> {
            ComputerRec c = id == null ? null : s.computers.get(id);
            return c != null && p.equals(c.policyId);
          };
        }
      default:
        throw new SoapFault(Kind.VALIDATION, "Invalid host filter type " + type + ".");
    }
  }

  private static Map<String, Object> ipList(IpListRec l) {
    Map<String, Object> m = new HashMap<>();
    m.put("ID", l.id);
    m.put("description", l.description);
    m.put("name", l.name);
    m.put("items", String.join("\n", l.items));
    return m;
  }

  private static Map<String, Object> group(GroupRec g) {
    Map<String, Object> m = new HashMap<>();
    m.put("ID", g.id);
    m.put("description", g.description);
    m.put("name", g.name);
    m.put("external", false);
    m.put("parentGroupID", g.parentId);
    return m;
  }

  private static Map<String, Object> update(UpdateRec u) {
    Map<String, Object> m = new HashMap<>();
    m.put("ID", u.id);
    m.put("appliedState", u.state == AppliedState.UNKNOWN ? null : u.state.name());
    m.put("contentSummary", u.contentSummary);
    m.put("detectOnly", u.detectOnly);
    m.put("downloaded", u.downloaded);
    m.put("name", u.name);
    m.put("released", u.released);
    return m;
  }

  private static Map<String, Object> applier(Applier a) {
    Map<String, Object> m = new HashMap<>();
    m.put("DPIRulesAdded", a.ipsAdded());
    m.put("DPIRulesAddedAndAssigned", a.ipsAddedAndAssigned());
    m.put("DPIRulesDeleted", a.ipsDeleted());
    m.put("DPIRulesUpdated", a.ipsUpdated());
    m.put("detailedSummary", a.summary());
    return m;
  }

  private Map<String, Object> setting(String key) {
    Map<String, Object> m = new HashMap<>();
    m.put("settingKey", key);
    String value;
    String unit = "NONE";
    switch (key) {
      case "SECURITY_MINUTESTOTIMEOUT" -> {
        value = Long.toString(Math.max(1, s.cfg.sessionIdleTimeout().toMinutes()));
        unit = "MINUTES";
      }
      case "SECURITY_ACTIVESESSIONSALLOWED" -> value = Integer.toString(s.cfg.maxSessions());
      case "CONFIGURATION_WEBSERVICEAPIENABLED" -> value = "true";
      case "CONFIGURATION_DSRUAUTOAPPLYNEWDSRUS" -> {
        synchronized (s) {
          value = Boolean.toString(s.ruleUpdatesAutoApplied);
        }
      }
      default -> value = "false";
    }
    m.put("settingUnit", unit);
    m.put("settingValue", value);
    m.put("settingScope", "SYSTEM");
    return m;
  }

  // ------------------------------------------------------------------ events

  private String events(XNode r) {
    String op = r.name;
    EventKind kind;
    String listType;
    String arrayField;
    // The 9.x operations (no "2") answer the same lists; only their ID filter is 32-bit.
    switch (op.endsWith("2") ? op : op + "2") {
      case "DPIEventRetrieve2" -> {
        kind = EventKind.INTRUSION_PREVENTION;
        listType = "DPIEventListTransport";
        arrayField = "DPIEvents";
      }
      case "firewallEventRetrieve2" -> {
        kind = EventKind.FIREWALL;
        listType = "FirewallEventListTransport";
        arrayField = "firewallEvents";
      }
      case "antiMalwareEventRetrieve2" -> {
        kind = EventKind.ANTI_MALWARE;
        listType = "AntiMalwareEventListTransport";
        arrayField = "antiMalwareEvents";
      }
      case "webReputationEventRetrieve2" -> {
        kind = EventKind.WEB_REPUTATION;
        listType = "WebReputationEventListTransport";
        arrayField = "webReputationEvents";
      }
      case "integrityEventRetrieve2" -> {
        kind = EventKind.INTEGRITY_MONITORING;
        listType = "IntegrityEventListTransport";
        arrayField = "integrityEvents";
      }
      case "logInspectionEventRetrieve2" -> {
        kind = EventKind.LOG_INSPECTION;
        listType = "LogInspectionEventListTransport";
        arrayField = "logInspectionEvents";
      }
      case "systemEventRetrieve2" -> {
        kind = EventKind.SYSTEM;
        listType = "SystemEventListTransport";
        arrayField = "systemEvents";
      }
      default ->
          throw new SoapFault(
              Kind.MANAGER, "Operation " + op + " is not implemented by the dsm4j simulator.");
    }
    long[] range = timeRange(r.child("timeFilter"));
    Predicate<Integer> hosts = hostFilter(r.child("hostFilter"));
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
    Store.EventAnswer a =
        s.queryEvents(
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
    m.put(arrayField, list);
    SoapOut o = new SoapOut(1024 + list.size() * 1200);
    o.start(op);
    o.transport(op + "Return", listType, m);
    o.end(op);
    return o.toString();
  }

  private long[] timeRange(XNode f) {
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
