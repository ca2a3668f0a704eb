package io.dsm4j.automation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dsm4j.Backend;
import io.dsm4j.ManagerInfo;
import io.dsm4j.automation.RefusedException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ManagerBindingTest {
  static ManagerInfo info(String url, String version) {
    return new ManagerInfo(
        URI.create(url), null, version, null, "v1", Set.of(Backend.SOAP), Map.of());
  }

  static Journal.ManagerRef ref(String url, String version) {
    return new Journal.ManagerRef(url, null, version);
  }

  @Test
  void theSameManagerIsRecognisedWhateverTheUrlSpelling() {
    for (String spelling :
        List.of(
            "https://dsm.example.com:4119",
            "HTTPS://DSM.Example.COM:4119/",
            "https://dsm.example.com:4119//")) {
      List<String> notes = new ArrayList<>();
      ManagerBinding.check(
          ref(spelling, "20.0.877"),
          info("https://dsm.example.com:4119", "20.0.877"),
          "j.json",
          "journal",
          notes::add);
      assertThat(notes).isEmpty();
    }
    assertThat(ManagerBinding.normalize("HTTPS://dsm:443/")).isEqualTo("https://dsm");
    assertThat(ManagerBinding.normalize("http://dsm:80")).isEqualTo("http://dsm");
    assertThat(ManagerBinding.normalize("https://dsm:4119/api/")).isEqualTo("https://dsm:4119/api");
  }

  @Test
  void anUpgradedManagerIsTheSameManagerWithANoteAndTheNewVersionIsRecorded() {
    Journal.ManagerRef recorded = ref("https://dsm:4119", "20.0.877");
    List<String> notes = new ArrayList<>();
    ManagerBinding.check(
        recorded, info("https://dsm:4119", "20.0.1002"), "j.json", "journal", notes::add);
    assertThat(notes).singleElement().asString().contains("upgraded").contains("20.0.1002");
    assertThat(recorded.managerVersion).isEqualTo("20.0.1002");
  }

  @Test
  void anOlderVersionOrAnotherUrlOrTenantIsAnotherManager() {
    assertThatThrownBy(
            () ->
                ManagerBinding.check(
                    ref("https://dsm:4119", "20.0.877"),
                    info("https://dsm:4119", "12.0.300"),
                    "j.json",
                    "journal",
                    n -> {}))
        .isInstanceOf(RefusedException.class)
        .hasMessageContaining("older version");
    assertThatThrownBy(
            () ->
                ManagerBinding.check(
                    ref("https://other:4119", "20.0.877"),
                    info("https://dsm:4119", "20.0.877"),
                    "j.json",
                    "journal",
                    n -> {}))
        .isInstanceOf(RefusedException.class)
        .hasMessageContaining("belongs to the manager https://other:4119");
    Journal.ManagerRef tenantA = new Journal.ManagerRef("https://dsm:4119", "A", "20.0.877");
    assertThatThrownBy(
            () ->
                ManagerBinding.check(
                    tenantA, info("https://dsm:4119", "20.0.877"), "j.json", "journal", n -> {}))
        .isInstanceOf(RefusedException.class);
  }

  @Test
  void versionsCompareNumerically() {
    assertThat(ManagerBinding.compareVersions("20.0.877", "20.0.1002")).isNegative();
    assertThat(ManagerBinding.compareVersions("20.0", "20.0.0")).isZero();
    assertThat(ManagerBinding.compareVersions("12.5.1", "9.6.9")).isPositive();
    assertThat(ManagerBinding.compareVersions("", "20.0.1")).isZero();
  }
}
