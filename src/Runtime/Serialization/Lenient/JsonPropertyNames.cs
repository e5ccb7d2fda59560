using System;
using System.Text.Json;

namespace AgentGen.Serialization.Lenient;

/// <summary>Compares property names without throwing on names that do not unescape.</summary>
internal static class JsonPropertyNames
{
    /// <summary>
    /// Whether the property name the reader is on is <paramref name="utf8Name"/>. A name that does not unescape (a lone
    /// surrogate written as <c>\ud800</c>) is no name, where <see cref="Utf8JsonReader.ValueTextEquals(ReadOnlySpan{byte})"/> throws.
    /// </summary>
    /// <param name="reader">The reader, on a property name.</param>
    /// <param name="utf8Name">The name, unescaped UTF-8.</param>
    /// <returns>Whether the names are equal.</returns>
    public static bool Is(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8Name)
    {
        if (!reader.ValueIsEscaped)
        {
            return reader.ValueSpan.SequenceEqual(utf8Name);
        }

        try
        {
            return reader.ValueTextEquals(utf8Name);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
