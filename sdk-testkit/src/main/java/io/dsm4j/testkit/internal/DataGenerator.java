package io.dsm4j.testkit.internal;

import io.dsm4j.model.AppliedState;
import io.dsm4j.model.EventKind;
import io.dsm4j.model.ListKind;
import io.dsm4j.model.ModuleState;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.SecurityModule;
import io.dsm4j.model.Severity;
import io.dsm4j.testkit.internal.Recs.Applier;
import io.dsm4j.testkit.internal.Recs.ComputerRec;
import io.dsm4j.testkit.internal.Recs.GroupRec;
import io.dsm4j.testkit.internal.Recs.Platform;
import io.dsm4j.testkit.internal.Recs.PolicyRec;
import io.dsm4j.testkit.internal.Recs.RuleRec;
import io.dsm4j.testkit.internal.Recs.UpdateRec;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Builds the deterministic initial catalog, policy tree, computers, updates and events. */
final class DataGenerator {
  static final int APP_TYPE_BASE = 100;
  static final int IPS_BASE = 1000;
  static final int FIREWALL_BASE = 200_000;
  static final int INTEGRITY_BASE = 210_000;
  static final int LOG_INSPECTION_BASE = 220_000;

  private final Store s;
  private final SplittableRandom rnd;
  private final Instant now;
  private final boolean full;

  DataGenerator(Store s) {
    this.s = s;
    this.rnd = new SplittableRandom(s.cfg.seed());
    this.now = s.cfg.clock().instant();
    this.full = s.cfg.full();
  }

  void generate() {
    s.catalog(RuleKind.APPLICATION_TYPE).startIdsAt(APP_TYPE_BASE + 1);
    s.catalog(RuleKind.INTRUSION_PREVENTION).startIdsAt(IPS_BASE + 1);
    s.catalog(RuleKind.FIREWALL).startIdsAt(FIREWALL_BASE + 1);
    s.catalog(RuleKind.INTEGRITY_MONITORING).startIdsAt(INTEGRITY_BASE + 1);
    s.catalog(RuleKind.LOG_INSPECTION).startIdsAt(LOG_INSPECTION_BASE + 1);
    appTypes(full ? 60 : 30);
    ipsRules(s.cfg.ipsRuleCount());
    firewallRules(full ? 300 : 40);
    integrityRules(full ? 500 : 60);
    logInspectionRules(full ? 500 : 60);
    groupsAndLists();
    policies();
    computers();
    updates();
    for (EventKind k : EventKind.values()) {
      // Distinct ID spaces per kind, so a client mixing kinds sees the mistake.
      s.events.startIdsAt(k, (k.ordinal() + 1) * 10_000_000L + 1);
      long to = now.toEpochMilli();
      s.events.add(k, s.cfg.eventsPerKind(), to - Duration.ofDays(7).toMillis(), to, null);
    }
    // Last, and without random draws: the data above stays as it was.
    Fleet.seed(s, now);
    FleetSeed.generate(s); // after every random draw: it draws none, and shifts nothing
  }

  private int nextId(RuleKind k) {
    return s.catalog(k).allocateId();
  }

  private String nextIdentifier() {
    s.nextIdentifier += 1 + rnd.nextInt(3);
    return Integer.toString(s.nextIdentifier);
  }

  private Instant issuedAt(int index, int count) {
    // Spread from 2009 up to a month ago, roughly in catalog order.
    long start = Instant.parse("2009-01-15T00:00:00Z").toEpochMilli();
    long end = now.minus(Duration.ofDays(30)).toEpochMilli();
    long base = start + (long) ((end - start) * (index / (double) Math.max(1, count)));
    return Instant.ofEpochMilli(Math.min(end, base + rnd.nextLong(86_400_000L * 20)));
  }

  private Instant updatedAfter(Instant issued) {
    long latest = now.minus(Duration.ofDays(3)).toEpochMilli();
    long from = issued.toEpochMilli();
    if (from >= latest || rnd.nextInt(3) == 0) {
      return issued;
    }
    return Instant.ofEpochMilli(from + rnd.nextLong(latest - from));
  }

