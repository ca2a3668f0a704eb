package io.dsm4j.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The input to create a computer group, at the top level or under a parent group.
 *
 * <pre>{@code
 * ComputerGroup web = manager.computerGroups().create(
 *     ComputerGroupDraft.builder("Web").parentId(production.id()).build());
 * }</pre>
 */
public final class ComputerGroupDraft {
  private final String name;
  private final @Nullable String description;
  private final @Nullable Integer parentId;

  private ComputerGroupDraft(Builder b) {
    this.name = b.name;
    this.description = b.description;
    this.parentId = b.parentId;
  }

  /**
   * @param name the new group's name (not blank; group names need not be unique)
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
   * @return the parent group's ID, or null for a top-level group
   */
  public @Nullable Integer parentId() {
    return parentId;
  }

  @Override
  public String toString() {
    return "ComputerGroupDraft[name=" + name + ", parentId=" + parentId + "]";
  }

  /** Builds a {@link ComputerGroupDraft}. */
  public static final class Builder {
    private final String name;
    private @Nullable String description;
    private @Nullable Integer parentId;

    private Builder(String name) {
      this.name = Items.name(name, "computer group");
    }

    /**
     * @param description the description
     * @return this builder
     */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * @param parentId the parent group's ID (positive)
     * @return this builder
     */
    public Builder parentId(int parentId) {
      if (parentId <= 0) {
        throw new IllegalArgumentException("parentId must be positive, got " + parentId);
      }
      this.parentId = parentId;
      return this;
    }

    /**
     * @return the draft
     */
    public ComputerGroupDraft build() {
      return new ComputerGroupDraft(this);
    }
  }
}
