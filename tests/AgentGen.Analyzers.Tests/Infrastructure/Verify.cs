using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace AgentGen.Analyzers.Tests;

/// <summary>
/// Runs an analyzer (and optionally its code fix) on test source written with <c>{|AGEN0001:span|}</c> markup,
/// compiled against .NET 10 and the AgentGen runtime, as a user's project is.
/// </summary>
/// <typeparam name="TAnalyzer">The analyzer.</typeparam>
public static class Verify<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>Asserts the analyzer reports exactly the marked diagnostics.</summary>
    public static Task AnalyzerAsync(string source) => AnalyzerAsync(source, _ => { });

    /// <summary>
    /// Asserts the analyzer reports exactly the marked diagnostics, in a project <paramref name="configure"/> adds to
    /// (more source files, additional files, <c>.globalconfig</c> options).
    /// </summary>
    public static Task AnalyzerAsync(string source, System.Action<CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>> configure)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = source };
        Configure(test.TestState, test);
        configure(test);
        return test.RunAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Asserts the fix turns <paramref name="source"/> into <paramref name="fixedSource"/>, one by one and with Fix All.</summary>
    public static Task CodeFixAsync<TCodeFix>(string source, string fixedSource)
        where TCodeFix : CodeFixProvider, new() =>
        CodeFixAsync<TCodeFix>(source, fixedSource, _ => { });

    /// <summary>
    /// Asserts the fix turns <paramref name="source"/> into <paramref name="fixedSource"/>, one by one and with Fix All. Diagnostics
    /// marked in <paramref name="fixedSource"/> are expected to remain (the fix is not offered for them).
    /// </summary>
    public static Task CodeFixAsync<TCodeFix>(string source, string fixedSource, System.Action<CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>> configure)
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier> { TestCode = source, FixedCode = fixedSource };
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        Configure(test.TestState, test);
        Configure(test.FixedState, test);
        configure(test);
        return test.RunAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Compiles test code as a user's project is: .NET 10, the AgentGen runtime, Microsoft.Extensions.AI, nullable on, latest C#.</summary>
    internal static void Configure(SolutionState state, AnalyzerTest<DefaultVerifier> test)
    {
        // .NET 10's reference assemblies come from Basic.Reference.Assemblies: nothing is downloaded while testing.
        test.ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        state.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
        state.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(AgentGen.ToolAttribute).Assembly.Location));
        state.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.AI.AIFunctionDeclaration).Assembly.Location));
        state.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.AI.FunctionInvokingChatClient).Assembly.Location));
        state.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.ILoggerFactory).Assembly.Location));
        test.SolutionTransforms.Add((solution, projectId) =>
        {
            Project project = solution.GetProject(projectId)!;
            var options = (CSharpCompilationOptions)project.CompilationOptions!;
            var parse = (CSharpParseOptions)project.ParseOptions!;
            return solution
                .WithProjectCompilationOptions(projectId, options.WithNullableContextOptions(NullableContextOptions.Enable))
                .WithProjectParseOptions(projectId, parse.WithLanguageVersion(LanguageVersion.Latest));
        });
    }
}
