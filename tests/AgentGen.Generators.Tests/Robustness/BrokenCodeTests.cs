using System;
using System.Collections.Generic;
using System.Linq;
using AgentGen.Generators.Tests.Tools;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AgentGen.Generators.Tests.Robustness;

/// <summary>
/// The generator runs on every keystroke in the IDE, so it sees half-typed code far more often than finished code.
/// Whatever it is given, it must not throw: a crashing generator removes every generated member from the user's
/// build (CS8785) and buries their real errors under hundreds of follow-on ones.
/// </summary>
public sealed class BrokenCodeTests
{
    /// <summary>Every how many characters a scenario is cut off.</summary>
    private const int TruncationStride = 7;

    /// <summary>How many single-token deletions to try per scenario.</summary>
    private const int TokenDeletions = 25;

    /// <summary>Fixed, so a failure reproduces.</summary>
    private const int Seed = 20_240_611;

    /// <summary>Remove from both theories once the generator is fixed; <see cref="UnusualDeclarationTests"/> has the repro.</summary>
    /// <summary>CS8785: "Generator 'X' failed to generate source"; AD0001: an analyzer threw.</summary>
    private static readonly string[] CrashIds = ["CS8785", "AD0001"];

    public static TheoryData<string> ScenarioNames => [.. ToolScenarios.All.Keys];

    [Theory]
    [MemberData(nameof(ScenarioNames))]
    public void Every_prefix_of_a_scenario_is_handled_without_crashing(string scenario)
    {
        string source = ToolScenarios.All[scenario];

        IEnumerable<(string, string)> prefixes = Enumerable.Range(0, (source.Length + TruncationStride - 1) / TruncationStride)
            .Select(static i => i * TruncationStride)
            .Select(length => (source[..length], $"the first {length} characters"));

        AssertNoFailures(scenario, RunAll(prefixes));
    }

    [Theory]
    [MemberData(nameof(ScenarioNames))]
    public void A_scenario_with_one_token_deleted_is_handled_without_crashing(string scenario)
    {
        string source = ToolScenarios.All[scenario];
        List<SyntaxToken> tokens = [.. CSharpSyntaxTree.ParseText(source, GeneratorHarness.DefaultParseOptions, cancellationToken: TestContext.Current.CancellationToken)
            .GetRoot(TestContext.Current.CancellationToken)
            .DescendantTokens()
            .Where(static token => token.Span.Length > 0)];
        var random = new Random(Seed);

        var deletions = new List<(string, string)>();
        for (int i = 0; i < TokenDeletions; i++)
        {
            SyntaxToken token = tokens[random.Next(tokens.Count)];
            deletions.Add((source.Remove(token.SpanStart, token.Span.Length), $"the token '{token.Text}' at {token.SpanStart} deleted"));
        }

        AssertNoFailures(scenario, RunAll(deletions));
    }

    /// <summary>Runs the generator once through the harness; records a crash (thrown by the harness, or reported as a diagnostic).</summary>
    internal static void RunAndCollect(string source, string variant, List<string> failures)
    {
        try
        {
            GeneratorResult result = GeneratorHarness.Run(source);
            failures.AddRange(result.GeneratorDiagnostics.Where(static d => CrashIds.Contains(d.Id)).Select(d => $"{variant}: {d}"));
        }
        catch (InvalidOperationException exception)
        {
            failures.Add($"{variant}: {exception.Message}");
        }
    }

    internal static void AssertNoFailures(string scenario, List<string> failures)
    {
        if (failures.Count > 0)
        {
            throw new Xunit.Sdk.XunitException(
                $"The generator crashed on {failures.Count} broken variant(s) of '{scenario}'. The first ones:\n" +
                string.Join("\n\n", failures.Take(3)));
        }
    }

    /// <summary>
    /// Runs the variants one after the other through one driver, as the IDE does keystroke after keystroke, and
    /// records every crash. Only the generator runs: compiling its output for each of the ~2,000 variants, as
    /// <see cref="GeneratorHarness.Run(string, string[])"/> does, would cost four times as long and prove nothing here.
    /// </summary>
    private static List<string> RunAll(IEnumerable<(string Source, string Variant)> variants)
    {
        var failures = new List<string>();
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new AgentGenerator().AsSourceGenerator()],
            parseOptions: GeneratorHarness.DefaultParseOptions);

        foreach ((string source, string variant) in variants)
        {
            driver = driver.RunGenerators(GeneratorHarness.CreateCompilation([source]), TestContext.Current.CancellationToken);
            GeneratorRunResult run = driver.GetRunResult().Results.Single();
            if (run.Exception is { } exception)
            {
                failures.Add($"{variant}: the generator threw {exception}");
            }
            else
            {
                failures.AddRange(run.Diagnostics.Where(static d => CrashIds.Contains(d.Id)).Select(d => $"{variant}: {d}"));
            }
        }

        return failures;
    }
}
