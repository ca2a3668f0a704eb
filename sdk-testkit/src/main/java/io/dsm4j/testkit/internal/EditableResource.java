package io.dsm4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dsm4j.testkit.internal.SoapFault.Kind;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A named object the API can list, read, create, change and delete: REST list, search, get, create,
 * modify ({@code POST /x/{id}} with the changed fields) and delete; SOAP {@code …RetrieveAll},
 * {@code …Retrieve}, {@code …RetrieveByName}, the save (nil ID creates, an ID replaces) and the
 * delete. Subclasses say how a row looks on each wire and how a request changes it; validation
 * errors are {@link Invalid}, answered as HTTP 400 or a validation (integrity, for a taken name or
 * an object in use) fault.
 *
 * @param <R> the record type
 */
abstract class EditableResource<R> implements Resource {

  /**
   * How the resource is spelled on each wire.
   *
   * @param restResource the path segment, e.g. {@code iplists}
   * @param restWrapper the list answer's array name, e.g. {@code ipLists}
   * @param what one object in messages, e.g. {@code IP list}
   * @param soapPrefix the read operations' prefix, e.g. {@code IPList}
   * @param transport the SOAP transport type, e.g. {@code IPListTransport}
   * @param saveOp the save (or create) operation
   * @param saveParam its transport element, e.g. {@code ipl}
   * @param deleteOp the delete operation
   * @param deleteByIds whether the delete takes repeated {@code ids} (else one {@code id})
   */
  record Wire(
      String restResource,
      String restWrapper,
      String what,
      String soapPrefix,
      String transport,
      String saveOp,
      String saveParam,
      String deleteOp,
      boolean deleteByIds) {}

  /** A request the manager refuses: 400 on REST; a validation or integrity fault on SOAP. */
  static final class Invalid extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final boolean conflict;

    Invalid(String message, boolean conflict) {
      super(message);
      this.conflict = conflict;
    }

