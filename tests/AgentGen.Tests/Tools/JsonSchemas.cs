using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using Json.Schema;

namespace AgentGen.Tests.Tools;

/// <summary>The test tools' schemas, and evaluation against them with JsonSchema.Net under the draft 2020-12 dialect they declare.</summary>
internal static class JsonSchemas
{
    // Without $schema, JsonSchema.Net would pick its newest dialect, which asserts formats; 2020-12 treats them as annotations.
    private static readonly BuildOptions s_draft202012 = new() { Dialect = Dialect.Draft202012 };

    public static readonly EvaluationOptions ListOutput = new() { OutputFormat = OutputFormat.List };

    public static readonly EvaluationOptions ListOutputWithFormats = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    /// <summary>Every test tool: its name, a minimal valid input, and its two schemas.</summary>
    public static IReadOnlyList<ToolSchemas> All { get; } =
    [
        Of<AllPrimitives>("""{"text":"t","flag":true,"tiny":1,"octet":1,"small":1,"small_unsigned":1,"number":1,"number_unsigned":1,"big":1,"big_unsigned":1,"ratio":1,"real":1,"money":1}"""),
        Of<ScheduleMaintenance>("""{"starts_at":"2026-11-24T08:00:00Z","created_at":"2026-11-24T08:00:00Z","day":"2026-11-24","at":"08:00:00","duration":"00:30:00","ticket_id":"0f8fad5b-d9cb-469f-a165-70867728950e","runbook":"https://x.example"}"""),
        Of<OpenTicket>("""{"title":"abc","severity":"low","labels":[],"watchers":[],"settings":{"channel":"email"}}"""),
        Of<SearchLogs>("""{"query":"x"}"""),
        Of<CollectionShapes>("""{"numbers":[],"matrix":[],"maybe_names":[],"maybe_counts":[],"ids":[],"levels":[],"weights":[],"tags":{},"groups":{},"scores":{},"people":[]}"""),
        Of<LookupCustomer>("""{"q":"ada"}"""),
        Of<CreateUserAccount>("""{"firstName":"Ada","lastName":"L","homeAddress":{"streetLine":"1 Main","postalCode":"1000","countryCode":"BE"}}"""),
        Of<ConstrainedInput>("""{"rating":5,"nickname":"ada","choices":["a"],"code":"AB","slug":"big-cat","color":"red"}"""),
        Of<RotateSecret>("""{"secret-name":"db","grace-period":"00:05:00"}"""),
        Of<ConfigureAlert>("""{"name":"cpu"}"""),
    ];

    public static JsonSchema Build(string schema) => JsonSchema.FromText(schema, s_draft202012);

    public static JsonSchema Build<T>(bool strict)
        where T : class, ITool<T> =>
        Build(Encoding.UTF8.GetString(T.GetJsonSchema(strict)));

    /// <summary>Evaluates an instance and returns the failing locations, or an empty string when it is valid.</summary>
    public static string Errors(JsonSchema schema, JsonElement instance, EvaluationOptions? options = null)
    {
        EvaluationResults results = schema.Evaluate(instance, options ?? ListOutput);
        if (results.IsValid)
        {
            return string.Empty;
        }

        IEnumerable<string> failures = (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .Select(d => $"{d.InstanceLocation} ({d.EvaluationPath}): {string.Join("; ", d.Errors!.Select(e => e.Key + " " + e.Value))}");
        return "invalid: " + string.Join(" | ", failures) + " in " + instance.GetRawText();
    }

    private static ToolSchemas Of<T>(string minimalJson)
        where T : class, ITool<T> =>
        new(T.Name, Encoding.UTF8.GetString(T.GetJsonSchema(false)), Encoding.UTF8.GetString(T.GetJsonSchema(true)), minimalJson, json => T.ReadJson(json).IsSuccess, json => Roundtrip<T>(json));

    private static byte[] Roundtrip<T>(byte[] json)
        where T : class, ITool<T> =>
        ToolJson.Write(T.ReadJson(json).GetValueOrThrow());
}

/// <summary>One tool's schemas, with delegates to read and rewrite its JSON without knowing its type.</summary>
internal sealed record ToolSchemas(string Name, string Schema, string StrictSchema, string MinimalJson, Func<byte[], bool> Reads, Func<byte[], byte[]> ReadAndWrite)
{
    public override string ToString() => Name;
}
