using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace AgentGen.Serialization;

/// <summary>Binders of argument values (see <see cref="ArgumentValue"/>), used by generated code.</summary>
/// <remarks>Every binder follows <see cref="ArgumentValueReader{T}"/> and reports a wrong value as an error in the context.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static partial class ArgumentValueReaders
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
}