  private Severity severity() {
    int r = rnd.nextInt(100);
    return r < 15
        ? Severity.CRITICAL
        : r < 45 ? Severity.HIGH : r < 85 ? Severity.MEDIUM : Severity.LOW;
  }

  private Platform platform(int linuxPct, int windowsPct) {
    int r = rnd.nextInt(100);
    return r < linuxPct
        ? Platform.LINUX
        : r < linuxPct + windowsPct ? Platform.WINDOWS : Platform.ANY;
  }

  private void appTypes(int count) {
    for (int i = 0; i < count; i++) {
      String[] t = SeedNames.APP_TYPES[i % SeedNames.APP_TYPES.length];
      RuleRec r = new RuleRec();
      r.kind = RuleKind.APPLICATION_TYPE;
      r.id = nextId(RuleKind.APPLICATION_TYPE);
      r.name =
          i < SeedNames.APP_TYPES.length
              ? t[0]
              : t[0] + " (Extended " + (i / SeedNames.APP_TYPES.length) + ")";
      r.description = "Application type for " + t[0] + " traffic.";
      r.protocol = t[1];
      r.ports = t[2];
      r.direction = "incoming";
      r.identifier = null;
      r.issued = issuedAt(i, count);
      r.lastUpdated = r.issued;
      s.catalog(RuleKind.APPLICATION_TYPE).put(r);
    }
  }

  private List<String> cves(Instant issued) {
    int n = rnd.nextInt(100) < 25 ? 0 : 1 + rnd.nextInt(3);
    List<String> out = new ArrayList<>(n);
    int year = issued.atZone(ZoneOffset.UTC).getYear();
    for (int i = 0; i < n; i++) {
      int y = Math.max(1999, year - rnd.nextInt(2));
      out.add("CVE-" + y + "-" + (1000 + rnd.nextInt(y >= 2017 ? 45_000 : 9_000)));
    }
    return List.copyOf(new java.util.LinkedHashSet<>(out));
  }

  RuleRec newIpsRule(Set<String> names, Instant issued, Instant updated) {
    RuleRec r = new RuleRec();
    r.kind = RuleKind.INTRUSION_PREVENTION;
    r.id = nextId(RuleKind.INTRUSION_PREVENTION);
    r.identifier = nextIdentifier();
    r.issued = issued;
    r.lastUpdated = updated;
    r.cves = cves(issued);
    r.severity = severity();
    r.platform = platform(45, 45);
    double base =
        switch (r.severity) {
          case CRITICAL -> 9.0;
          case HIGH -> 7.0;
          case MEDIUM -> 4.0;
          default -> 0.1;
        };
    double span = r.severity == Severity.CRITICAL ? 1.0 : r.severity == Severity.LOW ? 3.8 : 1.9;
    r.cvss = r.cves.isEmpty() ? null : Math.round((base + rnd.nextDouble() * span) * 10) / 10.0;
    String product = SeedNames.PRODUCTS[rnd.nextInt(SeedNames.PRODUCTS.length)];
    String name;
    if (r.cves.isEmpty()) {
      r.type = rnd.nextBoolean() ? "smart" : "policy";
      name = "Identified Suspicious " + product + " Activity";
    } else {
      r.type = rnd.nextInt(4) == 0 ? "exploit" : "vulnerability";
      name =
          product
              + " "
              + SeedNames.FLAWS[rnd.nextInt(SeedNames.FLAWS.length)]
              + " ("
              + r.cves.get(0)
              + ")";
    }
    String unique = name;
    for (int n = 2; !names.add(unique); n++) {
      unique = name + " - Variant " + n;
    }
    r.name = unique;
    r.description = "This rule protects against " + name + ".";
    r.priority = rnd.nextInt(5) == 0 ? "high" : "normal";
    Table<RuleRec> apps = s.catalog(RuleKind.APPLICATION_TYPE);
    r.appTypeId = APP_TYPE_BASE + 1 + rnd.nextInt(apps.size());
    r.raiseAlert = rnd.nextInt(10) == 0;
    return r;
  }

