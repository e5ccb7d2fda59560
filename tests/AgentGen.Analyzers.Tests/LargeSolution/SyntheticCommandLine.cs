using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace AgentGen.Analyzers.Tests.LargeSolution;

/// <summary>
/// A synthetic solution written to disk as one command-line compile: its source files, the files AgentGen's generator
/// writes for it (run once, in this process, as <see cref="SyntheticCompilation.RunAgentGenerator"/> runs it), and a
/// response file with the options of <see cref="SyntheticCompilation.Create"/> and what a default <c>dotnet build</c>
/// also writes (a portable PDB and a reference assembly). The compile itself runs no generator, so every configuration
/// of analyzers added to it compiles the same sources with the same options.
/// </summary>
/// <remarks>
/// Run it from <see cref="Directory"/>: <c>dotnet exec csc.dll /noconfig @compile.rsp</c>, adding <c>/analyzer:</c>
/// options. Without <c>/doc</c>, as in a default build, the compiler does not parse documentation comments (the in-process
/// compilation parses them); AgentGen reads them from the trivia then.
/// </remarks>
public sealed class SyntheticCommandLine
{
    /// <summary>The response file's name, in <see cref="Directory"/>.</summary>
    public const string ResponseFileName = "compile.rsp";

    /// <summary>The assembly the compile writes, relative to <see cref="Directory"/>.</summary>
    public const string OutputPath = "out/Synthetic.dll";

    private static readonly string[] s_ownEntries = ["src", "generated", "out", ResponseFileName, "build.globalconfig"];

    private readonly string[] _references;

    private SyntheticCommandLine(string directory, string[] references, ImmutableArray<string> sourcePaths, ImmutableArray<string> generatedPaths)
    {
        Directory = directory;
        _references = references;
        SourcePaths = sourcePaths;
        GeneratedPaths = generatedPaths;
    }

    /// <summary>The directory everything was written to; the compiler runs there.</summary>
    public string Directory { get; }

    /// <summary>The response file, a full path.</summary>
    public string ResponseFile => Path.Combine(Directory, ResponseFileName);

    /// <summary>The assembly the compile writes, a full path.</summary>
    public string Output => Path.Combine(Directory, OutputPath);

    /// <summary>The solution's own files, relative to <see cref="Directory"/> (under <c>src/</c>).</summary>
    public ImmutableArray<string> SourcePaths { get; }

    /// <summary>The files AgentGen's generator wrote, relative to <see cref="Directory"/> (under <c>generated/</c>).</summary>
    public ImmutableArray<string> GeneratedPaths { get; }

    /// <summary>How many of the solution's own files were written.</summary>
    public int SourceFiles => SourcePaths.Length;

    /// <summary>How many generated files were written.</summary>
    public int GeneratedFiles => GeneratedPaths.Length;

    /// <summary>
    /// Generates and writes <paramref name="solution"/> under <paramref name="directory"/>, replacing what an earlier
    /// call wrote there (and nothing else).
    /// </summary>
    /// <param name="solution">The solution.</param>
    /// <param name="directory">Where to write it; created when missing.</param>
    /// <param name="references">The reference assemblies, full paths: a target framework's reference pack, plus the AgentGen runtime and Microsoft.Extensions.AI.Abstractions, which the solution uses.</param>
    /// <param name="targetFramework">The target framework the build properties name, for example <c>net10.0</c> (analyzers that read them see a project of that framework).</param>
    /// <param name="cancellationToken">Cancels generation.</param>
    /// <exception cref="InvalidOperationException">The generator failed, reported something, or wrote another number of files than the solution's tools, unions and agents (and the registry).</exception>
    public static SyntheticCommandLine Write(
        SyntheticSolution solution, string directory, IEnumerable<string> references, string targetFramework, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(solution);
        ArgumentNullException.ThrowIfNull(references);
        directory = Path.GetFullPath(directory);
        ImmutableArray<GeneratedSourceResult> generated = Generate(solution, cancellationToken);

        foreach (string entry in s_ownEntries)
        {
            string path = Path.Combine(directory, entry);
            if (System.IO.Directory.Exists(path))
            {
                System.IO.Directory.Delete(path, recursive: true);
            }
            else if (File.Exists(path))
            {
                File.Delete(path);
            }
        }

        ImmutableArray<string> sources = [.. solution.Files.Select(file => WriteText(directory, "src/" + file.Path, file.Text))];
        ImmutableArray<string> generatedPaths = [.. generated.Select(source => WriteText(directory, "generated/" + source.HintName, source.SourceText.ToString()))];

        System.IO.Directory.CreateDirectory(Path.Combine(directory, "out", "ref"));
        WriteText(directory, "build.globalconfig", GlobalConfig(directory, targetFramework));
        var written = new SyntheticCommandLine(directory, [.. references], sources, generatedPaths);
        written.WriteResponseFile(
            ResponseFileName,
            $"AgentGen's synthetic solution ({solution.Files.Count} files, {solution.Shape.Tools} tools, {solution.Shape.Agents} agents) and the\n" +
            $"# {generated.Length} files AgentGen's generator wrote for it, as one compile.",
            [.. sources, .. generatedPaths]);
        return written;
    }

