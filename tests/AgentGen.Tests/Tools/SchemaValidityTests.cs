using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace AgentGen.Tests.Tools;

/// <summary>Every test tool's schemas are valid draft 2020-12, the strict one is what strict structured outputs accept, and both agree with the reader.</summary>
public sealed class SchemaValidityTests
{
    public static TheoryData<string> ToolNames => new(JsonSchemas.All.Select(t => t.Name));

    [Theory]
    [MemberData(nameof(ToolNames))]
    public void Both_schemas_are_valid_against_the_draft_2020_12_meta_schema(string tool)
    {
        foreach (string schema in new[] { Tool(tool).Schema, Tool(tool).StrictSchema })
        {
            using JsonDocument document = JsonDocument.Parse(schema);
            Assert.Equal(string.Empty, JsonSchemas.Errors(MetaSchemas.Draft202012, document.RootElement));
            Assert.NotNull(JsonSchemas.Build(schema));
        }
    }

    [Fact]
    public void The_meta_schema_check_rejects_an_invalid_schema()
    {
        using JsonDocument invalid = JsonDocument.Parse("""{"type":"objekt","required":"title","minLength":-1}""");

        Assert.NotEqual(string.Empty, JsonSchemas.Errors(MetaSchemas.Draft202012, invalid.RootElement));
    }

