package io.dsm4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdOrNameTest {
  @Test
  void digitsAreIds_everythingElseNames_andNamePrefixForcesAName() {
    assertThat(IdOrName.parse("42", "policy")).isEqualTo(IdOrName.ofId(42));
    assertThat(IdOrName.parse("2147483647", "policy").id()).isEqualTo(Integer.MAX_VALUE);
    assertThat(IdOrName.parse("Linux Server", "policy")).isEqualTo(IdOrName.ofName("Linux Server"));
    assertThat(IdOrName.parse("name:2024", "policy")).isEqualTo(IdOrName.ofName("2024"));
    assertThat(IdOrName.parse("-1", "policy").isId()).isFalse();
    assertThat(IdOrName.parse(" 42", "policy").name()).isEqualTo(" 42");
  }

  @Test
  void outOfRangeIds_andEmptyNames_areRefusedClearly() {
    assertThatThrownBy(() -> IdOrName.parse("0", "policy"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name:0");
    assertThatThrownBy(() -> IdOrName.parse("2147483648", "computer"))
        .hasMessageContaining("computer ID must be 1 to 2147483647");
    assertThatThrownBy(() -> IdOrName.parse("99999999999999999999", "rule"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IdOrName.parse("name:", "policy"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IdOrName.parse("  ", "policy"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
