package io.dsm4j.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dsm4j.Backend;
import io.dsm4j.Manager;
import io.dsm4j.exception.NotFoundException;
import io.dsm4j.model.Computer;
import io.dsm4j.model.IdOrName;
import io.dsm4j.model.Policy;
import io.dsm4j.testkit.DsmSimulator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class IdOrNameResolverTest {
  @Test
  void resolvesIdsAndNamesAndSuggestsANearMiss() {
    try (DsmSimulator sim = DsmSimulator.builder().seed(42).start();
        Manager m = sim.managerBuilder(Backend.AUTO).build()) {
      IdOrNameResolver resolve = new IdOrNameResolver(m);
      Policy p = sim.state().policies().get(0);
      Computer c = sim.state().computers().get(0);

      assertThat(resolve.policy(IdOrName.parse(String.valueOf(p.id()), "policy")).id())
          .isEqualTo(p.id());
      assertThat(resolve.policy(IdOrName.parse(p.name(), "policy")).id()).isEqualTo(p.id());
      assertThat(resolve.computer(IdOrName.parse(c.hostName(), "computer")).id()).isEqualTo(c.id());

      String lower = p.name().toLowerCase(Locale.ROOT);
      assertThatThrownBy(() -> resolve.policy(IdOrName.parse(lower, "policy")))
          .isInstanceOf(NotFoundException.class)
          .hasMessageContaining("no policy named '" + lower + "'")
          .hasMessageContaining("did you mean '" + p.name() + "'?");
      String typo = c.hostName().substring(0, c.hostName().length() - 1) + "#";
      assertThatThrownBy(() -> resolve.computer(IdOrName.parse(typo, "computer")))
          .hasMessageContaining("did you mean '" + c.hostName() + "'?");
      assertThatThrownBy(() -> resolve.policy(IdOrName.parse("Nothing Like It At All", "policy")))
          .isInstanceOf(NotFoundException.class)
          .hasMessageNotContaining("did you mean");
    }
  }

  @Test
  void theRolloutScopeUsesTheSameRuleAndSuggestion() {
    try (DsmSimulator sim = DsmSimulator.builder().seed(42).start();
        Manager m = sim.managerBuilder(Backend.AUTO).build()) {
      Computer c = sim.state().computers().get(0);
      String upper = c.hostName().toUpperCase(Locale.ROOT);
      RuleUpdateRollout rollout =
          RuleUpdateRollout.builder(m)
              .scope(Scope.builder().computers(List.of(upper)).build())
              .build();
      assertThatThrownBy(rollout::plan)
          .isInstanceOf(NotFoundException.class)
          .hasMessageContaining("did you mean '" + c.hostName() + "'?");
      RuleUpdateRollout byId =
          RuleUpdateRollout.builder(m)
              .scope(Scope.builder().computers(List.of("name:" + c.hostName())).build())
              .build();
      assertThat(byId.plan().computers()).extracting(Computer::id).containsExactly(c.id());
      RuleUpdateRollout zero =
          RuleUpdateRollout.builder(m)
              .scope(Scope.builder().computers(List.of("0")).build())
              .build();
      assertThatThrownBy(zero::plan).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void suggestionsAreCaseInsensitiveOrASmallEdit() {
    List<String> names = List.of("Base Policy", "Linux Server", "Windows Server 2019");
    assertThat(IdOrNameResolver.suggestion("linux server", names)).contains("Linux Server");
    assertThat(IdOrNameResolver.suggestion("Linux Sever", names)).contains("Linux Server");
    assertThat(IdOrNameResolver.suggestion("Windows Server 2016", names))
        .contains("Windows Server 2019");
    assertThat(IdOrNameResolver.suggestion("Solaris", names)).isEmpty();
    assertThat(IdOrNameResolver.suggestion("ab", List.of("xy"))).isEmpty();
  }
}
