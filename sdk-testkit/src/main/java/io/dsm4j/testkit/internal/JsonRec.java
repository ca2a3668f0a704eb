package io.dsm4j.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A row of an administrative resource (administrator, role, API key, cloud connector, tenant) kept
 * as the JSON object the API answers, plus what the API never answers: a secret or password.
 */
final class JsonRec {
  final int id;
  final ObjectNode json;

  /** The secret the API answers once (an API key's), or a password it never answers; or null. */
  String secret;

  JsonRec(int id, ObjectNode json) {
    this.id = id;
    this.json = json;
  }

  String text(String field) {
    return json.path(field).isValueNode() ? json.path(field).asText() : null;
  }
}
