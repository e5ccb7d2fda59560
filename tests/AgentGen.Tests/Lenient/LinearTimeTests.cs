using System;
using System.Diagnostics;
using System.Text;
using AgentGen.Serialization.Lenient;

namespace AgentGen.Tests.Lenient;

/// <summary>Runs alone (after the parallel tests), so other tests' load does not skew the ratio.</summary>
[CollectionDefinition(nameof(LinearTimeTests), DisableParallelization = true)]
public sealed class LinearTimeCollection;

/// <summary>The pre-pass takes time proportional to its input.</summary>
[Collection(nameof(LinearTimeTests))]
public sealed class LinearTimeTests
{
    [Fact]
    public void Time_grows_linearly_with_the_input()
    {
        static string Input(int size)
        {
            var builder = new StringBuilder(size + 200);
            while (builder.Length < size)
            {
                builder.Append("Thought {x} and {'intent': 'a', b: [1, 2,], c: True, // note\n d: 'it\\'s'} ");
            }

            return builder.ToString();
        }

        string small = Input(10_000);
        string large = Input(1_000_000);
        LenientJson.Parse(large); // Warm up.

        // Interleaved rounds, so both sizes see the same load on a shared machine; the fastest round of each counts.
        double smallTime = double.MaxValue, largeTime = double.MaxValue;
        for (int round = 0; round < 5; round++)
        {
            smallTime = Math.Min(smallTime, Time(() =>
            {
                for (int i = 0; i < 10; i++)
                {
                    LenientJson.Parse(small);
                }
            }) / 10);
            largeTime = Math.Min(largeTime, Time(() => LenientJson.Parse(large)));
        }

        // Linear is ~100x (measured 96x to 98x), n log n ~150x, n^1.5 1,000x, quadratic 10,000x. The bound leaves 4x
        // room for a loaded, shared machine (large inputs also pay for the large-object heap) and still fails n^1.3.
        Assert.True(largeTime / smallTime <= 400, $"100x input took {largeTime / smallTime:F0}x the time");
        int perSmall = LenientJson.Parse(small).Candidates.Length;
        Assert.InRange(LenientJson.Parse(large).Candidates.Length, perSmall * 99, perSmall * 101);
    }

    private static double Time(Action action)
    {
        GC.Collect();
        long start = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
}
