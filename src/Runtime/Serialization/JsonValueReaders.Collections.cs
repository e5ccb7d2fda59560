using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace AgentGen.Serialization;

// Composite values: nullable values, lists, arrays and dictionaries.
public static partial class JsonValueReaders
{
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
            WrongType(ref reader, ref context, ToolReadContext.ExpectedArray);
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
