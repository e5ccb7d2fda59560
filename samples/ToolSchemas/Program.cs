// Tools as records: the generator gives each [Tool] record its JSON schema, a reflection-free
// reader, binder and writer, and a Microsoft.Extensions.AI declaration. This sample prints the
// schemas, then reads model-shaped output (good and malformed) through the generated readers.
using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using AgentGen;
using Microsoft.Extensions.AI;
using ToolSchemas;

Section("Schemas the model sees");
Show<ListGitTags>();
Show<DeployBackend>();
Show<OpenIncident>();
Console.WriteLine($"strict variant of open_incident:\n  {OpenIncident.StrictJsonSchema}\n");

Section("Reading model output (UTF-8 JSON)");
Read<DeployBackend>("""{"tag": "v1.4.2", "environment": "production"}""");
Read<DeployBackend>("""{"tag": 142, "environment": "prod"}""");
Read<ListGitTags>("""{"limit": "5"}""");
Read<ListGitTags>("""{"limit": 500}""");
Read<OpenIncident>("""{"title": "API down", "severity": "critical", "labels": ["api", 7], "owner": {"name": "Ada"}}""");
Read<OpenIncident>("""{"title": "API 5xx spike", "severity": "high", "labels": ["api"], "owner": null, "since": "2026-11-24T08:00:00Z"}""");
Read<DeployBackend>("""{"tag": "v1.4.2", "environment": "staging" """);

Section("Binding a tool call (FunctionCallContent.Arguments)");
var call = new FunctionCallContent("call_1", DeployBackend.ToolName, new Dictionary<string, object?>
{
    ["tag"] = "v1.4.2",
    ["environment"] = JsonDocument.Parse("\"Staging\"").RootElement,
});
Print(DeployBackend.BindArguments(call.Arguments));

Section("Reading the next step of a union (the model picks one tool)");
Print(IDeployStep.ReadFunctionCall(new FunctionCallContent("call_2", "list_git_tags", new Dictionary<string, object?> { ["limit"] = 3 })));
Print(IDeployStep.ReadFunctionCall(new FunctionCallContent("call_3", "rollback_everything", null)));
Print(IDeployStep.ReadJson("""{"intent": "done_for_now", "message": "Deployed v1.4.2 to production."}"""u8));
Print(IDeployStep.ReadJson("""{"message": "all good"}"""u8));

Section("Writing a tool value back as JSON");
var buffer = new ArrayBufferWriter<byte>();
using (var writer = new Utf8JsonWriter(buffer))
{
    new DeployBackend("v1.4.2", ToolSchemas.Environment.Production, "hotfix for INC-42").WriteJson(writer);
}

Console.WriteLine("  " + Encoding.UTF8.GetString(buffer.WrittenSpan));

static void Show<T>()
    where T : class, ITool<T>
{
    AIFunctionDeclaration declaration = T.GetDeclaration(strict: false);
    Console.WriteLine($"{declaration.Name}: {declaration.Description}");
    Console.WriteLine($"  {declaration.JsonSchema.GetRawText()}\n");
}

static void Read<T>(string json)
    where T : class, ITool<T>
{
    Console.WriteLine($"{T.Name} <- {json}");
    Print(T.ReadJson(Encoding.UTF8.GetBytes(json)));
}

static void Print<T>(ToolReadResult<T> result)
    where T : class
{
    if (result.IsSuccess)
    {
        Console.WriteLine($"  ok: {result.Value}\n");
        return;
    }

    foreach (ToolReadError error in result.Errors)
    {
        Console.WriteLine($"  {error.Kind}: {error.Message}");
    }

    Console.WriteLine();
}

static void Section(string title) => Console.WriteLine($"== {title} ==\n");