  private void ipsRules(int count) {
    Set<String> names = new HashSet<>();
    Table<RuleRec> ips = s.catalog(RuleKind.INTRUSION_PREVENTION);
    for (int i = 0; i < count; i++) {
      Instant issued = issuedAt(i, count);
      RuleRec r = newIpsRule(names, issued, updatedAfter(issued));
      if (i == 10) {
        // A well-known rule so CVE searches have a stable target.
        r.cves = List.of("CVE-2021-44228", "CVE-2021-45046");
        r.severity = Severity.CRITICAL;
        r.cvss = 10.0;
        r.platform = Platform.ANY;
        r.name = "Apache Log4j Remote Code Execution Vulnerability (CVE-2021-44228)";
        r.description = "This rule protects against " + r.name + ".";
        r.type = "vulnerability";
        Instant log4j = Instant.parse("2021-12-10T00:00:00Z");
        if (log4j.isBefore(now)) {
          r.issued = log4j;
          r.lastUpdated =
              log4j.plus(Duration.ofDays(5)).isBefore(now) ? log4j.plus(Duration.ofDays(5)) : log4j;
        }
        names.add(r.name);
      }
      ips.put(r);
    }
  }

  private void firewallRules(int count) {
    String[] actions = {"allow", "deny", "force-allow", "log-only", "bypass"};
    for (int i = 0; i < count; i++) {
      RuleRec r = new RuleRec();
      r.kind = RuleKind.FIREWALL;
      r.id = nextId(RuleKind.FIREWALL);
      String service = SeedNames.SERVICES[i % SeedNames.SERVICES.length];
      r.action = i < SeedNames.SERVICES.length ? "allow" : actions[rnd.nextInt(actions.length)];
      r.direction = rnd.nextInt(3) == 0 ? "outgoing" : "incoming";
      String verb = Character.toUpperCase(r.action.charAt(0)) + r.action.substring(1);
      r.name =
          verb
              + " "
              + (r.direction.equals("incoming") ? "Incoming " : "Outgoing ")
              + service
              + (i < SeedNames.SERVICES.length ? "" : " #" + (i / SeedNames.SERVICES.length));
      r.description = "Firewall rule for " + service + " traffic.";
      r.protocol = service.startsWith("ICMP") ? "icmp" : rnd.nextInt(4) == 0 ? "udp" : "tcp";
      r.ports = Integer.toString(20 + rnd.nextInt(9000));
      r.priority = Integer.toString(rnd.nextInt(5));
      r.platform = Platform.ANY;
      r.issued = issuedAt(i, count);
      r.lastUpdated = r.issued;
      s.catalog(RuleKind.FIREWALL).put(r);
    }
  }

  private void integrityRules(int count) {
    for (int i = 0; i < count; i++) {
      RuleRec r = new RuleRec();
      r.kind = RuleKind.INTEGRITY_MONITORING;
      r.id = nextId(RuleKind.INTEGRITY_MONITORING);
      r.identifier = nextIdentifier();
      boolean linux = rnd.nextBoolean();
      r.platform = linux ? Platform.LINUX : Platform.WINDOWS;
      String what =
          linux
              ? SeedNames.LINUX_PATHS[rnd.nextInt(SeedNames.LINUX_PATHS.length)]
              : SeedNames.WINDOWS_PATHS[rnd.nextInt(SeedNames.WINDOWS_PATHS.length)];
      r.name =
          (linux ? "Unix - File attributes changes in " : "Microsoft Windows - ")
              + what
              + (linux ? "" : " modified")
              + (i < 30 ? "" : " (" + i + ")");
      r.description = "Monitors " + what + " for unexpected changes.";
      r.severity = severity();
      r.realTime = rnd.nextInt(3) == 0;
      r.issued = issuedAt(i, count);
      r.lastUpdated = updatedAfter(r.issued);
      r.customXml =
          "<FileSet base=\""
              + (linux ? what : "C:\\Windows\\" + what)
              + "\"><include key=\"**\"/></FileSet>";
      s.catalog(RuleKind.INTEGRITY_MONITORING).put(r);
    }
  }

