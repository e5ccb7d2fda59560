using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AgentGen.Generators.Tests;

/// <summary>An additional file (<c>&lt;AdditionalFiles Include="..." /&gt;</c>) held in memory.</summary>
public sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text, System.Text.Encoding.UTF8);

    /// <inheritdoc/>
    public override string Path { get; } = path;

    /// <inheritdoc/>
    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>
/// Analyzer config options held in memory: the given global options (for example
/// <c>build_property.RootNamespace</c>) and no per-file options.
/// </summary>
internal sealed class InMemoryAnalyzerConfigOptionsProvider(IReadOnlyDictionary<string, string>? globalOptions)
    : AnalyzerConfigOptionsProvider
{
    private static readonly AnalyzerConfigOptions Empty = new InMemoryAnalyzerConfigOptions(ImmutableDictionary<string, string>.Empty);

    /// <inheritdoc/>
    public override AnalyzerConfigOptions GlobalOptions { get; } = new InMemoryAnalyzerConfigOptions(
        ImmutableDictionary.CreateRange(
            AnalyzerConfigOptions.KeyComparer,
            globalOptions ?? ImmutableDictionary<string, string>.Empty));

    /// <inheritdoc/>
    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

    /// <inheritdoc/>
    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;

    private sealed class InMemoryAnalyzerConfigOptions(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) =>
            values.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => values.Keys;
    }
}
