using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using AgentGen.Analyzers.Tests.LargeSolution;
using Microsoft.CodeAnalysis;

namespace AgentGen.Benchmarks;

/// <summary>
/// What each generator adds to a real build of the large solution (<c>--csc --generators</c>). The solution and the
/// <c>JsonSerializerContext</c> with one <c>[JsonSerializable]</c> per tool record are compiled three ways by the SDK's csc:
/// (a) with every generated file, AgentGen's and System.Text.Json's, already on disk (written in this process) and no
/// generator; (b) with AgentGen's generator running in csc and System.Text.Json's files on disk; (c) with
/// System.Text.Json's generator running and AgentGen's files on disk. So (b) - (a) is what AgentGen's generator costs a
/// build, all told: its own work, the binding it makes the compiler do before the compiler would have, and parsing its
/// output from memory instead of from disk; (c) - (a) is the same for System.Text.Json's.
/// </summary>
internal static class LargeSolutionCscGenerators
{
    private const string ContextDirectory = "json";
    private const string ContextOutputDirectory = "json-generated";

    /// <summary>
    /// Writes the JSON context, System.Text.Json's output for it and the three response files next to
    /// <paramref name="commandLine"/>'s, and returns the three configurations.
    /// </summary>
    /// <exception cref="InvalidOperationException">System.Text.Json's generator failed or reported something.</exception>
    public static IReadOnlyList<CscConfiguration> Write(SyntheticSolution solution, SyntheticCommandLine commandLine, CancellationToken cancellationToken)
    {
        SyntheticFile context = solution.JsonContext();
        (ISourceGenerator json, string jsonPath) = LargeSolutionJsonGenerator.Load();
        Compilation input = SyntheticCompilation.Create(SyntheticCompilation.Parse([.. solution.Files, context], cancellationToken));
        GeneratorRunResult run = SyntheticCompilation.RunGenerators(input, [json], cancellationToken).Result.Results.Single();
        if (run.Exception is not null || !run.Diagnostics.IsEmpty || run.GeneratedSources.IsEmpty)
        {
            throw new InvalidOperationException(
                $"System.Text.Json's generator ({jsonPath}) wrote {run.GeneratedSources.Length} files, reported [{string.Join("; ", run.Diagnostics)}] " +
                $"and threw {run.Exception?.ToString() ?? "nothing"}.");
        }

        foreach (string directory in new[] { ContextDirectory, ContextOutputDirectory })
        {
            string path = Path.Combine(commandLine.Directory, directory);
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }

        string contextFile = WriteText(commandLine.Directory, ContextDirectory + "/" + context.Path, context.Text);
        List<string> contextOutput = [.. run.GeneratedSources.Select(s => WriteText(commandLine.Directory, ContextOutputDirectory + "/" + s.HintName, s.SourceText.ToString()))];

        // compile.rsp: comments and options, then the solution's files (src/), then AgentGen's (generated/).
        string[] lines = File.ReadAllLines(commandLine.ResponseFile);
        string[] options = [.. lines.Where(l => !l.StartsWith("src/", StringComparison.Ordinal) && !l.StartsWith("generated/", StringComparison.Ordinal))];
        string[] sources = [.. lines.Where(l => l.StartsWith("src/", StringComparison.Ordinal)), contextFile];
        string[] agentGenOutput = [.. lines.Where(l => l.StartsWith("generated/", StringComparison.Ordinal))];
        if (sources.Length != commandLine.SourceFiles + 1 || agentGenOutput.Length != commandLine.GeneratedFiles)
        {
            throw new InvalidOperationException(
                $"{commandLine.ResponseFile} lists {sources.Length - 1} source files and {agentGenOutput.Length} generated ones; " +
                $"{commandLine.SourceFiles} and {commandLine.GeneratedFiles} were written.");
        }

        string agentGen = typeof(global::AgentGen.Generators.AgentGenerator).Assembly.Location;
        return
        [
            new("(a) every generated file on disk, no generator", [], RunsAgentGen: false,
                ResponseFile: WriteResponseFile(commandLine, "generators-none.rsp", options, [.. sources, .. agentGenOutput, .. contextOutput])),
            new("(b) AgentGen's generator runs", ["/analyzer:" + agentGen], RunsAgentGen: false,
                ResponseFile: WriteResponseFile(commandLine, "generators-agentgen.rsp", options, [.. sources, .. contextOutput]),
                Generator: typeof(global::AgentGen.Generators.AgentGenerator).FullName),
            new("(c) System.Text.Json's generator runs", ["/analyzer:" + jsonPath], RunsAgentGen: false,
                ResponseFile: WriteResponseFile(commandLine, "generators-json.rsp", options, [.. sources, .. agentGenOutput]),
                Generator: "System.Text.Json.SourceGeneration.JsonSourceGenerator"),
        ];
    }

    private static string WriteResponseFile(SyntheticCommandLine commandLine, string name, string[] options, string[] files)
    {
        var text = new StringBuilder();
        text.Append("# Written by the csc benchmark's --generators: ").Append(name).Append(", see LargeSolutionCscGenerators.\n");
        foreach (string line in options.Concat(files))
        {
            text.Append(line).Append('\n');
        }

        WriteText(commandLine.Directory, name, text.ToString());
        return name;
    }

    private static string WriteText(string directory, string relativePath, string text)
    {
        string path = Path.Combine(directory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return relativePath;
    }
}
