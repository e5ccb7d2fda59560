using System;
using System.Globalization;
using System.Text.Json;

namespace AgentGen.Serialization;

// Numbers: integers in range, floating point and decimal, from JSON numbers, strings or CLR values.
public static partial class ArgumentValueReaders
{
    /// <summary>Binds a 32-bit integer.</summary>
    /// <param name="value">The value.</param>
    /// <param name="context">The context.</param>
    /// <param name="result">The result.</param>
    /// <returns>Whether a value was bound.</returns>
    public static bool Int32(ArgumentValue value, ref ToolReadContext context, out int result)
    {
        bool ok = Integer(value, ref context, int.MinValue, int.MaxValue, out long wide);
        result = (int)wide;
        return ok;
    }

    /// <summary>Binds a 64-bit integer.</summary>
    /// <param name="value">The value.</param>
    /// <param name="context">The context.</param>
    /// <param name="result">The result.</param>
    /// <returns>Whether a value was bound.</returns>
    public static bool Int64(ArgumentValue value, ref ToolReadContext context, out long result) =>
        Integer(value, ref context, long.MinValue, long.MaxValue, out result);

    /// <summary>Binds a 16-bit integer.</summary>
    /// <param name="value">The value.</param>
    /// <param name="context">The context.</param>
    /// <param name="result">The result.</param>
    /// <returns>Whether a value was bound.</returns>
    public static bool Int16(ArgumentValue value, ref ToolReadContext context, out short result)
    {
        bool ok = Integer(value, ref context, short.MinValue, short.MaxValue, out long wide);
        result = (short)wide;
        return ok;
    }

    /// <summary>Binds an 8-bit signed integer.</summary>
    /// <param name="value">The value.</param>
    /// <param name="context">The context.</param>
    /// <param name="result">The result.</param>
    /// <returns>Whether a value was bound.</returns>
    public static bool SByte(ArgumentValue value, ref ToolReadContext context, out sbyte result)
    {
        bool ok = Integer(value, ref context, sbyte.MinValue, sbyte.MaxValue, out long wide);
        result = (sbyte)wide;
        return ok;
    }

    /// <summary>Binds an 8-bit unsigned integer.</summary>
    /// <param name="value">The value.</param>
    /// <param name="context">The context.</param>
    /// <param name="result">The result.</param>
    /// <returns>Whether a value was bound.</returns>
    public static bool Byte(ArgumentValue value, ref ToolReadContext context, out byte result)
    {
        bool ok = Integer(value, ref context, byte.MinValue, byte.MaxValue, out long wide);
        result = (byte)wide;
        return ok;
    }

    /// <summary>Binds a 16-bit unsigned integer.</summary>
    /// <param name="value">The value.</param>
    /// <param name="context">The context.</param>
    /// <param name="result">The result.</param>
    /// <returns>Whether a value was bound.</returns>
    public static bool UInt16(ArgumentValue value, ref ToolReadContext context, out ushort result)
    {
        bool ok = Integer(value, ref context, ushort.MinValue, ushort.MaxValue, out long wide);
        result = (ushort)wide;
        return ok;
    }

    /// <summary>Binds a 32-bit unsigned integer.</summary>
    /// <param name="value">The value.</param>
    /// <param name="context">The context.</param>
    /// <param name="result">The result.</param>
    /// <returns>Whether a value was bound.</returns>
    public static bool UInt32(ArgumentValue value, ref ToolReadContext context, out uint result)
    {
        bool ok = Integer(value, ref context, uint.MinValue, uint.MaxValue, out long wide);
        result = (uint)wide;
        return ok;
    }

    /// <summary>Binds a 64-bit unsigned integer.</summary>
    /// <param name="value">The value.</param>
    /// <param name="context">The context.</param>
    /// <param name="result">The result.</param>
    /// <returns>Whether a value was bound.</returns>
    public static bool UInt64(ArgumentValue value, ref ToolReadContext context, out ulong result)
    {
        if (value.TryGetElement(out JsonElement element) && element.ValueKind == JsonValueKind.Number && element.TryGetUInt64(out result))
        {
            return true;
        }

        if (value.RawValue is ulong u)
        {
            result = u;
            return true;
        }

        if (Integer(value, ref context, 0, long.MaxValue, out long wide))
        {
            result = (ulong)wide;
            return true;
        }

        result = 0;
        return false;
    }

