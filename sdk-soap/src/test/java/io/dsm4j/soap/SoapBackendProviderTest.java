package io.dsm4j.soap;

import static org.assertj.core.api.Assertions.assertThat;

import io.dsm4j.Backend;
import io.dsm4j.Capability;
import io.dsm4j.Manager;
import io.dsm4j.ProxyOptions;
import io.dsm4j.model.RuleKind;
import io.dsm4j.spi.BackendProvider;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class SoapBackendProviderTest {

  @Test
  void foundByServiceLoader() {
    assertThat(ServiceLoader.load(BackendProvider.class).stream().map(ServiceLoader.Provider::type))
        .contains(SoapBackendProvider.class);
    assertThat(new SoapBackendProvider().backend()).isEqualTo(Backend.SOAP);
  }

  @Test
  void buildingAManagerTouchesNoNetwork() {
    try (Manager m =
        Manager.builder()
            .url("http://127.0.0.1:9") // discard port: nothing may be sent
            .username("u")
            .password("p".toCharArray())
            .backend(Backend.SOAP)
            .build()) {
      assertThat(m.backends()).containsExactly(Backend.SOAP);
      var caps = m.capabilities();
      assertThat(caps.supports(Capability.RULE_QUERY_CVE, RuleKind.INTRUSION_PREVENTION)).isTrue();
      assertThat(caps.supports(Capability.RULE_QUERY_CVE, RuleKind.FIREWALL)).isFalse();
      assertThat(caps.supports(Capability.RULE_QUERY_IDENTIFIER, RuleKind.FIREWALL)).isFalse();
      assertThat(caps.supports(Capability.RULE_QUERY_SEVERITY, RuleKind.INTEGRITY_MONITORING))
          .isTrue();
      assertThat(caps.supports(Capability.RULE_QUERY_UPDATED_SINCE, RuleKind.INTRUSION_PREVENTION))
          .isFalse();
      assertThat(caps.supports(Capability.IPS_DETECT_ONLY_PER_POLICY)).isFalse();
      for (RuleKind k : RuleKind.values()) {
        assertThat(caps.supports(Capability.RULE_ASSIGNMENT, k)).isTrue();
        assertThat(caps.supports(Capability.COMPUTER_RECOMMENDATIONS, k)).isTrue();
      }
      assertThat(caps.all())
          .contains(
              Capability.SECURITY_UPDATES,
              Capability.EVENTS,
              Capability.ACTION_GET_EVENTS_NOW,
              Capability.IP_LISTS,
              Capability.COMPUTER_GROUPS);
    }
  }

  @Test
  void aPerManagerProxyIsAccepted() {
    // Applied by dsm4j's own transport to this Manager only (see the wire contract's proxy test).
    try (Manager m =
        Manager.builder()
            .url("https://dsm.example.com:4119")
            .username("u")
            .password("pass".toCharArray())
            .proxy(new ProxyOptions("proxy.example.com", 3128))
            .backend(Backend.SOAP)
            .build()) {
      assertThat(m.toString()).doesNotContain("pass");
    }
  }

  @Test
  void thePublicTypeExposesNoWireTypes() {
    for (var m : SoapBackendProvider.class.getMethods()) {
      var types = new java.util.ArrayList<Class<?>>(List.of(m.getParameterTypes()));
      types.add(m.getReturnType());
      types.addAll(List.of(m.getExceptionTypes()));
      for (Class<?> t : types) {
        assertThat(t.getName())
            .as(m.toString())
            .doesNotStartWith("jakarta.")
            .doesNotStartWith("com.sun.")
            .doesNotContain(".internal.");
      }
    }
  }
}
