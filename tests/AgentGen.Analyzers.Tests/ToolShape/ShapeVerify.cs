using System.Threading.Tasks;
using AgentGen.Analyzers.ToolShape;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace AgentGen.Analyzers.Tests.ToolShape;

/// <summary>
/// Runs <see cref="ToolDeclarationAnalyzer"/> with AGEN0006 (Info, missing description) turned off, as a project with
/// <c>dotnet_diagnostic.AGEN0006.severity = none</c> would, so tests of the other rules need not document every property.
/// Otherwise configured as <see cref="Verify{TAnalyzer}"/>: .NET 10, the AgentGen runtime, nullable on.
/// </summary>
internal static class ShapeVerify
{
    public static Task AnalyzerAsync(string source, params DiagnosticResult[] expected) => RunAsync<ToolDeclarationAnalyzer>(source, expected);

    /// <summary>Runs <see cref="UnionAnalyzer"/>, with expectations that markup cannot carry (message arguments).</summary>
    public static Task UnionsAsync(string source, params DiagnosticResult[] expected) => RunAsync<UnionAnalyzer>(source, expected);

    private static Task RunAsync<TAnalyzer>(string source, DiagnosticResult[] expected)
        where TAnalyzer : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer, new()
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = source };
        test.DisabledDiagnostics.Add(Descriptors.MissingDescriptionId);
        test.ExpectedDiagnostics.AddRange(expected);
        Verify<TAnalyzer>.Configure(test.TestState, test);
        return test.RunAsync(TestContext.Current.CancellationToken);
    }
}
