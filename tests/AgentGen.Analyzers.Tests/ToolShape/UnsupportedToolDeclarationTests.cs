using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;

namespace AgentGen.Analyzers.Tests.ToolShape;

public sealed class UnsupportedToolDeclarationTests
{
    [Fact]
    public Task Fires_on_a_generic_tool() => ShapeVerify.AnalyzerAsync("""
        using AgentGen;

        [Tool] public sealed partial record {|AGEN0002:Lookup|}<T>(T Key);
        """);

    [Fact]
    public Task Fires_on_an_abstract_or_static_tool() => ShapeVerify.AnalyzerAsync("""
        using AgentGen;

        [Tool] public abstract partial record {|AGEN0002:Deploy|}(string Tag);

        [Tool] public static partial class {|AGEN0002:Helpers|};
        """);

    [Fact]
    public Task Fires_on_a_tool_nested_in_a_generic_type() => ShapeVerify.AnalyzerAsync("""
        using AgentGen;

        public partial class Outer<T>
        {
            [Tool] public sealed partial record {|AGEN0002:Deploy|}(string Tag);
        }
        """);

    [Fact]
    public Task Fires_on_a_struct_tool() => ShapeVerify.AnalyzerAsync("""
        using AgentGen;

        [{|CS0592:Tool|}] public partial record struct {|AGEN0002:Point|}(int X);
        """);

    [Fact]
    public Task Message_names_the_kind_and_the_reason() => ShapeVerify.AnalyzerAsync(
        """
        using AgentGen;

        [{|CS0592:Tool|}] public partial interface {|#0:ISearch|};
        """,
        new DiagnosticResult(Descriptors.UnsupportedToolDeclaration)
            .WithLocation(0)
            .WithArguments("ISearch", "interface", "a tool is the record the model's arguments are read into; declare a 'sealed partial record' that implements the interface"));

    [Fact]
    public Task Fires_on_a_next_step_union_that_is_not_an_interface() => ShapeVerify.AnalyzerAsync("""
        using AgentGen;

        [{|CS0592:NextStep|}] public abstract partial record {|AGEN0002:Step|};

        [NextStep] public partial interface {|AGEN0002:IStep|}<T>;
        """);

    [Fact]
    public Task Does_not_fire_on_sealed_records_classes_and_interfaces() => ShapeVerify.AnalyzerAsync("""
        using AgentGen;

        [Tool] public sealed partial record Deploy(string Tag) : IStep;

        [Tool] public partial class Search : IStep { public string Query { get; set; } = ""; }

        [NextStep] public partial interface IStep;

        public static partial class Tools
        {
            [Tool] internal sealed partial record Nested(int Count);
        }
        """);
}
