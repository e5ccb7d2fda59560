using System.Threading.Tasks;
using AgentGen.Analyzers.ToolShape;
using Microsoft.CodeAnalysis.Testing;

namespace AgentGen.Analyzers.Tests.ToolShape;

public sealed class DuplicateToolNameTests
{
    [Fact]
    public Task Fires_on_the_second_tool_with_the_same_explicit_name() => Verify<UnionAnalyzer>.AnalyzerAsync("""
        using AgentGen;

        [NextStep] public partial interface IStep;

        [Tool("deploy")] public sealed partial record DeployBackend(string Tag) : IStep;

        [Tool({|AGEN0004:"deploy"|})] public sealed partial record DeployFrontend(string Tag) : IStep;

        [Tool, Terminal] public sealed partial record Done(string Message) : IStep;
        """);

    [Fact]
    public Task Fires_when_an_explicit_name_equals_another_tools_snake_case_name() => ShapeVerify.UnionsAsync(
        """
        using AgentGen;

        [NextStep] public partial interface IStep;

        [Tool] public sealed partial record ListGitTags(int Limit) : IStep;

        [Tool({|#0:"list_git_tags"|})] public sealed partial record ListTags(int Limit) : IStep;

        [Tool, Terminal] public sealed partial record Done(string Message) : IStep;
        """,
        new DiagnosticResult(Descriptors.DuplicateToolName).WithLocation(0).WithArguments("ListGitTags", "ListTags", "list_git_tags", "IStep"));

    // Two tools of one name in different unions are AGEN0008's (ToolRegistryAnalyzer): one assembly's registry keeps one of them.
    [Fact]
    public Task Does_not_fire_on_distinct_names_or_on_the_same_name_in_different_unions() => Verify<UnionAnalyzer>.AnalyzerAsync("""
        using AgentGen;

        [NextStep] public partial interface IDeployStep;

        [NextStep] public partial interface IReviewStep;

        public static partial class Deploy { [Tool("done")] public sealed partial record Done(string Message) : IDeployStep; }

        public static partial class Review { [Tool("done")] public sealed partial record Done(string Message) : IReviewStep; }

        [Tool, Terminal] public sealed partial record Finish(string Message) : IDeployStep, IReviewStep;
        """);
}
