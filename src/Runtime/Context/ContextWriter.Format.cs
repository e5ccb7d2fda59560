using System;
using System.Globalization;

namespace AgentGen;

// How each scalar reads in the context: the text its JSON writer writes, without the quotes.
public sealed partial class ContextWriter
{
    /// <summary>Formats text: as it is.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, or <see langword="null"/>.</returns>
    public static string? Format(string? value) => value;

    /// <summary>Formats a boolean: <c>true</c> or <c>false</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, or <see langword="null"/>.</returns>
    public static string? Format(bool? value) => value is { } v ? (v ? "true" : "false") : null;

    /// <summary>Formats a number in the invariant culture.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, or <see langword="null"/>.</returns>
    public static string? Format(sbyte? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a number in the invariant culture.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, or <see langword="null"/>.</returns>
    public static string? Format(byte? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a number in the invariant culture.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, or <see langword="null"/>.</returns>
    public static string? Format(short? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a number in the invariant culture.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, or <see langword="null"/>.</returns>
    public static string? Format(ushort? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a number in the invariant culture.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, or <see langword="null"/>.</returns>
    public static string? Format(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a number in the invariant culture.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, or <see langword="null"/>.</returns>
    public static string? Format(uint? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a number in the invariant culture.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, or <see langword="null"/>.</returns>
    public static string? Format(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a number in the invariant culture.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, or <see langword="null"/>.</returns>
    public static string? Format(ulong? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a number as its shortest round-trippable text, as JSON writes it.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, or <see langword="null"/>.</returns>
    public static string? Format(float? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a number as its shortest round-trippable text, as JSON writes it.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, or <see langword="null"/>.</returns>
    public static string? Format(double? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a number in the invariant culture, keeping its scale (<c>1.50</c>).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, or <see langword="null"/>.</returns>
    public static string? Format(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats an instant as ISO 8601 with its offset, without trailing zero fractions, as JSON writes it.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, or <see langword="null"/>.</returns>
    public static string? Format(DateTimeOffset? value) => value is { } v ? TrimFraction(v.ToString("O", CultureInfo.InvariantCulture)) : null;

    /// <summary>Formats a date and time as ISO 8601 (with <c>Z</c> or an offset unless its kind is unspecified), as JSON writes it.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, or <see langword="null"/>.</returns>
    public static string? Format(DateTime? value) => value is { } v ? TrimFraction(v.ToString("O", CultureInfo.InvariantCulture)) : null;

    /// <summary>Formats a date as <c>yyyy-MM-dd</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, or <see langword="null"/>.</returns>
    public static string? Format(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Formats a time of day as <c>HH:mm:ss</c> and the fraction of a second there is.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, or <see langword="null"/>.</returns>
    public static string? Format(TimeOnly? value) => value?.ToString("HH':'mm':'ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.');

    /// <summary>Formats a time span in the constant (<c>c</c>) format.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, or <see langword="null"/>.</returns>
    public static string? Format(TimeSpan? value) => value?.ToString("c", CultureInfo.InvariantCulture);

    /// <summary>Formats an identifier as 32 lowercase hex digits in dashed groups.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, or <see langword="null"/>.</returns>
    public static string? Format(Guid? value) => value?.ToString("D", CultureInfo.InvariantCulture);

    /// <summary>Formats a URI as its original string.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, or <see langword="null"/>.</returns>
    public static string? Format(Uri? value) => value?.OriginalString;

    /// <summary>Drops the trailing zeros of the seven-digit fraction the round-trip format writes, and the dot when nothing is left.</summary>
    private static string TrimFraction(string roundTrip)
    {
        int dot = roundTrip.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            return roundTrip;
        }

        int end = dot + 1;
        while (end < roundTrip.Length && char.IsAsciiDigit(roundTrip[end]))
        {
            end++;
        }

        int last = end - 1;
        while (last > dot && roundTrip[last] == '0')
        {
            last--;
        }

        return string.Concat(roundTrip.AsSpan(0, last == dot ? dot : last + 1), roundTrip.AsSpan(end));
    }
}
