using System.Threading.Tasks;
using AgentGen.Analyzers.ToolShape;

namespace AgentGen.Analyzers.Tests.ToolShape;

public sealed class ToolMustBePartialTests
{
    [Fact]
    public Task Fires_on_a_tool_record_that_is_not_partial() => Verify<ToolDeclarationAnalyzer>.AnalyzerAsync("""
        using AgentGen;

        [Tool] public sealed record {|AGEN0001:ListGitTags|}(int Limit = 10);
        """);

    [Fact]
    public Task Fires_on_a_non_partial_containing_type() => Verify<ToolDeclarationAnalyzer>.AnalyzerAsync("""
        using AgentGen;

        public static class {|AGEN0001:Tools|}
        {
            [Tool] public sealed partial record ListGitTags(int Limit = 10);
        }
        """);

    [Fact]
    public Task Does_not_fire_on_a_partial_tool_or_union() => Verify<ToolDeclarationAnalyzer>.AnalyzerAsync("""
        using AgentGen;

        [Tool] public sealed partial record ListGitTags(int Limit = 10) : IStep;

        [NextStep] public partial interface IStep;

        public sealed record NotATool(int Limit);
        """);
}
