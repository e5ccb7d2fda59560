using System.Threading.Tasks;
using AgentGen.Analyzers.CodeFixes.ToolShape;
using AgentGen.Analyzers.ToolShape;

namespace AgentGen.Analyzers.Tests.ToolShape;

public sealed class ToolMustBePartialTests
{
    [Fact]
    public Task Fires_on_a_tool_record_that_is_not_partial() => ShapeVerify.AnalyzerAsync("""
        using AgentGen;

        [Tool] public sealed record {|AGEN0001:ListGitTags|}(int Limit = 10);
        """);

    [Fact]
    public Task Fires_on_a_non_partial_containing_type() => ShapeVerify.AnalyzerAsync("""
        using AgentGen;

        public static class {|AGEN0001:Tools|}
        {
            [Tool] public sealed partial record ListGitTags(int Limit = 10);
        }
        """);

    [Fact]
    public Task Fires_on_a_union_that_is_not_partial() => ShapeVerify.AnalyzerAsync("""
        using AgentGen;

        [NextStep] public interface {|AGEN0001:IStep|};
        """);

    [Fact]
    public Task Does_not_fire_on_a_partial_tool_or_union() => ShapeVerify.AnalyzerAsync("""
        using AgentGen;

        [Tool] public sealed partial record ListGitTags(int Limit = 10) : IStep;

        [NextStep] public partial interface IStep;

        public sealed record NotATool(int Limit);
        """);

    [Fact]
    public Task Fix_adds_partial_before_the_type_keyword() => Verify<ToolDeclarationAnalyzer>.CodeFixAsync<AddPartialCodeFix>("""
        using AgentGen;

        /// <summary>Lists tags.</summary>
        /// <param name="Limit">How many.</param>
        [Tool] public sealed record {|AGEN0001:ListGitTags|}(int Limit = 10);
        """, """
        using AgentGen;

        /// <summary>Lists tags.</summary>
        /// <param name="Limit">How many.</param>
        [Tool] public sealed partial record ListGitTags(int Limit = 10);
        """);

    [Fact]
    public Task Fix_all_makes_every_tool_union_and_containing_type_partial() => Verify<ToolDeclarationAnalyzer>.CodeFixAsync<AddPartialCodeFix>("""
        using System.ComponentModel;
        using AgentGen;

        public static class {|AGEN0001:Tools|}
        {
            [Tool, Description("Lists tags.")] public sealed record {|AGEN0001:ListGitTags|}([property: Description("How many.")] int Limit = 10) : IStep;

            [Tool, Terminal, Description("Ends the run.")] internal sealed record {|AGEN0001:Done|}([property: Description("What to say.")] string Message) : IStep;
        }

        [NextStep] interface {|AGEN0001:IStep|};
        """, """
        using System.ComponentModel;
        using AgentGen;

        public static partial class Tools
        {
            [Tool, Description("Lists tags.")] public sealed partial record ListGitTags([property: Description("How many.")] int Limit = 10) : IStep;

            [Tool, Terminal, Description("Ends the run.")] internal sealed partial record Done([property: Description("What to say.")] string Message) : IStep;
        }

        [NextStep] partial interface IStep;
        """);
}
