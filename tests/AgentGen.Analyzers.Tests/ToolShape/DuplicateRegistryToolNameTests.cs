using System.Threading.Tasks;
using AgentGen.Analyzers.ToolShape;
using Microsoft.CodeAnalysis.Testing;

namespace AgentGen.Analyzers.Tests.ToolShape;

public sealed class DuplicateRegistryToolNameTests
{
    [Fact]
    public Task Fires_on_each_of_two_tools_of_different_unions_with_the_same_name() => Verify<ToolRegistryAnalyzer>.AnalyzerAsync(
        """
        using AgentGen;

        namespace Bots;

        [NextStep] public partial interface IDeployStep;

        [NextStep] public partial interface IReviewStep;

        public static partial class Deploy { [Tool, Terminal] public sealed partial record {|#0:Done|}(string Message) : IDeployStep; }

        public static partial class Review { [Tool, Terminal] public sealed partial record {|#1:Done|}(string Message) : IReviewStep; }
        """,
        test => test.ExpectedDiagnostics.AddRange(
        [
            new DiagnosticResult(Descriptors.DuplicateRegistryToolName).WithLocation(0).WithArguments("Bots.Deploy.Done", "Bots.Review.Done", "done"),
            new DiagnosticResult(Descriptors.DuplicateRegistryToolName).WithLocation(1).WithArguments("Bots.Review.Done", "Bots.Deploy.Done", "done"),
        ]));

    [Fact]
    public Task Fires_when_an_explicit_name_equals_a_tool_of_another_union() => Verify<ToolRegistryAnalyzer>.AnalyzerAsync(
        """
        using AgentGen;

        [NextStep] public partial interface IDeployStep;

        [NextStep] public partial interface IReviewStep;

        [Tool, Terminal] public sealed partial record {|#0:ListGitTags|}(int Limit) : IDeployStep;

        [Tool({|#1:"list_git_tags"|}), Terminal] public sealed partial record ListTags(int Limit) : IReviewStep;

        // Not in a union at all, still in the registry.
        internal sealed partial class Outer { [Tool({|#2:"list_git_tags"|})] internal sealed partial record Tags(int Limit); }
        """,
        test => test.ExpectedDiagnostics.AddRange(
        [
            new DiagnosticResult(Descriptors.DuplicateRegistryToolName).WithLocation(0).WithArguments("ListGitTags", "ListTags", "list_git_tags"),
            new DiagnosticResult(Descriptors.DuplicateRegistryToolName).WithLocation(1).WithArguments("ListTags", "ListGitTags", "list_git_tags"),
            new DiagnosticResult(Descriptors.DuplicateRegistryToolName).WithLocation(2).WithArguments("Outer.Tags", "ListGitTags", "list_git_tags"),
        ]));

    [Fact]
    public Task Does_not_fire_on_one_tool_in_two_unions_or_on_tools_the_registry_does_not_list() => Verify<ToolRegistryAnalyzer>.AnalyzerAsync("""
        using AgentGen;

        [NextStep] public partial interface IDeployStep;

        [NextStep] public partial interface IReviewStep;

        [Tool, Terminal] public sealed partial record Done(string Message) : IDeployStep, IReviewStep;

        [Tool] public sealed partial record ListGitTags(int Limit) : IDeployStep;

        [Tool] public sealed partial record ReadDiff(string Tag) : IReviewStep;

        // The registry cannot name a private nested tool, so it does not list it.
        public sealed partial class Internals { [Tool("done")] private sealed partial record Finished(string Message); }
        """);

    [Fact]
    public Task Leaves_two_tools_of_one_union_to_AGEN0004() => Verify<ToolRegistryAnalyzer>.AnalyzerAsync("""
        using AgentGen;

        [NextStep] public partial interface IStep;

        [Tool("deploy")] public sealed partial record DeployBackend(string Tag) : IStep;

        [Tool("deploy")] public sealed partial record DeployFrontend(string Tag) : IStep;

        [Tool, Terminal] public sealed partial record Done(string Message) : IStep;
        """);

    [Fact]
    public Task Does_not_fire_on_the_same_name_in_another_assembly() => Verify<ToolRegistryAnalyzer>.AnalyzerAsync(
        """
        using AgentGen;

        [NextStep] public partial interface IReviewStep;

        [Tool, Terminal] public sealed partial record Done(string Message) : IReviewStep;
        """,
        test =>
        {
            var other = new ProjectState("Deploy", Microsoft.CodeAnalysis.LanguageNames.CSharp, "/Deploy/Test", "cs");
            test.TestState.AdditionalProjects.Add("Deploy", other);
            other.Sources.Add(("Done.cs", """
                using AgentGen;

                namespace Deploy;

                [NextStep] public partial interface IDeployStep;

                [Tool, Terminal] public sealed partial record Done(string Message) : IDeployStep;
                """));
            other.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
            other.AdditionalReferences.Add(Microsoft.CodeAnalysis.MetadataReference.CreateFromFile(typeof(AgentGen.ToolAttribute).Assembly.Location));
            test.TestState.AdditionalProjectReferences.Add("Deploy");
        });
}