  private void logInspectionRules(int count) {
    for (int i = 0; i < count; i++) {
      RuleRec r = new RuleRec();
      r.kind = RuleKind.LOG_INSPECTION;
      r.id = nextId(RuleKind.LOG_INSPECTION);
      r.identifier = nextIdentifier();
      String src = SeedNames.LOG_SOURCES[rnd.nextInt(SeedNames.LOG_SOURCES.length)];
      r.platform = src.startsWith("Microsoft") ? Platform.WINDOWS : Platform.LINUX;
      r.name = src + (i < SeedNames.LOG_SOURCES.length ? "" : " - Rule Set " + i);
      r.description = "Collects and analyses " + src + " log entries.";
      r.level = rnd.nextInt(16);
      r.files = r.platform == Platform.LINUX ? "/var/log/messages" : "Security";
      r.severity = severity();
      r.issued = issuedAt(i, count);
      r.lastUpdated = updatedAfter(r.issued);
      s.catalog(RuleKind.LOG_INSPECTION).put(r);
    }
  }

  private void groupsAndLists() {
    String[][] groups = {
      {"Production", "Production servers"}, {"Staging", "Pre-production servers"},
      {"Web Tier", "Production web servers"}, {"Data Tier", "Production database servers"}
    };
    int n = full ? 4 : 2;
    for (int i = 0; i < n; i++) {
      GroupRec g = new GroupRec();
      g.id = s.groups.allocateId();
      g.name = groups[i][0];
      g.description = groups[i][1];
      g.parentId = i >= 2 ? 1 : null;
      s.groups.put(g);
    }
    String[][] lists = {
      {"Corporate Networks", "10.0.0.0/8\n172.16.0.0/12\n192.168.0.0/16"},
      {"DNS Servers", "10.0.0.2\n10.0.1.2"},
      {"Ignore Reconnaissance", "10.20.0.0/16\n10.30.1.5-10.30.1.25"}
    };
    for (int i = 0; i < lists.length; i++) {
      FleetSeed.list(s, ListKind.IP, lists[i][0], "IP list: " + lists[i][0], lists[i][1]);
    }
  }

  private List<Integer> pick(RuleKind kind, Platform platform, int count) {
    List<Integer> out = new ArrayList<>();
    List<RuleRec> candidates = new ArrayList<>();
    for (RuleRec r : s.catalog(kind).values()) {
      if (r.platform == platform) {
        candidates.add(r);
      }
    }
    for (int i = 0; i < count && !candidates.isEmpty(); i++) {
      out.add(candidates.remove(rnd.nextInt(candidates.size())).id);
    }
    return out;
  }

