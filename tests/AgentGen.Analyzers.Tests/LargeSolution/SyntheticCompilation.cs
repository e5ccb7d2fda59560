using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AgentGen.Analyzers.Tests.LargeSolution;

/// <summary>
/// Compiles a synthetic solution as a user's project is compiled: .NET 10 reference assemblies, the AgentGen runtime and
/// Microsoft.Extensions.AI.Abstractions, the latest C#, nullable on, documentation comments parsed; runs source
/// generators over it, and every AgentGen analyzer, found by reflection so rules added later are run too.
/// </summary>
public static class SyntheticCompilation
{
    /// <summary>The assembly the AgentGen analyzers ship in.</summary>
    public const string AnalyzerAssemblyName = "AgentGen.Analyzers";

    /// <summary>Parse options of a user project: latest language version, documentation comments parsed (descriptions come from them).</summary>
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest, DocumentationMode.Parse);

    private static readonly ImmutableArray<MetadataReference> s_references =
    [
        .. Net100.References.All,
        MetadataReference.CreateFromFile(typeof(global::AgentGen.ToolAttribute).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(global::Microsoft.Extensions.AI.AIFunctionDeclaration).Assembly.Location),
    ];

    /// <summary>Parses the files (in parallel: parsing is per file) in their given order.</summary>
    public static ImmutableArray<SyntaxTree> Parse(IReadOnlyList<SyntheticFile> files, CancellationToken cancellationToken = default)
    {
        var trees = new SyntaxTree[files.Count];
        Parallel.For(
            0,
            files.Count,
            new ParallelOptions { CancellationToken = cancellationToken },
            i => trees[i] = CSharpSyntaxTree.ParseText(
                SourceText.From(files[i].Text, System.Text.Encoding.UTF8), ParseOptions, files[i].Path, cancellationToken));
        return [.. trees];
    }

    /// <summary>A library compilation of the trees, as <c>dotnet build</c> makes one.</summary>
    public static CSharpCompilation Create(IEnumerable<SyntaxTree> trees, string assemblyName = "Synthetic") =>
        CSharpCompilation.Create(
            assemblyName,
            trees,
            s_references,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                deterministic: true));

    /// <summary>Runs source generators once over <paramref name="compilation"/>, with a new driver (nothing cached).</summary>
    /// <returns>The compilation with the generated files added, and the driver's result.</returns>
    public static (Compilation Output, GeneratorDriverRunResult Result) RunGenerators(
        Compilation compilation, IEnumerable<ISourceGenerator> generators, CancellationToken cancellationToken = default)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(generators, parseOptions: ParseOptions);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _, cancellationToken);
        return (output, driver.GetRunResult());
    }

    /// <summary>Runs the AgentGen generator once over <paramref name="compilation"/>.</summary>
    public static (Compilation Output, GeneratorDriverRunResult Result) RunAgentGenerator(Compilation compilation, CancellationToken cancellationToken = default) =>
        RunGenerators(compilation, [new global::AgentGen.Generators.AgentGenerator().AsSourceGenerator()], cancellationToken);

    /// <summary>Every C# <see cref="DiagnosticAnalyzer"/> of the AgentGen analyzers assembly, one new instance each.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> AgentGenAnalyzers() =>
        AnalyzersIn(Assembly.Load(new AssemblyName(AnalyzerAssemblyName)));

    /// <summary>Every concrete type of <paramref name="assembly"/> that is a <see cref="DiagnosticAnalyzer"/> for C#, one new instance each, by type name.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> AnalyzersIn(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return [.. assembly.GetTypes()
            .Where(type => type is { IsAbstract: false, IsGenericTypeDefinition: false } && typeof(DiagnosticAnalyzer).IsAssignableFrom(type))
            .Where(type => type.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any(a => a.Languages.Contains(LanguageNames.CSharp)))
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .Select(type => (DiagnosticAnalyzer)(Activator.CreateInstance(type, nonPublic: true)
                ?? throw new InvalidOperationException($"Could not create the analyzer {type.FullName}: give it a parameterless constructor.")))];
    }

    /// <summary>
    /// Attaches the analyzers to <paramref name="compilation"/> as the compiler does (concurrent analysis, generated code
    /// left to each analyzer's own setting), collecting every exception they throw into <paramref name="exceptions"/>.
    /// </summary>
    public static CompilationWithAnalyzers WithAnalyzers(
        Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, ConcurrentQueue<Exception>? exceptions = null)
    {
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: exceptions is null ? null : (exception, _, _) => exceptions.Enqueue(exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        return compilation.WithAnalyzers(analyzers, options);
    }
}
