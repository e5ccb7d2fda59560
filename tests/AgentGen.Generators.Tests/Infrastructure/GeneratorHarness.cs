using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AgentGen.Generators.Tests;

/// <summary>
/// Runs <see cref="AgentGenerator"/> over in-memory sources, the way the compiler does in a user's build:
/// .NET 10 reference assemblies, the AgentGen runtime, Microsoft.Extensions.AI.Abstractions,
/// the latest C# language version and nullable reference types enabled.
/// </summary>
public static class GeneratorHarness
{
    /// <summary>Parse options of a user project: latest language version, documentation comments parsed.</summary>
    public static CSharpParseOptions DefaultParseOptions { get; } = CSharpParseOptions.Default
        .WithLanguageVersion(LanguageVersion.Latest)
        .WithDocumentationMode(DocumentationMode.Parse);

    private static readonly ImmutableArray<MetadataReference> References =
    [
        .. Net100.References.All,
        MetadataReference.CreateFromFile(typeof(global::AgentGen.ToolAttribute).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(global::Microsoft.Extensions.AI.AIFunctionDeclaration).Assembly.Location),
    ];

    /// <summary>Runs the generator over one or more sources, named <c>Source0.cs</c>, <c>Source1.cs</c>, ...</summary>
    public static GeneratorResult Run(string source, params string[] moreSources) =>
        Run([source, .. moreSources]);

    /// <summary>Runs the generator with additional files, other parse options and/or global analyzer config options.</summary>
    /// <param name="sources">The user's source files, named <c>Source0.cs</c>, <c>Source1.cs</c>, ... in this order.</param>
    /// <param name="additionalTexts">Additional files (see <see cref="InMemoryAdditionalText"/>).</param>
    /// <param name="parseOptions">Parse options; <see cref="DefaultParseOptions"/> when null.</param>
    /// <param name="globalOptions">Global analyzer config options, for example <c>build_property.RootNamespace</c>.</param>
    public static GeneratorResult Run(
        IReadOnlyList<string> sources,
        IReadOnlyList<AdditionalText>? additionalTexts = null,
        CSharpParseOptions? parseOptions = null,
        IReadOnlyDictionary<string, string>? globalOptions = null)
    {
        parseOptions ??= DefaultParseOptions;
        CSharpCompilation compilation = CreateCompilation(sources, parseOptions);

        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new AgentGenerator().AsSourceGenerator()],
            additionalTexts: additionalTexts ?? [],
            parseOptions: parseOptions,
            optionsProvider: new InMemoryAnalyzerConfigOptionsProvider(globalOptions),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

        return RunDriver(driver, compilation);
    }

    /// <summary>
    /// Runs the same driver again over an edited compilation, so its tracked steps say what was cached.
    /// Edit <see cref="GeneratorResult.InputCompilation"/> (see <see cref="AddSource"/> and <see cref="ReplaceSource"/>),
    /// not the output compilation, which already contains the generated files.
    /// </summary>
    public static GeneratorResult Rerun(GeneratorResult previous, Compilation editedCompilation) =>
        RunDriver(previous.Driver, editedCompilation);

    /// <summary>Creates the compilation the generator runs on; useful on its own for analyzer tests.</summary>
    public static CSharpCompilation CreateCompilation(IReadOnlyList<string> sources, CSharpParseOptions? parseOptions = null)
    {
        parseOptions ??= DefaultParseOptions;
        IEnumerable<SyntaxTree> trees = sources.Select((text, index) => CSharpSyntaxTree.ParseText(
            SourceText.From(text, System.Text.Encoding.UTF8), parseOptions, SourcePath(index)));

        return CSharpCompilation.Create(
            assemblyName: "AgentGen.Generators.Tests.Input",
            syntaxTrees: trees,
            references: References,
            options: new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                // Generated code must stay clean for users on the latest warning wave.
                warningLevel: 9999,
                deterministic: true));
    }

    /// <summary>Adds a source file to a compilation, with the parse options of its existing files.</summary>
    public static Compilation AddSource(Compilation compilation, string source, string? path = null)
    {
        CSharpParseOptions parseOptions = ParseOptionsOf(compilation);
        path ??= SourcePath(compilation.SyntaxTrees.Count());
        return compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
            SourceText.From(source, System.Text.Encoding.UTF8), parseOptions, path));
    }

    /// <summary>Replaces the whole text of the file at <paramref name="path"/> (for example <c>Source0.cs</c>).</summary>
    public static Compilation ReplaceSource(Compilation compilation, string path, string newSource)
    {
        SyntaxTree oldTree = compilation.SyntaxTrees.SingleOrDefault(tree => tree.FilePath == path)
            ?? throw new ArgumentException(
                $"The compilation has no file '{path}'; it has: {string.Join(", ", compilation.SyntaxTrees.Select(t => t.FilePath))}.",
                nameof(path));
        SyntaxTree newTree = oldTree.WithChangedText(SourceText.From(newSource, System.Text.Encoding.UTF8));
        return compilation.ReplaceSyntaxTree(oldTree, newTree);
    }

    /// <summary>The path the harness gives the source at <paramref name="index"/>: <c>Source0.cs</c>, <c>Source1.cs</c>, ...</summary>
    public static string SourcePath(int index) => "Source" + index.ToString(CultureInfo.InvariantCulture) + ".cs";

    private static GeneratorResult RunDriver(GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(
            compilation,
            out Compilation outputCompilation,
            out ImmutableArray<Diagnostic> generatorDiagnostics);

        GeneratorDriverRunResult runResult = driver.GetRunResult();
        GeneratorRunResult generatorRun = runResult.Results.Single();
        if (generatorRun.Exception is { } exception)
        {
            throw new InvalidOperationException($"The generator threw: {exception}", exception);
        }

        ImmutableSortedDictionary<string, string> generated = generatorRun.GeneratedSources.ToImmutableSortedDictionary(
            static source => source.HintName,
            static source => source.SourceText.ToString(),
            StringComparer.Ordinal);

        ImmutableArray<Diagnostic> compilationDiagnostics = outputCompilation.GetDiagnostics();

        return new GeneratorResult(
            driver,
            compilation,
            outputCompilation,
            generatorRun,
            generated,
            generatorDiagnostics,
            compilationDiagnostics);
    }

    private static CSharpParseOptions ParseOptionsOf(Compilation compilation) =>
        compilation.SyntaxTrees.FirstOrDefault()?.Options as CSharpParseOptions ?? DefaultParseOptions;
}