    private static bool Integer(ArgumentValue value, ref ToolReadContext context, long min, long max, out long result)
    {
        bool parsed;
        if (value.TryGetElement(out JsonElement element))
        {
            parsed = element.ValueKind switch
            {
                JsonValueKind.Number => element.TryGetInt64(out result) || (element.TryGetDouble(out double d) && IsIntegral(d, out result)),
                JsonValueKind.String => long.TryParse(element.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out result),
                _ => Fail(out result),
            };
        }
        else
        {
            parsed = value.RawValue switch
            {
                long l => Succeed(l, out result),
                int i => Succeed(i, out result),
                short s => Succeed(s, out result),
                byte b => Succeed(b, out result),
                sbyte sb => Succeed(sb, out result),
                ushort us => Succeed(us, out result),
                uint ui => Succeed(ui, out result),
                ulong ul when ul <= long.MaxValue => Succeed((long)ul, out result),
                double d => IsIntegral(d, out result),
                float f => IsIntegral(f, out result),
                decimal m when decimal.Truncate(m) == m && m >= long.MinValue && m <= long.MaxValue => Succeed((long)m, out result),
                string s => long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out result),
                _ => Fail(out result),
            };
        }

        if (parsed && result >= min && result <= max)
        {
            return true;
        }

        string range = string.Create(CultureInfo.InvariantCulture, $"integer between {min} and {max}");
        context.AddError(parsed ? ToolReadErrorKind.InvalidValue : ToolReadErrorKind.WrongType, parsed ? range : "integer", value.Describe());
        result = 0;
        return false;
    }

    private static bool IsNumeric(IConvertible value) => value.GetTypeCode() is >= TypeCode.SByte and <= TypeCode.Decimal;

    private static bool IsIntegral(double d, out long result)
    {
        // (double)long.MaxValue is 2^63: the upper bound must be exclusive or the cast saturates.
        if (double.IsFinite(d) && Math.Floor(d) == d && d >= long.MinValue && d < 9223372036854775808d)
        {
            result = (long)d;
            return true;
        }

        result = 0;
        return false;
    }

    private static bool Succeed(long value, out long result)
    {
        result = value;
        return true;
    }

    private static bool Fail<T>(out T result)
        where T : struct
    {
        result = default;
        return false;
    }

    /// <summary>Binds a double-precision number.</summary>
    /// <param name="value">The value.</param>
    /// <param name="context">The context.</param>
    /// <param name="result">The result.</param>
    /// <returns>Whether a value was bound.</returns>
    public static bool Double(ArgumentValue value, ref ToolReadContext context, out double result)
    {
        bool parsed;
        if (value.TryGetElement(out JsonElement element))
        {
            parsed = element.ValueKind switch
            {
                JsonValueKind.Number => element.TryGetDouble(out result),
                JsonValueKind.String => double.TryParse(element.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out result),
                _ => Fail(out result),
            };
        }
        else
        {
            parsed = value.RawValue switch
            {
                double d => Succeed(d, out result),
                float f => Succeed(f, out result),
                decimal m => Succeed((double)m, out result),
                long l => Succeed(l, out result),
                int i => Succeed(i, out result),
                string s => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out result),
                IConvertible c when IsNumeric(c) => Succeed(c.ToDouble(CultureInfo.InvariantCulture), out result),
                _ => Fail(out result),
            };
        }

        if (parsed && double.IsFinite(result))
        {
            return true;
        }

        result = 0;
        WrongType(value, ref context, "number");
        return false;
    }

    private static bool Succeed(double value, out double result)
    {
        result = value;
        return true;
    }

    /// <summary>Binds a single-precision number.</summary>
    /// <param name="value">The value.</param>
    /// <param name="context">The context.</param>
    /// <param name="result">The result.</param>
    /// <returns>Whether a value was bound.</returns>
    public static bool Single(ArgumentValue value, ref ToolReadContext context, out float result)
    {
        bool ok = Double(value, ref context, out double wide);
        result = (float)wide;
        if (ok && !float.IsFinite(result))
        {
            context.AddError(ToolReadErrorKind.InvalidValue, "number within the range of a 32-bit float", value.Describe());
            return false;
        }

        return ok;
    }

    /// <summary>Binds a decimal number.</summary>
    /// <param name="value">The value.</param>
    /// <param name="context">The context.</param>
    /// <param name="result">The result.</param>
    /// <returns>Whether a value was bound.</returns>
    public static bool Decimal(ArgumentValue value, ref ToolReadContext context, out decimal result)
    {
        if (value.TryGetElement(out JsonElement element) && element.ValueKind == JsonValueKind.Number && element.TryGetDecimal(out result))
        {
            return true;
        }

        if (value.RawValue is decimal m)
        {
            result = m;
            return true;
        }

        if (value.TryGetString(out string? s) && decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out result))
        {
            return true;
        }

        if (value.RawValue is IConvertible c && IsNumeric(c))
        {
            try
            {
                result = c.ToDecimal(CultureInfo.InvariantCulture);
                return true;
            }
            catch (OverflowException)
            {
            }
        }

        result = 0;
        WrongType(value, ref context, "number");
        return false;
    }
}
