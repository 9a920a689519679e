package io.github.sunoport.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** JSON Schema (2020-12) checks and JSON equality for tests. */
final class Schemas {
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Schemas() {}

  static void assertValid(String schemaFile, String json) {
    Schema schema = CACHE.computeIfAbsent(schemaFile,
        f -> REGISTRY.getSchema(Http.resource("schemas/" + f), InputFormat.JSON));
    assertThat(schema.validate(json, InputFormat.JSON)).as("%s against %s", json, schemaFile).isEmpty();
  }

  static JsonNode tree(String json) {
    return MAPPER.readTree(json);
  }

  static void assertJsonEquals(String actual, String expected) {
    assertThat(tree(actual)).isEqualTo(tree(expected));
  }
}
