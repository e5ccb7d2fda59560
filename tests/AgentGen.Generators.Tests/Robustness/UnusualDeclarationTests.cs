using System.Collections.Generic;

namespace AgentGen.Generators.Tests.Robustness;

/// <summary>
/// Declarations a user may well write that the snapshot scenarios do not cover. The generator either generates code
/// that compiles without warnings, or generates nothing and leaves the explaining to the analyzers; it never throws
/// and never breaks the user's build.
/// </summary>
public sealed class UnusualDeclarationTests
{
    private const string Preamble = """
        using System.Collections.Generic;
        using System.ComponentModel;
        using System.ComponentModel.DataAnnotations;
        using System.Text.Json.Serialization;
        using AgentGen;

        namespace Demo;

        public enum Level { Low, High }

        [System.Flags] public enum Access { Read = 1, Write = 2 }

        public enum Nothing { }


        """;

    [Theory]
    [InlineData("unknown property type", "[Tool] public sealed partial record T(NoSuchType Value);")]
    [InlineData("unknown constant as the tool name", "[Tool(NoSuchConstant)] public sealed partial record T(string Value);")]
    [InlineData("tool name of the wrong type", "[Tool(42)] public sealed partial record T(string Value);")]
    [InlineData("tool attribute twice", "[Tool, Tool(\"again\")] public sealed partial record T(string Value);")]
    [InlineData("tool attribute on an interface", "[Tool] public partial interface T { }")]
    [InlineData("tool attribute on a struct", "[Tool] public partial record struct T(string Value);")]
    [InlineData("default of the wrong type", "[Tool] public sealed partial record T(int Limit = \"ten\");")]
    [InlineData("unknown constant in a constraint", "[Tool] public sealed partial record T([Range(NoSuch.Min, 5)] int Limit);")]
    [InlineData("duplicate parameter names", "[Tool] public sealed partial record T(string A, int A);")]
    [InlineData("property without a name", "[Tool] public sealed partial class T { public string { get; set; } }")]
    [InlineData("parameter without a name", "[Tool] public sealed partial record T(string );")]
    [InlineData("last parameter without a name", "[Tool] public sealed partial record T(string Message, int );")]
    public void Code_with_errors_does_not_crash_the_generator(string what, string declaration)
    {
        var failures = new List<string>();

        BrokenCodeTests.RunAndCollect(Preamble + declaration + "\n", what, failures);

        BrokenCodeTests.AssertNoFailures(what, failures);
    }

