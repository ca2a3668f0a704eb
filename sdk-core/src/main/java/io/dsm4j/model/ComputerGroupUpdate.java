package io.dsm4j.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The changes to make to a computer group; what is left unset is not changed (and not sent).
 *
 * <pre>{@code
 * manager.computerGroups().update(id, ComputerGroupUpdate.builder().description("DMZ").build());
 * }</pre>
 */
public final class ComputerGroupUpdate {
  private final @Nullable String name;
  private final @Nullable String description;

  private ComputerGroupUpdate(Builder b) {
    this.name = b.name;
    this.description = b.description;
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
   * @return true when nothing would change
   */
  public boolean isEmpty() {
    return name == null && description == null;
  }

  @Override
  public String toString() {
    return "ComputerGroupUpdate[name=" + name + "]";
  }

  /** Builds a {@link ComputerGroupUpdate}. */
  public static final class Builder {
    private @Nullable String name;
    private @Nullable String description;

    private Builder() {}

    /**
     * @param name the new name (not blank)
     * @return this builder
     */
    public Builder name(String name) {
      this.name = Items.name(name, "computer group");
      return this;
    }

    /**
     * @param description the new description (empty clears it)
     * @return this builder
     */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * @return the update
     */
    public ComputerGroupUpdate build() {
      return new ComputerGroupUpdate(this);
    }
  }
}
