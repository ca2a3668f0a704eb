package io.dsm4j.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The resource table, the generic REST matching, the WSDL-derived schema and {@link Table}. */
class RegistryTest {
  @Test
  void servedSetsComeFromTheResourceTable() {
    assertThat(Registry.servedSoapOperations())
        // 68 before the fleet; the computer lifecycle and alerts; lists, schedules, anti-malware,
        // group writes; the user… operations (5) and signInAsTenant (121); the six setting writes,
        // the five custom rule deletes, applicationTypeSave and DPIRuleDependenciesRetrieve (13).
        .hasSize(121 + 13)
        .contains("securityProfileRetrieveAll", "DPIRuleSave", "DPIEventRetrieve", "endSession")
        .contains("hostCreate", "hostAgentActivate", "alertStatusRetrieve")
        .doesNotContain("hostRebuildBaseline");
    assertThat(List.copyOf(Registry.servedSoapOperations())).isSorted();
    assertThat(Registry.servedRestRoutes())
        .contains(
            "GET /api/policies/{id}",
            "DELETE /api/policies/{id}/intrusionprevention/assignments/{id}",
            "POST /api/policies/{id}/intrusionprevention/rules/{id}",
            "GET /api/computers/{id}/loginspection/assignments",
            "POST /api/scheduledtasks/search",
            "GET /api/apikeys/current",
            "POST /api/computers",
            "DELETE /api/computers/{id}",
            "POST /api/agentdeploymentscripts")
        .contains(
            "POST /api/computers/{id}/firewall/assignments",
            "DELETE /api/computers/{id}/loginspection/rules/{id}")
        .doesNotContain("PUT /api/policies/{id}");
    assertThat(List.copyOf(Registry.servedRestRoutes())).isSorted();
    SoapOperations ops = Registry.operations();
    assertThat(ops.needsSession("authenticate")).isFalse();
    assertThat(ops.needsSession("endSession")).isFalse();
    assertThat(ops.needsSession("securityProfileRetrieveAll")).isTrue();
    assertThatThrownBy(() -> ops.op("endSession", (s, r) -> ""))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void literalSegmentsWinAndNotFoundBelowResolvesTheParentFirst() {
    RestRoutes.Param<String> id = RestRoutes.Param.resolved("id", (s, seg) -> seg);
    RestRoutes r = new RestRoutes();
    r.on("things", id).get(c -> null);
    r.on("things", "search").post(c -> null);
    r.notFoundBelow("things", id);
    assertThat(r.match(List.of("things", "search")).pattern).containsExactly("things", "search");
    assertThat(r.match(List.of("things", "7")).pattern).containsExactly("things", id);
    RestRoutes.Route below = r.match(List.of("things", "7", "x", "y"));
    assertThat(below.below).isTrue();
    assertThat(r.match(List.of("things"))).isNull();
    assertThat(r.match(List.of("other", "7", "x"))).isNull();
    assertThat(r.served()).containsExactly("GET /api/things/{id}", "POST /api/things/search");
  }

  @Test
  void fieldListsComeFromTheProjectWsdlInExtensionOrder() throws Exception {
    List<SoapSchema.Field> profile = SoapSchema.fields("SecurityProfileTransport");
    // ConfigurationTransport's elements (ID, description, name) come before the extension's.
    assertThat(profile.subList(0, 4))
        .containsExactly(
            new SoapSchema.Field("ID", "int", true),
            new SoapSchema.Field("description", "string", true),
            new SoapSchema.Field("name", "string", true),
            new SoapSchema.Field("DPIRuleIDs", "ArrayOf_xsd_int", true));
    assertThat(profile).contains(new SoapSchema.Field("DPIState", "enum", true));
    assertThat(profile)
        .contains(new SoapSchema.Field("antiMalwareManualInherit", "boolean", false));
    assertThat(SoapSchema.fields("ApplierInformationTransport")).hasSize(19);
    assertThatThrownBy(() -> SoapSchema.fields("NoSuchTransport"))
        .hasMessageContaining("NoSuchTransport");

    String wsdl =
        "<definitions xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\"><types>"
            + "<xsd:schema><xsd:simpleType name=\"E\"><xsd:restriction base=\"xsd:string\"/></xsd:simpleType>"
            + "<xsd:complexType name=\"Base\"><xsd:sequence><xsd:element name=\"a\" type=\"xsd:int\"/></xsd:sequence></xsd:complexType>"
            + "<xsd:complexType name=\"Sub\"><xsd:complexContent><xsd:extension base=\"impl:Base\"><xsd:sequence>"
            + "<xsd:element name=\"b\" nillable=\"true\" type=\"impl:E\"/><xsd:element name=\"c\" type=\"impl:Base\"/>"
            + "</xsd:sequence></xsd:extension></xsd:complexContent></xsd:complexType>"
            + "<xsd:element name=\"op\"><xsd:complexType><xsd:sequence><xsd:element name=\"x\" type=\"xsd:string\"/></xsd:sequence></xsd:complexType></xsd:element>"
            + "</xsd:schema></types></definitions>";
    Map<String, List<SoapSchema.Field>> types =
        SoapSchema.parse(new ByteArrayInputStream(wsdl.getBytes(StandardCharsets.UTF_8)));
    assertThat(types.keySet()).containsExactlyInAnyOrder("Base", "Sub");
    assertThat(types.get("Sub"))
        .containsExactly(
            new SoapSchema.Field("a", "int", false),
            new SoapSchema.Field("b", "enum", true),
            new SoapSchema.Field("c", "Base", false));
  }

  @Test
  void tableAllocatesIdsOnceAndIteratesInIdOrder() {
    Object lock = new Object();
    Table<String[]> t = new Table<>(lock, 5, r -> Integer.parseInt(r[0]), r -> r[1]);
    assertThat(t.allocateId()).isEqualTo(5);
    assertThat(t.allocateId()).isEqualTo(6);
    t.put(new String[] {"9", "nine"});
    t.put(new String[] {"2", "two"});
    t.put(new String[] {"4", "twin"});
    t.put(new String[] {"3", "twin"});
    assertThat(t.ids()).containsExactly(2, 3, 4, 9);
    assertThat(t.byName("twin")[0]).isEqualTo("3");
    assertThat(t.byName("Twin")).isNull();
    assertThat(t.remove(3)[1]).isEqualTo("twin");
    assertThat(t.remove(3)).isNull();
    assertThat(t.allocateId()).isEqualTo(7); // never reused, never derived from the rows
    assertThat(t.firstId()).isEqualTo(2);
    assertThat(t.lastId()).isEqualTo(9);
    assertThat(t.ceilingId(5)).isEqualTo(9);
    assertThat(t.ceilingId(10)).isNull();
    List<String[]> snapshot = t.values();
    t.remove(2);
    assertThat(snapshot).hasSize(3);
    assertThat(t.size()).isEqualTo(2);
  }
}
