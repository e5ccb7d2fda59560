using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;

namespace AgentGen.Serialization;

/// <summary>Binders of argument values (see <see cref="ArgumentValue"/>), used by generated code.</summary>
/// <remarks>Every binder follows <see cref="ArgumentValueReader{T}"/> and reports a wrong value as an error in the context.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ArgumentValueReaders
{
    /// <summary>Binds the arguments of a function call into a tool value. Never throws for any argument values.</summary>
    /// <typeparam name="T">The tool type.</typeparam>
    /// <param name="arguments">The arguments; <see langword="null"/> is an empty object.</param>
    /// <param name="options">The options.</param>
    /// <param name="bindObject">The generated object binder.</param>
    /// <returns>The value or the errors.</returns>
    public static ToolReadResult<T> BindTool<T>(IEnumerable<KeyValuePair<string, object?>>? arguments, ToolReadOptions? options, ArgumentValueReader<T> bindObject)
        where T : class
    {
        var context = new ToolReadContext(options);
        var value = new ArgumentValue(arguments ?? System.Array.Empty<KeyValuePair<string, object?>>());
        try
        {
            if (bindObject(value, ref context, out T? result) && !context.HasErrors)
            {
                return ToolReadResult<T>.Success(result);
            }
        }
        catch (InvalidOperationException ex)
        {
            // A JsonElement string that is not valid UTF-16 (a lone surrogate) cannot be read as text.
            context.AddError(ToolReadErrorKind.InvalidValue, "valid text", ex.Message);
        }

        if (!context.HasErrors)
        {
            context.AddError(ToolReadErrorKind.InvalidValue, "a valid value", null);
        }

        return ToolReadResult<T>.Failure(context.GetErrors());
    }

    /// <summary>Records a wrong-type error for a value.</summary>
    /// <param name="value">The value.</param>
    /// <param name="context">The context.</param>
    /// <param name="expected">The expected JSON type.</param>
    public static void WrongType(ArgumentValue value, ref ToolReadContext context, string expected) =>
        context.AddError(ToolReadErrorKind.WrongType, expected, value.Describe());

    /// <summary>Gets an object value or records an error.</summary>
    /// <param name="value">The value.</param>
    /// <param name="context">The context.</param>
    /// <param name="result">The object.</param>
    /// <returns>Whether the value is an object.</returns>
    public static bool ExpectObject(ArgumentValue value, ref ToolReadContext context, out ArgumentObject result)
    {
        if (value.TryGetObject(out result))
        {
            return true;
        }

        WrongType(value, ref context, "object");
        return false;
    }

    /// <summary>Binds a non-null string.</summary>
    /// <param name="value">The value.</param>
    /// <param name="context">The context.</param>
    /// <param name="result">The result.</param>
    /// <returns>Whether a value was bound.</returns>
    public static bool String(ArgumentValue value, ref ToolReadContext context, [MaybeNullWhen(false)] out string result)
    {
        if (value.TryGetString(out string? s) && s is not null)
        {
            result = s;
            return true;
        }

        result = null;
        WrongType(value, ref context, "string");
        return false;
    }

    /// <summary>Binds a boolean (or the strings <c>"true"</c> and <c>"false"</c>).</summary>
    /// <param name="value">The value.</param>
    /// <param name="context">The context.</param>
    /// <param name="result">The result.</param>
    /// <returns>Whether a value was bound.</returns>
    public static bool Boolean(ArgumentValue value, ref ToolReadContext context, out bool result)
    {
        if (value.TryGetElement(out JsonElement element))
        {
            if (element.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                result = element.ValueKind == JsonValueKind.True;
                return true;
            }
        }
        else if (value.RawValue is bool b)
        {
            result = b;
            return true;
        }

        if (value.TryGetString(out string? s) && bool.TryParse(s, out result))
        {
            return true;
        }

        result = false;
        WrongType(value, ref context, "boolean");
        return false;
    }

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

    /// <summary>Binds an ISO 8601 date and time with offset.</summary>
    /// <param name="value">The value.</param>
    /// <param name="context">The context.</param>
    /// <param name="result">The result.</param>
    /// <returns>Whether a value was bound.</returns>
    public static bool DateTimeOffset(ArgumentValue value, ref ToolReadContext context, out DateTimeOffset result)
    {
        if (value.RawValue is DateTimeOffset d)
        {
            result = d;
            return true;
        }

        return Parse(value, ref context, "string in date-time format (ISO 8601)", static s => (System.DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var r), r), out result);
    }

    /// <summary>Binds an ISO 8601 date and time.</summary>
    /// <param name="value">The value.</param>
    /// <param name="context">The context.</param>
    /// <param name="result">The result.</param>
    /// <returns>Whether a value was bound.</returns>
    public static bool DateTime(ArgumentValue value, ref ToolReadContext context, out DateTime result)
    {
        if (value.RawValue is DateTime d)
        {
            result = d;
            return true;
        }

        return Parse(value, ref context, "string in date-time format (ISO 8601)", static s => (System.DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var r), r), out result);
    }

    /// <summary>Binds an ISO 8601 date.</summary>
    /// <param name="value">The value.</param>
    /// <param name="context">The context.</param>
    /// <param name="result">The result.</param>
    /// <returns>Whether a value was bound.</returns>
    public static bool DateOnly(ArgumentValue value, ref ToolReadContext context, out DateOnly result)
    {
        if (value.RawValue is DateOnly d)
        {
            result = d;
            return true;
        }

        return Parse(value, ref context, "string in date format (yyyy-MM-dd)", static s => (System.DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var r), r), out result);
    }

    /// <summary>Binds an ISO 8601 time of day.</summary>
    /// <param name="value">The value.</param>
    /// <param name="context">The context.</param>
    /// <param name="result">The result.</param>
    /// <returns>Whether a value was bound.</returns>
    public static bool TimeOnly(ArgumentValue value, ref ToolReadContext context, out TimeOnly result)
    {
        if (value.RawValue is TimeOnly t)
        {
            result = t;
            return true;
        }

        return Parse(value, ref context, "string in time format (HH:mm:ss)", static s => (System.TimeOnly.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var r), r), out result);
    }

    /// <summary>Binds a time span written as <c>[-][d.]hh:mm:ss[.fffffff]</c>.</summary>
    /// <param name="value">The value.</param>
    /// <param name="context">The context.</param>
    /// <param name="result">The result.</param>
    /// <returns>Whether a value was bound.</returns>
    public static bool TimeSpan(ArgumentValue value, ref ToolReadContext context, out TimeSpan result)
    {
        if (value.RawValue is TimeSpan t)
        {
            result = t;
            return true;
        }

        return Parse(value, ref context, "string in duration format ([d.]hh:mm:ss)", static s => (System.TimeSpan.TryParseExact(s, "c", CultureInfo.InvariantCulture, out var r), r), out result);
    }

    /// <summary>Binds a GUID.</summary>
    /// <param name="value">The value.</param>
    /// <param name="context">The context.</param>
    /// <param name="result">The result.</param>
    /// <returns>Whether a value was bound.</returns>
    public static bool Guid(ArgumentValue value, ref ToolReadContext context, out Guid result)
    {
        if (value.RawValue is Guid g)
        {
            result = g;
            return true;
        }

        return Parse(value, ref context, "string in uuid format", static s => (System.Guid.TryParse(s, out var r), r), out result);
    }

    /// <summary>Binds a URI.</summary>
    /// <param name="value">The value.</param>
    /// <param name="context">The context.</param>
    /// <param name="result">The result.</param>
    /// <returns>Whether a value was bound.</returns>
    public static bool Uri(ArgumentValue value, ref ToolReadContext context, [MaybeNullWhen(false)] out Uri result)
    {
        if (value.RawValue is Uri u)
        {
            result = u;
            return true;
        }

        if (value.TryGetString(out string? s) && System.Uri.TryCreate(s, UriKind.RelativeOrAbsolute, out result))
        {
            return true;
        }

        result = null;
        WrongType(value, ref context, "string in uri format");
        return false;
    }

    private static bool Parse<T>(ArgumentValue value, ref ToolReadContext context, string expected, Func<string?, (bool Ok, T Value)> parse, out T result)
        where T : struct
    {
        if (value.TryGetString(out string? s))
        {
            var (ok, parsed) = parse(s);
            if (ok)
            {
                result = parsed;
                return true;
            }

            context.AddError(ToolReadErrorKind.InvalidValue, expected, value.Describe());
        }
        else
        {
            WrongType(value, ref context, expected);
        }

        result = default;
        return false;
    }

    /// <summary>Binds a value that may be <see langword="null"/>.</summary>
    /// <typeparam name="T">The underlying value type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="context">The context.</param>
    /// <param name="bind">The binder of a non-null value.</param>
    /// <param name="result">The result.</param>
    /// <returns>Whether a value (possibly <see langword="null"/>) was bound.</returns>
    public static bool Nullable<T>(ArgumentValue value, ref ToolReadContext context, ArgumentValueReader<T> bind, out T? result)
        where T : struct
    {
        if (value.IsNull)
        {
            result = null;
            return true;
        }

        bool ok = bind(value, ref context, out T inner);
        result = ok ? inner : null;
        return ok;
    }

    /// <summary>Binds a reference that may be <see langword="null"/>.</summary>
    /// <typeparam name="T">The reference type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="context">The context.</param>
    /// <param name="bind">The binder of a non-null value.</param>
    /// <param name="result">The result.</param>
    /// <returns>Whether a value (possibly <see langword="null"/>) was bound.</returns>
    public static bool NullableReference<T>(ArgumentValue value, ref ToolReadContext context, ArgumentValueReader<T> bind, out T? result)
        where T : class
    {
        if (value.IsNull)
        {
            result = null;
            return true;
        }

        return bind(value, ref context, out result);
    }

    /// <summary>Binds a list.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="context">The context.</param>
    /// <param name="bindElement">The element binder.</param>
    /// <param name="result">The list.</param>
    /// <returns>Whether every element was bound.</returns>
    public static bool List<T>(ArgumentValue value, ref ToolReadContext context, ArgumentValueReader<T> bindElement, [MaybeNullWhen(false)] out List<T> result)
    {
        if (!value.TryGetArray(out List<ArgumentValue> items))
        {
            result = null;
            WrongType(value, ref context, "array");
            return false;
        }

        var list = new List<T>(items.Count);
        bool ok = true;
        for (int i = 0; i < items.Count; i++)
        {
            context.Enter(i);
            if (bindElement(items[i], ref context, out T? element))
            {
                list.Add(element);
            }
            else
            {
                ok = false;
            }

            context.Exit();
        }

        result = ok ? list : null;
        return ok;
    }

    /// <summary>Binds an array.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="context">The context.</param>
    /// <param name="bindElement">The element binder.</param>
    /// <param name="result">The array.</param>
    /// <returns>Whether every element was bound.</returns>
    public static bool Array<T>(ArgumentValue value, ref ToolReadContext context, ArgumentValueReader<T> bindElement, [MaybeNullWhen(false)] out T[] result)
    {
        bool ok = List(value, ref context, bindElement, out List<T>? list);
        result = ok ? list!.ToArray() : null;
        return ok;
    }

    /// <summary>Binds a string-keyed dictionary.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="context">The context.</param>
    /// <param name="bindValue">The value binder.</param>
    /// <param name="result">The dictionary.</param>
    /// <returns>Whether every entry was bound.</returns>
    public static bool Dictionary<T>(ArgumentValue value, ref ToolReadContext context, ArgumentValueReader<T> bindValue, [MaybeNullWhen(false)] out Dictionary<string, T> result)
    {
        if (!ExpectObject(value, ref context, out ArgumentObject obj))
        {
            result = null;
            return false;
        }

        var dictionary = new Dictionary<string, T>(StringComparer.Ordinal);
        bool ok = true;
        foreach (KeyValuePair<string, ArgumentValue> property in obj)
        {
            context.Enter(property.Key);
            if (bindValue(property.Value, ref context, out T? element))
            {
                dictionary[property.Key] = element;
            }
            else
            {
                ok = false;
            }

            context.Exit();
        }

        result = ok ? dictionary : null;
        return ok;
    }
}
