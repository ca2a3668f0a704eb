package io.dsm4j.model;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The changes to make to an item list; what is left unset is not changed (and not sent). Items
 * replace the whole list.
 *
 * <pre>{@code
 * manager.lists(ListKind.PORT).update(id, ItemListUpdate.builder().items(List.of("22", "443")).build());
 * }</pre>
 */
public final class ItemListUpdate {
  private final @Nullable String name;
  private final @Nullable String description;
  private final @Nullable List<String> items;

  private ItemListUpdate(Builder b) {
    this.name = b.name;
    this.description = b.description;
    this.items = b.items;
  }

  /**
   * @return a builder with nothing changed
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return the new name, or null to keep it
   */
  public @Nullable String name() {
    return name;
  }

  /**
   * @return the new description, or null to keep it
   */
  public @Nullable String description() {
    return description;
  }

  /**
   * @return the new entries (replacing all), or null to keep them
   */
  public @Nullable List<String> items() {
    return items;
  }

  /**
   * @return true when nothing would change
   */
  public boolean isEmpty() {
    return name == null && description == null && items == null;
  }

  @Override
  public String toString() {
    return "ItemListUpdate[name="
        + name
        + ", items="
        + (items == null ? "unchanged" : items.size())
        + "]";
  }

  /** Builds an {@link ItemListUpdate}. */
  public static final class Builder {
    private @Nullable String name;
    private @Nullable String description;
    private @Nullable List<String> items;

    private Builder() {}

    /**
     * @param name the new name (not blank)
     * @return this builder
     */
    public Builder name(String name) {
      this.name = Items.name(name, "list");
      return this;
    }

    /**
     * @param description the new description (empty clears it)
     * @return this builder
     */
    public Builder description(String description) {
      this.description = java.util.Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * @param items the new entries, replacing all (not blank, no line breaks; may be empty)
     * @return this builder
     */
    public Builder items(Collection<String> items) {
      this.items = Items.check(items);
      return this;
    }

    /**
     * @return the update
     */
    public ItemListUpdate build() {
      return new ItemListUpdate(this);
    }
  }
}
