package io.dsm4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Function;

/**
 * The list/search/describe/create/modify/delete routes of an administrative resource kept as JSON
 * rows ({@link JsonRec}): {@code GET /x}, {@code POST /x/search}, {@code POST /x}, {@code GET|POST
 * |DELETE /x/{id}}. Subclasses say what is required on create and what a row refuses.
 */
abstract class JsonTableResource implements Resource {
  final String path;
  final String wrapper;
  final String missing;
  final JsonFieldSpec spec;
  final Function<Store, Table<JsonRec>> table;
  final RestRoutes.Param<JsonRec> row;

  /**
   * @param path the collection, e.g. {@code roles}
   * @param wrapper the array name of a list answer, e.g. {@code roles}
   * @param missing the 404 message
   */
  JsonTableResource(
      String path,
      String wrapper,
      String missing,
      JsonFieldSpec spec,
      Function<Store, Table<JsonRec>> table) {
    this.path = path;
    this.wrapper = wrapper;
    this.missing = missing;
    this.spec = spec;
    this.table = table;
    this.row =
        RestRoutes.Param.resolved(
            path + "-id",
            (s, seg) -> {
              JsonRec r =
                  seg.matches("\\d{1,9}") ? table.apply(s).get(Integer.parseInt(seg)) : null;
              if (r == null) {
                throw new RestCall.Fail(404, missing);
              }
              return r;
            });
  }

  @Override
  public void routes(RestRoutes rest) {
    rest.on(path).get(c -> list(c, Search.parse(null))).post(this::create);
    rest.on(path, "search").post(c -> list(c, Search.parse(c.body())));
    rest.on(path, row).get(c -> render(c.get(row))).post(this::modify).delete(this::delete);
  }

  ObjectNode list(RestCall c, Search.Filter f) {
    return RestCall.wrap(
        wrapper, Search.run(f, table.apply(c.s).values(), r -> r.id, this::render));
  }

  /** The row as the API answers it (secrets left out). */
  ObjectNode render(JsonRec r) {
    ObjectNode o = r.json.deepCopy();
    o.put("ID", r.id);
    return o;
  }

  JsonNode create(RestCall c) {
    ObjectNode body = c.objectBody();
    spec.check(body);
    checkCreate(c.s, body);
    JsonRec r = new JsonRec(table.apply(c.s).allocateId(), RestCall.JSON.createObjectNode());
    defaults(c.s, r);
    spec.apply(body, r);
    table.apply(c.s).put(r);
    return created(c, r);
  }

  /** The answer to a create (a subclass may add what is answered once). */
  JsonNode created(RestCall c, JsonRec r) {
    return render(r);
  }

  JsonNode modify(RestCall c) {
    JsonRec r = c.get(row);
    ObjectNode body = c.objectBody();
    spec.check(body);
    checkModify(c.s, r, body);
    spec.apply(body, r);
    return render(r);
  }

  JsonNode delete(RestCall c) {
    JsonRec r = c.get(row);
    checkDelete(c.s, r);
    table.apply(c.s).remove(r.id);
    return null;
  }

  /** Refuses a create body (400) that misses what the resource needs. */
  abstract void checkCreate(Store s, ObjectNode body);

  /** Sets a new row's defaults before the body is applied. */
  void defaults(Store s, JsonRec r) {}

  /** Refuses a modify body (400). */
  void checkModify(Store s, JsonRec r, ObjectNode body) {}

  /** Refuses a delete (400). */
  void checkDelete(Store s, JsonRec r) {}

  /** No SOAP operations unless a subclass has some. */
  @Override
  public void operations(SoapOperations soap) {}

  /** 400 unless the text field is present and not blank. */
  static void require(ObjectNode body, String... fields) {
    for (String f : fields) {
      JsonNode v = body.get(f);
      if (v == null || !v.isTextual() && !v.isNumber() || v.asText().isBlank()) {
        throw new RestCall.Fail(400, f + " is required.");
      }
    }
  }

  /** 400 "already exists" when another row has this value in the field (ignoring case). */
  static void unique(Table<JsonRec> t, String field, String value, int self) {
    for (JsonRec r : t.values()) {
      if (r.id != self && value != null && value.equalsIgnoreCase(r.text(field))) {
        throw new RestCall.Fail(400, "The " + field + " '" + value + "' already exists.");
      }
    }
  }
}
