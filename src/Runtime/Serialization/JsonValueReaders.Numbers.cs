using System;
using System.Buffers;
using System.Globalization;
using System.Text.Json;
using AgentGen.Serialization.Lenient;

namespace AgentGen.Serialization;

// Numbers: integers in range, floating point and decimal; accepted in strings too.
public static partial class JsonValueReaders
{
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
}
