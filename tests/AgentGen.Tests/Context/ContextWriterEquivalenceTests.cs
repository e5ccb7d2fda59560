using System.Text;
using System.Text.Json;
using AgentGen.Tests.Threads;
using AgentGen.Tests.Tools;
using CsCheck;

namespace AgentGen.Tests.Context;

/// <summary>
/// The generated <see cref="ITool.WriteContext"/> writes exactly the lines the context showed when they were derived
/// from the tool's JSON (what the runtime still does for a tool written by hand), for random values of every shape.
/// </summary>
public sealed class ContextWriterEquivalenceTests
{
    private const int Iterations = 300;

    [Fact]
    public void Primitives_render_as_their_json_does() => AssertSameAsJson(ToolGenerators.AllPrimitives);

    [Fact]
    public void Dates_times_identifiers_and_uris_render_as_their_json_does() => AssertSameAsJson(ToolGenerators.ScheduleMaintenance);

    [Fact]
    public void Nested_records_nullable_enums_and_dictionaries_render_as_their_json_does() => AssertSameAsJson(ToolGenerators.OpenTicket);

    [Fact]
    public void Collections_of_every_shape_render_as_their_json_does() => AssertSameAsJson(ToolGenerators.CollectionShapes);

    [Fact]
    public void Camel_case_and_class_tools_render_as_their_json_does()
    {
        AssertSameAsJson(ToolGenerators.CreateUserAccount);
        AssertSameAsJson(ToolGenerators.ConfigureAlert);
        AssertSameAsJson(ThreadGenerators.Tool);
    }

    [Fact]
    public void A_tool_written_by_hand_gets_the_lines_of_its_json()
    {
        var tool = new HandWritten();

        Assert.Equal("tag: v1\nsteps:\n  -\n      name: build\n  - null\nempty: []", XmlContextRenderer.YamlOf(tool));
    }

    private static void AssertSameAsJson<T>(Gen<T> gen)
        where T : class, ITool =>
        gen.Sample(
            value => Assert.Equal(XmlContextRenderer.YamlOf(new FromJson(value)), XmlContextRenderer.YamlOf(value)),
            iter: Iterations);

    /// <summary>Hides a tool's generated WriteContext: the runtime derives the lines from its JSON.</summary>
    private sealed class FromJson(ITool tool) : ITool
    {
        public string ToolName => tool.ToolName;

        public void WriteJson(Utf8JsonWriter writer) => tool.WriteJson(writer);
    }

    private sealed class HandWritten : ITool
    {
        public string ToolName => "hand_written";

        public void WriteJson(Utf8JsonWriter writer)
        {
            using JsonDocument document = JsonDocument.Parse(Encoding.UTF8.GetBytes("""{"tag":"v1","none":null,"steps":[{"name":"build","skip":null},null],"empty":[]}"""));
            document.WriteTo(writer);
        }
    }
}