    Invalid(String message) {
      this(message, false);
    }
  }

  final Wire wire;
  private final Function<Store, Table<R>> table;
  private final RestRoutes.Param<R> row;

  EditableResource(Wire wire, Function<Store, Table<R>> table) {
    this.wire = wire;
    this.table = table;
    String missing = "The " + wire.what() + " does not exist.";
    this.row =
        RestRoutes.Param.resolved(
            wire.restResource(),
            (s, seg) -> {
              R r = table.apply(s).get(RestCall.id(seg, wire.what()));
              if (r == null) {
                throw new RestCall.Fail(404, missing);
              }
              return r;
            });
  }

  /** The REST JSON of a row. */
  abstract ObjectNode json(Store s, R r);

  /** The SOAP transport values of a row. */
  abstract Map<String, Object> soap(Store s, R r);

  /** A new, empty row with this ID. */
  abstract R newRow(int id);

  /** The row's ID. */
  abstract int id(R r);

  /** Checks then applies a REST body; on create every required field must be there. */
  abstract void fromJson(Store s, R r, ObjectNode body, boolean create);

  /** Checks then applies a SOAP transport (a save replaces every field). */
  abstract void fromSoap(Store s, R r, XNode t, boolean create);

  /** Why the row cannot be deleted now, or null. */
  String inUse(Store s, R r) {
    return null;
  }

  /** Refuses a name another row of the table has (a subclass may narrow the scope). */
  void uniqueName(Store s, R r, String name) {
    R other = table.apply(s).byName(name);
    if (other != null && other != r) {
      throw new Invalid("A " + wire.what() + " named '" + name + "' already exists.", true);
    }
  }

  static String requireName(String name, String what) {
    if (name == null || name.isBlank()) {
      throw new Invalid("The " + what + " name is required.");
    }
    return name;
  }

  // ------------------------------------------------------------------ REST

  @Override
  public void routes(RestRoutes rest) {
    String res = wire.restResource();
    rest.on(res).get(c -> list(c, Search.parse(null))).post(this::create);
    rest.on(res, "search").post(c -> list(c, Search.parse(c.body())));
    rest.on(res, row).get(c -> json(c.s, c.get(row))).post(this::modify).delete(this::delete);
  }

  private ObjectNode list(RestCall c, Search.Filter f) {
    return RestCall.wrap(
        wire.restWrapper(), Search.run(f, table.apply(c.s).values(), this::id, r -> json(c.s, r)));
  }

  private JsonNode create(RestCall c) {
    ObjectNode body = c.objectBody();
    R r = newRow(table.apply(c.s).allocateId());
    rest(() -> fromJson(c.s, r, body, true));
    table.apply(c.s).put(r);
    return json(c.s, r);
  }

  private JsonNode modify(RestCall c) {
    R r = c.get(row);
    ObjectNode body = c.objectBody();
    rest(() -> fromJson(c.s, r, body, false));
    return json(c.s, r);
  }

  private JsonNode delete(RestCall c) {
    R r = c.get(row);
    String why = inUse(c.s, r);
    if (why != null) {
      throw new RestCall.Fail(400, why);
    }
    table.apply(c.s).remove(id(r));
    return null;
  }

  private static void rest(Runnable change) {
    try {
      change.run();
    } catch (Invalid e) {
      throw new RestCall.Fail(400, e.getMessage());
    }
  }

  // ------------------------------------------------------------------ SOAP

  @Override
  public void operations(SoapOperations soap) {
    String all = wire.soapPrefix() + "RetrieveAll";
    String one = wire.soapPrefix() + "Retrieve";
    String byName = wire.soapPrefix() + "RetrieveByName";
    String type = wire.transport();
    soap.op(
        all,
        (s, r) ->
            SoapOut.many(
                all, type, table.apply(s).values().stream().map(x -> soap(s, x)).toList()));
    soap.op(
        one,
        (s, r) ->
            SoapOut.maybe(
                one,
                type,
                SoapArgs.opt(table.apply(s).get(SoapArgs.req(r, "id")), x -> soap(s, x))));
    soap.op(
        byName,
        (s, r) ->
            SoapOut.maybe(
                byName,
                type,
                SoapArgs.opt(table.apply(s).byName(SoapArgs.name(r)), x -> soap(s, x))));
    soap.op(wire.saveOp(), (s, r) -> SoapOut.single(wire.saveOp(), type, soap(s, save(s, r))));
    soap.op(wire.deleteOp(), this::soapDelete);
  }

  private R save(Store s, XNode request) {
    XNode t = SoapArgs.need(request, wire.saveParam());
    Integer id = t.integer("ID");
    boolean create = id == null || wire.saveOp().endsWith("Create");
    R r = create ? newRow(table.apply(s).allocateId()) : table.apply(s).get(id);
    if (r == null) {
      throw new SoapFault(Kind.VALIDATION, "The " + wire.what() + " " + id + " does not exist.");
    }
    try {
      fromSoap(s, r, t, create);
    } catch (Invalid e) {
      throw new SoapFault(e.conflict ? Kind.INTEGRITY : Kind.VALIDATION, e.getMessage());
    }
    table.apply(s).put(r);
    return r;
  }

  private String soapDelete(Store s, XNode r) {
    List<Integer> ids = wire.deleteByIds() ? r.ints("ids") : List.of(SoapArgs.req(r, "id"));
    for (Integer id : ids) {
      R row = table.apply(s).get(id);
      if (row == null) {
        throw new SoapFault(Kind.VALIDATION, "The " + wire.what() + " " + id + " does not exist.");
      }
      String why = inUse(s, row);
      if (why != null) {
        throw new SoapFault(Kind.INTEGRITY, why);
      }
    }
    ids.forEach(table.apply(s)::remove);
    return SoapOut.empty(wire.deleteOp());
  }
}
