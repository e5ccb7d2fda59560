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
    /// <param name="discriminator">The property naming the chosen tool.</param>
    /// <param name="mayHaveComments">Whether the text holds a <c>/</c>: then the whole object is checked, not only up to its discriminator.</param>
    /// <returns><see langword="true"/> when the object reads the same with and without the pre-pass.</returns>
    internal static bool IsReadAsWritten(ReadOnlySpan<byte> utf8Json, string discriminator, bool mayHaveComments)
    {
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
                named |= reader.ValueTextEquals(discriminator);
                functionCall |= reader.ValueTextEquals("name"u8) || reader.ValueTextEquals("function"u8);
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
