using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
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

        string contextFile = commandLine.WriteFile(ContextDirectory + "/" + context.Path, context.Text);
        string[] contextOutput = [.. run.GeneratedSources.Select(s => commandLine.WriteFile(ContextOutputDirectory + "/" + s.HintName, s.SourceText.ToString()))];
        string[] sources = [.. commandLine.SourcePaths, contextFile];

        Type agentGen = typeof(global::AgentGen.Generators.AgentGenerator);
        return
        [
            new("(a) every generated file on disk, no generator", [], RunsAgentGen: false,
                ResponseFile: commandLine.WriteResponseFile("generators-none.rsp", Describe("every generated file on disk, no generator"), [.. sources, .. commandLine.GeneratedPaths, .. contextOutput])),
            new("(b) AgentGen's generator runs", ["/analyzer:" + agentGen.Assembly.Location], RunsAgentGen: false,
                ResponseFile: commandLine.WriteResponseFile("generators-agentgen.rsp", Describe("System.Text.Json's files on disk, for AgentGen's generator to run"), [.. sources, .. contextOutput]),
                Generator: agentGen.FullName),
            new("(c) System.Text.Json's generator runs", ["/analyzer:" + jsonPath], RunsAgentGen: false,
                ResponseFile: commandLine.WriteResponseFile("generators-json.rsp", Describe("AgentGen's files on disk, for System.Text.Json's generator to run"), [.. sources, .. commandLine.GeneratedPaths]),
                Generator: "System.Text.Json.SourceGeneration.JsonSourceGenerator"),
        ];
    }

    private static string Describe(string what) =>
        $"The synthetic solution and its JsonSerializerContext, {what}\n# (written by the csc benchmark's --generators, see LargeSolutionCscGenerators).";
}