    [Theory]
    [MemberData(nameof(ToolNames))]
    public void The_strict_schema_requires_every_property_closes_every_object_and_has_no_defaults(string tool)
    {
        JsonNode strict = JsonNode.Parse(Tool(tool).StrictSchema)!;

        foreach (JsonObject node in Nodes(strict))
        {
            Assert.False(node.ContainsKey("default"), $"{tool}: default at {node.GetPath()}");
            if (node["properties"] is JsonObject properties)
            {
                string[] required = node["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToArray() ?? [];
                Assert.Equal(properties.Select(p => p.Key).Order(StringComparer.Ordinal), required.Order(StringComparer.Ordinal));
                Assert.False(node["additionalProperties"]?.GetValue<bool>() ?? true, $"{tool}: open object at {node.GetPath()}");
            }
            else if (IsType(node, "object"))
            {
                // A dictionary: its values are described by an additionalProperties schema.
                Assert.IsType<JsonObject>(node["additionalProperties"]);
            }
        }
    }

    [Theory]
    [MemberData(nameof(ToolNames))]
    public void The_strict_schema_makes_exactly_the_optional_properties_nullable(string tool)
    {
        JsonObject schema = JsonNode.Parse(Tool(tool).Schema)!.AsObject();
        JsonObject strict = JsonNode.Parse(Tool(tool).StrictSchema)!.AsObject();
        var required = schema["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToHashSet(StringComparer.Ordinal) ?? [];

        foreach ((string name, JsonNode? property) in strict["properties"]!.AsObject())
        {
            JsonNode original = schema["properties"]![name]!;
            bool nullableBefore = IsType(original, "null");
            Assert.Equal(nullableBefore || !required.Contains(name), IsType(property!, "null"));
        }
    }

    [Theory]
    [MemberData(nameof(ToolNames))]
    public void The_minimal_input_is_valid_for_the_schema_and_the_reader(string tool)
    {
        ToolSchemas schemas = Tool(tool);
        using JsonDocument input = JsonDocument.Parse(schemas.MinimalJson);

        Assert.Equal(string.Empty, JsonSchemas.Errors(JsonSchemas.Build(schemas.Schema), input.RootElement));
        Assert.True(schemas.Reads(Encoding.UTF8.GetBytes(schemas.MinimalJson)));
    }

    [Theory]
    [MemberData(nameof(ToolNames))]
    public void Every_default_in_the_schema_is_the_value_the_reader_gives_a_missing_property(string tool)
    {
        ToolSchemas schemas = Tool(tool);
        JsonObject properties = JsonNode.Parse(schemas.Schema)!["properties"]!.AsObject();
        JsonObject written = JsonNode.Parse(schemas.ReadAndWrite(Encoding.UTF8.GetBytes(schemas.MinimalJson)))!.AsObject();

        foreach ((string name, JsonNode? property) in properties)
        {
            if (property!.AsObject().TryGetPropertyValue("default", out JsonNode? defaultValue))
            {
                Assert.True(JsonNode.DeepEquals(defaultValue, written[name]), $"{tool}.{name}: schema default {defaultValue?.ToJsonString() ?? "null"}, read {written[name]?.ToJsonString() ?? "null"}");
            }
        }
    }

    [Fact]
    public void Defaults_of_every_kind_appear_in_the_schema()
    {
        JsonNode properties = JsonNode.Parse(SearchLogs.JsonSchema)!["properties"]!;

        Assert.Equal(50, properties["limit"]!["default"]!.GetValue<int>());
        Assert.Equal("api", properties["service"]!["default"]!.GetValue<string>());
        Assert.Equal("warning", properties["min_level"]!["default"]!.GetValue<string>());
        Assert.False(properties["include_archived"]!["default"]!.GetValue<bool>());
        Assert.Equal(0.25, properties["min_score"]!["default"]!.GetValue<double>());
        Assert.Null(properties["query"]!["default"]);
    }

    [Fact]
    public void DataAnnotations_become_schema_keywords()
    {
        JsonNode properties = JsonNode.Parse(ConstrainedInput.JsonSchema)!["properties"]!;

        Assert.Equal(1, properties["rating"]!["minimum"]!.GetValue<int>());
        Assert.Equal(10, properties["rating"]!["maximum"]!.GetValue<int>());
        Assert.Equal(2, properties["nickname"]!["minLength"]!.GetValue<int>());
        Assert.Equal(12, properties["nickname"]!["maxLength"]!.GetValue<int>());
        Assert.Equal(1, properties["choices"]!["minItems"]!.GetValue<int>());
        Assert.Equal(3, properties["choices"]!["maxItems"]!.GetValue<int>());
        Assert.Equal(4, properties["code"]!["maxLength"]!.GetValue<int>());
        Assert.Contains("[a-z]+(-[a-z]+)*", properties["slug"]!["pattern"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["red", "green", "blue"], properties["color"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal(1, properties["confidence"]!["maximum"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("rating", "0")]
    [InlineData("rating", "1")]
    [InlineData("rating", "10")]
    [InlineData("rating", "11")]
    [InlineData("nickname", "\"a\"")]
    [InlineData("nickname", "\"ab\"")]
    [InlineData("nickname", "\"abcdefghijkl\"")]
    [InlineData("nickname", "\"abcdefghijklm\"")]
    [InlineData("choices", "[]")]
    [InlineData("choices", "[\"a\",\"b\",\"c\"]")]
    [InlineData("choices", "[\"a\",\"b\",\"c\",\"d\"]")]
    [InlineData("code", "\"A\"")]
    [InlineData("code", "\"ABCD\"")]
    [InlineData("code", "\"ABCDE\"")]
    [InlineData("slug", "\"big-cat\"")]
    [InlineData("slug", "\"Big Cat\"")]
    [InlineData("slug", "\"big-cat-\"")]
    [InlineData("slug", "\"x big\"")]
    [InlineData("color", "\"blue\"")]
    [InlineData("color", "\"Blue\"")]
    [InlineData("confidence", "null")]
    [InlineData("confidence", "0")]
    [InlineData("confidence", "1.5")]
    [InlineData("confidence", "-0.1")]
    public void The_schema_and_the_reader_agree_on_every_constraint(string property, string value)
    {
        JsonObject input = JsonNode.Parse(JsonSchemas.All.Single(t => t.Name == ConstrainedInput.ToolName).MinimalJson)!.AsObject();
        input[property] = JsonNode.Parse(value);
        string json = input.ToJsonString();
        using JsonDocument document = JsonDocument.Parse(json);

        bool validForSchema = JsonSchemas.Errors(JsonSchemas.Build(ConstrainedInput.JsonSchema), document.RootElement).Length == 0;
        bool validForReader = ToolJson.Read<ConstrainedInput>(json).IsSuccess;

        Assert.True(validForSchema == validForReader, $"{json}: schema says {(validForSchema ? "valid" : "invalid")}, reader says {(validForReader ? "valid" : "invalid")}");
    }

    [Fact]
    public void Descriptions_come_from_xml_docs_and_Description_attributes_at_every_level()
    {
        JsonNode schema = JsonNode.Parse(OpenTicket.JsonSchema)!;

        Assert.Equal("Open a ticket for the on-call team.", schema["description"]!.GetValue<string>());
        Assert.Equal("A short title.", schema["properties"]!["title"]!["description"]!.GetValue<string>());
        Assert.Equal("Who else hears about it", schema["properties"]!["watchers"]!["description"]!.GetValue<string>());
        Assert.Equal("Anything else the on-call person should know.", schema["properties"]!["notes"]!["description"]!.GetValue<string>());
        Assert.Equal("Full name.", schema["properties"]!["owner"]!["properties"]!["name"]!["description"]!.GetValue<string>());
        Assert.Equal("Where the ticket goes.", schema["properties"]!["settings"]!["properties"]!["channel"]!["description"]!.GetValue<string>());
        Assert.Equal("Configure an alert rule.", JsonNode.Parse(ConfigureAlert.JsonSchema)!["description"]!.GetValue<string>());
    }

    [Fact]
    public void Enums_list_their_json_names_and_nullable_enums_list_null()
    {
        JsonNode properties = JsonNode.Parse(OpenTicket.JsonSchema)!["properties"]!;

        Assert.Equal(["email", "sms-text", "pager_duty"], properties["settings"]!["properties"]!["channel"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Null(properties["escalation"]!["enum"]!.AsArray().Last());
        Assert.Equal(["readOnly", "editor", "administrator"], JsonNode.Parse(CreateUserAccount.JsonSchema)!["properties"]!["role"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
    }

    [Fact]
    public void The_utf8_schema_the_constant_and_the_declaration_agree()
    {
        Assert.Equal(OpenTicket.JsonSchema, Encoding.UTF8.GetString(OpenTicket.GetJsonSchemaUtf8()));
        Assert.Equal(OpenTicket.StrictJsonSchema, Encoding.UTF8.GetString(OpenTicket.GetJsonSchemaUtf8(strict: true)));
        Assert.Equal(OpenTicket.JsonSchema, OpenTicket.GetDeclaration().JsonSchema.GetRawText());
        Assert.Equal(OpenTicket.StrictJsonSchema, OpenTicket.GetDeclaration(strict: true).JsonSchema.GetRawText());
        Assert.Equal(true, OpenTicket.GetDeclaration(strict: true).AdditionalProperties[ToolDeclaration.StrictKey]);
        Assert.False(OpenTicket.GetDeclaration().IsStrict);
    }

    private static ToolSchemas Tool(string name) => JsonSchemas.All.Single(t => t.Name == name);

    private static bool IsType(JsonNode node, string type) => node["type"] switch
    {
        JsonArray types => types.Any(t => t!.GetValue<string>() == type),
        JsonValue single => single.GetValue<string>() == type,
        _ => false,
    };

    private static IEnumerable<JsonObject> Nodes(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            yield return obj;
            foreach ((string key, JsonNode? child) in obj)
            {
                // Property names under "properties" are names, not schemas; their values are schemas.
                IEnumerable<JsonNode?> children = key == "properties" && child is JsonObject named ? named.Select(p => p.Value) : [child];
                foreach (JsonNode? schema in children)
                {
                    if (schema is JsonObject)
                    {
                        foreach (JsonObject nested in Nodes(schema))
                        {
                            yield return nested;
                        }
                    }
                }
            }
        }
    }
}
