using System;
using System.Buffers;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json;
using AgentGen.Serialization.Lenient;

namespace AgentGen.Serialization;

/// <summary>Readers of JSON values from a <see cref="Utf8JsonReader"/>, used by generated code.</summary>
/// <remarks>
/// Every reader follows <see cref="JsonValueReader{T}"/>: it starts on the value's first token, ends on its last,
/// and reports a wrong value as an error in the context instead of throwing. Numbers and booleans written as strings are accepted.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static partial class JsonValueReaders
{
    /// <summary>Reads one JSON object from UTF-8 bytes into a tool value. Never throws for any input.</summary>
    /// <typeparam name="T">The tool type.</typeparam>
    /// <param name="utf8Json">The input.</param>
    /// <param name="options">The options.</param>
    /// <param name="readObject">The generated object reader.</param>
    /// <returns>The value or the errors.</returns>
    public static ToolReadResult<T> ReadTool<T>(ReadOnlySpan<byte> utf8Json, ToolReadOptions? options, JsonValueReader<T> readObject)
        where T : class
    {
        var context = new ToolReadContext(options);
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions
        {
            MaxDepth = Math.Max(1, context.Options.MaxDepth),
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        });
        try
        {
            if (!reader.Read())
            {
                context.AddError(ToolReadErrorKind.Truncated, "a JSON object", "no JSON value", 0);
                return ToolReadResult<T>.Failure(context.GetErrors());
            }

            bool ok = readObject(ref reader, ref context, out T? value);
            if (ok && !context.HasErrors && reader.Read())
            {
                context.AddError(ToolReadErrorKind.MalformedJson, "the end of the input after one object", "more content", reader.TokenStartIndex);
            }

            return ok && !context.HasErrors ? ToolReadResult<T>.Success(value!, context.Repairs) : ToolReadResult<T>.Failure(EnsureError(ref context));
        }
        catch (JsonException ex)
        {
            AddMalformed(ref context, utf8Json, ex);
            return ToolReadResult<T>.Failure(context.GetErrors());
        }
        catch (InvalidOperationException ex)
        {
            // Utf8JsonReader reports this way a string that is not valid UTF-8, or whose escapes spell a lone surrogate.
            string expected = System.Text.Unicode.Utf8.IsValid(utf8Json) ? "text without lone \\uD800-\\uDFFF escapes" : "valid UTF-8 JSON";
            context.AddError(ToolReadErrorKind.MalformedJson, expected, ex.Message, reader.TokenStartIndex);
            return ToolReadResult<T>.Failure(context.GetErrors());
        }
    }

    /// <summary>
    /// Reads a tool value from the JSON object a reader is on, for a caller reading a larger document (a saved thread),
    /// so the object is tokenized once. Leaves the reader on the object's last token.
    /// </summary>
    /// <typeparam name="T">The tool type.</typeparam>
    /// <param name="reader">The reader, on the object's first token.</param>
    /// <param name="options">The options.</param>
    /// <param name="readObject">The generated object reader.</param>
    /// <returns>The value or the errors. A wrong value is an error; malformed JSON throws the reader's <see cref="JsonException"/>.</returns>
    public static ToolReadResult<T> ReadTool<T>(ref Utf8JsonReader reader, ToolReadOptions? options, JsonValueReader<T> readObject)
        where T : class
    {
        var context = new ToolReadContext(options);
        bool ok = readObject(ref reader, ref context, out T? value);
        return ok && !context.HasErrors ? ToolReadResult<T>.Success(value!, context.Repairs) : ToolReadResult<T>.Failure(EnsureError(ref context));
    }

    private static System.Collections.Immutable.ImmutableArray<ToolReadError> EnsureError(ref ToolReadContext context)
    {
        if (!context.HasErrors)
        {
            context.AddError(ToolReadErrorKind.InvalidValue, "a valid value", null);
        }

        return context.GetErrors();
    }

    private static void AddMalformed(ref ToolReadContext context, ReadOnlySpan<byte> input, JsonException ex)
    {
        long offset = ToOffset(input, ex.LineNumber ?? 0, ex.BytePositionInLine ?? 0);
        bool truncated = offset >= input.Length || input[(int)offset..].TrimStart(" \t\r\n"u8).IsEmpty;
        if (ex.Message.Contains("maximum configured depth", StringComparison.Ordinal))
        {
            context.AddError(ToolReadErrorKind.TooDeep, "at most " + context.Options.MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels of nesting", "deeper nesting", offset);
            return;
        }

        context.AddError(
            truncated ? ToolReadErrorKind.Truncated : ToolReadErrorKind.MalformedJson,
            truncated ? "a complete JSON object" : "well-formed JSON",
            truncated ? "input ends early" : FirstSentence(ex.Message),
            Math.Min(offset, input.Length));
    }

    private static long ToOffset(ReadOnlySpan<byte> input, long line, long bytePositionInLine)
    {
        long offset = 0;
        for (long l = 0; l < line; l++)
        {
            int newline = input[(int)offset..].IndexOf((byte)'\n');
            if (newline < 0)
            {
                return input.Length;
            }

            offset += newline + 1;
        }

        return offset + bytePositionInLine;
    }

    private static string FirstSentence(string message)
    {
        int end = message.IndexOf(" LineNumber", StringComparison.Ordinal);
        return (end > 0 ? message[..end] : message).TrimEnd('.', ' ');
    }

    /// <summary>Checks that the reader is on the start of an object; otherwise records an error and skips the value.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The context.</param>
    /// <returns><see langword="true"/> on <see cref="JsonTokenType.StartObject"/>.</returns>
    public static bool ExpectObject(ref Utf8JsonReader reader, ref ToolReadContext context)
    {
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            return true;
        }

        WrongType(ref reader, ref context, "object");
        return false;
    }

    /// <summary>Moves to the next property name of the current object.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns><see langword="false"/> at the end of the object.</returns>
    public static bool NextProperty(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.PropertyName;
    }

    /// <summary>Skips the value of an unknown property, recording an error when unknown properties are disallowed.</summary>
    /// <param name="reader">The reader, on the property name.</param>
    /// <param name="context">The context.</param>
    /// <param name="known">The declared names, for the message.</param>
    public static void SkipUnknown(ref Utf8JsonReader reader, ref ToolReadContext context, string known)
    {
        bool isDiscriminator = context.Depth == 0 && context.Options.DiscriminatorPropertyName is { } discriminator && reader.ValueTextEquals(discriminator);
        if (context.Options.DisallowUnknownProperties && !isDiscriminator)
        {
            context.AddUnknownProperty(reader.GetString() ?? string.Empty, known, reader.TokenStartIndex);
        }

        reader.Read();
        reader.Skip();
    }

    /// <summary>Moves from a property name to its value.</summary>
    /// <param name="reader">The reader, on a property name.</param>
    public static void MoveToValue(ref Utf8JsonReader reader) => reader.Read();

    /// <summary>Records a wrong-type error for the current value and skips it.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The context.</param>
    /// <param name="expected">The expected JSON type.</param>
    public static void WrongType(ref Utf8JsonReader reader, ref ToolReadContext context, string expected)
    {
        context.AddError(ToolReadErrorKind.WrongType, expected, Describe(ref reader), reader.TokenStartIndex);
        reader.Skip();
    }

    /// <summary>Describes the current token for an error message, for example <c>string "ten"</c>.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The description.</returns>
    public static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.StartObject => "object",
        JsonTokenType.StartArray => "array",
        JsonTokenType.String => "string " + Quote(reader.GetString()),
        JsonTokenType.Number => "number " + Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray()),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        _ => reader.TokenType.ToString(),
    };

    internal static string Quote(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        const int MaxShown = 60;
        string shown = value.Length > MaxShown ? value[..MaxShown] + "..." : value;
        return "\"" + shown.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>Reads a non-null string.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The context.</param>
    /// <param name="value">The value.</param>
    /// <returns>Whether a value was read.</returns>
    public static bool String(ref Utf8JsonReader reader, ref ToolReadContext context, [MaybeNullWhen(false)] out string value)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            value = reader.GetString()!;
            return true;
        }

        value = null;
        WrongType(ref reader, ref context, "string");
        return false;
    }

    /// <summary>Reads a boolean (or the strings <c>"true"</c> and <c>"false"</c>).</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The context.</param>
    /// <param name="value">The value.</param>
    /// <returns>Whether a value was read.</returns>
    public static bool Boolean(ref Utf8JsonReader reader, ref ToolReadContext context, out bool value)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                value = true;
                return true;
            case JsonTokenType.False:
                value = false;
                return true;
            case JsonTokenType.String when reader.ValueTextEquals("true"u8):
                context.Note(LenientRepair.ValueInString);
                value = true;
                return true;
            case JsonTokenType.String when reader.ValueTextEquals("false"u8):
                context.Note(LenientRepair.ValueInString);
                value = false;
                return true;
            default:
                value = false;
                WrongType(ref reader, ref context, "boolean");
                return false;
        }
    }
}
