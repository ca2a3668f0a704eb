package io.dsm4j.testkit;

import io.dsm4j.model.ItemList;
import io.dsm4j.model.ListKind;
import io.dsm4j.model.Schedule;
import java.util.List;
import java.util.Map;

/**
 * The fleet's SOAP operations for {@link SoapSchemaConformanceTest}: every list kind, schedules,
 * anti-malware configurations and host groups, each read, saved and deleted (the delete removes
 * what the save created: IDs are handed out in order after the seeded ones).
 */
final class FleetSoapCalls {
  private FleetSoapCalls() {}

  private static final String NIL_ID = "<ID xsi:nil=\"true\"/>";

  static void add(Map<String, String> calls, SimulatorState st) {
    for (ListKind k : ListKind.values()) {
      String[] w = wire(k);
      List<ItemList> seeded = st.fleet().itemLists(k);
      int next = seeded.stream().mapToInt(ItemList::id).max().orElse(0) + 1;
      calls.put(w[0] + "RetrieveAll", null);
      calls.put(w[0] + "Retrieve", "<id>" + seeded.get(0).id() + "</id>");
      calls.put(w[0] + "RetrieveByName", "<name>" + seeded.get(0).name() + "</name>");
      calls.put(
          w[0] + "Save",
          "<"
              + w[1]
              + ">"
              + NIL_ID
              + "<description>d</description><name>conformance</name><items>a\nb</items>"
              + (k == ListKind.PORT ? "<TBUID xsi:nil=\"true\"/>" : "")
              + "</"
              + w[1]
              + ">");
      calls.put(w[0] + "Delete", "<ids>" + next + "</ids>");
    }
    List<Schedule> schedules = st.fleet().schedules();
    calls.put("scheduleRetrieveAll", null);
    calls.put("scheduleRetrieve", "<id>1</id>");
    calls.put("scheduleRetrieveByName", "<name>" + schedules.get(0).name() + "</name>");
    calls.put(
        "scheduleSave",
        "<s>"
            + NIL_ID
            + "<description>d</description><name>c</name><hourOfWeek>"
            + "1".repeat(24)
            + "0".repeat(144)
            + "</hourOfWeek></s>");
    calls.put("scheduleDelete", "<ids>" + (schedules.size() + 1) + "</ids>");
    int am = st.fleet().antiMalwareConfigurationIds().size() + 1;
    calls.put("antiMalwareRetrieveAll", null);
    calls.put("antiMalwareRetrieve", "<id>1</id>");
    calls.put(
        "antiMalwareRetrieveByName",
        "<name>" + st.fleet().antiMalwareConfiguration(1).orElseThrow().name() + "</name>");
    calls.put(
        "antiMalwareSave",
        "<antiMalwareTransport>"
            + NIL_ID
            + "<description>d</description><name>c</name>"
            + "<configurationType>CONFIGURATIONTYPE_ODS</configurationType>"
            + "</antiMalwareTransport>");
    calls.put("antiMalwareDelete", "<ids>" + am + "</ids>");
    int group = st.fleet().computerGroups().size() + 1;
    calls.put(
        "hostGroupCreate",
        "<hostGroup>"
            + NIL_ID
            + "<description>d</description><name>c</name>"
            + "<external>false</external><externalID xsi:nil=\"true\"/>"
            + "<parentGroupID>1</parentGroupID></hostGroup>");
    calls.put("hostGroupDelete", "<id>" + group + "</id>");
  }

  /** The operation prefix and the save's transport element of a kind. */
  private static String[] wire(ListKind k) {
    return switch (k) {
      case IP -> new String[] {"IPList", "ipl"};
      case MAC -> new String[] {"MACList", "ml"};
      case PORT -> new String[] {"portList", "pl"};
      case DIRECTORY -> new String[] {"scanDirectoryList", "scanDirectoryListTransport"};
      case FILE -> new String[] {"scanFileList", "scanFileListTransport"};
      case FILE_EXTENSION -> new String[] {"scanFileExtList", "scanFileExtListTransport"};
    };
  }
}
