using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Text.Json;

namespace AgentGen.Serialization;

/// <summary>Writers of JSON values whose format JSON does not fix, used by generated code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonValueWriters
{
    /// <summary>Writes a date as <c>yyyy-MM-dd</c>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void DateOnly(Utf8JsonWriter writer, DateOnly value) =>
        writer.WriteStringValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>Writes a time of day as <c>HH:mm:ss.FFFFFFF</c>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void TimeOnly(Utf8JsonWriter writer, TimeOnly value) =>
        writer.WriteStringValue(value.ToString("HH':'mm':'ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.'));

    /// <summary>Writes a time span in the constant (<c>c</c>) format.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void TimeSpan(Utf8JsonWriter writer, TimeSpan value) =>
        writer.WriteStringValue(value.ToString("c", CultureInfo.InvariantCulture));

    /// <summary>Writes a URI as its original string.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void Uri(Utf8JsonWriter writer, Uri value) => writer.WriteStringValue(value.OriginalString);

    /// <summary>Writes a sequence as a JSON array.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="values">The values.</param>
    /// <param name="writeElement">The element writer.</param>
    public static void Array<T>(Utf8JsonWriter writer, IEnumerable<T> values, JsonValueWriter<T> writeElement)
    {
        writer.WriteStartArray();
        foreach (T value in values)
        {
            writeElement(writer, value);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a string-keyed dictionary as a JSON object.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="values">The entries.</param>
    /// <param name="writeValue">The value writer.</param>
    public static void Dictionary<T>(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, T>> values, JsonValueWriter<T> writeValue)
    {
        writer.WriteStartObject();
        foreach (KeyValuePair<string, T> pair in values)
        {
            writer.WritePropertyName(pair.Key);
            writeValue(writer, pair.Value);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a nullable value, or <c>null</c>.</summary>
    /// <typeparam name="T">The underlying type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="write">The writer of a non-null value.</param>
    public static void Nullable<T>(Utf8JsonWriter writer, T? value, JsonValueWriter<T> write)
        where T : struct
    {
        if (value is { } v)
        {
            write(writer, v);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    /// <summary>Writes a reference, or <c>null</c>.</summary>
    /// <typeparam name="T">The reference type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="write">The writer of a non-null value.</param>
    public static void NullableReference<T>(Utf8JsonWriter writer, T? value, JsonValueWriter<T> write)
        where T : class
    {
        if (value is not null)
        {
            write(writer, value);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