  private void policies() {
    PolicyRec base = PolicyTree.create(s, "Base Policy", null);
    base.description = "Settings and rules shared by every server.";
    base.states.put(SecurityModule.ANTI_MALWARE, ModuleState.ON);
    base.states.put(SecurityModule.FIREWALL, ModuleState.ON);
    base.states.put(SecurityModule.INTRUSION_PREVENTION, ModuleState.ON);
    base.states.put(SecurityModule.INTEGRITY_MONITORING, ModuleState.OFF);
    base.states.put(SecurityModule.LOG_INSPECTION, ModuleState.OFF);
    base.direct.get(RuleKind.FIREWALL).addAll(pick(RuleKind.FIREWALL, Platform.ANY, 8));
    base.direct
        .get(RuleKind.INTRUSION_PREVENTION)
        .addAll(pick(RuleKind.INTRUSION_PREVENTION, Platform.ANY, full ? 40 : 8));
    int scale = full ? 8 : 1;
    PolicyRec linux = child(base, "Linux Server", "Linux servers.", Platform.LINUX, 12 * scale);
    linux.states.put(SecurityModule.INTEGRITY_MONITORING, ModuleState.REAL_TIME);
    linux.states.put(SecurityModule.LOG_INSPECTION, ModuleState.ON);
    PolicyRec windows =
        child(base, "Windows Server", "Windows servers.", Platform.WINDOWS, 12 * scale);
    windows.states.put(SecurityModule.INTEGRITY_MONITORING, ModuleState.ON);
    windows.states.put(SecurityModule.LOG_INSPECTION, ModuleState.ON);
    child(linux, "Linux Server - Web", "Linux web servers.", Platform.LINUX, 6 * scale);
    child(windows, "Windows Server - Database", "SQL Server hosts.", Platform.WINDOWS, 6 * scale);
    PolicyRec dc =
        child(
            windows,
            "Windows Server - Domain Controller",
            "Domain controllers.",
            Platform.WINDOWS,
            4 * scale);
    dc.states.put(SecurityModule.INTRUSION_PREVENTION, ModuleState.DETECT);
    if (full) {
      String[] more = {
        "Linux Server - Database",
        "Linux Server - Container Host",
        "Linux Server - Mail",
        "Windows Server - IIS",
        "Windows Server - Exchange",
        "Windows Server - File Server"
      };
      for (String m : more) {
        boolean isLinux = m.startsWith("Linux");
        child(
            isLinux ? linux : windows,
            m,
            m + " hosts.",
            isLinux ? Platform.LINUX : Platform.WINDOWS,
            20);
      }
    }
  }

  private PolicyRec child(PolicyRec parent, String name, String description, Platform p, int ips) {
    PolicyRec c = PolicyTree.create(s, name, parent.id);
    c.description = description;
    c.direct.get(RuleKind.INTRUSION_PREVENTION).addAll(pick(RuleKind.INTRUSION_PREVENTION, p, ips));
    c.direct
        .get(RuleKind.INTEGRITY_MONITORING)
        .addAll(pick(RuleKind.INTEGRITY_MONITORING, p, Math.max(2, ips / 3)));
    c.direct
        .get(RuleKind.LOG_INSPECTION)
        .addAll(pick(RuleKind.LOG_INSPECTION, p, Math.max(2, ips / 3)));
    c.direct.get(RuleKind.FIREWALL).addAll(pick(RuleKind.FIREWALL, Platform.ANY, 2));
    return c;
  }

