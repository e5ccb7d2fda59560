using System;
using System.Globalization;
using System.IO;

namespace AgentGen.Benchmarks;

/// <summary>The command line of the csc benchmark: <c>--csc [--generators] [--server] [--rounds N] [--warmup N] [--no-sdk-defaults] [--dir PATH]</c>.</summary>
/// <param name="Rounds">Measured rounds; each runs every configuration once.</param>
/// <param name="WarmupRounds">
/// Unmeasured rounds first: none by default for new processes (the <c>/reportanalyzer</c> compiles before them have read
/// every file into the page cache), two in the server (its JIT tiering up, and its loads of the analyzers and references).
/// </param>
/// <param name="Server">Whether to compile in a compiler server (<c>/shared</c>) instead of a new process per compile.</param>
/// <param name="SdkDefaults">Whether to measure the configurations with the SDK's default analyzers.</param>
/// <param name="Directory">Where the solution is written.</param>
/// <param name="Generators">
/// Whether to measure the generators instead of the analyzers: what running AgentGen's generator, or System.Text.Json's,
/// in csc adds to compiling the same files with every generated file already on disk (<see cref="LargeSolutionCscGenerators"/>).
/// </param>
internal sealed record LargeSolutionCscOptions(int Rounds, int WarmupRounds, bool Server, bool SdkDefaults, string Directory, bool Generators = false)
{
    /// <summary>The switch that selects this benchmark instead of BenchmarkDotNet.</summary>
    public const string Switch = "--csc";

    /// <summary>Reads the options after <see cref="Switch"/>.</summary>
    /// <exception cref="ArgumentException">An option is unknown or its value is missing or not a number.</exception>
    public static LargeSolutionCscOptions Parse(string[] args)
    {
        var options = new LargeSolutionCscOptions(3, -1, Server: false, SdkDefaults: true, Path.Combine(Path.GetTempPath(), "agentgen-large-solution-csc"));
        for (int i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                Switch => options,
                "--rounds" => options with { Rounds = Count(args, ++i, minimum: 1) },
                "--warmup" => options with { WarmupRounds = Count(args, ++i, minimum: 0) },
                "--server" => options with { Server = true },
                "--generators" => options with { Generators = true },
                "--no-sdk-defaults" => options with { SdkDefaults = false },
                "--dir" => options with { Directory = Value(args, ++i) },
                string unknown => throw new ArgumentException(
                    $"Unknown option '{unknown}'. The csc benchmark takes: --csc [--generators] [--server] [--rounds N] [--warmup N] [--no-sdk-defaults] [--dir PATH]."),
            };
        }

        return options.WarmupRounds >= 0 ? options : options with { WarmupRounds = options.Server ? 2 : 0 };
    }

    private static string Value(string[] args, int index) =>
        index < args.Length ? args[index] : throw new ArgumentException($"'{args[index - 1]}' needs a value.");

    private static int Count(string[] args, int index, int minimum) =>
        int.TryParse(Value(args, index), NumberStyles.None, CultureInfo.InvariantCulture, out int count) && count >= minimum
            ? count
            : throw new ArgumentException($"'{args[index - 1]}' needs a whole number of at least {minimum}; got '{args[index]}'.");
}
