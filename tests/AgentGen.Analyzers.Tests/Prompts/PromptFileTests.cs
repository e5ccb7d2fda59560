using System.Threading.Tasks;
using AgentGen.Analyzers.Prompts;
using Microsoft.CodeAnalysis.Testing;

namespace AgentGen.Analyzers.Tests.Prompts;

public sealed class PromptFileTests
{
    private static string Agent(params string[] promptFiles)
    {
        var steps = new System.Text.StringBuilder();
        for (int i = 0; i < promptFiles.Length; i++)
        {
            steps.Append($$"""
                    [Step(PromptFile = {{promptFiles[i]}})]
                    public partial Task<string> Step{{i}}(AgentThread thread, CancellationToken cancellationToken = default);
                    public partial Task<string> Step{{i}}(AgentThread thread, CancellationToken cancellationToken) => throw new System.NotImplementedException();

                """);
        }

        return $$"""
            using System.Threading;
            using System.Threading.Tasks;
            using AgentGen;

            [Agent]
            public sealed partial class Writer
            {
            {{steps}}}
            """;
    }

    private static void AddPrompts(AnalyzerTest<DefaultVerifier> test)
    {
        test.TestState.AdditionalFiles.Add(("/project/Prompts/next_step.md", "Pick the next step. {{thread}}"));
        test.TestState.AdditionalFiles.Add(("C:\\project\\Prompts\\Summaries\\Summary.txt", "Summarize. {{thread}}"));
    }

    [Fact]
    public Task Fires_when_no_additional_file_ends_with_the_path() => Verify<PromptFileAnalyzer>.AnalyzerAsync(
        Agent("""{|#0:"Prompts/missing.md"|}""", """{|#1:"step.md"|}""", """{|#2:"Other/next_step.md"|}"""),
        test =>
        {
            AddPrompts(test);
            test.ExpectedDiagnostics.AddRange(
            [
                new DiagnosticResult(Descriptors.MissingPromptFile).WithLocation(0).WithArguments("Prompts/missing.md", "Step0"),

                // A path matches whole names only: 'step.md' is not 'next_step.md'.
                new DiagnosticResult(Descriptors.MissingPromptFile).WithLocation(1).WithArguments("step.md", "Step1"),
                new DiagnosticResult(Descriptors.MissingPromptFile).WithLocation(2).WithArguments("Other/next_step.md", "Step2"),
            ]);
        });

    [Fact]
    public Task Does_not_fire_when_an_additional_file_ends_with_the_path() => Verify<PromptFileAnalyzer>.AnalyzerAsync(
        Agent("\"Prompts/next_step.md\"", "\"next_step.md\"", "@\"prompts\\NEXT_STEP.md\"", "\"/Prompts/next_step.md\"", "\"Summaries/summary.txt\""),
        AddPrompts);
}
