package io.dsm4j.cli;

import io.dsm4j.ItemLists;
import io.dsm4j.Manager;
import io.dsm4j.model.ItemList;
import io.dsm4j.model.ItemListDraft;
import io.dsm4j.model.ItemListUpdate;
import io.dsm4j.model.ListKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dsm4j lists …}: the item lists of every kind with one set of commands; {@code --type}
 * picks the kind (the firewall's IP, MAC and port lists; the anti-malware directory, file and file
 * extension lists).
 */
@Command(
    name = "lists",
    description =
        "Item lists: IP, MAC and port lists; anti-malware directory, file and file extension lists"
            + " (--type picks the kind). List, show, create, update, delete.",
    subcommands = {
      ListCommands.ListLists.class,
      ListCommands.Get.class,
      ListCommands.Create.class,
      ListCommands.Update.class,
      ListCommands.Delete.class
    })
final class ListCommands {
  static final String[] COLUMNS = {"id", "kind", "name", "description", "items"};

  private ListCommands() {}

  /** The options every lists command has. */
  abstract static class OfKind extends Base {
    @Option(
        names = "--type",
        required = true,
        paramLabel = "TYPE",
        description = "The kind of list: " + Fleet.LIST_TYPES + ".")
    String type;

    ListKind kind() {
      return Fleet.listKind(type);
    }

    static Resolver.Found<ItemList> find(Manager m, ItemLists lists, String text) {
      String what = Output.spelling(lists.kind()) + " list";
      return Resolver.find(what, lists, text, ItemList::name, ItemList::id);
    }
  }

  /** The entry options of create and update. */
  abstract static class Entries extends OfKind {
    @Option(
        names = "--items",
        split = ",",
        paramLabel = "ITEM",
        description = "The entries, comma-separated or repeated (replacing all on update).")
    List<String> items;

    @Option(
        names = "--items-file",
        paramLabel = "FILE",
        description = "Read the entries from FILE, one per line (for entries with commas).")
    Path itemsFile;

    /** The entries given, or null when none were. */
    List<String> entries() {
      if (items != null && itemsFile != null) {
        throw new Dsm4j.UsageException("give --items or --items-file, not both");
      }
      if (itemsFile == null) {
        return items;
      }
      try {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(itemsFile, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            out.add(line.strip());
          }
        }
        return out;
      } catch (IOException e) {
        throw new Dsm4j.UsageException(
            "--items-file " + itemsFile + ": " + Failures.fileReason(e), e);
      }
    }
  }

  @Command(name = "list", description = "List every list of a kind.")
  static final class ListLists extends OfKind {
    @Override
    int run(Manager m, Output out) {
      out.records(m.lists(kind()).list().stream().toList(), COLUMNS);
      return 0;
    }
  }

  @Command(name = "get", description = "Show one list.")
  static final class Get extends OfKind {
    @Parameters(paramLabel = "LIST", description = "The list: its ID, or its exact name.")
    String list;

    @Override
    int run(Manager m, Output out) {
      ListKind k = kind();
      Resolver.parse(list, "list");
      out.record(find(m, m.lists(k), list).item(), COLUMNS);
      return 0;
    }
  }

  @Command(name = "create", description = "Create a list.")
  static final class Create extends Entries {
    @Option(names = "--name", required = true, description = "The new list's name.")
    String name;

    @Option(names = "--description", paramLabel = "TEXT", description = "A description.")
    String description;

    @Override
    int run(Manager m, Output out) {
      ListKind k = kind();
      ItemListDraft.Builder b = Connector.usage("--name", () -> ItemListDraft.builder(name));
      List<String> e = entries();
      if (e != null) {
        Connector.usage("--items", () -> b.items(e));
      }
      if (description != null) {
        b.description(description);
      }
      out.record(m.lists(k).create(b.build()), COLUMNS);
      return 0;
    }
  }

  @Command(name = "update", description = "Change a list's entries, name or description.")
  static final class Update extends Entries {
    @Parameters(paramLabel = "LIST", description = "The list: its ID, or its exact name.")
    String list;

    @Option(names = "--name", description = "The new name.")
    String name;

    @Option(names = "--description", paramLabel = "TEXT", description = "The new description.")
    String description;

    @Override
    int run(Manager m, Output out) {
      ListKind k = kind();
      ItemListUpdate.Builder b = ItemListUpdate.builder();
      List<String> e = entries();
      if (e != null) {
        Connector.usage("--items", () -> b.items(e));
      }
      if (name != null) {
        Connector.usage("--name", () -> b.name(name));
      }
      if (description != null) {
        b.description(description);
      }
      ItemListUpdate u = b.build();
      if (u.isEmpty()) {
        throw new Dsm4j.UsageException("give --items, --items-file, --name or --description");
      }
      Resolver.parse(list, "list");
      ItemLists lists = m.lists(k);
      out.record(lists.update(find(m, lists, list).id(), u), COLUMNS);
      return 0;
    }
  }

  @Command(name = "delete", description = "Delete lists of a kind.")
  static final class Delete extends OfKind {
    @Parameters(arity = "1..*", paramLabel = "LIST", description = "The lists: IDs or exact names.")
    List<String> lists;

    @Option(names = "--yes", description = "Needed to delete more than one list.")
    boolean yes;

    @Override
    int run(Manager m, Output out) {
      ItemLists group = m.lists(kind());
      return Fleet.delete(
          this,
          lists,
          yes,
          Output.spelling(group.kind()) + " list",
          l -> find(m, group, l),
          ItemList::name,
          group::delete);
    }
  }
}