    /// <summary>Writes a file under <see cref="Directory"/>, creating its folder.</summary>
    /// <param name="relativePath">The path, relative to <see cref="Directory"/>, with <c>/</c> separators.</param>
    /// <param name="text">The text, written as UTF-8 without a byte order mark.</param>
    /// <returns><paramref name="relativePath"/>, as a response file lists it.</returns>
    public string WriteFile(string relativePath, string text) => WriteText(Directory, relativePath, text);

    /// <summary>
    /// Writes a response file with this compile's options and references (those of <see cref="ResponseFileName"/>) and
    /// the given source files, for example another selection of the files written here.
    /// </summary>
    /// <param name="name">The response file's name, in <see cref="Directory"/>.</param>
    /// <param name="description">What it compiles, for its header comment (lines after the first start with <c># </c>).</param>
    /// <param name="files">The source files, relative to <see cref="Directory"/>.</param>
    /// <returns><paramref name="name"/>.</returns>
    public string WriteResponseFile(string name, string description, IEnumerable<string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        WriteText(Directory, name, ResponseFileText(name, description, _references, files));
        return name;
    }

    private static ImmutableArray<GeneratedSourceResult> Generate(SyntheticSolution solution, CancellationToken cancellationToken)
    {
        Compilation input = SyntheticCompilation.Create(SyntheticCompilation.Parse(solution.Files, cancellationToken));
        (_, GeneratorDriverRunResult run) = SyntheticCompilation.RunAgentGenerator(input, cancellationToken);
        GeneratorRunResult result = run.Results.Single();
        int expected = solution.Shape.Tools + (2 * solution.Shape.Agents) + 1;
        if (result.Exception is not null || !result.Diagnostics.IsEmpty || result.GeneratedSources.Length != expected)
        {
            throw new InvalidOperationException(
                $"AgentGen's generator wrote {result.GeneratedSources.Length} files (expected {expected}), reported " +
                $"[{string.Join("; ", result.Diagnostics)}] and threw {result.Exception?.ToString() ?? "nothing"}: run the LargeSolution tests to see why.");
        }

        return result.GeneratedSources;
    }

    /// <summary>
    /// The global analyzer configuration of the compile: the build properties a default build passes analyzers
    /// (<c>*.GeneratedMSBuildEditorConfig.editorconfig</c>) for a library named Synthetic, and AgentGen's rules that are
    /// below warnings raised to warnings, because csc prints no info diagnostic: a false positive of theirs must show.
    /// </summary>
    /// <param name="directory">The project directory the properties name.</param>
    /// <param name="targetFramework">The target framework they name, for example <c>net10.0</c>.</param>
    public static string GlobalConfig(string directory, string targetFramework)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(targetFramework);
        string version = targetFramework["net".Length..];
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"""
            is_global = true
            build_property.TargetFramework = {targetFramework}
            build_property.TargetFrameworkIdentifier = .NETCoreApp
            build_property.TargetFrameworkVersion = v{version}
            build_property._SupportedPlatformList = Linux,macOS,Windows
            build_property.RootNamespace = Synthetic
            build_property.ProjectDir = {directory.TrimEnd('/', '\\')}/
            build_property.EffectiveAnalysisLevelStyle = {version}

            """);
        IEnumerable<string> quiet = SyntheticCompilation.AgentGenAnalyzers()
            .SelectMany(a => a.SupportedDiagnostics)
            .Where(d => d.IsEnabledByDefault && d.DefaultSeverity < DiagnosticSeverity.Warning)
            .Select(d => d.Id)
            .Distinct()
            .Order(StringComparer.Ordinal);
        foreach (string id in quiet)
        {
            text.Append("dotnet_diagnostic.").Append(id).Append(".severity = warning\n");
        }

        return text.ToString();
    }

    private static string ResponseFileText(string name, string description, IEnumerable<string> references, IEnumerable<string> sources)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"""
            # {description} Run from this directory:
            #   dotnet exec <sdk>/Roslyn/bincore/csc.dll /noconfig @{name} [/analyzer:...]
            # The options of SyntheticCompilation.Create (a library, nullable on, the latest C#, deterministic), and what a
            # default `dotnet build` (Debug) also writes: a portable PDB and a reference assembly. build.globalconfig holds the
            # build properties analyzers read, and raises AgentGen's info rules to warnings (csc prints no info diagnostic).
            /nologo
            /target:library
            /out:{OutputPath}
            /refout:out/ref/Synthetic.dll
            /debug:portable
            /optimize-
            /deterministic+
            /nullable:enable
            /langversion:latest
            /nostdlib+
            /nowarn:1701,1702
            /utf8output
            /analyzerconfig:build.globalconfig

            """);
        foreach (string reference in references)
        {
            text.Append("/reference:").Append(Quote(reference)).Append('\n');
        }

        foreach (string source in sources)
        {
            text.Append(Quote(source)).Append('\n');
        }

        return text.ToString();
    }

    private static string WriteText(string directory, string relativePath, string text)
    {
        string path = Path.Combine(directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return relativePath;
    }

    private static string Quote(string path) =>
        path.Contains('"', StringComparison.Ordinal)
            ? throw new ArgumentException($"The path {path} has a double quote, which a response file cannot hold: move it.", nameof(path))
            : path.Contains(' ', StringComparison.Ordinal) ? "\"" + path + "\"" : path;
}
