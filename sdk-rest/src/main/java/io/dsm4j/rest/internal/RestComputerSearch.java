package io.dsm4j.rest.internal;

import io.dsm4j.model.ComputerQuery;
import io.dsm4j.rest.internal.dto.Dtos.ComputerDto;
import io.dsm4j.rest.internal.dto.Dtos.SearchCriteria;
import io.dsm4j.rest.internal.dto.Dtos.SearchFilter;
import io.dsm4j.spi.ComputerFilter;
import io.dsm4j.spi.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A computer query as {@code /api} searches. Criteria are ANDed on the manager, so a query becomes
 * the criteria every computer must meet plus, where the query means "one of" (a name in the host
 * name or the display name, a group or any of its subgroups, an instance ID in any cloud summary),
 * one search per alternative. A page is then one search per alternative, merged by ID: the merged
 * page ends at the lowest last ID of the searches that found something, so that no computer is
 * skipped between pages whatever each search skipped.
 *
 * <p>Run on the manager: host and display name patterns, group, policy, instance ID, last
 * communication. On the client (the core's {@link ComputerFilter#matches}): the agent status, which
 * {@code /api} cannot search, and any "one of" that would need more than {@link #MAX_SEARCHES}
 * searches per page. Name patterns are sent as look-alikes ({@link RestComputers#lookAlikes}), so
 * that a manager whose string search is case-sensitive still returns every match (and more).
 */
final class RestComputerSearch {
  /** The most searches one page may take; beyond, the widest "one of" is left to the client. */
  static final int MAX_SEARCHES = 16;

  /** The cloud summaries whose {@code instanceID} is searchable. */
  static final List<String> INSTANCE_FIELDS =
      List.of(
          "ec2VirtualMachineSummary/instanceID",
          "azureARMVirtualMachineSummary/instanceID",
          "gcpVirtualMachineSummary/instanceID",
          "noConnectorVirtualMachineSummary/instanceID");

  private RestComputerSearch() {}

  /** The criteria lists of one page: one per alternative, each with the common criteria. */
  static List<List<SearchCriteria>> searches(ComputerFilter filter) {
    ComputerQuery q = filter.query();
    List<SearchCriteria> all = new ArrayList<>();
    List<List<SearchCriteria>> oneOf = new ArrayList<>();
    if (q.hostName() != null) {
      all.add(name("hostName", q.hostName()));
    }
    if (q.displayName() != null) {
      all.add(name("displayName", q.displayName()));
    }
    if (q.search() != null) {
      oneOf.add(List.of(name("hostName", q.search()), name("displayName", q.search())));
    }
    if (filter.groupIds() != null) {
      oneOf.add(
          filter.groupIds().stream()
              .sorted()
              .map(g -> SearchCriteria.numberEquals("groupID", g))
              .toList());
    }
    if (q.policyId() != null) {
      all.add(SearchCriteria.numberEquals("policyID", q.policyId()));
    }
    if (q.instanceId() != null) {
      oneOf.add(
          INSTANCE_FIELDS.stream()
              .map(f -> SearchCriteria.stringEquals(f, q.instanceId(), false))
              .toList());
    }
    if (q.lastSeenBefore() != null || q.lastSeenAfter() != null) {
      all.add(
          SearchCriteria.dateRange(
              "lastAgentCommunication", millis(q.lastSeenAfter()), millis(q.lastSeenBefore())));
    }
    // Too many searches per page: the widest "one of" is filtered on the client instead.
    oneOf.sort(Comparator.comparingInt(List::size));
    while (product(oneOf) > MAX_SEARCHES) {
      oneOf.remove(oneOf.size() - 1);
    }
    List<List<SearchCriteria>> out = new ArrayList<>();
    out.add(all);
    for (List<SearchCriteria> alternatives : oneOf) {
      List<List<SearchCriteria>> next = new ArrayList<>();
      for (List<SearchCriteria> base : out) {
        for (SearchCriteria c : alternatives) {
          List<SearchCriteria> x = new ArrayList<>(base);
          x.add(c);
          next.add(x);
        }
      }
      out = next;
    }
    return out;
  }

  private static int product(List<List<SearchCriteria>> oneOf) {
    int n = 1;
    for (List<SearchCriteria> l : oneOf) {
      n *= l.size();
    }
    return n;
  }

  private static Long millis(Instant t) {
    return t == null ? null : t.toEpochMilli();
  }

  /** A name pattern as a look-alike search ({@code *} is {@code %}). */
  static SearchCriteria name(String field, String pattern) {
    String[] parts = pattern.split("\\*", -1);
    StringBuilder like = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        like.append('%');
      }
      like.append(RestComputers.lookAlikes(parts[i]));
    }
    return SearchCriteria.stringEquals(field, like.toString(), true);
  }

  /**
   * One merged page: each search from the cursor, the union up to the lowest last ID among the
   * searches that found something, in ID order.
   */
  static List<ComputerDto> page(
      List<List<SearchCriteria>> searches,
      PageRequest page,
      Function<SearchFilter, List<ComputerDto>> search) {
    if (searches.size() == 1) {
      return found(search.apply(RestClient.page(page, searches.get(0))));
    }
    Map<Integer, ComputerDto> union = new TreeMap<>();
    long limit = Long.MAX_VALUE;
    for (List<SearchCriteria> criteria : searches) {
      List<ComputerDto> items = found(search.apply(RestClient.page(page, criteria)));
      long max = Long.MIN_VALUE;
      for (ComputerDto d : items) {
        union.putIfAbsent(d.id(), d);
        max = Math.max(max, d.id());
      }
      if (!items.isEmpty()) {
        limit = Math.min(limit, max);
      }
    }
    long end = limit;
    return union.values().stream().filter(d -> d.id() <= end).toList();
  }

  private static List<ComputerDto> found(List<ComputerDto> raw) {
    return raw == null ? List.of() : raw.stream().filter(d -> RestClient.hasId(d.id())).toList();
  }
}
