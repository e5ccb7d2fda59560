using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace AgentGen.Serialization;

// Values carried as formatted strings: dates, times, ids, URIs.
public static partial class ArgumentValueReaders
{
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
}
