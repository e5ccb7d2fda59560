using System;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Perfolizer.Horology;

namespace AgentGen.Benchmarks;

/// <summary>Runs the benchmarks; see benchmarks/README.md.</summary>
public static class Program
{
    /// <summary>
    /// Passes the arguments to BenchmarkDotNet. <c>--quick</c> runs a shorter job (3 warm-up and 10 measured iterations
    /// of 200 ms, about a minute for everything on 2 cores) and, without a <c>--filter</c>, runs every benchmark
    /// (BenchmarkDotNet would otherwise ask which ones on the console).
    /// </summary>
    /// <remarks><c>--csc</c> runs <see cref="LargeSolutionCsc"/> instead.</remarks>
    /// <param name="args">BenchmarkDotNet's command line, for example <c>--filter *Binding* --job short</c>.</param>
    public static void Main(string[] args)
    {
        if (args.Contains(LargeSolutionCscOptions.Switch, StringComparer.Ordinal))
        {
            // Not BenchmarkDotNet: the SDK's csc compiling the large solution in new processes (LargeSolutionCsc).
            Environment.ExitCode = LargeSolutionCsc.RunAsync(args).GetAwaiter().GetResult();
            return;
        }

        IConfig? config = null;
        if (args.Contains("--quick", StringComparer.Ordinal))
        {
            args = [.. args.Where(a => a != "--quick")];
            if (!args.Any(a => a is "--filter" or "-f"))
            {
                args = [.. args, "--filter", "*"];
            }

            config = DefaultConfig.Instance.AddJob(Job.Default
                .WithWarmupCount(3)
                .WithIterationCount(10)
                .WithIterationTime(TimeInterval.FromMilliseconds(200))
                .WithId("Quick"));
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}
