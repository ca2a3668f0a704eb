package io.dsm4j.rest.internal;

import io.dsm4j.Backend;
import io.dsm4j.exception.ConnectionException;
import io.dsm4j.exception.DsmException;
import io.dsm4j.model.BulkResult;
import io.dsm4j.model.Computer;
import io.dsm4j.model.ComputerDraft;
import io.dsm4j.model.DeploymentScriptOptions;
import io.dsm4j.rest.internal.dto.ComputerParts.DeploymentScriptDto;
import io.dsm4j.rest.internal.dto.Dtos.ComputerDto;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * The computer lifecycle over {@code /api}: create ({@code POST /computers}), delete one by one
 * ({@code DELETE /computers/{id}}; never the bulk {@code DELETE /computers}, which only Cloud One
 * has), move (a modify of {@code groupID}) and agent deployment scripts. Each request is sent once.
 */
final class RestComputerWrites {
  private final RestClient client;
  private final ComputerApi api;

  RestComputerWrites(RestClient client) {
    this.client = client;
    this.api = client.api(ComputerApi.class);
  }

  Computer create(ComputerDraft d) {
    ComputerDto body =
        ComputerDto.writable(
            d.hostName(), d.displayName(), d.description(), d.policyId(), d.groupId());
    return ComputerMapper.computer(client.require(api.createComputer(RestComputers.EXPAND, body)));
  }

  BulkResult delete(List<Integer> ids) {
    return each(ids, id -> client.exec(api.deleteComputer(id)));
  }

  BulkResult moveToGroup(List<Integer> ids, int groupId) {
    return each(
        ids,
        id ->
            client.require(
                client
                    .api()
                    .modifyComputer(
                        id, RestComputers.EXPAND_NONE, ComputerDto.withGroup(groupId))));
  }

  /** One request per computer; a failure is that computer's, the others go on. */
  private static BulkResult each(List<Integer> ids, IntConsumer request) {
    List<Integer> ok = new ArrayList<>();
    Map<Integer, DsmException> failed = new LinkedHashMap<>();
    for (int id : ids) {
      try {
        request.accept(id);
        ok.add(id);
      } catch (DsmException e) {
        failed.put(id, e);
      }
    }
    return new BulkResult(ok, failed);
  }

  String deploymentScript(DeploymentScriptOptions o) {
    DeploymentScriptDto request =
        new DeploymentScriptDto(
            o.platform().name().toLowerCase(Locale.ROOT),
            o.validateCertificate(),
            o.validateSignature(),
            o.activate(),
            o.policyId(),
            o.groupId(),
            null);
    DeploymentScriptDto answer = client.require(api.deploymentScript(request));
    if (answer.scriptBody() == null || answer.scriptBody().isEmpty()) {
      throw new ConnectionException(
          "the manager answered without a script (scriptBody)",
          "POST /api/agentdeploymentscripts",
          Backend.REST,
          200,
          null,
          null);
    }
    return answer.scriptBody();
  }
}
