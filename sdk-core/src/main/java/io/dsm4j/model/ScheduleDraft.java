package io.dsm4j.model;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The input to create a schedule.
 *
 * <pre>{@code
 * List<Integer> nights = new ArrayList<>();
 * for (int day = 0; day < 7; day++) nights.addAll(List.of(day * 24, day * 24 + 1, day * 24 + 2));
 * Schedule s = manager.schedules().create(ScheduleDraft.builder("Nightly").hours(nights).build());
 * }</pre>
 */
public final class ScheduleDraft {
  private final String name;
  private final @Nullable String description;
  private final List<Integer> hours;

  private ScheduleDraft(Builder b) {
    this.name = b.name;
    this.description = b.description;
    this.hours = b.hours;
  }

  /**
   * @param name the new schedule's name (not blank)
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
   * @return the active hours of the week (0–167), ascending; none means never active
   */
  public List<Integer> hours() {
    return hours;
  }

  @Override
  public String toString() {
    return "ScheduleDraft[name=" + name + ", hours=" + hours.size() + "]";
  }

  /** Builds a {@link ScheduleDraft}. */
  public static final class Builder {
    private final String name;
    private @Nullable String description;
    private List<Integer> hours = List.of();

    private Builder(String name) {
      this.name = Items.name(name, "schedule");
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
     * @param hours the active hours of the week, 0 (Sunday 00:00) to 167 (Saturday 23:00)
     * @return this builder
     */
    public Builder hours(Collection<Integer> hours) {
      this.hours = ScheduleHours.check(hours);
      return this;
    }

    /**
     * @return the draft
     */
    public ScheduleDraft build() {
      return new ScheduleDraft(this);
    }
  }
}
