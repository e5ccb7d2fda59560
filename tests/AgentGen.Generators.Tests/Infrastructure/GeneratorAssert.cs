using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace AgentGen.Generators.Tests;

/// <summary>Assertions every generator scenario makes, whatever else it checks.</summary>
public static class GeneratorAssert
{
    /// <summary>
    /// Asserts that the generator reported nothing (except the allowed IDs), that the output compilation has no
    /// errors, and that the generated files cause no warnings (except the allowed IDs): users build with warnings
    /// as errors, so a warning in generated code breaks their build.
    /// </summary>
    /// <param name="result">The run to check.</param>
    /// <param name="allowedDiagnosticIds">Generator diagnostics and generated-code warnings the scenario expects.</param>
    public static void AssertCleanRun(GeneratorResult result, params string[] allowedDiagnosticIds)
    {
        var allowed = new HashSet<string>(allowedDiagnosticIds, StringComparer.Ordinal);
        var problems = new StringBuilder();

        Append(problems, "The generator reported diagnostics:",
            result.GeneratorDiagnostics.Where(d => !allowed.Contains(d.Id)));
        Append(problems, "The output compilation has errors:", result.CompilationErrors);
        Append(problems, "The generated code causes warnings:",
            result.GeneratedCodeWarnings.Where(d => !allowed.Contains(d.Id)));

        if (problems.Length > 0)
        {
            throw new Xunit.Sdk.XunitException(problems.ToString());
        }
    }

    /// <summary>Formats diagnostics one per line, with file, line and column, and the generated line for context.</summary>
    public static string Format(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.OrderBy(static d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(static d => d.Location.SourceSpan.Start)
            .Select(FormatOne));

    private static void Append(StringBuilder builder, string heading, IEnumerable<Diagnostic> diagnostics)
    {
        ImmutableArray<Diagnostic> list = [.. diagnostics];
        if (list.IsEmpty)
        {
            return;
        }

        builder.Append(heading).Append('\n').Append(Format(list)).Append("\n\n");
    }

    private static string FormatOne(Diagnostic diagnostic)
    {
        string message = diagnostic.ToString();
        if (diagnostic.Location.SourceTree is not { } tree)
        {
            return "  " + message;
        }

        // The offending line, so the failure is readable without opening the generated file.
        int line = diagnostic.Location.GetLineSpan().StartLinePosition.Line;
        string text = tree.GetText().Lines[line].ToString().Trim();
        return string.Create(CultureInfo.InvariantCulture, $"  {message}\n      {line + 1}: {text}");
    }
}