  private void computers() {
    int count = full ? 40 : 8;
    List<PolicyRec> leaves = new ArrayList<>();
    for (PolicyRec p : s.policies.values()) {
      if (p.parentId != null
          && s.policies.values().stream()
              .noneMatch(q -> q.parentId != null && q.parentId == p.id)) {
        leaves.add(p);
      }
    }
    for (int i = 0; i < count; i++) {
      ComputerRec c = new ComputerRec();
      c.id = i + 1;
      boolean linux = i % 2 == 0;
      c.family = linux ? Platform.LINUX : Platform.WINDOWS;
      String role = linux ? (i % 4 == 0 ? "web" : "app") : (i % 4 == 1 ? "sql" : "dc");
      c.hostName = String.format("%s-%s-%02d.corp.example.com", linux ? "lnx" : "win", role, i + 1);
      c.displayName =
          i % 3 == 0 ? "" : role.toUpperCase(java.util.Locale.ROOT) + " server " + (i + 1);
      c.description = linux ? "Linux " + role + " server" : "Windows " + role + " server";
      c.platform =
          linux
              ? "Red Hat Enterprise 8 (64 bit) (4.18.0-425.3.1.el8.x86_64)"
              : "Microsoft Windows Server 2019 (64 bit) Build 17763";
      c.agentVersion = linux ? "20.0.0-7719" : "20.0.0.7943";
      c.lastIp = "10.0." + (linux ? 1 : 2) + "." + (10 + i);
      c.hostGuid =
          String.format(
              "%08X-%04X-%04X-%04X-%012X",
              Store.mix(i + s.cfg.seed()) & 0xffffffffL,
              i,
              0x4000 | (i & 0xfff),
              0x8000 | i,
              Store.mix(i * 7L + s.cfg.seed()) & 0xffffffffffffL);
      List<PolicyRec> mine = new ArrayList<>();
      for (PolicyRec p : leaves) {
        if (p.name.startsWith(linux ? "Linux" : "Windows")) {
          mine.add(p);
        }
      }
      c.policyId = i == count - 1 ? null : mine.get(i / 2 % mine.size()).id;
      c.groupId = s.groups.isEmpty() ? null : i % 3 == 2 ? null : 1 + (i % s.groups.size());
      c.lastAgentCommunication = now.minus(Duration.ofMinutes(1 + rnd.nextInt(30)));
      c.lastSendPolicyRequest = now.minus(Duration.ofHours(2 + rnd.nextInt(48)));
      c.lastSendPolicySuccess = c.lastSendPolicyRequest.plusSeconds(20);
      s.computers.put(c);
      if (i % 2 == 0) {
        // Half of the fleet was scanned before the simulator started.
        Recommendations.completeScan(s, c);
        c.lastRecommendationScan = now.minus(Duration.ofDays(1 + rnd.nextInt(5)));
      }
    }
  }

  private void updates() {
    long day = 86_400_000L;
    String[] names = {"Rule Update 24-028", "Rule Update 24-029", "Rule Update 24-030"};
    for (int i = 0; i < 3; i++) {
      UpdateRec u = new UpdateRec();
      u.id = i + 1;
      u.name = names[i];
      u.released = now.minusMillis(day * (i == 2 ? 1 : 15 - i * 7L));
      u.downloaded = u.released.plusSeconds(3600);
      u.state =
          i == 0
              ? AppliedState.APPLIED
              : i == 1 ? AppliedState.APPLIED_CURRENT : AppliedState.NOT_APPLIED;
      u.contentSummary = "Deep Security Rule Update " + names[i].substring(12);
      u.applier = new Applier(0, 0, 0, 0, "Already applied.");
      s.updates.put(u);
    }
    UpdateRec pending = s.updates.get(3);
    Set<String> names2 = new HashSet<>();
    for (RuleRec r : s.catalog(RuleKind.INTRUSION_PREVENTION).values()) {
      names2.add(r.name);
    }
    int added = full ? 25 : 5;
    for (int i = 0; i < added; i++) {
      RuleRec r = newIpsRule(names2, pending.released, pending.released);
      r.platform = Platform.ANY;
      // Half of the new rules are needed by every computer, so a rescan picks them up.
      r.alwaysRecommended = i % 2 == 0;
      r.cves =
          List.of("CVE-" + pending.released.atZone(ZoneOffset.UTC).getYear() + "-" + (20_000 + i));
      r.name = "New " + r.name.replaceAll(" \\(CVE-[^)]*\\)", "") + " (" + r.cves.get(0) + ")";
      pending.newRules.add(r);
    }
    List<Integer> ids = s.catalog(RuleKind.INTRUSION_PREVENTION).ids();
    int updated = full ? 60 : 10;
    Set<Integer> chosen = new HashSet<>();
    while (chosen.size() < Math.min(updated, ids.size())) {
      chosen.add(ids.get(rnd.nextInt(ids.size())));
    }
    pending.updatedRuleIds.addAll(new java.util.TreeSet<>(chosen));
    pending.applier =
        new Applier(
            added,
            pending.updatedRuleIds.size(),
            0,
            0,
            "Intrusion Prevention rules: "
                + added
                + " added, "
                + pending.updatedRuleIds.size()
                + " updated.");
    pending.contentSummary = "New and updated Intrusion Prevention rules";
  }
}
