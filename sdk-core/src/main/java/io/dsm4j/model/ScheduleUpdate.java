package io.dsm4j.model;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The changes to make to a schedule; what is left unset is not changed (and not sent). */
public final class ScheduleUpdate {
  private final @Nullable String name;
  private final @Nullable String description;
  private final @Nullable List<Integer> hours;

  private ScheduleUpdate(Builder b) {
    this.name = b.name;
    this.description = b.description;
    this.hours = b.hours;
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
   * @return the new active hours (replacing all), or null to keep them
   */
  public @Nullable List<Integer> hours() {
    return hours;
  }

  /**
   * @return true when nothing would change
   */
  public boolean isEmpty() {
    return name == null && description == null && hours == null;
  }

  @Override
  public String toString() {
    return "ScheduleUpdate[name=" + name + "]";
  }

  /** Builds a {@link ScheduleUpdate}. */
  public static final class Builder {
    private @Nullable String name;
    private @Nullable String description;
    private @Nullable List<Integer> hours;

    private Builder() {}

    /**
     * @param name the new name (not blank)
     * @return this builder
     */
    public Builder name(String name) {
      this.name = Items.name(name, "schedule");
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
     * @param hours the new active hours of the week (0–167), replacing all
     * @return this builder
     */
    public Builder hours(Collection<Integer> hours) {
      this.hours = ScheduleHours.check(hours);
      return this;
    }

    /**
     * @return the update
     */
    public ScheduleUpdate build() {
      return new ScheduleUpdate(this);
    }
  }
}
