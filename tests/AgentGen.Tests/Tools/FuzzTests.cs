using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace AgentGen.Tests.Tools;

/// <summary>
/// A million random and mutated inputs, each read by one of several tools in turn: reading never throws, every failure
/// says where, and every value read can be written and read again. Seeds are fixed, so a failure reproduces.
/// </summary>
public sealed class FuzzTests
{
    private const int Inputs = 1_000_000;
    private const int Partitions = 4;
    private const int Seed = 20261124;
    private const int MaxReported = 12;

    private static readonly ToolReadOptions s_disallowUnknown = new() { DisallowUnknownProperties = true };
    private static readonly ToolReadOptions s_shallow = new() { MaxDepth = 3 };

    private static readonly Func<byte[], ToolReadOptions?, string?>[] s_readers =
    [
        Check<OpenTicket>,
        Check<CollectionShapes>,
        Check<SearchLogs>,
        Check<AllPrimitives>,
    ];

    [Fact]
    public void ReadJson_never_throws_and_every_failure_names_a_path()
    {
        IReadOnlyList<byte[]> corpus = FuzzCorpus.Build();
        var problems = new ConcurrentQueue<string>();
        int successes = 0;

        // Each partition has its own seeded stream, so the inputs do not depend on thread scheduling.
        Parallel.For(0, Partitions, partition =>
        {
            var mutator = new JsonMutator(new Random(Seed + partition), corpus);
            int localSuccesses = 0;
            for (int i = partition; i < Inputs; i += Partitions)
            {
                byte[] input = mutator.Next();
                ToolReadOptions? options = (i % 9) switch { 0 => s_disallowUnknown, 1 => s_shallow, _ => null };
                string? problem = s_readers[(i / Partitions) % s_readers.Length](input, options);
                if (problem is { Length: 0 })
                {
                    localSuccesses++;
                }
                else if (problem is not null && problems.Count < MaxReported)
                {
                    problems.Enqueue($"{problem}\n    input #{i} (partition {partition}): {Convert.ToBase64String(input)}");
                }
            }

            Interlocked.Add(ref successes, localSuccesses);
        });

        Assert.True(problems.IsEmpty, string.Join("\n", problems));

        // The fuzzer must reach the success path too, or the write-back checks never run.
        Assert.InRange(successes, 1000, Inputs);
    }

    /// <summary>Reads one input; returns <see langword="null"/> for a well-reported failure, "" for a success, or the problem.</summary>
    private static string? Check<T>(byte[] input, ToolReadOptions? options)
        where T : class, ITool<T>
    {
        ToolReadResult<T> result;
        try
        {
            result = T.ReadJson(input, options);
        }
        catch (Exception ex)
        {
            return $"{T.Name}: ReadJson threw {ex.GetType().Name}: {ex.Message}";
        }

        if (!result.IsSuccess)
        {
            if (result.Errors.IsEmpty)
            {
                return $"{T.Name}: failed without an error";
            }

            foreach (ToolReadError error in result.Errors)
            {
                if (string.IsNullOrEmpty(error.Path) || error.Path[0] != '$' || string.IsNullOrEmpty(error.Message))
                {
                    return $"{T.Name}: error without a path: {error.Kind} '{error.Path}' {error.Message}";
                }
            }

            return null;
        }

        try
        {
            ToolReadResult<T> again = T.ReadJson(ToolJson.Write(result.Value));
            return again.IsSuccess ? string.Empty : $"{T.Name}: a value it read does not read back after writing: {again}";
        }
        catch (Exception ex)
        {
            return $"{T.Name}: a value it read cannot be written: {ex.GetType().Name}: {ex.Message}";
        }
    }
}
