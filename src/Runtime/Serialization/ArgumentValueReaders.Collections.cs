using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace AgentGen.Serialization;

// Composite values: nullable values, lists, arrays and dictionaries.
public static partial class ArgumentValueReaders
{
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
            WrongType(value, ref context, ToolReadContext.ExpectedArray);
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
