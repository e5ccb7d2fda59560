using System;
using System.Text.Json;

namespace AgentGen.Serialization.Lenient;

public static partial class LenientJson
{
    private const string Fence = "```";

    /// <summary>
    /// Finds the object of an answer that needs nothing from the pre-pass around it: the whole trimmed text, or the trimmed
    /// body of its one code fence, when no other <c>{</c> stands outside it (so no other object could be found).
    /// </summary>
    /// <param name="text">The model's text.</param>
    /// <param name="range">Where the object's text is, from its <c>{</c> to its <c>}</c>.</param>
    /// <returns>Whether there is such an object. If a reader then reads it as strict JSON, the pre-pass finds it alone.</returns>
    internal static bool TryGetSoleObject(string text, out Range range)
    {
        range = default;
        (int start, int end) = Trim(text, 0, text.Length);
        if (end - start >= 2 && text[start] == '{' && text[end - 1] == '}')
        {
            range = start..end;
            return true;
        }

        int open = text.IndexOf(Fence, start, end - start, StringComparison.Ordinal);
        if (open < 0 || text.AsSpan(start, open - start).Contains('{'))
        {
            return false;
        }

        int body = open + Fence.Length;
        while (body < end && char.IsAsciiLetterOrDigit(text[body]))
        {
            body++; // The fence's language, as in ```json.
        }

        int close = text.IndexOf(Fence, body, end - body, StringComparison.Ordinal);
        if (close < 0 || text.AsSpan(close + Fence.Length, end - close - Fence.Length).Contains('{'))
        {
            return false;
        }

        (start, end) = Trim(text, body, close);
        range = start..end;
        return end - start >= 2 && text[start] == '{' && text[end - 1] == '}';
    }

    /// <summary>
    /// Whether the pre-pass would hand a strict JSON object to the reader as it is: no comment, no trailing comma, and either
    /// the discriminator at its top level or no sign of the function-call shape (<c>name</c>, <c>function</c>) it rewrites.
    /// </summary>
    /// <param name="utf8Json">One JSON object, as UTF-8.</param>
    /// <param name="utf8Discriminator">The property naming the chosen tool, as UTF-8.</param>
    /// <param name="mayHaveComments">Whether the text holds a <c>/</c>: then the whole object is checked, not only up to its discriminator.</param>
    /// <returns><see langword="true"/> when the object reads the same with and without the pre-pass.</returns>
    internal static bool IsReadAsWritten(ReadOnlySpan<byte> utf8Json, ReadOnlySpan<byte> utf8Discriminator, bool mayHaveComments)
    {
        if (!mayHaveComments && StartsWithName(utf8Json, utf8Discriminator))
        {
            return true; // The common case: the reader read it, and the discriminator comes first.
        }

        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = MaxDepth + 1 });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            bool named = false;
            bool functionCall = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                named |= JsonPropertyNames.Is(ref reader, utf8Discriminator);
                functionCall |= JsonPropertyNames.Is(ref reader, "name"u8) || JsonPropertyNames.Is(ref reader, "function"u8);
                if (named && !mayHaveComments)
                {
                    return true;
                }

                reader.Read();
                reader.Skip();
            }

            return !reader.Read() && (named || !functionCall);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Whether a well-formed object's first property is <paramref name="utf8Name"/>, written without escapes.</summary>
    private static bool StartsWithName(ReadOnlySpan<byte> utf8Json, ReadOnlySpan<byte> utf8Name)
    {
        ReadOnlySpan<byte> rest = utf8Json[1..].TrimStart(" \t\r\n"u8);
        return rest.Length > utf8Name.Length + 1 && rest[0] == (byte)'"' && rest[1..].StartsWith(utf8Name) && rest[utf8Name.Length + 1] == (byte)'"';
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }
}
