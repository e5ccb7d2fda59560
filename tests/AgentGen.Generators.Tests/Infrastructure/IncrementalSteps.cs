using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace AgentGen.Generators.Tests;

/// <summary>Reads and asserts the tracked steps of a generator run (see <c>TrackingNames</c>).</summary>
public static class IncrementalSteps
{
    /// <summary>The key of <see cref="GeneratorResult.TrackedOutputSteps"/> for <c>RegisterSourceOutput</c>.</summary>
    public const string SourceOutput = "SourceOutput";

    /// <summary>The run reason of every output of every step tracked as <paramref name="trackingName"/>, in order.</summary>
    public static ImmutableArray<IncrementalStepRunReason> Reasons(GeneratorResult result, string trackingName) =>
        [.. Steps(result, trackingName).SelectMany(static step => step.Outputs).Select(static output => output.Reason)];

    /// <summary>
    /// Asserts that every output of the named steps and every source output was <c>Cached</c> or <c>Unchanged</c>.
    /// Fails when a named step did not run at all, so a misspelt name cannot make the assertion vacuous.
    /// </summary>
    public static void AssertAllCached(GeneratorResult result, params string[] trackingNames)
    {
        if (trackingNames.Length == 0)
        {
            throw new ArgumentException("Name the tracked steps to check (TrackingNames.*).", nameof(trackingNames));
        }

        var failures = new List<string>();
        foreach (string name in trackingNames)
        {
            if (Reasons(result, name).Any(static reason => !IsCached(reason)))
            {
                failures.Add(name);
            }
        }

        if (result.TrackedOutputSteps.TryGetValue(SourceOutput, out ImmutableArray<IncrementalGeneratorRunStep> outputs)
            && outputs.SelectMany(static step => step.Outputs).Any(static output => !IsCached(output.Reason)))
        {
            failures.Add(SourceOutput);
        }

        if (failures.Count > 0)
        {
            throw new Xunit.Sdk.XunitException(
                $"Expected every step to be Cached or Unchanged, but these were not: {string.Join(", ", failures)}.\n{Describe(result)}");
        }
    }

    /// <summary>
    /// Formats every tracked step and source output with the reasons of its outputs, for failure messages:
    /// <c>ToolModels: [Cached, Modified]</c>.
    /// </summary>
    public static string Describe(GeneratorResult result)
    {
        var builder = new StringBuilder();
        AppendSteps(builder, result.TrackedSteps);
        AppendSteps(builder, result.TrackedOutputSteps);
        return builder.ToString();
    }

    private static ImmutableArray<IncrementalGeneratorRunStep> Steps(GeneratorResult result, string trackingName)
    {
        if (result.TrackedSteps.TryGetValue(trackingName, out ImmutableArray<IncrementalGeneratorRunStep> steps))
        {
            return steps;
        }

        throw new Xunit.Sdk.XunitException(
            $"No step tracked as '{trackingName}' ran. Tracked: {string.Join(", ", result.TrackedSteps.Keys.Order(StringComparer.Ordinal))}.");
    }

    private static bool IsCached(IncrementalStepRunReason reason) =>
        reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged;

    private static void AppendSteps(
        StringBuilder builder,
        ImmutableDictionary<string, ImmutableArray<IncrementalGeneratorRunStep>> steps)
    {
        foreach (KeyValuePair<string, ImmutableArray<IncrementalGeneratorRunStep>> entry in steps.OrderBy(static e => e.Key, StringComparer.Ordinal))
        {
            IEnumerable<string> reasons = entry.Value.SelectMany(static step => step.Outputs).Select(static output => output.Reason.ToString());
            builder.Append("  ").Append(entry.Key).Append(": [").AppendJoin(", ", reasons).Append("]\n");
        }
    }
}
