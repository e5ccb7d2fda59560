using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Text.RegularExpressions;

namespace AgentGen.Serialization;

/// <summary>Checks of the DataAnnotations constraints a tool declares, used by generated code after a value was read.</summary>
/// <remarks>Each check records an <see cref="ToolReadErrorKind.InvalidValue"/> error at the current path and returns <see langword="false"/> when broken.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ConstraintChecks
{
    /// <summary>Checks <c>[Range]</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="value">The value.</param>
    /// <param name="minimum">The inclusive minimum.</param>
    /// <param name="maximum">The inclusive maximum.</param>
    /// <returns>Whether the value is in range.</returns>
    public static bool Range(ref ToolReadContext context, double value, double minimum, double maximum)
    {
        if (value >= minimum && value <= maximum)
        {
            return true;
        }

        context.AddError(
            ToolReadErrorKind.InvalidValue,
            string.Create(CultureInfo.InvariantCulture, $"number between {minimum} and {maximum}"),
            "number " + value.ToString(CultureInfo.InvariantCulture));
        return false;
    }

    /// <summary>Checks <c>[StringLength]</c>, <c>[MinLength]</c> and <c>[MaxLength]</c> on a string.</summary>
    /// <param name="context">The context.</param>
    /// <param name="value">The value.</param>
    /// <param name="minimum">The minimum length.</param>
    /// <param name="maximum">The maximum length, or <see cref="int.MaxValue"/>.</param>
    /// <returns>Whether the length fits.</returns>
    public static bool Length(ref ToolReadContext context, string value, int minimum, int maximum)
    {
        if (value.Length >= minimum && value.Length <= maximum)
        {
            return true;
        }

        context.AddError(ToolReadErrorKind.InvalidValue, Bounds("string of", minimum, maximum, "characters"), "string of " + value.Length.ToString(CultureInfo.InvariantCulture) + " characters");
        return false;
    }

    /// <summary>Checks <c>[MinLength]</c> and <c>[MaxLength]</c> on a collection.</summary>
    /// <param name="context">The context.</param>
    /// <param name="count">The number of items.</param>
    /// <param name="minimum">The minimum count.</param>
    /// <param name="maximum">The maximum count, or <see cref="int.MaxValue"/>.</param>
    /// <returns>Whether the count fits.</returns>
    public static bool Count(ref ToolReadContext context, int count, int minimum, int maximum)
    {
        if (count >= minimum && count <= maximum)
        {
            return true;
        }

        context.AddError(ToolReadErrorKind.InvalidValue, Bounds("array of", minimum, maximum, "items"), "array of " + count.ToString(CultureInfo.InvariantCulture) + " items");
        return false;
    }

    /// <summary>Checks <c>[RegularExpression]</c>: the whole string must match.</summary>
    /// <param name="context">The context.</param>
    /// <param name="value">The value.</param>
    /// <param name="regex">The anchored expression.</param>
    /// <param name="pattern">The pattern as declared, for the message.</param>
    /// <returns>Whether the value matches.</returns>
    public static bool Pattern(ref ToolReadContext context, string value, Regex regex, string pattern)
    {
        bool matches;
        try
        {
            matches = regex.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            matches = false;
        }

        if (matches)
        {
            return true;
        }

        context.AddError(ToolReadErrorKind.InvalidValue, "string matching " + pattern, "string " + JsonValueReaders.Quote(value));
        return false;
    }

    /// <summary>Checks <c>[AllowedValues]</c>.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="context">The context.</param>
    /// <param name="value">The value.</param>
    /// <param name="allowed">The allowed values.</param>
    /// <returns>Whether the value is allowed.</returns>
    public static bool Allowed<T>(ref ToolReadContext context, T value, T[] allowed)
    {
        if (System.Array.IndexOf(allowed, value) >= 0)
        {
            return true;
        }

        var names = new List<string>(allowed.Length);
        foreach (T item in allowed)
        {
            names.Add(item is string s ? "\"" + s + "\"" : Convert.ToString(item, CultureInfo.InvariantCulture) ?? "null");
        }

        context.AddError(ToolReadErrorKind.InvalidValue, "one of " + string.Join(", ", names), value is string text ? "string " + JsonValueReaders.Quote(text) : Convert.ToString(value, CultureInfo.InvariantCulture));
        return false;
    }

    private static string Bounds(string prefix, int minimum, int maximum, string unit) => maximum == int.MaxValue
        ? string.Create(CultureInfo.InvariantCulture, $"{prefix} at least {minimum} {unit}")
        : string.Create(CultureInfo.InvariantCulture, $"{prefix} {minimum} to {maximum} {unit}");
}
