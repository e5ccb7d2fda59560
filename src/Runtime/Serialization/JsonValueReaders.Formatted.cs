using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;

namespace AgentGen.Serialization;

// Values JSON carries as formatted strings: dates, times, ids, URIs.
public static partial class JsonValueReaders
{
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
}
