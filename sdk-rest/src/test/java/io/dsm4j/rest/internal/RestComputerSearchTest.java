package io.dsm4j.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.dsm4j.model.AgentStatus;
import io.dsm4j.model.ComputerQuery;
import io.dsm4j.rest.internal.dto.Dtos.ComputerDto;
import io.dsm4j.rest.internal.dto.Dtos.SearchCriteria;
import io.dsm4j.rest.internal.dto.Dtos.SearchFilter;
import io.dsm4j.spi.ComputerFilter;
import io.dsm4j.spi.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** How a computer query becomes {@code /api} searches, and how their pages merge. */
class RestComputerSearchTest {

  private static List<List<SearchCriteria>> searches(ComputerQuery q, Set<Integer> groups) {
    return RestComputerSearch.searches(new ComputerFilter(q, groups));
  }

  @Test
  void everyCriterionTheApiSearches_goesToTheManager_statusNever() {
    Instant after = Instant.parse("2026-01-01T00:00:00Z");
    Instant before = Instant.parse("2026-02-01T00:00:00Z");
    List<List<SearchCriteria>> s =
        searches(
            ComputerQuery.builder()
                .hostName("Web-*.example.com")
                .displayName("db 1")
                .policy(7)
                .status(AgentStatus.OFFLINE)
                .lastSeenAfter(after)
                .lastSeenBefore(before)
                .build(),
            null);

    assertThat(s).hasSize(1);
    List<SearchCriteria> c = s.get(0);
    assertThat(c)
        .extracting(SearchCriteria::fieldName)
        .containsExactlyInAnyOrder("hostName", "displayName", "policyID", "lastAgentCommunication");
    // Look-alikes: letters one character each, so that a case-sensitive manager still finds them.
    assertThat(c.get(0).stringValue()).isEqualTo("___-%._______.___");
    assertThat(c.get(0).stringWildcards()).isTrue();
    assertThat(c.get(1).stringValue()).isEqualTo("___1");
    SearchCriteria date = c.get(3);
    assertThat(date.firstDateValue()).isEqualTo(after.toEpochMilli());
    assertThat(date.firstDateInclusive()).isTrue();
    assertThat(date.lastDateValue()).isEqualTo(before.toEpochMilli());
    assertThat(date.lastDateInclusive()).isFalse();
    assertThat(c).noneMatch(x -> x.fieldName().startsWith("computerStatus"));
  }

  @Test
  void oneOf_becomesOneSearchPerAlternative_andTheWidestGoesToTheClientBeyondTheCap() {
    // Host or display name: 2; instance ID in any of 4 summaries: 4; 3 groups: 3 → 24 > 16.
    ComputerQuery q =
        ComputerQuery.builder().search("web").instanceId("i-0abc").group(1, true).build();
    List<List<SearchCriteria>> s = searches(q, Set.of(1, 2, 3));
    assertThat(s).hasSize(2 * 3); // the four summaries are left to the client
    assertThat(s).allMatch(c -> c.stream().anyMatch(x -> "groupID".equals(x.fieldName())));
    assertThat(s).noneMatch(c -> c.stream().anyMatch(x -> x.fieldName().endsWith("/instanceID")));

    List<List<SearchCriteria>> ids =
        searches(ComputerQuery.builder().instanceId("i-0abc").build(), null);
    assertThat(ids).hasSize(4);
    assertThat(ids)
        .extracting(c -> c.get(0).fieldName())
        .containsExactlyElementsOf(RestComputerSearch.INSTANCE_FIELDS);
    assertThat(ids).allMatch(c -> c.get(0).stringValue().equals("i-0abc"));
    assertThat(ids).allMatch(c -> Boolean.FALSE.equals(c.get(0).stringWildcards()));
  }

  /** A manager holding these computer IDs per search, answering pages by ID cursor. */
  private static Function<SearchFilter, List<ComputerDto>> manager(
      Map<String, TreeSet<Integer>> bySearch, List<String> asked) {
    return f -> {
      String key =
          f.searchCriteria().get(0).fieldName() + "=" + f.searchCriteria().get(0).numericValue();
      asked.add(key);
      long after = f.searchCriteria().get(f.searchCriteria().size() - 1).idValue();
      List<ComputerDto> page = new ArrayList<>();
      for (int id : bySearch.get(key).tailSet((int) after + 1)) {
        if (page.size() == f.maxItems()) {
          break;
        }
        page.add(dto(id));
      }
      return page;
    };
  }

  private static ComputerDto dto(int id) {
    return new ComputerDto(
        id, "h" + id, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  @Test
  void mergedPages_skipNoComputer_whateverEachSearchReturns() {
    // Two groups whose computers interleave; pages of 3: every computer exactly once, in order.
    TreeSet<Integer> a = new TreeSet<>(List.of(1, 2, 3, 4, 5, 6, 40, 41));
    TreeSet<Integer> b = new TreeSet<>(List.of(7, 8, 9, 10, 11, 30));
    Map<String, TreeSet<Integer>> data = Map.of("groupID=1.0", a, "groupID=2.0", b);
    List<List<SearchCriteria>> s =
        searches(ComputerQuery.builder().group(1, true).build(), Set.of(1, 2));
    List<String> asked = new ArrayList<>();

    List<Integer> seen = new ArrayList<>();
    long after = 0;
    while (true) {
      List<ComputerDto> page =
          RestComputerSearch.page(s, new PageRequest(after, 3), manager(data, asked));
      if (page.isEmpty()) {
        break;
      }
      page.forEach(d -> seen.add(d.id()));
      after = page.get(page.size() - 1).id();
    }

    Set<Integer> all = new HashSet<>(a);
    all.addAll(b);
    assertThat(seen).containsExactlyElementsOf(new TreeSet<>(all));
    assertThat(asked).contains("groupID=1.0", "groupID=2.0");
  }

  @Test
  void mergedPage_endsAtTheLowestLastIdOfTheSearchesThatFoundSomething() {
    Map<String, TreeSet<Integer>> data =
        Map.of(
            "groupID=1.0", new TreeSet<>(IntStream.rangeClosed(1, 10).boxed().toList()),
            "groupID=2.0", new TreeSet<>(List.of(2, 50)));
    List<List<SearchCriteria>> s =
        searches(ComputerQuery.builder().group(1, true).build(), Set.of(1, 2));

    List<ComputerDto> page =
        RestComputerSearch.page(s, new PageRequest(0, 4), manager(data, new ArrayList<>()));

    // Group 1 stopped at 4, so 50 (group 2) waits for a later page: nothing between is lost.
    assertThat(page).extracting(ComputerDto::id).containsExactly(1, 2, 3, 4);
  }
}
