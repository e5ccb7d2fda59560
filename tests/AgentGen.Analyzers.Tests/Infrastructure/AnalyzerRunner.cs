using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AgentGen.Analyzers.Tests;

/// <summary>What the analyzers reported on a project, the exceptions they threw, and the project itself (for code fixes).</summary>
/// <param name="Project">The analyzed project, without generated files.</param>
/// <param name="Compilation">The compilation the analyzers saw, generated files included when the generator ran.</param>
/// <param name="Diagnostics">The analyzers' diagnostics, AD0001 included.</param>
/// <param name="Failures">Each exception an analyzer threw, with the analyzer's name.</param>
internal sealed record AnalysisRun(Project Project, Compilation Compilation, ImmutableArray<Diagnostic> Diagnostics, IReadOnlyCollection<string> Failures);

/// <summary>Where to run: the files the compiler gets besides the sources, and whether AgentGen's generator runs first, as in a real build.</summary>
/// <param name="AdditionalFiles">The <c>AdditionalFiles</c> items.</param>
/// <param name="GlobalOptions">The <c>.globalconfig</c> options (<c>agentgen.max_steps</c>...).</param>
/// <param name="RunGenerator">Whether to run the generator and analyze its output with the sources.</param>
/// <param name="OutputKind">What the project builds: an application when its sources have top-level statements.</param>
internal sealed record RunOptions(
    IReadOnlyList<(string Path, string Text)>? AdditionalFiles = null,
    IReadOnlyDictionary<string, string>? GlobalOptions = null,
    bool RunGenerator = false,
    OutputKind OutputKind = OutputKind.DynamicallyLinkedLibrary);

/// <summary>Runs every analyzer of AgentGen.Analyzers over plain source text, as the compiler would, collecting any exception they throw.</summary>
internal static class AnalyzerRunner
{
    /// <summary>Every analyzer the analyzer assembly exports, found by reflection so a new one cannot be left out.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers { get; } = typeof(Descriptors).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.IsDefined(typeof(DiagnosticAnalyzerAttribute), inherit: false))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    /// <summary>What a user's project references: .NET 10, the AgentGen runtime, testing kit and SQLite store, Microsoft.Extensions.AI and its OpenAI client.</summary>
    public static IReadOnlyList<MetadataReference> References { get; } = Basic.Reference.Assemblies.Net100.References.All
        .Concat(new[]
        {
            typeof(AgentGen.ToolAttribute),
            typeof(AgentGen.Testing.ScriptedChatClient),
            typeof(AgentGen.Sqlite.SqliteThreadStore),
            typeof(Microsoft.Extensions.AI.AIFunctionDeclaration),
            typeof(Microsoft.Extensions.AI.FunctionInvokingChatClient),
            typeof(Microsoft.Extensions.AI.OpenAIClientExtensions),
            typeof(Microsoft.Extensions.Logging.ILoggerFactory),
            typeof(OpenAI.OpenAIClient),
            typeof(System.ClientModel.ApiKeyCredential),
        }.Select(t => t.Assembly.Location).Distinct().Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)))
        .ToArray();

    /// <summary>The analyzers' diagnostics (AD0001 included) and the exceptions they threw.</summary>
    public static async Task<AnalysisRun> RunAsync(IEnumerable<(string Path, string Text)> sources, CancellationToken cancellationToken, RunOptions? options = null)
    {
        options ??= new RunOptions();
        var workspace = new AdhocWorkspace();
        ProjectId projectId = ProjectId.CreateNewId();
        Solution solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId, VersionStamp.Default, "Analyzed", "Analyzed", LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(options.OutputKind, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: References));
        foreach ((string path, string text) in sources)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), Path.GetFileName(path), text, filePath: path);
        }

        Project project = solution.GetProject(projectId)!;
        Compilation compilation = (await project.GetCompilationAsync(cancellationToken))!;
        ImmutableArray<AdditionalText> additionalFiles = (options.AdditionalFiles ?? [])
            .Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text))
            .ToImmutableArray();
        if (options.RunGenerator)
        {
            CSharpGeneratorDriver.Create([new AgentGen.Generators.AgentGenerator().AsSourceGenerator()], additionalFiles, (CSharpParseOptions)project.ParseOptions!)
                .RunGeneratorsAndUpdateCompilation(compilation, out compilation, out _, cancellationToken);
        }

        var failures = new ConcurrentQueue<string>();
        var analyzerOptions = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(additionalFiles, new GlobalOptionsProvider(options.GlobalOptions ?? new Dictionary<string, string>())),
            onAnalyzerException: (exception, analyzer, _) => failures.Enqueue($"{analyzer.GetType().Name}: {exception}"),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        ImmutableArray<Diagnostic> diagnostics = await compilation.WithAnalyzers(AllAnalyzers, analyzerOptions).GetAnalyzerDiagnosticsAsync(cancellationToken);
        return new AnalysisRun(project, compilation, diagnostics, failures.ToArray());
    }

    /// <summary>The repository's root: the directory above the test binaries that holds AgentGen.sln.</summary>
    public static string RepositoryRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AgentGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("AgentGen.sln was not found above " + AppContext.BaseDirectory);
    }
}
