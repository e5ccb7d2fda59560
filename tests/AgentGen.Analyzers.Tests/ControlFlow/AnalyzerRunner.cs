using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AgentGen.Analyzers.ControlFlow;
using AgentGen.Analyzers.Prompts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AgentGen.Analyzers.Tests.ControlFlow;

/// <summary>Runs the agent and prompt analyzers over plain source text, as the compiler would, collecting any exception they throw.</summary>
internal static class AnalyzerRunner
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> s_analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(
        new AgentHandlerAnalyzer(), new SwallowedExceptionAnalyzer(), new PromptAnalyzer());

    private static readonly MetadataReference[] s_references = Basic.Reference.Assemblies.Net100.References.All
        .Append(MetadataReference.CreateFromFile(typeof(AgentGen.ToolAttribute).Assembly.Location))
        .Append(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.AI.AIFunctionDeclaration).Assembly.Location))
        .ToArray();

    /// <summary>The analyzers' diagnostics (AD0001 included) and the exceptions they threw.</summary>
    public static async Task<(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyCollection<Exception> Exceptions)> RunAsync(
        IEnumerable<(string Path, string Text)> sources, CancellationToken cancellationToken)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Analyzed",
            sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, parse, s.Path, cancellationToken: cancellationToken)),
            s_references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var exceptions = new ConcurrentQueue<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, _, _) => exceptions.Enqueue(exception),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        ImmutableArray<Diagnostic> diagnostics = await compilation.WithAnalyzers(s_analyzers, options)
            .GetAnalyzerDiagnosticsAsync(cancellationToken);
        return (diagnostics, exceptions.ToArray());
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
