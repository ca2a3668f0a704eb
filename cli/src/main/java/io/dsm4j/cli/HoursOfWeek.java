package io.dsm4j.cli;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The CLI's spelling of a schedule's hours of the week, both ways: {@code all}, {@code none}, or
 * comma-separated parts, each {@code DAY[-DAY]@H[-H]} (days {@code sun} … {@code sat}, hours 0–23,
 * both ends included: {@code mon-fri@8-17} is 08:00–17:59 on weekdays) or an hour of the week
 * {@code N[-N]} (0 is Sunday 00:00, 167 Saturday 23:00). {@link #format} writes what {@link #parse}
 * reads.
 */
final class HoursOfWeek {
  static final String SYNTAX =
      "all, none, or comma-separated DAY[-DAY]@H[-H] (sun..sat, hours 0-23, ends included:"
          + " mon-fri@8-17) or hours of the week N[-N] (0 = Sunday 00:00 ... 167)";

  private static final List<String> DAYS = List.of("sun", "mon", "tue", "wed", "thu", "fri", "sat");

  private HoursOfWeek() {}

  static List<Integer> parse(String spec) {
    String s = spec.strip().toLowerCase(Locale.ROOT);
    BitSet hours = new BitSet(168);
    if (s.equals("all")) {
      hours.set(0, 168);
    } else if (!s.equals("none")) {
      for (String part : s.split(",")) {
        add(hours, part.strip(), spec);
      }
    }
    return hours.stream().boxed().toList();
  }

  private static void add(BitSet hours, String part, String spec) {
    int at = part.indexOf('@');
    if (at < 0) {
      int[] r = range(part, 0, 167, spec);
      hours.set(r[0], r[1] + 1);
      return;
    }
    int[] days = days(part.substring(0, at), spec);
    int[] h = range(part.substring(at + 1), 0, 23, spec);
    for (int d = days[0]; d <= days[1]; d++) {
      hours.set(d * 24 + h[0], d * 24 + h[1] + 1);
    }
  }

  private static int[] days(String text, String spec) {
    String[] ends = text.split("-", -1);
    if (ends.length > 2) {
      throw bad(spec);
    }
    int from = DAYS.indexOf(ends[0].strip());
    int to = ends.length == 1 ? from : DAYS.indexOf(ends[1].strip());
    if (from < 0 || to < from) {
      throw bad(spec);
    }
    return new int[] {from, to};
  }

  private static int[] range(String text, int min, int max, String spec) {
    String[] ends = text.split("-", -1);
    if (ends.length > 2) {
      throw bad(spec);
    }
    try {
      int from = Integer.parseInt(ends[0].strip());
      int to = ends.length == 1 ? from : Integer.parseInt(ends[1].strip());
      if (from < min || to > max || to < from) {
        throw bad(spec);
      }
      return new int[] {from, to};
    } catch (NumberFormatException e) {
      throw bad(spec);
    }
  }

  private static Dsm4j.UsageException bad(String spec) {
    return new Dsm4j.UsageException("--hours '" + spec + "': expected " + SYNTAX);
  }

  /** The shortest spelling this class reads back: days with the same hours are merged. */
  static String format(Collection<Integer> hours) {
    if (hours.isEmpty()) {
      return "none";
    }
    if (hours.size() == 168) {
      return "all";
    }
    List<String> perDay = new ArrayList<>();
    for (int d = 0; d < 7; d++) {
      List<String> ranges = new ArrayList<>();
      for (int h = 0; h < 24; h++) {
        if (hours.contains(d * 24 + h)) {
          int start = h;
          while (h + 1 < 24 && hours.contains(d * 24 + h + 1)) {
            h++;
          }
          ranges.add(start == h ? "" + start : start + "-" + h);
        }
      }
      perDay.add(String.join(" ", ranges));
    }
    List<String> parts = new ArrayList<>();
    for (int d = 0; d < 7; d++) {
      if (perDay.get(d).isEmpty()) {
        continue;
      }
      int end = d;
      while (end + 1 < 7 && perDay.get(end + 1).equals(perDay.get(d))) {
        end++;
      }
      String days = end == d ? DAYS.get(d) : DAYS.get(d) + "-" + DAYS.get(end);
      for (String r : perDay.get(d).split(" ")) {
        parts.add(days + "@" + r);
      }
      d = end;
    }
    return String.join(",", parts);
  }
}
