package io.dsm4j.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dsm4j.model.AgentStatus;
import io.dsm4j.model.CloudInstance;
import io.dsm4j.model.Computer;
import io.dsm4j.model.ComputerQuery;
import io.dsm4j.model.ComputerStatus;
import io.dsm4j.model.Fields;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one definition of the computer criteria, which the core applies for every backend. */
class ComputerFilterTest {
  private static final Instant SEEN = Instant.parse("2026-01-10T00:00:00Z");

  private static Computer computer(Integer group, AgentStatus status, Instant seen) {
    return new Computer(
        7,
        "Web-01.Example.com",
        "Front door",
        "",
        3,
        group,
        "Linux",
        "20.0",
        new ComputerStatus(status, List.of(), seen, null, Map.of()),
        List.of("10.0.0.7"),
        new CloudInstance("aws", "i-0abc", "123", "us-east-1a"),
        Fields.of(Map.of("externalID", "ext-7")));
  }

  private static boolean matches(ComputerQuery q, Set<Integer> groups, Computer c) {
    return new ComputerFilter(q, groups).matches(c);
  }

  @Test
  void patterns_starIsAnyRun_restLiteral_caseIgnored() {
    assertThat(ComputerFilter.like("web-*", "WEB-01.example.com")).isTrue();
    assertThat(ComputerFilter.like("*.example.com", "web-01.EXAMPLE.com")).isTrue();
    assertThat(ComputerFilter.like("w*1*", "web-01")).isTrue();
    assertThat(ComputerFilter.like("web", "web-01")).isFalse();
    assertThat(ComputerFilter.like("web.01", "web-01")).isFalse(); // '.' is literal
    assertThat(ComputerFilter.like("we[b]*", "web")).isFalse(); // no regex leaks through
    assertThat(ComputerFilter.like("*", "")).isTrue();
    assertThat(ComputerFilter.like("x", null)).isFalse();
    assertThat(ComputerFilter.isPrefix("web*")).isTrue();
    assertThat(ComputerFilter.isPrefix("*web")).isFalse();
    assertThat(ComputerFilter.isPrefix("w*b*")).isFalse();
    assertThat(ComputerFilter.isPrefix("*")).isFalse();
    assertThat(ComputerFilter.isExact("web")).isTrue();
  }

  @Test
  void everyCriterion_mustMatch() {
    Computer c = computer(4, AgentStatus.OFFLINE, SEEN);
    assertThat(matches(ComputerQuery.all(), null, c)).isTrue();
    assertThat(matches(ComputerQuery.builder().hostName("web-01.example.COM").build(), null, c))
        .isTrue();
    assertThat(matches(ComputerQuery.builder().displayName("front*").build(), null, c)).isTrue();
    assertThat(matches(ComputerQuery.builder().search("*door").build(), null, c)).isTrue();
    assertThat(matches(ComputerQuery.builder().search("web-*").build(), null, c)).isTrue();
    assertThat(matches(ComputerQuery.builder().search("db*").build(), null, c)).isFalse();
    assertThat(matches(ComputerQuery.builder().policy(3).build(), null, c)).isTrue();
    assertThat(matches(ComputerQuery.builder().policy(4).build(), null, c)).isFalse();
    assertThat(matches(ComputerQuery.builder().instanceId("i-0abc").build(), null, c)).isTrue();
    assertThat(matches(ComputerQuery.builder().instanceId("I-0ABC").build(), null, c)).isFalse();
    assertThat(matches(ComputerQuery.builder().externalId("ext-7").build(), null, c)).isTrue();
    assertThat(matches(ComputerQuery.builder().externalId("ext-8").build(), null, c)).isFalse();
    assertThat(
            matches(
                ComputerQuery.builder().status(AgentStatus.ERROR, AgentStatus.OFFLINE).build(),
                null,
                c))
        .isTrue();
    assertThat(matches(ComputerQuery.builder().status(AgentStatus.ONLINE).build(), null, c))
        .isFalse();
    // The groups are the resolved set: the group and its subgroups.
    assertThat(matches(ComputerQuery.builder().group(1, true).build(), Set.of(1, 4), c)).isTrue();
    assertThat(matches(ComputerQuery.builder().group(1).build(), Set.of(1), c)).isFalse();
    assertThat(
            matches(
                ComputerQuery.builder().group(1).build(),
                Set.of(1),
                computer(null, AgentStatus.ONLINE, SEEN)))
        .isFalse();
  }

  @Test
  void lastSeen_beforeIsExclusive_afterInclusive_neverSeenMatchesNeither() {
    Computer c = computer(null, AgentStatus.ONLINE, SEEN);
    Computer never = computer(null, AgentStatus.UNMANAGED, null);
    ComputerQuery before = ComputerQuery.builder().lastSeenBefore(SEEN).build();
    ComputerQuery after = ComputerQuery.builder().lastSeenAfter(SEEN).build();
    assertThat(matches(before, null, c)).isFalse();
    assertThat(matches(ComputerQuery.builder().lastSeenBefore(SEEN.plusMillis(1)).build(), null, c))
        .isTrue();
    assertThat(matches(after, null, c)).isTrue();
    assertThat(matches(before, null, never)).isFalse();
    assertThat(matches(after, null, never)).isFalse();
  }

  @Test
  void queries_refuseWhatCannotMatch() {
    assertThatThrownBy(() -> ComputerQuery.builder().hostName(" "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ComputerQuery.builder().group(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> ComputerQuery.builder().lastSeenAfter(SEEN).lastSeenBefore(SEEN).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be before");
    assertThat(ComputerQuery.builder().build().isEmpty()).isTrue();
    assertThat(ComputerQuery.builder().status(AgentStatus.ONLINE).build().isEmpty()).isFalse();
  }
}
