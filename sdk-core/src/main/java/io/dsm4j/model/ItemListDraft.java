package io.dsm4j.model;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The input to create an item list of any {@link ListKind}.
 *
 * <pre>{@code
 * ItemList dns = manager.ipLists().create(
 *     ItemListDraft.builder("DNS servers").items(List.of("10.0.0.2", "10.0.1.2")).build());
 * }</pre>
 */
public final class ItemListDraft {
  private final String name;
  private final @Nullable String description;
  private final List<String> items;

  private ItemListDraft(Builder b) {
    this.name = b.name;
    this.description = b.description;
    this.items = b.items;
  }

  /**
   * @param name the new list's name (not blank)
   * @return a builder
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /**
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * @return the description, or null when not set
   */
  public @Nullable String description() {
    return description;
  }

  /**
   * @return the entries (may be empty)
   */
  public List<String> items() {
    return items;
  }

  @Override
  public String toString() {
    return "ItemListDraft[name=" + name + ", items=" + items.size() + "]";
  }

  /** Builds an {@link ItemListDraft}. */
  public static final class Builder {
    private final String name;
    private @Nullable String description;
    private List<String> items = List.of();

    private Builder(String name) {
      this.name = Items.name(name, "list");
    }

    /**
     * @param description the description
     * @return this builder
     */
    public Builder description(String description) {
      this.description = java.util.Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * @param items the entries, one per list line (not blank, no line breaks)
     * @return this builder
     */
    public Builder items(Collection<String> items) {
      this.items = Items.check(items);
      return this;
    }

    /**
     * @return the draft
     */
    public ItemListDraft build() {
      return new ItemListDraft(this);
    }
  }
}
