package io.dsm4j.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.function.Function;

/**
 * A read-only resource with a name: REST list, search and get; SOAP {@code …RetrieveAll}, {@code
 * …Retrieve} and {@code …RetrieveByName}. Subclasses say where the rows are and how they look.
 *
 * @param <R> the record type
 */
abstract class SimpleListResource<R> implements Resource {
  private final String restResource;
  private final String restWrapper;
  private final String missing;
  private final String soapPrefix;
  private final String transport;
  private final Function<Store, Table<R>> table;
  private final Function<R, Integer> id;

  /**
   * @param restResource the path segment, e.g. {@code iplists}
   * @param restWrapper the list answer's array name, e.g. {@code ipLists}
   * @param missing the 404 message
   * @param soapPrefix the operation prefix, e.g. {@code IPList}
   * @param transport the SOAP transport type, e.g. {@code IPListTransport}
   */
  SimpleListResource(
      String restResource,
      String restWrapper,
      String missing,
      String soapPrefix,
      String transport,
      Function<Store, Table<R>> table,
      Function<R, Integer> id) {
    this.restResource = restResource;
    this.restWrapper = restWrapper;
    this.missing = missing;
    this.soapPrefix = soapPrefix;
    this.transport = transport;
    this.table = table;
    this.id = id;
  }

  /** The REST JSON of a row. */
  abstract ObjectNode json(R row);

  /** The SOAP transport values of a row. */
  abstract Map<String, Object> soap(R row);

  @Override
  public void routes(RestRoutes rest) {
    // A DSM checks the method before the ID here: POST /iplists/99 is a 405, not a 404.
    RestRoutes.Param<R> row =
        RestRoutes.Param.lazy(
            "id",
            (s, seg) -> {
              int want;
              try {
                want = Integer.parseInt(seg);
              } catch (NumberFormatException e) {
                throw new RestCall.Fail(404, missing);
              }
              R r = table.apply(s).get(want);
              if (r == null) {
                throw new RestCall.Fail(404, missing);
              }
              return r;
            });
    rest.on(restResource).get(c -> list(c, Search.parse(null))).otherwise(RestRoutes.NOT_FOUND);
    rest.on(restResource, "search").post(c -> list(c, Search.parse(c.body())));
    rest.on(restResource, row).get(c -> json(c.get(row)));
  }

  private ObjectNode list(RestCall c, Search.Filter f) {
    return RestCall.wrap(restWrapper, Search.run(f, table.apply(c.s).values(), id, this::json));
  }

  @Override
  public void operations(SoapOperations soap) {
    String all = soapPrefix + "RetrieveAll";
    String one = soapPrefix + "Retrieve";
    String byName = soapPrefix + "RetrieveByName";
    soap.op(
        all,
        (s, r) ->
            SoapOut.many(
                all, transport, table.apply(s).values().stream().map(this::soap).toList()));
    soap.op(
        one,
        (s, r) ->
            SoapOut.maybe(
                one,
                transport,
                SoapArgs.opt(table.apply(s).get(SoapArgs.req(r, "id")), this::soap)));
    soap.op(
        byName,
        (s, r) ->
            SoapOut.maybe(
                byName,
                transport,
                SoapArgs.opt(table.apply(s).byName(SoapArgs.name(r)), this::soap)));
  }
}