/// <summary>The outcome of one generator run.</summary>
/// <param name="Driver">The driver after the run; pass the result to <see cref="GeneratorHarness.Rerun"/> to run it incrementally.</param>
/// <param name="InputCompilation">The compilation the generator ran on (edit this one for incrementality tests).</param>
/// <param name="OutputCompilation">The input compilation plus the generated files.</param>
/// <param name="RunResult">Roslyn's result for the generator, with its tracked steps.</param>
/// <param name="GeneratedSources">Generated text by hint name (for example <c>Demo.DeployBackend.g.cs</c>), sorted ordinally.</param>
/// <param name="GeneratorDiagnostics">Diagnostics the generator reported.</param>
/// <param name="CompilationDiagnostics">All diagnostics of the output compilation.</param>
public sealed record GeneratorResult(
    GeneratorDriver Driver,
    Compilation InputCompilation,
    Compilation OutputCompilation,
    GeneratorRunResult RunResult,
    ImmutableSortedDictionary<string, string> GeneratedSources,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    ImmutableArray<Diagnostic> CompilationDiagnostics)
{
    /// <summary>Errors of the output compilation, in the user's files or in generated ones.</summary>
    public ImmutableArray<Diagnostic> CompilationErrors =>
        CompilationDiagnostics.Where(static d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();

    /// <summary>Warnings of the output compilation located in generated files.</summary>
    public ImmutableArray<Diagnostic> GeneratedCodeWarnings
    {
        get
        {
            HashSet<SyntaxTree> inputTrees = [.. InputCompilation.SyntaxTrees];
            return CompilationDiagnostics
                .Where(d => d.Severity == DiagnosticSeverity.Warning
                    && d.Location.SourceTree is { } tree
                    && !inputTrees.Contains(tree))
                .ToImmutableArray();
        }
    }

    /// <summary>Every tracked step of this run by tracking name (see <c>TrackingNames</c>).</summary>
    public ImmutableDictionary<string, ImmutableArray<IncrementalGeneratorRunStep>> TrackedSteps => RunResult.TrackedSteps;

    /// <summary>The tracked output steps (source outputs) of this run.</summary>
    public ImmutableDictionary<string, ImmutableArray<IncrementalGeneratorRunStep>> TrackedOutputSteps => RunResult.TrackedOutputSteps;

    /// <summary>The text generated under <paramref name="hintName"/>; fails listing the hint names if there is none.</summary>
    public string Generated(string hintName) =>
        GeneratedSources.TryGetValue(hintName, out string? text)
            ? text
            : throw new Xunit.Sdk.XunitException(
                $"No file was generated with hint name '{hintName}'. Generated: {(GeneratedSources.IsEmpty ? "(none)" : string.Join(", ", GeneratedSources.Keys))}.");
}
