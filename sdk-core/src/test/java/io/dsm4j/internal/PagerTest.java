package io.dsm4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dsm4j.PagedIterable;
import io.dsm4j.exception.DsmException;
import io.dsm4j.spi.PageRequest;
import io.dsm4j.spi.PageResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PagerTest {
  private final List<PageRequest> requests = new ArrayList<>();

  private Function<PageRequest, PageResult<Integer>> pages(List<List<Integer>> answers) {
    return req -> {
      requests.add(req);
      int i = requests.size() - 1;
      return new PageResult<>(i < answers.size() ? answers.get(i) : List.of(), false);
    };
  }

  @Test
  void iteratesUntilAnEmptyPage_evenAfterShortPages() {
    PagedIterable<Integer> it =
        Pager.keyset("op", 3, pages(List.of(List.of(1, 2, 3), List.of(7), List.of(9, 10))), i -> i);

    assertThat(it.stream().toList()).containsExactly(1, 2, 3, 7, 9, 10);
    assertThat(requests).extracting(PageRequest::afterId).containsExactly(0L, 3L, 7L, 10L);
    assertThat(requests).extracting(PageRequest::size).containsOnly(3);
  }

  @Test
  void isLazy_andRestartsForEachIteration() {
    PagedIterable<Integer> it = Pager.keyset("op", 2, pages(List.of(List.of(1, 2))), i -> i);
    assertThat(requests).isEmpty();

    assertThat(it.stream().findFirst()).contains(1);
    assertThat(requests).hasSize(1);
  }

  @Test
  void aPageThatDoesNotAdvanceTheCursor_endsWithAnError() {
    PagedIterable<Integer> it =
        Pager.keyset(
            "rules.list", 2, pages(List.of(List.of(4, 5), List.of(5), List.of(6))), i -> i);

    assertThatThrownBy(() -> it.stream().toList())
        .isInstanceOf(DsmException.class)
        .hasMessageContaining("rules.list")
        .hasMessageContaining("cursor 5");
  }

  @Test
  void aCompletePage_isTheOnlyOne() {
    PagedIterable<Integer> it =
        Pager.keyset(
            "op",
            2,
            req -> {
              requests.add(req);
              return PageResult.all(List.of(3, 1, 2));
            },
            i -> i);

    assertThat(it.stream().toList()).containsExactly(3, 1, 2);
    assertThat(requests).hasSize(1);
  }

  @Test
  void emptyListing_isEmpty() {
    assertThat(Pager.keyset("op", 2, pages(List.of()), i -> i).stream().toList()).isEmpty();
    assertThat(requests).hasSize(1);
  }
}
