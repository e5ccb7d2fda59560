using System;
using System.IO;
using System.Linq;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Emit;

namespace AgentGen.Benchmarks;

/// <summary>
/// Writes a one-analyzer assembly for csc's <c>/analyzer:</c> whose analyzer registers a compilation-start action that
/// registers nothing, as <c>LargeSolutionFloorAnalyzer(withActions: false)</c> does in process: what attaching any
/// analyzer to a compile costs (the compilation's event queue and Roslyn's analyzer driver).
/// </summary>
internal static class LargeSolutionCscNoActionAnalyzer
{
    /// <summary>The analyzer's type name, as <c>/reportanalyzer</c> prints it.</summary>
    public const string TypeName = "NoActionAnalyzers.NoActionAnalyzer";

    private const string Source = """
        using System.Collections.Immutable;
        using Microsoft.CodeAnalysis;
        using Microsoft.CodeAnalysis.Diagnostics;

        namespace NoActionAnalyzers;

        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        public sealed class NoActionAnalyzer : DiagnosticAnalyzer
        {
            private static readonly DiagnosticDescriptor s_never = new(
                "NOACTION0001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(s_never);

            public override void Initialize(AnalysisContext context)
            {
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.EnableConcurrentExecution();
                context.RegisterCompilationStartAction(static _ => { });
            }
        }
        """;

    /// <summary>Compiles the analyzer into <paramref name="path"/> against this process's Roslyn (older than any SDK's compiler that runs it).</summary>
    /// <exception cref="InvalidOperationException">It did not compile.</exception>
    public static void Write(string path)
    {
        CSharpCompilation compilation = CSharpCompilation.Create(
            "NoActionAnalyzers",
            [CSharpSyntaxTree.ParseText(Source, new CSharpParseOptions(LanguageVersion.Latest))],
            [.. Net100.References.All, MetadataReference.CreateFromFile(typeof(DiagnosticAnalyzer).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, deterministic: true));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        EmitResult result;
        using (FileStream file = File.Create(path))
        {
            result = compilation.Emit(file);
        }

        if (!result.Success)
        {
            throw new InvalidOperationException(
                "The no-action analyzer did not compile: " + string.Join("; ", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }
    }
}
