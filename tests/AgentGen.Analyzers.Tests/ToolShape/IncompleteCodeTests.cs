using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using AgentGen.Analyzers.ToolShape;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AgentGen.Analyzers.Tests.ToolShape;

/// <summary>The tool-shape analyzers run on every keystroke: they must never throw on code that is half typed.</summary>
public sealed class IncompleteCodeTests
{
    private const string ToolsFile = """
        using System;
        using System.Collections.Generic;
        using System.ComponentModel;
        using System.IO;
        using AgentGen;

        namespace DeployBot;

        public enum Environment { Staging, Production }

        /// <summary>The next step the deploy agent takes.</summary>
        [NextStep] public partial interface IDeployStep;

        /// <summary>List recent tags.</summary>
        /// <param name="Limit">How many tags.</param>
        [Tool] public sealed partial record ListGitTags(int Limit = 10) : IDeployStep;

        [Tool("deploy backend"), RequiresApproval]
        public sealed record DeployBackend([property: Description("The git tag")] string Tag, Environment Environment, string? Reason = null) : IDeployStep
        {
            public Dictionary<int, Target> Targets { get; init; } = new();
            public Stream? Artifact { get; set; }
        }

        public sealed record Target(string Host, Target? Next, object Options);

        public static class Nested
        {
            [Tool] public abstract partial record Generic<T>(T Value, int[,] Grid) : IDeployStep;
        }

        [Tool, Terminal, Description("Finish the run.")]
        public sealed partial class DoneForNow : IDeployStep
        {
            [Description("What to tell the person.")] public required string Message { get; set; }
        }
        """;

    [Fact]
    public async Task Analyzers_do_not_throw_on_any_prefix_of_a_realistic_tools_file()
    {
        var exceptions = new ConcurrentQueue<string>();
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new ToolDeclarationAnalyzer(), new UnionAnalyzer());
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, analyzer, _) => exceptions.Enqueue($"{analyzer.GetType().Name}: {exception}"),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Tools",
            references: Basic.Reference.Assemblies.Net100.References.All
                .Append(MetadataReference.CreateFromFile(typeof(AgentGen.ToolAttribute).Assembly.Location))
                .Append(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.AI.AIFunctionDeclaration).Assembly.Location)),
            options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var parse = new CSharpParseOptions(LanguageVersion.Latest);

        var reported = new HashSet<string>(StringComparer.Ordinal);
        for (int length = 0; length <= ToolsFile.Length; length += 13)
        {
            SyntaxTree tree = CSharpSyntaxTree.ParseText(ToolsFile.Substring(0, length), parse, cancellationToken: TestContext.Current.CancellationToken);
            ImmutableArray<Diagnostic> diagnostics = await compilation.AddSyntaxTrees(tree)
                .WithAnalyzers(analyzers, options)
                .GetAnalyzerDiagnosticsAsync(TestContext.Current.CancellationToken);
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
            reported.UnionWith(diagnostics.Select(d => d.Id));
        }

        Assert.Empty(exceptions);

        // The prefixes exercised the rules, not just empty files: every rule of the file fired somewhere along the way.
        Assert.Subset(reported, new HashSet<string>(StringComparer.Ordinal) { "AGEN0001", "AGEN0002", "AGEN0003", "AGEN0005", "AGEN0006", "AGEN0007" });
    }
}
