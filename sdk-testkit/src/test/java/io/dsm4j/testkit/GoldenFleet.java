package io.dsm4j.testkit;

import java.util.List;

/**
 * The fleet's part of {@link GoldenAnswersTest}: every route and operation of the item lists,
 * computer groups, schedules, anti-malware configurations and event-based tasks, with their
 * validation errors, 404s and 405s, on a simulator of its own (so the other answers do not move).
 */
final class GoldenFleet {
  private GoldenFleet() {}

  /** Sends one REST request and records the answer. */
  @FunctionalInterface
  interface Rest {
    Object send(DsmSimulator sim, String method, String path, String body);
  }

  /** Sends one SOAP request and records the answer. */
  @FunctionalInterface
  interface Soap {
    Object send(DsmSimulator sim, String op, String inner);
  }

  static void run(DsmSimulator sim, Rest rest, Soap soap, String sid) {
    String s = "<sID>" + sid + "</sID>";
    for (String res :
        List.of(
            "maclists",
            "portlists",
            "directorylists",
            "filelists",
            "fileextensionlists",
            "iplists")) {
      String p = "/api/" + res;
      rest.send(sim, "GET", p, null);
      rest.send(sim, "POST", p, "{}");
      rest.send(sim, "POST", p, "{\"name\":\"Golden\",\"items\":[\"a\",\"b\"]}");
      rest.send(sim, "POST", p, "{\"name\":\"Golden\"}");
      rest.send(sim, "POST", p, "{\"name\":\"Bad\",\"items\":[1]}");
      rest.send(sim, "POST", p + "/search", "{\"maxItems\":1}");
      rest.send(sim, "GET", p + "/1", null);
      rest.send(sim, "POST", p + "/1", "{\"description\":\"changed\",\"items\":[]}");
      rest.send(sim, "POST", p + "/99", "{}");
      rest.send(sim, "DELETE", p + "/99", null);
      rest.send(sim, "PUT", p + "/1", "{}");
    }
    rest.send(sim, "DELETE", "/api/maclists/2", null);
    rest.send(sim, "GET", "/api/maclists/2", null);
    // computer groups: names unique among siblings only; a group with computers stays
    String g = "/api/computergroups";
    rest.send(sim, "POST", g, "{\"name\":\"Web\",\"parentGroupID\":1}");
    rest.send(sim, "POST", g, "{\"name\":\"Web\",\"parentGroupID\":2}");
    rest.send(sim, "POST", g, "{\"name\":\"Web\",\"parentGroupID\":1}");
    rest.send(sim, "POST", g, "{\"name\":\"Web\",\"parentGroupID\":99}");
    rest.send(sim, "POST", g + "/1", "{\"parentGroupID\":3}");
    rest.send(sim, "POST", g + "/3", "{\"name\":\"Web tier\",\"description\":\"d\"}");
    rest.send(sim, "DELETE", g + "/1", null);
    rest.send(sim, "DELETE", g + "/3", null);
    rest.send(sim, "GET", g, null);
    // schedules
    String sc = "/api/schedules";
    rest.send(sim, "GET", sc, null);
    rest.send(sim, "POST", sc, "{\"name\":\"Golden\",\"hoursOfWeek\":[true]}");
    rest.send(sim, "POST", sc + "/1", "{\"description\":\"d\"}");
    rest.send(sim, "DELETE", sc + "/2", null);
    // anti-malware configurations
    String am = "/api/antimalwareconfigurations";
    rest.send(sim, "GET", am, null);
    rest.send(sim, "POST", am, "{\"name\":\"Golden\"}");
    rest.send(sim, "POST", am, "{\"name\":\"Golden\",\"scanType\":\"on-demand\"}");
    rest.send(sim, "POST", am + "/4", "{\"directoriesToScan\":\"directory-list\"}");
    rest.send(
        sim,
        "POST",
        am + "/4",
        "{\"directoriesToScan\":\"directory-list\",\"directoryListID\":1,"
            + "\"excludedFileListID\":99}");
    rest.send(
        sim,
        "POST",
        am + "/4",
        "{\"directoriesToScan\":\"directory-list\",\"directoryListID\":1,"
            + "\"filesToScan\":\"file-extension-list\",\"fileExtensionListID\":1}");
    rest.send(sim, "DELETE", am + "/4", null);
    // event-based tasks
    String ev = "/api/eventbasedtasks";
    rest.send(sim, "POST", ev, "{\"name\":\"Golden\",\"type\":\"agent-ip-changed\"}");
    rest.send(
        sim,
        "POST",
        ev,
        "{\"name\":\"Golden\",\"type\":\"agent-initiated-activation\",\"conditions\":"
            + "[{\"field\":\"hostname\",\"value\":\"lnx-.*\"}],\"actions\":[{\"type\":"
            + "\"assign-policy\",\"parameterValue\":1},{\"type\":\"assign-group\","
            + "\"parameterValue\":2}]}");
    rest.send(sim, "POST", ev + "/search", "{}");
    rest.send(sim, "POST", ev + "/1", "{\"enabled\":false}");
    rest.send(sim, "GET", ev + "/1", null);
    rest.send(sim, "DELETE", ev + "/1", null);
    rest.send(sim, "GET", ev + "/1", null);
    // SOAP
    for (String op :
        List.of(
            "MACList",
            "portList",
            "scanDirectoryList",
            "scanFileList",
            "scanFileExtList",
            "schedule",
            "antiMalware")) {
      soap.send(sim, op + "RetrieveAll", s);
      soap.send(sim, op + "Retrieve", "<id>1</id>" + s);
      soap.send(sim, op + "Retrieve", "<id>99</id>" + s);
      soap.send(sim, op + "RetrieveByName", "<name>no such thing</name>" + s);
      soap.send(sim, op + "Delete", "<ids>99</ids>" + s);
    }
    soap.send(
        sim, "IPListSave", "<ipl><ID>1</ID><name>Renamed</name><items>x\ny\n</items></ipl>" + s);
    soap.send(sim, "IPListSave", "<ipl><ID>99</ID><name>x</name></ipl>" + s);
    soap.send(sim, "IPListSave", "<ipl><name>Renamed</name></ipl>" + s);
    soap.send(sim, "IPListDelete", "<ids>1</ids>" + s);
    soap.send(sim, "scheduleSave", "<s><name>Bad</name><hourOfWeek>01</hourOfWeek></s>" + s);
    soap.send(
        sim,
        "antiMalwareSave",
        "<antiMalwareTransport><name>Soap</name><configurationType>CONFIGURATIONTYPE_RTS"
            + "</configurationType><folderToScan>SPECIFIEDFOLDERS</folderToScan>"
            + "<scanDirList>1</scanDirList></antiMalwareTransport>"
            + s);
    soap.send(
        sim, "antiMalwareSave", "<antiMalwareTransport><name>x</name></antiMalwareTransport>" + s);
    soap.send(
        sim,
        "hostGroupCreate",
        "<hostGroup><name>Soap</name><parentGroupID>1</parentGroupID></hostGroup>" + s);
    soap.send(
        sim,
        "hostGroupCreate",
        "<hostGroup><name>Soap</name><parentGroupID>1</parentGroupID></hostGroup>" + s);
    soap.send(sim, "hostGroupDelete", "<id>1</id>" + s);
    soap.send(sim, "hostGroupDelete", "<id>99</id>" + s);
    soap.send(sim, "hostGroupRetrieveAll", s);
  }
}
