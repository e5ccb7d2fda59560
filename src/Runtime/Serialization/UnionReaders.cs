using System;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace AgentGen.Serialization;

/// <summary>Helpers for reading next-step unions, used by generated code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class UnionReaders
{
    private static readonly ToolReadOptions s_defaultWithIntent = new() { DiscriminatorPropertyName = "intent" };

    /// <summary>The failure for a tool name that is not one of the union's members.</summary>
    /// <typeparam name="TUnion">The union type.</typeparam>
    /// <param name="name">The name the model used.</param>
    /// <param name="toolNames">The members' names, comma-separated.</param>
    /// <returns>A failed result with one <see cref="ToolReadErrorKind.UnknownTool"/> error.</returns>
    public static ToolReadResult<TUnion> UnknownTool<TUnion>(string? name, string toolNames)
        where TUnion : class =>
        ToolReadResult<TUnion>.Failure([new ToolReadError(ToolReadErrorKind.UnknownTool, "$", "one of " + toolNames, name is null ? null : "tool " + JsonValueReaders.Quote(name))]);

    /// <summary>Returns options that skip the discriminator property, allocating only when custom options that name another one were given.</summary>
    /// <param name="options">The caller's options.</param>
    /// <param name="discriminator">The discriminator property.</param>
    /// <returns>The options to read the chosen member with.</returns>
    public static ToolReadOptions WithDiscriminator(ToolReadOptions? options, string discriminator) =>
        options is null && discriminator == s_defaultWithIntent.DiscriminatorPropertyName
            ? s_defaultWithIntent
            : options?.DiscriminatorPropertyName == discriminator ? options : (options ?? ToolReadOptions.Default) with { DiscriminatorPropertyName = discriminator };

    /// <summary>Finds the top-level discriminator of a JSON object without reading the rest.</summary>
    /// <typeparam name="TUnion">The union type.</typeparam>
    /// <param name="utf8Json">The input.</param>
    /// <param name="discriminator">The property that names the tool.</param>
    /// <param name="toolNames">The members' names, comma-separated, for the error message.</param>
    /// <param name="value">The tool name.</param>
    /// <param name="failure">The failure when there is no usable discriminator.</param>
    /// <returns>Whether a discriminator string was found.</returns>
    public static bool TryReadDiscriminator<TUnion>(ReadOnlySpan<byte> utf8Json, string discriminator, string toolNames, out string value, out ToolReadResult<TUnion> failure)
        where TUnion : class
    {
        value = string.Empty;
        failure = default;
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                string found = reader.TokenType == JsonTokenType.None ? "no JSON value" : JsonValueReaders.Describe(ref reader);
                failure = ToolReadResult<TUnion>.Failure([new ToolReadError(ToolReadErrorKind.WrongType, "$", "object", found, reader.TokenStartIndex)]);
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool isDiscriminator = IsName(ref reader, discriminator);
                reader.Read();
                if (!isDiscriminator)
                {
                    reader.Skip();
                    continue;
                }

                if (reader.TokenType == JsonTokenType.String)
                {
                    if (TryGetString(ref reader, out value))
                    {
                        return true;
                    }

                    // A lone surrogate written as an escape (\ud800) is valid JSON but no string: no tool has that name.
                    failure = UnknownTool<TUnion>(System.Text.Encoding.UTF8.GetString(reader.ValueSpan), toolNames);
                    return false;
                }

                failure = ToolReadResult<TUnion>.Failure([new ToolReadError(ToolReadErrorKind.WrongType, "$." + discriminator, "string, one of " + toolNames, JsonValueReaders.Describe(ref reader), reader.TokenStartIndex)]);
                return false;
            }

            failure = ToolReadResult<TUnion>.Failure([new ToolReadError(ToolReadErrorKind.MissingProperty, "$." + discriminator, "string, one of " + toolNames, null)]);
            return false;
        }
        catch (JsonException)
        {
            // Let the full reader describe the malformed input precisely.
            failure = JsonValueReaders.ReadTool<TUnion>(utf8Json, null, static (ref Utf8JsonReader r, ref ToolReadContext c, [MaybeNullWhen(false)] out TUnion v) =>
            {
                v = null;
                r.Skip();
                return false;
            });
            return false;
        }
    }

    /// <summary>Whether the current property is <paramref name="name"/>; a name holding a lone surrogate is no name.</summary>
    private static bool IsName(ref Utf8JsonReader reader, string name)
    {
        try
        {
            return reader.ValueTextEquals(name);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool TryGetString(ref Utf8JsonReader reader, out string value)
    {
        try
        {
            value = reader.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            value = string.Empty;
            return false;
        }
    }
}
