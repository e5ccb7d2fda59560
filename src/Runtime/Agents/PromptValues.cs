using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;

namespace AgentGen.Agents;

/// <summary>Formats the values that fill a prompt's <c>{{placeholders}}</c>, used by generated step bodies.</summary>
/// <remarks>Chosen by overload resolution at compile time; nothing is reflected on.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class PromptValues
{
    /// <summary>A string, as it is.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string Format(string? value) => value ?? string.Empty;

    /// <summary>A tool value, as compact YAML-ish lines.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string Format(ITool? value) => value is null ? string.Empty : XmlContextRenderer.YamlOf(value);

    /// <summary>A list of strings, one per line.</summary>
    /// <param name="values">The values.</param>
    /// <returns>The text.</returns>
    public static string Format(IEnumerable<string>? values) => values is null ? string.Empty : string.Join("\n", values);

    /// <summary>A number, date or other formattable value, in the invariant culture.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string Format(IFormattable? value) => value?.ToString(null, CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>Any other value, by its <see cref="object.ToString"/>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string Format(object? value) => value?.ToString() ?? string.Empty;
}
