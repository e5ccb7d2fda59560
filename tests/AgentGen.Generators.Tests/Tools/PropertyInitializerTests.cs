using System.Linq;
using System.Text.Json;
using Microsoft.CodeAnalysis;

namespace AgentGen.Generators.Tests.Tools;

/// <summary>
/// The default a property initializer declares, as the tool's schema states it: literals (which the generator reads
/// from the syntax) and constant expressions (which it asks the compiler for) alike.
/// </summary>
public sealed class PropertyInitializerTests
{
    private const string Source = """
        using AgentGen;

        namespace Demo;

        public enum Level { Low, High }

        public static class Limits
        {
            public const int Max = 40;
        }

        [Tool]
        public sealed partial class Settings
        {
            public int Count { get; set; } = 10;
            public int Offset { get; set; } = -3;
            public long Big { get; set; } = 5L;
            public double Ratio { get; set; } = 0.5;
            public float Scale { get; set; } = 1.5f;
            public decimal Price { get; set; } = 2.5m;
            public bool Enabled { get; set; } = true;
            public bool Hidden { get; set; } = false;
            public string Name { get; set; } = "x";
            public string Path { get; set; } = @"a\b";
            public string? Comment { get; set; } = null;
            public Level Level { get; set; } = Level.High;
            public Level Cast { get; set; } = (Level)1;
            public int Limit { get; set; } = Limits.Max;
            public int Sum { get; set; } = 1 + 2;
        }
        """;

    [Theory]
    [InlineData("count", "10")]
    [InlineData("offset", "-3")]
    [InlineData("big", "5")]
    [InlineData("ratio", "0.5")]
    [InlineData("scale", "1.5")]
    [InlineData("price", "2.5")]
    [InlineData("enabled", "true")]
    [InlineData("hidden", "false")]
    [InlineData("name", "\"x\"")]
    [InlineData("path", "\"a\\\\b\"")]
    [InlineData("comment", "null")]
    [InlineData("level", "\"high\"")]
    [InlineData("cast", "\"high\"")]
    [InlineData("limit", "40")]
    [InlineData("sum", "3")]
    public void The_schema_declares_the_initializer_as_the_default(string property, string expected)
    {
        GeneratorResult result = GeneratorHarness.Run(Source);
        Assert.Empty(result.CompilationErrors);

        using JsonDocument schema = JsonDocument.Parse(SchemaOf(result));
        JsonElement declared = schema.RootElement.GetProperty("properties").GetProperty(property);

        Assert.True(declared.TryGetProperty("default", out JsonElement value), $"'{property}' declares no default: {declared}");
        Assert.Equal(expected, value.GetRawText());
    }

    private static string SchemaOf(GeneratorResult result)
    {
        INamedTypeSymbol tool = result.OutputCompilation.GetTypeByMetadataName("Demo.Settings")!;
        IFieldSymbol field = tool.GetMembers("JsonSchema").OfType<IFieldSymbol>().Single();
        return (string)field.ConstantValue!;
    }
}
