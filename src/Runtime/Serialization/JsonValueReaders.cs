using System;
using System.Buffers;
using System.Buffers.Text;
using System.Collections.Generic;
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
public static class JsonValueReaders
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

    /// <summary>Reads a 32-bit integer.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The context.</param>
    /// <param name="value">The value.</param>
    /// <returns>Whether a value was read.</returns>
    public static bool Int32(ref Utf8JsonReader reader, ref ToolReadContext context, out int value)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out value))
        {
            return true;
        }

        return Integer(ref reader, ref context, int.MinValue, int.MaxValue, "integer", out value);
    }

    /// <summary>Reads a 64-bit integer.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The context.</param>
    /// <param name="value">The value.</param>
    /// <returns>Whether a value was read.</returns>
    public static bool Int64(ref Utf8JsonReader reader, ref ToolReadContext context, out long value)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out value))
        {
            return true;
        }

        return Integer(ref reader, ref context, long.MinValue, long.MaxValue, "integer", out value);
    }

    /// <summary>Reads a 16-bit integer.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The context.</param>
    /// <param name="value">The value.</param>
    /// <returns>Whether a value was read.</returns>
    public static bool Int16(ref Utf8JsonReader reader, ref ToolReadContext context, out short value)
    {
        bool ok = Integer(ref reader, ref context, short.MinValue, short.MaxValue, "integer", out long wide);
        value = (short)wide;
        return ok;
    }

    /// <summary>Reads an 8-bit signed integer.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The context.</param>
    /// <param name="value">The value.</param>
    /// <returns>Whether a value was read.</returns>
    public static bool SByte(ref Utf8JsonReader reader, ref ToolReadContext context, out sbyte value)
    {
        bool ok = Integer(ref reader, ref context, sbyte.MinValue, sbyte.MaxValue, "integer", out long wide);
        value = (sbyte)wide;
        return ok;
    }

    /// <summary>Reads an 8-bit unsigned integer.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The context.</param>
    /// <param name="value">The value.</param>
    /// <returns>Whether a value was read.</returns>
    public static bool Byte(ref Utf8JsonReader reader, ref ToolReadContext context, out byte value)
    {
        bool ok = Integer(ref reader, ref context, byte.MinValue, byte.MaxValue, "integer", out long wide);
        value = (byte)wide;
        return ok;
    }

    /// <summary>Reads a 16-bit unsigned integer.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The context.</param>
    /// <param name="value">The value.</param>
    /// <returns>Whether a value was read.</returns>
    public static bool UInt16(ref Utf8JsonReader reader, ref ToolReadContext context, out ushort value)
    {
        bool ok = Integer(ref reader, ref context, ushort.MinValue, ushort.MaxValue, "integer", out long wide);
        value = (ushort)wide;
        return ok;
    }

    /// <summary>Reads a 32-bit unsigned integer.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The context.</param>
    /// <param name="value">The value.</param>
    /// <returns>Whether a value was read.</returns>
    public static bool UInt32(ref Utf8JsonReader reader, ref ToolReadContext context, out uint value)
    {
        bool ok = Integer(ref reader, ref context, uint.MinValue, uint.MaxValue, "integer", out long wide);
        value = (uint)wide;
        return ok;
    }

    /// <summary>Reads a 64-bit unsigned integer.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The context.</param>
    /// <param name="value">The value.</param>
    /// <returns>Whether a value was read.</returns>
    public static bool UInt64(ref Utf8JsonReader reader, ref ToolReadContext context, out ulong value)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetUInt64(out value))
        {
            return true;
        }

        if (reader.TokenType == JsonTokenType.String && ulong.TryParse(reader.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out value))
        {
            context.Note(LenientRepair.ValueInString);
            return true;
        }

        value = 0;
        string range = "integer between 0 and " + ulong.MaxValue.ToString(CultureInfo.InvariantCulture);
        if (IsWholeNumber(ref reader))
        {
            context.AddError(ToolReadErrorKind.InvalidValue, range, Describe(ref reader), reader.TokenStartIndex);
        }
        else
        {
            WrongType(ref reader, ref context, range);
        }

        return false;
    }

    private static bool Integer(ref Utf8JsonReader reader, ref ToolReadContext context, long min, long max, string expected, out long value)
    {
        bool parsed = reader.TokenType switch
        {
            JsonTokenType.Number => reader.TryGetInt64(out value) || TryIntegralDouble(ref reader, out value),
            JsonTokenType.String => long.TryParse(reader.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out value),
            _ => Fail(out value),
        };
        if (parsed && value >= min && value <= max)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                context.Note(LenientRepair.ValueInString);
            }

            return true;
        }

        string range = string.Create(CultureInfo.InvariantCulture, $"{expected} between {min} and {max}");
        if (parsed || IsWholeNumber(ref reader))
        {
            // A whole number, just not one that fits.
            context.AddError(ToolReadErrorKind.InvalidValue, range, Describe(ref reader), reader.TokenStartIndex);
        }
        else
        {
            WrongType(ref reader, ref context, expected);
        }

        value = 0;
        return false;
    }

    /// <summary>Whether the current token is a number with no fractional part, however large.</summary>
    private static bool IsWholeNumber(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            return false;
        }

        ReadOnlySpan<byte> text = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        return text.IndexOfAny(".eE"u8) < 0 || (reader.TryGetDouble(out double d) && double.IsFinite(d) && Math.Floor(d) == d);
    }

    private static bool Integer(ref Utf8JsonReader reader, ref ToolReadContext context, int min, int max, string expected, out int value)
    {
        bool ok = Integer(ref reader, ref context, (long)min, max, expected, out long wide);
        value = (int)wide;
        return ok;
    }

    private static bool TryIntegralDouble(ref Utf8JsonReader reader, out long value)
    {
        // 10.0 and 1e3 are integers too.
        // Only a number written with a fraction or exponent (10.0, 1e3) is read through double, and
        // (double)long.MaxValue is 2^63: the upper bound must be exclusive or the cast saturates.
        ReadOnlySpan<byte> text = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        if (text.IndexOfAny(".eE"u8) >= 0 && reader.TryGetDouble(out double d) && Math.Floor(d) == d && d >= long.MinValue && d < 9223372036854775808d)
        {
            value = (long)d;
            return true;
        }

        value = 0;
        return false;
    }

    private static bool Fail(out long value)
    {
        value = 0;
        return false;
    }

    /// <summary>Reads a double-precision number.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The context.</param>
    /// <param name="value">The value.</param>
    /// <returns>Whether a value was read.</returns>
    public static bool Double(ref Utf8JsonReader reader, ref ToolReadContext context, out double value)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out value) && double.IsFinite(value))
        {
            return true;
        }

        if (reader.TokenType == JsonTokenType.String && double.TryParse(reader.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value))
        {
            context.Note(LenientRepair.ValueInString);
            return true;
        }

        value = 0;
        WrongType(ref reader, ref context, "number");
        return false;
    }

    /// <summary>Reads a single-precision number.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The context.</param>
    /// <param name="value">The value.</param>
    /// <returns>Whether a value was read.</returns>
    public static bool Single(ref Utf8JsonReader reader, ref ToolReadContext context, out float value)
    {
        bool ok = Double(ref reader, ref context, out double wide);
        value = (float)wide;
        if (ok && !float.IsFinite(value))
        {
            context.AddError(ToolReadErrorKind.InvalidValue, "number within the range of a 32-bit float", "number " + wide.ToString(CultureInfo.InvariantCulture), reader.TokenStartIndex);
            return false;
        }

        return ok;
    }

    /// <summary>Reads a decimal number.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The context.</param>
    /// <param name="value">The value.</param>
    /// <returns>Whether a value was read.</returns>
    public static bool Decimal(ref Utf8JsonReader reader, ref ToolReadContext context, out decimal value)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out value))
        {
            return true;
        }

        if (reader.TokenType == JsonTokenType.String && decimal.TryParse(reader.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            context.Note(LenientRepair.ValueInString);
            return true;
        }

        value = 0;
        WrongType(ref reader, ref context, "number");
        return false;
    }

    /// <summary>Reads an ISO 8601 date and time with offset.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The context.</param>
    /// <param name="value">The value.</param>
    /// <returns>Whether a value was read.</returns>
    public static bool DateTimeOffset(ref Utf8JsonReader reader, ref ToolReadContext context, out DateTimeOffset value)
    {
        if (reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out value))
        {
            return true;
        }

        return Formatted(ref reader, ref context, "string in date-time format (ISO 8601)", out value);
    }

    /// <summary>Reads an ISO 8601 date and time.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The context.</param>
    /// <param name="value">The value.</param>
    /// <returns>Whether a value was read.</returns>
    public static bool DateTime(ref Utf8JsonReader reader, ref ToolReadContext context, out DateTime value)
    {
        if (reader.TokenType == JsonTokenType.String && reader.TryGetDateTime(out value))
        {
            return true;
        }

        return Formatted(ref reader, ref context, "string in date-time format (ISO 8601)", out value);
    }

    /// <summary>Reads a GUID.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The context.</param>
    /// <param name="value">The value.</param>
    /// <returns>Whether a value was read.</returns>
    public static bool Guid(ref Utf8JsonReader reader, ref ToolReadContext context, out Guid value)
    {
        if (reader.TokenType == JsonTokenType.String && reader.TryGetGuid(out value))
        {
            return true;
        }

        return Formatted(ref reader, ref context, "string in uuid format", out value);
    }

    /// <summary>Reads an ISO 8601 date (<c>yyyy-MM-dd</c>).</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The context.</param>
    /// <param name="value">The value.</param>
    /// <returns>Whether a value was read.</returns>
    public static bool DateOnly(ref Utf8JsonReader reader, ref ToolReadContext context, out DateOnly value)
    {
        if (reader.TokenType == JsonTokenType.String && System.DateOnly.TryParseExact(reader.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value))
        {
            return true;
        }

        return Formatted(ref reader, ref context, "string in date format (yyyy-MM-dd)", out value);
    }

    /// <summary>Reads an ISO 8601 time of day.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The context.</param>
    /// <param name="value">The value.</param>
    /// <returns>Whether a value was read.</returns>
    public static bool TimeOnly(ref Utf8JsonReader reader, ref ToolReadContext context, out TimeOnly value)
    {
        if (reader.TokenType == JsonTokenType.String && System.TimeOnly.TryParse(reader.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out value))
        {
            return true;
        }

        return Formatted(ref reader, ref context, "string in time format (HH:mm:ss)", out value);
    }

    /// <summary>Reads a time span written as <c>[-][d.]hh:mm:ss[.fffffff]</c>.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The context.</param>
    /// <param name="value">The value.</param>
    /// <returns>Whether a value was read.</returns>
    public static bool TimeSpan(ref Utf8JsonReader reader, ref ToolReadContext context, out TimeSpan value)
    {
        if (reader.TokenType == JsonTokenType.String && System.TimeSpan.TryParseExact(reader.GetString(), "c", CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        return Formatted(ref reader, ref context, "string in duration format ([d.]hh:mm:ss)", out value);
    }

    /// <summary>Reads an absolute or relative URI.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The context.</param>
    /// <param name="value">The value.</param>
    /// <returns>Whether a value was read.</returns>
    public static bool Uri(ref Utf8JsonReader reader, ref ToolReadContext context, [MaybeNullWhen(false)] out Uri value)
    {
        if (reader.TokenType == JsonTokenType.String && System.Uri.TryCreate(reader.GetString(), UriKind.RelativeOrAbsolute, out value))
        {
            return true;
        }

        value = null;
        WrongType(ref reader, ref context, "string in uri format");
        return false;
    }

    private static bool Formatted<T>(ref Utf8JsonReader reader, ref ToolReadContext context, string expected, out T value)
        where T : struct
    {
        value = default;
        if (reader.TokenType == JsonTokenType.String)
        {
            context.AddError(ToolReadErrorKind.InvalidValue, expected, Describe(ref reader), reader.TokenStartIndex);
        }
        else
        {
            WrongType(ref reader, ref context, expected);
        }

        return false;
    }

    /// <summary>Reads a value that may be <c>null</c>.</summary>
    /// <typeparam name="T">The underlying value type.</typeparam>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The context.</param>
    /// <param name="read">The reader of a non-null value.</param>
    /// <param name="value">The value.</param>
    /// <returns>Whether a value (possibly <see langword="null"/>) was read.</returns>
    public static bool Nullable<T>(ref Utf8JsonReader reader, ref ToolReadContext context, JsonValueReader<T> read, out T? value)
        where T : struct
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            value = null;
            return true;
        }

        bool ok = read(ref reader, ref context, out T inner);
        value = ok ? inner : null;
        return ok;
    }

    /// <summary>Reads a reference that may be <c>null</c>.</summary>
    /// <typeparam name="T">The reference type.</typeparam>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The context.</param>
    /// <param name="read">The reader of a non-null value.</param>
    /// <param name="value">The value.</param>
    /// <returns>Whether a value (possibly <see langword="null"/>) was read.</returns>
    public static bool NullableReference<T>(ref Utf8JsonReader reader, ref ToolReadContext context, JsonValueReader<T> read, out T? value)
        where T : class
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            value = null;
            return true;
        }

        return read(ref reader, ref context, out value);
    }

    /// <summary>Reads a JSON array into a list.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The context.</param>
    /// <param name="readElement">The element reader.</param>
    /// <param name="value">The list.</param>
    /// <returns>Whether every element was read.</returns>
    public static bool List<T>(ref Utf8JsonReader reader, ref ToolReadContext context, JsonValueReader<T> readElement, [MaybeNullWhen(false)] out List<T> value)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            value = null;
            WrongType(ref reader, ref context, "array");
            return false;
        }

        var list = new List<T>();
        bool ok = true;
        int index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            context.Enter(index++);
            if (readElement(ref reader, ref context, out T? element))
            {
                list.Add(element);
            }
            else
            {
                ok = false;
            }

            context.Exit();
        }

        value = ok ? list : null;
        return ok;
    }

    /// <summary>Reads a JSON array into an array.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The context.</param>
    /// <param name="readElement">The element reader.</param>
    /// <param name="value">The array.</param>
    /// <returns>Whether every element was read.</returns>
    public static bool Array<T>(ref Utf8JsonReader reader, ref ToolReadContext context, JsonValueReader<T> readElement, [MaybeNullWhen(false)] out T[] value)
    {
        bool ok = List(ref reader, ref context, readElement, out List<T>? list);
        value = ok ? list!.ToArray() : null;
        return ok;
    }

    /// <summary>Reads a JSON object with arbitrary string keys into a dictionary.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The context.</param>
    /// <param name="readValue">The value reader.</param>
    /// <param name="value">The dictionary.</param>
    /// <returns>Whether every entry was read.</returns>
    public static bool Dictionary<T>(ref Utf8JsonReader reader, ref ToolReadContext context, JsonValueReader<T> readValue, [MaybeNullWhen(false)] out Dictionary<string, T> value)
    {
        if (!ExpectObject(ref reader, ref context))
        {
            value = null;
            return false;
        }

        var dictionary = new Dictionary<string, T>(StringComparer.Ordinal);
        bool ok = true;
        while (NextProperty(ref reader))
        {
            string key = reader.GetString()!;
            reader.Read();
            context.Enter(key);
            if (readValue(ref reader, ref context, out T? element))
            {
                dictionary[key] = element;
            }
            else
            {
                ok = false;
            }

            context.Exit();
        }

        value = ok ? dictionary : null;
        return ok;
    }
}