    [Theory]
    // Generated: every odd value must still produce code that compiles.
    [InlineData("null tool name", "[Tool(null!)] public sealed partial record T(string Value);", true)]
    [InlineData("empty tool name", "[Tool(\"\")] public sealed partial record T(string Value);", true)]
    [InlineData("undefined naming policy", "[Tool(PropertyNaming = (JsonNaming)99)] public sealed partial record T(string UserName);", true)]
    [InlineData("enum default that is no member", "[Tool] public sealed partial record T(Level Level = (Level)42);", true)]
    [InlineData("flags combination as default", "[Tool] public sealed partial record T(Access Access = Access.Read | Access.Write);", true)]
    [InlineData("enum without members", "[Tool] public sealed partial record T(Nothing Value);", true)]
    [InlineData("NaN and infinite defaults", "[Tool] public sealed partial record T(double X = double.NaN, float Y = float.NegativeInfinity);", true)]
    [InlineData("extreme numeric defaults", "[Tool] public sealed partial record T(long L = long.MinValue, ulong U = ulong.MaxValue, double D = -0.0, decimal M = -1.5m, double E = 1e20);", true)]
    [InlineData("string default with escapes", "[Tool] public sealed partial record T(string Value = \"line1\\nline2 \\\"q\\\" \\u00e9\");", true)]
    [InlineData("quotes and control characters in name and description", "[Tool(\"a\\\"\\\"\\\"b\")] public sealed partial record T([property: Description(\"say \\\"\\\"\\\"hi\\\"\\\"\\\" \\r\\n\\t\\u0001\")] string Value);", true)]
    [InlineData("malformed XML documentation", "/// <summary>Unclosed <b>bold</summary>\n/// <param name=\"Value\">x & y</param>\n[Tool] public sealed partial record T(string Value);", true)]
    [InlineData("three-argument Range", "[Tool] public sealed partial record T([Range(typeof(int), \"1\", \"9\")] int Limit);", true)]
    [InlineData("null pattern", "[Tool] public sealed partial record T([RegularExpression(null!)] string Name);", true)]
    [InlineData("extra constructor", "[Tool] public sealed partial record T(string Value) { public T() : this(\"x\") { } }", true)]
    [InlineData("positional base record", "[Tool] public sealed partial record T(string Value) : Base(Value); public abstract record Base(string Value);", true)]
    [InlineData("second partial declaration", "[Tool] public sealed partial record T(string Value); public sealed partial record T { public int Extra { get; init; } }", true)]
    // Not generated: shapes a tool cannot have.
    [InlineData("self-recursive type", "[Tool] public sealed partial record T(string Name, T? Parent);", false)]
    [InlineData("mutually recursive types", "[Tool] public sealed partial record T(Node Root); public sealed record Node(string Name, Leaf? Leaf); public sealed record Leaf(Node? Back);", false)]
    [InlineData("generic tool", "[Tool] public sealed partial record T<TValue>(TValue Value);", false)]
    [InlineData("tool that is not partial", "[Tool] public sealed record T(string Value);", false)]
    [InlineData("containing type that is not partial", "public class Outer { [Tool] public sealed partial record T(string Value); }", false)]
    [InlineData("abstract tool", "[Tool] public abstract partial record T(string Value);", false)]
    [InlineData("static tool", "[Tool] public static partial class T { }", false)]
    [InlineData("no usable constructor", "[Tool] public sealed partial class T { private T() { } public string A { get; set; } = \"\"; }", false)]
    [InlineData("non-string dictionary key", "[Tool] public sealed partial record T(Dictionary<int, string> Map);", false)]
    [InlineData("multi-dimensional array", "[Tool] public sealed partial record T(int[,] Grid);", false)]
    [InlineData("object property", "[Tool] public sealed partial record T(object Anything);", false)]
    [InlineData("char property", "[Tool] public sealed partial record T(char Letter);", false)]
    // Each of these once broke the user's build.
    [InlineData("computed property", "[Tool] public sealed partial record T(string Value) { public string Shout => Value + \"!\"; }", true)]
    [InlineData("allowed values of null", "[Tool] public sealed partial record T([AllowedValues(null)] string? Name);", true)]
    [InlineData("allowed values with a null", "[Tool] public sealed partial record T([AllowedValues(\"a\", null)] string? Name);", true)]
    [InlineData("allowed values on an enum", "[Tool] public sealed partial record T([AllowedValues(\"low\")] Level Level);", true)]
    [InlineData("null default of a non-nullable string", "[Tool] public sealed partial record T(string Value = null!);", true)]
    [InlineData("escaped keywords as names", "[Tool] public sealed partial record T(string @class, int @event);", true)]
    [InlineData("duplicate JSON names", "[Tool] public sealed partial record T([property: JsonPropertyName(\"x\")] string A, [property: JsonPropertyName(\"x\")] string B);", false)]
    [InlineData("read-only list of read-only lists", "[Tool] public sealed partial record T(IReadOnlyList<IReadOnlyList<int>> Grid);", true)]
    [InlineData("list of read-only lists", "[Tool] public sealed partial record T(List<IReadOnlyList<int>> Grid);", true)]
    [InlineData("IList of ILists", "[Tool] public sealed partial record T(IList<IList<int>> Grid);", true)]
    [InlineData("read-only dictionary of read-only lists", "[Tool] public sealed partial record T(IReadOnlyDictionary<string, IReadOnlyList<string>> Groups);", true)]
    public void Valid_code_gets_code_that_compiles_cleanly_or_nothing(string what, string declaration, bool generates)
    {
        GeneratorResult result = GeneratorHarness.Run(Preamble + declaration + "\n");

        GeneratorAssert.AssertCleanRun(result);
        Assert.True(
            generates == !result.GeneratedSources.IsEmpty,
            $"{what}: expected {(generates ? "a generated tool" : "nothing generated")}, got {(result.GeneratedSources.IsEmpty ? "nothing" : string.Join(", ", result.GeneratedSources.Keys))}.");
    }
}
